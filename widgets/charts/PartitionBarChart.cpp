#include "charts/PartitionBarChart.h"

#include "charts/HumanAxisTicker.h"
#include "charts/PlotStyle.h"
#include "common/DisplayFormat.h"
#include "common/RateFormat.h"
#include "common/WidgetsTr.h"

#include <QLabel>
#include <QMouseEvent>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace streamscope {

namespace {

constexpr double kBarWidth = 0.38;
constexpr double kRateOffset = -0.2; // rate bar left of the partition's slot, offsets right
constexpr double kOffsetOffset = 0.2;
constexpr int kMaxLabelledTicks = 24;
const QColor kDefaultBarColor(0x4e, 0x79, 0xa7);
const QColor kHotColor(0xe1, 0x57, 0x59);
const QColor kUnreadableColor(0x9e, 0x9e, 0x9e);

double shownRate(const PartitionRate& p) {
    return hasValue(p.smoothedMsgsPerSec) ? p.smoothedMsgsPerSec : p.msgsPerSec;
}

} // namespace

PartitionBarChart::PartitionBarChart(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_plot(new QCustomPlot(this))
    , m_partitionTicker(new QCPAxisTickerText)
    , m_timer(new QTimer(this))
    , m_locale(displayLocale())
    , m_barColor(kDefaultBarColor) {
    setObjectName(QStringLiteral("partitionBarChart"));
    m_plot->setObjectName(QStringLiteral("partitionPlot"));
    m_plot->setMinimumHeight(110);
    m_title->setObjectName(QStringLiteral("partitionChartTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);

    applyPlotStyle(m_plot);
    const QPalette pal = m_plot->palette();
    m_plot->yAxis2->setVisible(true);
    applyAxisStyle(m_plot->yAxis2, pal, false);
    m_plot->yAxis2->setBasePen(Qt::NoPen);
    m_plot->yAxis2->setTickPen(Qt::NoPen);
    m_plot->yAxis2->setTickLabelFont(m_plot->yAxis->tickLabelFont());
    m_plot->yAxis2->setLabelFont(m_plot->yAxis->labelFont());
    m_plot->yAxis->setTicker(QSharedPointer<HumanAxisTicker>::create());
    m_plot->yAxis2->setTicker(QSharedPointer<HumanAxisTicker>::create());
    m_plot->yAxis->setLabel(WidgetsTr::tr("msgs/s"));
    m_plot->yAxis2->setLabel(WidgetsTr::tr("end offset"));
    m_plot->xAxis->setTicker(m_partitionTicker);
    m_plot->xAxis->setLabel(WidgetsTr::tr("partition"));

    // Unreadable columns first, so they sit behind everything.
    m_unreadable = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_unreadable->setName(WidgetsTr::tr("unreadable"));
    m_unreadable->setWidth(0.8);
    m_unreadable->setPen(QPen(kUnreadableColor, 1));
    m_unreadable->setBrush(QBrush(kUnreadableColor, Qt::BDiagPattern));
    m_offsets = new QCPBars(m_plot->xAxis, m_plot->yAxis2);
    m_offsets->setName(WidgetsTr::tr("end offset"));
    m_offsets->setWidth(kBarWidth);
    m_rates = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_rates->setName(WidgetsTr::tr("msgs/s"));
    m_rates->setWidth(kBarWidth);
    m_hot = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_hot->setName(WidgetsTr::tr("hot partition"));
    m_hot->setWidth(kBarWidth);
    m_hot->setPen(Qt::NoPen);
    m_hot->setBrush(kHotColor);
    for (QCPBars* bars : {m_unreadable, m_offsets, m_rates, m_hot})
        bars->setSelectable(QCP::stNone);
    setBarColor(QColor());

    // Legend in one row above the plot.
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, false);
    m_plot->legend->setWrap(4);
    m_plot->legend->setIconSize(14, 8);
    m_plot->legend->setColumnSpacing(12);
    m_plot->legend->setVisible(true);

    m_placeholder = new QCPItemText(m_plot);
    m_placeholder->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_placeholder->position->setCoords(0.5, 0.5);
    m_placeholder->setPositionAlignment(Qt::AlignCenter);
    m_placeholder->setColor(palette().color(QPalette::PlaceholderText));
    m_placeholder->setText(WidgetsTr::tr("Select a topic to compare its partitions"));

    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        showHover(event->position(), event->globalPosition().toPoint());
    });
    connect(m_plot, &QCustomPlot::afterReplot, this, [this] {
        ++m_replotCount;
        Q_EMIT replotted();
    });

    m_timer->setSingleShot(true);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, [this] { refresh(QCustomPlot::rpQueuedReplot); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_plot, 1);
    m_title->setText(WidgetsTr::tr("Partitions"));
}

