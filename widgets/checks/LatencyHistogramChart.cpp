#include "checks/LatencyHistogramChart.h"

#include "charts/HumanAxisTicker.h"
#include "charts/PlotStyle.h"
#include "charts/SeriesColors.h"
#include "checks/CheckSummary.h"
#include "checks/LatencyBins.h"
#include "common/DisplayFormat.h"
#include "common/WidgetsTr.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace streamscope {

LatencyHistogramChart::LatencyHistogramChart(QWidget* parent)
    : QWidget(parent)
    , m_step(new QComboBox(this))
    , m_plot(new QCustomPlot(this))
    , m_locale(displayLocale()) {
    setObjectName(QStringLiteral("latencyHistogram"));
    m_step->setObjectName(QStringLiteral("latencyStep"));
    m_step->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_plot->setObjectName(QStringLiteral("latencyPlot"));
    m_plot->setMinimumHeight(140);
    applyPlotStyle(m_plot);
    m_plot->yAxis->setTicker(QSharedPointer<HumanAxisTicker>::create());
    m_plot->yAxis->setLabel(WidgetsTr::tr("records"));
    m_plot->xAxis->setLabel(WidgetsTr::tr("delay (ms)"));

    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_bars->setSelectable(QCP::stNone);
    const QColor color = SeriesColors::paletteColor(0);
    m_bars->setPen(QPen(color.darker(120), 1));
    m_bars->setBrush(color);

    const QStringList names = {QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("p99")};
    // p50 green, p95 amber, p99 red: the checks' own colours.
    const QColor markColors[] = {checkHealthColor(CheckHealth::Clean),
                                 checkHealthColor(CheckHealth::Warning),
                                 checkHealthColor(CheckHealth::Problem)};
    for (int i = 0; i < names.size(); ++i) {
        auto* line = new QCPItemStraightLine(m_plot);
        line->setPen(QPen(markColors[i], 1.5, Qt::DashLine));
        line->setSelectable(false);
        auto* label = new QCPItemText(m_plot);
        label->setColor(markColors[i]);
        label->setSelectable(false);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->setObjectName(names[i]);
        m_lines << line;
        m_labels << label;
    }

    m_placeholder = new QCPItemText(m_plot);
    m_placeholder->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_placeholder->position->setCoords(0.5, 0.5);
    m_placeholder->setPositionAlignment(Qt::AlignCenter);
    m_placeholder->setColor(palette().color(QPalette::PlaceholderText));

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(WidgetsTr::tr("Flow latency per step:"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    top->addWidget(title);
    top->addWidget(m_step);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_plot, 1);

    connect(m_step, &QComboBox::currentIndexChanged, this, &LatencyHistogramChart::showStep);
    setReport(nullptr);
}

void LatencyHistogramChart::setReport(const CheckReport* report) {
    m_steps = report ? report->latency : std::vector<LatencyStep>{};
    const QSignalBlocker blocker(m_step);
    m_step->clear();
    for (const LatencyStep& step : m_steps)
        m_step->addItem(WidgetsTr::tr("%1 \u2192 %2 (%3)")
                            .arg(step.fromType, step.toType, formatCount(m_locale, step.count)));
    m_step->setEnabled(!m_steps.empty());
    if (m_steps.empty())
        m_placeholder->setText(
            !report ? WidgetsTr::tr("Run the checks to see how long each step of a flow takes.")
                    : WidgetsTr::tr("No step to measure: no two events of one trace (W3C "
                                    "traceparent) were found."));
    m_step->setCurrentIndex(m_steps.empty() ? -1 : 0);
    showStep(m_steps.empty() ? -1 : 0);
}

void LatencyHistogramChart::setStep(int index) {
    m_step->setCurrentIndex(index);
}

void LatencyHistogramChart::showStep(int index) {
    const bool valid = index >= 0 && index < int(m_steps.size());
    m_placeholder->setVisible(!valid);
    for (QCPItemStraightLine* line : std::as_const(m_lines))
        line->setVisible(valid);
    for (QCPItemText* label : std::as_const(m_labels))
        label->setVisible(valid);
    if (!valid) {
        m_bars->data()->clear();
        m_plot->xAxis->setRange(0, 100);
        m_plot->yAxis->setRange(0, 10);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const LatencyStep& step = m_steps[size_t(index)];
    const LatencyBins bins = binLatencies(step.samplesMs);
    m_bars->setWidth(bins.widthMs * 0.9);
    m_bars->setData(QVector<double>(bins.centersMs.begin(), bins.centersMs.end()),
                    QVector<double>(bins.counts.begin(), bins.counts.end()), true);
    const double marks[] = {step.p50Ms, step.p95Ms, step.p99Ms};
    const QStringList names = {QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("p99")};
    // Labels step down so close percentiles do not print over each other.
    for (int i = 0; i < m_lines.size(); ++i) {
        m_lines[i]->point1->setCoords(marks[i], 0);
        m_lines[i]->point2->setCoords(marks[i], 1);
        m_labels[i]->position->setCoords(marks[i], 0.02 + 0.09 * i);
        m_labels[i]->setText(
            QStringLiteral(" %1 %2").arg(names[i], formatDelayMs(m_locale, marks[i])));
    }
    const double maxCount =
        bins.counts.empty() ? 1 : *std::max_element(bins.counts.begin(), bins.counts.end());
    const double right =
        std::max({bins.centersMs.empty() ? 0.0 : bins.centersMs.back(), step.p99Ms, step.maxMs}) +
        bins.widthMs;
    m_plot->xAxis->setRange(0, right * 1.05);
    m_plot->yAxis->setRange(0, std::max(1.0, maxCount * 1.3));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int LatencyHistogramChart::barCount() const {
    return m_bars->data()->size();
}

QList<double> LatencyHistogramChart::markedPercentilesMs() const {
    QList<double> out;
    if (m_placeholder->visible())
        return out;
    for (const QCPItemStraightLine* line : m_lines)
        out << line->point1->coords().x();
    return out;
}

} // namespace streamscope
