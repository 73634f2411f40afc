#include "charts/TimeSeriesHover.h"

#include "common/DisplayFormat.h"
#include "common/RateFormat.h"
#include "common/WidgetsTr.h"

#include <QDateTime>
#include <QMouseEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <vector>

namespace streamscope {

namespace {

constexpr int kMaxRows = 14;

struct Reading {
    QString name;
    QColor color;
    double value;
};

} // namespace

TimeSeriesHover::TimeSeriesHover(QCustomPlot* plot)
    : QObject(plot)
    , m_plot(plot)
    , m_locale(displayLocale()) {
    const QString layerName = QStringLiteral("hover");
    m_plot->addLayer(layerName, m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_layer = m_plot->layer(layerName);
    m_layer->setMode(QCPLayer::lmBuffered);

    QColor cursorColor = m_plot->palette().color(QPalette::WindowText);
    cursorColor.setAlphaF(0.35f);
    m_cursor = new QCPItemStraightLine(m_plot);
    m_cursor->setLayer(m_layer);
    m_cursor->setPen(QPen(cursorColor, 1, Qt::DashLine));
    m_cursor->setSelectable(false);
    m_cursor->setClipToAxisRect(true);
    m_tracer = new QCPItemTracer(m_plot);
    m_tracer->setLayer(m_layer);
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setSize(7);
    m_tracer->setInterpolating(false);
    m_tracer->setSelectable(false);
    m_cursor->setVisible(false);
    m_tracer->setVisible(false);

    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
}

bool TimeSeriesHover::isShown() const {
    return m_cursor->visible();
}

void TimeSeriesHover::hide() {
    m_text.clear();
    if (!m_cursor->visible())
        return;
    m_cursor->setVisible(false);
    m_tracer->setVisible(false);
    m_tracer->setGraph(nullptr);
    m_layer->replot();
    QToolTip::hideText();
}

bool TimeSeriesHover::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_plot) {
        switch (event->type()) {
        case QEvent::MouseMove: {
            const auto* move = static_cast<QMouseEvent*>(event);
            // While dragging the plot pans; a read-out would only flicker along.
            if (move->buttons() != Qt::NoButton ||
                !showAt(move->position(), move->globalPosition().toPoint()))
                hide();
            break;
        }
        case QEvent::Leave:
        case QEvent::Hide:
        case QEvent::Wheel:
            hide();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

bool TimeSeriesHover::showAt(const QPointF& position, const QPoint& globalPosition) {
    QCPAxisRect* rect = m_plot->axisRect();
    if (!rect || !rect->rect().contains(position.toPoint()) || m_plot->graphCount() == 0)
        return false;
    QCPAxis* xAxis = rect->axis(QCPAxis::atBottom);
    QCPAxis* yAxis = rect->axis(QCPAxis::atLeft);
    const double key = xAxis->pixelToCoord(position.x());

    // The sample nearest the pointer, over all series (they share the tick axis mostly).
    double bestKey = std::nan("");
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        const auto data = m_plot->graph(i)->data();
        if (data->isEmpty())
            continue;
        auto it = data->findBegin(key, false);
        if (it == data->constEnd())
            --it;
        double candidate = it->key;
        if (it != data->constBegin()) {
            const double before = (it - 1)->key;
            if (std::abs(before - key) < std::abs(candidate - key))
                candidate = before;
        }
        if (std::isnan(bestKey) || std::abs(candidate - key) < std::abs(bestKey - key))
            bestKey = candidate;
    }
    if (std::isnan(bestKey))
        return false;

    // Every series' value at that time (a series without a sample within half a step is left
    // out), and the one nearest the pointer vertically for the dot.
    std::vector<Reading> readings;
    QCPGraph* nearestGraph = nullptr;
    double nearestDistance = 0;
    const double tolerance = std::max(1.0, xAxis->range().size() / 2000.0);
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        QCPGraph* graph = m_plot->graph(i);
        const auto data = graph->data();
        auto it = data->findBegin(bestKey - tolerance, false);
        if (it == data->constEnd() || std::abs(it->key - bestKey) > tolerance)
            continue;
        const QVariant fullName = graph->property(kFullNameProperty);
        readings.push_back({fullName.isValid() ? fullName.toString() : graph->name(),
                            graph->pen().color(), it->value});
        if (std::isnan(it->value))
            continue;
        const double distance = std::abs(yAxis->coordToPixel(it->value) - position.y());
        if (!nearestGraph || distance < nearestDistance) {
            nearestGraph = graph;
            nearestDistance = distance;
        }
    }
    if (readings.empty())
        return false;
    std::stable_sort(readings.begin(), readings.end(), [](const Reading& a, const Reading& b) {
        // Unknown values last.
        if (std::isnan(a.value) != std::isnan(b.value))
            return std::isnan(b.value);
        return a.value > b.value;
    });

    const QDateTime time = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(bestKey * 1000.0));
    QString html = QStringLiteral("<b>%1</b><table cellspacing=\"0\" cellpadding=\"1\">")
                       .arg(m_locale.toString(time, QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    const int shown = std::min<int>(static_cast<int>(readings.size()), kMaxRows);
    for (int i = 0; i < shown; ++i) {
        const Reading& r = readings[static_cast<std::size_t>(i)];
        const QString value = std::isnan(r.value) ? WidgetsTr::tr("no value")
                              : m_format          ? m_format(m_locale, r.value)
                                                  : formatRateWithUnit(m_locale, r.value);
        html += QStringLiteral("<tr><td><span style=\"color:%1\">\u25a0</span>&nbsp;%2&nbsp;&nbsp;"
                               "</td><td align=\"right\">%3</td></tr>")
                    .arg(r.color.name(), r.name.toHtmlEscaped(), value.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    if (readings.size() > static_cast<std::size_t>(shown))
        html +=
            WidgetsTr::tr("\u2026 and %n more", nullptr, static_cast<int>(readings.size()) - shown);
    m_text = html;

    m_cursor->point1->setCoords(bestKey, 0);
    m_cursor->point2->setCoords(bestKey, 1);
    m_cursor->setVisible(true);
    if (nearestGraph) {
        m_tracer->setGraph(nearestGraph);
        m_tracer->setGraphKey(bestKey);
        m_tracer->setPen(QPen(nearestGraph->pen().color(), 2));
        m_tracer->setBrush(m_plot->palette().color(QPalette::Base));
        m_tracer->setVisible(true);
    } else {
        m_tracer->setVisible(false);
    }
    m_layer->replot();
    QToolTip::showText(globalPosition + QPoint(14, 14), html, m_plot);
    return true;
}

} // namespace streamscope