void PartitionBarChart::setTopic(std::optional<TopicRate> topic) {
    m_topic = std::move(topic);
    m_dirty = true;
    schedule();
}

void PartitionBarChart::setActive(bool active) {
    if (active == m_active)
        return;
    m_active = active;
    schedule();
}

void PartitionBarChart::setBarColor(const QColor& color) {
    m_barColor = color.isValid() ? color : kDefaultBarColor;
    m_rates->setPen(Qt::NoPen);
    m_rates->setBrush(m_barColor);
    QColor offsets = m_barColor;
    offsets.setAlphaF(0.30f);
    m_offsets->setPen(QPen(m_barColor.darker(120), 1));
    m_offsets->setBrush(offsets);
    m_dirty = true;
    schedule();
}

int PartitionBarChart::rateBarCount() const {
    return m_rates->data()->size() + m_hot->data()->size();
}

int PartitionBarChart::offsetBarCount() const {
    return m_offsets->data()->size();
}

int PartitionBarChart::unreadableCount() const {
    return m_unreadable->data()->size();
}

void PartitionBarChart::refreshNow() {
    m_timer->stop();
    m_dirty = true;
    refresh(QCustomPlot::rpImmediateRefresh);
}

void PartitionBarChart::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    schedule();
}

void PartitionBarChart::schedule() {
    if (m_dirty && m_active && isVisible() && !m_timer->isActive())
        m_timer->start();
}

void PartitionBarChart::refresh(QCustomPlot::RefreshPriority priority) {
    if (!m_dirty || !m_active || !isVisible())
        return;
    m_dirty = false;
    rebuild();
    m_plot->replot(priority);
}

void PartitionBarChart::rebuild() {
    QVector<double> rateKeys, rateValues, hotKeys, hotValues, offsetKeys, offsetValues,
        unreadableKeys;
    m_partitionTicker->clear();
    if (!m_topic) {
        m_title->setText(WidgetsTr::tr("Partitions"));
        m_placeholder->setVisible(true);
    } else {
        const TopicRate& topic = *m_topic;
        m_title->setText(
            WidgetsTr::tr("Partitions of %1: msgs/s and end offsets").arg(topic.topic));
        m_placeholder->setVisible(topic.partitions.empty());
        const int count = static_cast<int>(topic.partitions.size());
        const int labelStep = std::max(1, (count + kMaxLabelledTicks - 1) / kMaxLabelledTicks);
        for (int i = 0; i < count; ++i) {
            const PartitionRate& p = topic.partitions[static_cast<std::size_t>(i)];
            const double slot = i;
            if (!p.readable) {
                unreadableKeys.append(slot);
            } else {
                const double rate = shownRate(p);
                if (hasValue(rate)) {
                    const bool hot = topic.hotPartition && p.partition == topic.hottestPartition;
                    (hot ? hotKeys : rateKeys).append(slot + kRateOffset);
                    (hot ? hotValues : rateValues).append(rate);
                }
                if (p.endOffset >= 0) {
                    offsetKeys.append(slot + kOffsetOffset);
                    offsetValues.append(static_cast<double>(p.endOffset));
                }
            }
            if (i % labelStep == 0)
                m_partitionTicker->addTick(slot, p.readable ? QString::number(p.partition)
                                                            : QString::number(p.partition) +
                                                                  QStringLiteral(" \u26a0"));
        }
        m_plot->xAxis->setRange(-0.6, std::max(count, 1) - 0.4);
    }
    m_rates->setData(rateKeys, rateValues, true);
    m_hot->setData(hotKeys, hotValues, true);
    m_offsets->setData(offsetKeys, offsetValues, true);

    // Both value axes from 0, with headroom; unreadable columns span the full height.
    double rateMax = 0;
    for (double v : std::as_const(rateValues))
        rateMax = std::max(rateMax, v);
    for (double v : std::as_const(hotValues))
        rateMax = std::max(rateMax, v);
    double offsetMax = 0;
    for (double v : std::as_const(offsetValues))
        offsetMax = std::max(offsetMax, v);
    const double rateTop = std::max(1.0, rateMax * 1.15);
    m_plot->yAxis->setRange(0, rateTop);
    m_plot->yAxis2->setRange(0, std::max(1.0, offsetMax * 1.15));
    m_unreadable->setData(unreadableKeys, QVector<double>(unreadableKeys.size(), rateTop), true);

    // Legend: rates first, then only the entries that mean something right now.
    QCPLegend* legend = m_plot->legend;
    legend->clearItems();
    m_rates->addToLegend(legend);
    if (!hotKeys.isEmpty())
        m_hot->addToLegend(legend);
    m_offsets->addToLegend(legend);
    if (!unreadableKeys.isEmpty())
        m_unreadable->addToLegend(legend);
}

void PartitionBarChart::showHover(const QPointF& position, const QPoint& globalPosition) {
    if (!m_topic || m_topic->partitions.empty() ||
        !m_plot->axisRect()->rect().contains(position.toPoint())) {
        QToolTip::hideText();
        return;
    }
    const int slot = static_cast<int>(std::lround(m_plot->xAxis->pixelToCoord(position.x())));
    if (slot < 0 || slot >= static_cast<int>(m_topic->partitions.size())) {
        QToolTip::hideText();
        return;
    }
    const TopicRate& topic = *m_topic;
    const PartitionRate& p = topic.partitions[static_cast<std::size_t>(slot)];
    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b>")
                     .arg(WidgetsTr::tr("%1, partition %2")
                              .arg(topic.topic.toHtmlEscaped())
                              .arg(p.partition)));
    if (!p.readable) {
        lines.append(
            WidgetsTr::tr("Offsets could not be read (error %1): no rate, not 0").arg(p.errorCode));
    } else {
        lines.append(WidgetsTr::tr("Rate: %1").arg(formatRateWithUnit(m_locale, shownRate(p))));
        if (hasValue(p.msgsPerSec))
            lines.append(
                WidgetsTr::tr("Last sample: %1").arg(formatRateWithUnit(m_locale, p.msgsPerSec)));
        if (hasValue(shownRate(p)) && hasValue(topic.smoothedMsgsPerSec) &&
            topic.smoothedMsgsPerSec > 0)
            lines.append(WidgetsTr::tr("Share of the topic's traffic: %1%")
                             .arg(qRound(100.0 * shownRate(p) / topic.smoothedMsgsPerSec)));
        lines.append(WidgetsTr::tr("End offset: %1").arg(formatCount(m_locale, p.endOffset)));
        lines.append(WidgetsTr::tr("Start offset: %1").arg(formatCount(m_locale, p.startOffset)));
        if (p.startOffset >= 0 && p.endOffset >= 0)
            lines.append(WidgetsTr::tr("Retained: %1")
                             .arg(formatCount(m_locale, p.endOffset - p.startOffset)));
    }
    lines.append(p.leader >= 0 ? WidgetsTr::tr("Leader: broker %1").arg(p.leader)
                               : WidgetsTr::tr("No leader"));
    QToolTip::showText(globalPosition + QPoint(14, 14), lines.join(QStringLiteral("<br>")), m_plot);
}

} // namespace streamscope
