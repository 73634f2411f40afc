#include "charts/RateChart.h"

#include "charts/ChartToolBar.h"
#include "charts/HumanAxisTicker.h"
#include "charts/PlotStyle.h"
#include "charts/TimeSeriesHover.h"
#include "common/WidgetsTr.h"

#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace streamscope {

namespace {

constexpr double kMinSpanS = 10;        // zoom limit: ten seconds across
constexpr double kMaxSpanS = 26 * 3600; // a little more than the longest window
constexpr int kLegendRows = 2;          // more series than fit: "+ N more"
constexpr int kLegendColumnWidthPx = 170;
constexpr double kHeadroom = 1.12;             // y range above the highest visible point
constexpr double kLiveRightMarginShare = 0.01; // a sliver of space after the newest point

double toKey(qint64 ms) {
    return static_cast<double>(ms) / 1000.0;
}
qint64 toMs(double key) {
    return static_cast<qint64>(std::llround(key * 1000.0));
}

// The "+ 12 more" entry at the end of a legend that cannot show every series.
class MoreLegendItem : public QCPAbstractLegendItem {
public:
    MoreLegendItem(QCPLegend* legend, QString text)
        : QCPAbstractLegendItem(legend)
        , m_text(std::move(text)) {}

protected:
    void draw(QCPPainter* painter) override {
        painter->setFont(mParentLegend->font());
        painter->setPen(QPen(mParentLegend->textColor()));
        painter->drawText(mRect, Qt::AlignLeft | Qt::AlignVCenter, m_text);
    }
    QSize minimumOuterSizeHint() const override {
        const QFontMetrics metrics(mParentLegend->font());
        const QSize text = metrics.size(0, m_text);
        return {text.width() + mMargins.left() + mMargins.right(),
                text.height() + mMargins.top() + mMargins.bottom()};
    }

private:
    QString m_text;
};

} // namespace

void RateChart::setGraphLabel(QCPGraph* graph, const QString& label) const {
    // The legend gets a name that fits its column (long topic names keep both ends); the hover
    // read-out shows the full one.
    const QFontMetrics metrics(m_plot->legend->font());
    graph->setName(metrics.elidedText(label, Qt::ElideMiddle, kLegendColumnWidthPx - 34));
    graph->setProperty(TimeSeriesHover::kFullNameProperty, label);
}

QString RateSeriesSpec::key() const {
    if (!scope.isEmpty())
        return QStringLiteral("s:%1:").arg(scope.size()) + scope + keyWithoutScope();
    return keyWithoutScope();
}

QString RateSeriesSpec::keyWithoutScope() const {
    switch (kind) {
    case Kind::Cluster:
        return QStringLiteral("cluster");
    case Kind::Topic:
        return QStringLiteral("t:") + topic;
    case Kind::Partition:
        return QStringLiteral("p:%1:").arg(partition) + topic;
    }
    return {};
}

TimeSeriesKey RateSeriesSpec::sourceKey() const {
    switch (kind) {
    case Kind::Cluster:
        return {scope, QString(), -1};
    case Kind::Topic:
        return {scope, topic, -1};
    case Kind::Partition:
        return {scope, topic, partition};
    }
    return {};
}

RateChart::RateChart(QWidget* parent)
    : QWidget(parent)
    , m_toolBar(new ChartToolBar(this))
    , m_plot(new QCustomPlot(this))
    , m_timeTicker(new QCPAxisTickerDateTime)
    , m_timer(new QTimer(this)) {
    setObjectName(QStringLiteral("rateChart"));
    m_plot->setObjectName(QStringLiteral("ratePlot"));
    m_plot->setMinimumHeight(120);
    applyPlotStyle(m_plot);

    m_timeTicker->setDateTimeSpec(Qt::LocalTime);
    m_timeTicker->setTickCount(6);
    m_timeTicker->setTickStepStrategy(QCPAxisTicker::tssReadability);
    m_plot->xAxis->setTicker(m_timeTicker);
    auto valueTicker = QSharedPointer<HumanAxisTicker>::create();
    valueTicker->setTickCount(5);
    m_plot->yAxis->setTicker(valueTicker);
    m_plot->yAxis->setLabel(WidgetsTr::tr("msgs/s"));
    m_plot->yAxis->setRange(0, 1);

    // Pan and zoom along time only; y follows the data in view.
    m_plot->setInteractions(QCP::Interactions(QCP::iRangeDrag) | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoomFactor(0.85);
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &RateChart::onUserRangeChanged);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { setPaused(false); });
    connect(m_plot, &QCustomPlot::afterReplot, this, [this] {
        ++m_replotCount;
        Q_EMIT replotted();
    });

    // The legend sits below the plot, never over the data.
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, false);
    m_plot->legend->setIconSize(14, 8);
    m_plot->legend->setRowSpacing(0);
    m_plot->legend->setColumnSpacing(10);
    m_plot->legend->setVisible(false);

    m_placeholder = new QCPItemText(m_plot);
    m_placeholder->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_placeholder->position->setCoords(0.5, 0.5);
    m_placeholder->setPositionAlignment(Qt::AlignCenter);
    m_placeholder->setColor(palette().color(QPalette::PlaceholderText));
    m_placeholder->setSelectable(false);
    m_placeholderText = WidgetsTr::tr("No series selected");

    m_hover = new TimeSeriesHover(m_plot);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, [this] { refresh(QCustomPlot::rpQueuedReplot); });

    connect(m_toolBar, &ChartToolBar::timeWindowChosen, this, &RateChart::setTimeWindow);
    connect(m_toolBar, &ChartToolBar::pauseToggled, this, &RateChart::setPaused);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_plot, 1);

    updateTimeFormat();
    updatePlaceholder();
    followLiveEdge();
}

RateChart::~RateChart() = default;

void RateChart::setHistory(const TimeSeriesSource* history) {
    if (history == m_history)
        return;
    m_history = history;
    m_loadedToMs = -1;
    markDirty(Dirty::Refetch);
}

void RateChart::setSeries(const QList<RateSeriesSpec>& series) {
    if (series == m_series)
        return;
    bool sameData = series.size() == m_series.size();
    for (qsizetype i = 0; sameData && i < series.size(); ++i)
        sameData = series[i].key() == m_series[i].key();
    m_series = series;
    if (sameData) {
        // Only names or colours changed: restyle, keep the points.
        for (int i = 0; i < m_plot->graphCount(); ++i) {
            QCPGraph* graph = m_plot->graph(i);
            setGraphLabel(graph, m_series[i].label);
            QPen pen = graph->pen();
            pen.setColor(m_series[i].color);
            graph->setPen(pen);
        }
        updateLegend();
        markDirty(Dirty::Replot);
        return;
    }
    rebuildGraphs();
    markDirty(Dirty::Refetch);
}

void RateChart::rebuildGraphs() {
    m_hover->hide();
    m_plot->clearGraphs();
    m_states.assign(static_cast<std::size_t>(m_series.size()), SeriesState{});
    // One series is an area (the cluster total); many are plain lines, which stay readable.
    const bool area = m_series.size() == 1;
    for (const RateSeriesSpec& spec : std::as_const(m_series)) {
        QCPGraph* graph = m_plot->addGraph();
        setGraphLabel(graph, spec.label);
        // Width 1 for many lines: the raster engine strokes wider antialiased lines ~50x
        // slower (570 ms vs 11 ms for 50 x 1800 points), which would make panning stutter.
        graph->setPen(QPen(spec.color, area ? 1.5 : 1.0));
        if (area) {
            QColor fill = spec.color;
            fill.setAlphaF(0.16f);
            graph->setBrush(fill);
        }
        graph->setLineStyle(QCPGraph::lsLine);
        graph->setAdaptiveSampling(true);
        graph->setSelectable(QCP::stNone);
    }
    updateLegend();
}

void RateChart::setTimeWindow(TimeWindow window) {
    const bool changed = window != m_window;
    m_window = window;
    m_toolBar->setTimeWindow(window);
    if (!changed)
        return;
    if (m_paused) {
        // Keep the right edge the user is looking at; show the new span before it.
        const double upper = m_plot->xAxis->range().upper;
        setXRange(upper - toKey(timeWindowMs(window)), upper);
    } else {
        followLiveEdge();
    }
    updateTimeFormat();
    markDirty(Dirty::Refetch);
    Q_EMIT timeWindowChanged(window);
}

void RateChart::setPaused(bool paused) {
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_toolBar->setPaused(paused);
    if (!paused) {
        // Back to live: the newest window, loaded afresh.
        followLiveEdge();
        updateTimeFormat();
        markDirty(Dirty::Refetch);
    }
    Q_EMIT pausedChanged(paused);
}

void RateChart::setActive(bool active) {
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        schedule();
    else
        m_hover->hide();
}

void RateChart::notifyNewData() {
    if (m_paused)
        return; // a paused chart shows what it has
    markDirty(Dirty::Append);
}

void RateChart::setTitle(const QString& title) {
    m_toolBar->setTitle(title);
}

void RateChart::setValueFormat(const QString& axisLabel,
                               std::function<QString(const QLocale&, double)> format) {
    m_valueLabel = axisLabel;
    updateValueAxis();
    m_hover->setValueFormat(std::move(format));
    markDirty(Dirty::Replot);
}

void RateChart::setPlaceholderText(const QString& text) {
    m_placeholderText = text;
    updatePlaceholder();
    markDirty(Dirty::Replot);
}

void RateChart::setCompact(bool compact) {
    m_compact = compact;
    m_toolBar->setCompact(compact);
    updateValueAxis();
    updateLegend();
    markDirty(Dirty::Replot);
}

void RateChart::refreshNow() {
    m_timer->stop();
    if (m_dirty == Dirty::None)
        m_dirty = Dirty::Replot;
    refresh(QCustomPlot::rpImmediateRefresh);
}

void RateChart::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    schedule(); // catch up with what arrived while hidden
}

// The y axis for the plot's height: its label, or none when the plot is too short to show it
// whole (a label cut in the middle reads worse than none; the hover names the unit anyway), and
// as many value ticks as fit without their labels running into each other.
void RateChart::updateValueAxis() {
    const QString label = m_compact                ? QString()
                          : m_valueLabel.isEmpty() ? WidgetsTr::tr("msgs/s")
                                                   : m_valueLabel;
    const QFontMetrics metrics(m_plot->yAxis->labelFont());
    // The axis runs along the plot's height less the time axis' labels, margins and the legend.
    const int room = m_plot->height() - 4 * metrics.height();
    const QString shown = metrics.horizontalAdvance(label) <= room ? label : QString();
    const int ticks = std::clamp(room / (2 * metrics.height() + 4), 2, 5);
    QCPAxisTicker* ticker = m_plot->yAxis->ticker().data();
    if (m_plot->yAxis->label() == shown && ticker->tickCount() == ticks)
        return;
    m_plot->yAxis->setLabel(shown);
    ticker->setTickCount(ticks);
    markDirty(Dirty::Replot);
}

void RateChart::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    updateValueAxis();
    const int columns = std::max(1, m_plot->width() / kLegendColumnWidthPx);
    if (columns != m_legendColumns)
        updateLegend();
}

void RateChart::markDirty(Dirty level) {
    if (static_cast<int>(level) > static_cast<int>(m_dirty))
        m_dirty = level;
    schedule();
}

bool RateChart::canWork() const {
    return m_active && isVisible();
}

void RateChart::schedule() {
    if (m_dirty != Dirty::None && canWork() && !m_timer->isActive())
        m_timer->start();
}

void RateChart::refresh(QCustomPlot::RefreshPriority priority) {
    if (!canWork() || m_dirty == Dirty::None)
        return; // stays dirty; showEvent/setActive schedule it again
    const Dirty level = std::exchange(m_dirty, Dirty::None);
    if (level >= Dirty::Append && !m_paused)
        followLiveEdge();
    const auto [from, to] = wantedRange();
    const bool outsideLoaded = from < m_loadedFromMs || to > m_loadedToMs;
    if (level == Dirty::Refetch || (level == Dirty::Replot && m_paused && outsideLoaded))
        fetchAll();
    else if (level == Dirty::Append && !appendAll())
        fetchAll();
    fitValueAxis();
    updatePlaceholder();
    m_plot->replot(priority);
}

std::pair<qint64, qint64> RateChart::wantedRange() const {
    const QCPRange view = m_plot->xAxis->range();
    qint64 from = toMs(view.lower);
    qint64 to = toMs(view.upper);
    if (m_paused) {
        // A margin on both sides, so a short pan needs no new copy.
        const qint64 margin = (to - from) / 4;
        from -= margin;
        to += margin;
    } else {
        // One point left of the view, so the line runs into the left edge.
        from -= std::max<qint64>(5000, (to - from) / 50);
    }
    return {from, to};
}

void RateChart::fetchAll() {
    m_hover->hide();
    const auto [from, to] = wantedRange();
    for (int i = 0; i < static_cast<int>(m_series.size()); ++i) {
        m_states[static_cast<std::size_t>(i)] = {};
        fetchInto(i, from, to, false);
    }
    m_loadedFromMs = from;
    m_loadedToMs = to;
}

bool RateChart::appendAll() {
    if (!m_history)
        return true;
    const auto [from, to] = wantedRange();
    for (const SeriesState& state : m_states)
        if (state.coarse)
            return false; // bucket means revise their last point: copy them again
    for (int i = 0; i < static_cast<int>(m_series.size()); ++i) {
        const SeriesState& state = m_states[static_cast<std::size_t>(i)];
        const qint64 start = state.lastTimeMs >= 0 ? state.lastTimeMs + 1 : from;
        fetchInto(i, start, to, true);
        if (m_states[static_cast<std::size_t>(i)].coarse)
            return false; // the ticks no longer reach back far enough
        m_plot->graph(i)->data()->removeBefore(toKey(from));
    }
    m_loadedFromMs = from;
    m_loadedToMs = to;
    return true;
}

void RateChart::fetchInto(int index, qint64 fromMs, qint64 toMs, bool append) {
    QCPGraph* graph = m_plot->graph(index);
    SeriesState& state = m_states[static_cast<std::size_t>(index)];
    if (!m_history) {
        graph->data()->clear();
        return;
    }
    const RateSeriesSpec& spec = m_series[index];
    const TimeSeriesData points = m_history->series(spec.sourceKey(), fromMs, toMs);
    m_buffer.resize(static_cast<qsizetype>(points.timesMs.size()));
    for (std::size_t i = 0; i < points.timesMs.size(); ++i) {
        QCPGraphData& point = m_buffer[static_cast<qsizetype>(i)];
        point.key = toKey(points.timesMs[i]);
        point.value = static_cast<double>(points.values[i]); // NaN stays NaN: a gap
    }
    if (append) {
        if (!m_buffer.isEmpty())
            graph->data()->add(m_buffer, true);
    } else {
        graph->data()->set(m_buffer, true);
    }
    if (!points.timesMs.empty())
        state.lastTimeMs = points.timesMs.back();
    state.coarse = points.coarse;
}

void RateChart::followLiveEdge() {
    const qint64 newest = m_history ? m_history->newestTimeMs() : -1;
    const double right = newest >= 0 ? toKey(newest) : toKey(QDateTime::currentMSecsSinceEpoch());
    const double span = toKey(timeWindowMs(m_window));
    setXRange(right - span, right + span * kLiveRightMarginShare);
}

void RateChart::setXRange(double lowerS, double upperS) {
    m_settingRange = true;
    m_plot->xAxis->setRange(lowerS, upperS);
    m_settingRange = false;
}

void RateChart::onUserRangeChanged(const QCPRange& range) {
    if (m_settingRange)
        return;
    // Keep zoom within sensible limits.
    double lower = range.lower;
    double upper = range.upper;
    if (range.size() < kMinSpanS) {
        const double centre = range.center();
        lower = centre - kMinSpanS / 2;
        upper = centre + kMinSpanS / 2;
    } else if (range.size() > kMaxSpanS) {
        upper = range.upper;
        lower = upper - kMaxSpanS;
    }
    if (lower != range.lower || upper != range.upper)
        setXRange(lower, upper);
    // Looking at the past means not following the present.
    setPaused(true);
    updateTimeFormat();
    markDirty(Dirty::Replot);
}

void RateChart::fitValueAxis() {
    const QCPRange keys = m_plot->xAxis->range();
    double peak = 0;
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        bool found = false;
        const QCPRange values = m_plot->graph(i)->getValueRange(found, QCP::sdBoth, keys);
        if (found && std::isfinite(values.upper))
            peak = std::max(peak, values.upper);
    }
    // Never a zero-height axis; small rates still get a readable scale.
    const double upper = std::max(peak * kHeadroom, 1.0);
    m_plot->yAxis->setRange(0, upper);
}

void RateChart::updateTimeFormat() {
    const double span = m_plot->xAxis->range().size();
    if (span <= 20 * 60)
        m_timeTicker->setDateTimeFormat(QStringLiteral("HH:mm:ss"));
    else if (span <= 36 * 3600)
        m_timeTicker->setDateTimeFormat(QStringLiteral("HH:mm"));
    else
        m_timeTicker->setDateTimeFormat(QStringLiteral("d MMM HH:mm"));
}

void RateChart::updateLegend() {
    QCPLegend* legend = m_plot->legend;
    const bool show = !m_compact && !m_series.isEmpty();
    QCPLayoutGrid* layout = m_plot->plotLayout();
    const bool inLayout = layout->hasElement(1, 0) && layout->element(1, 0) == legend;
    if (!show) {
        if (inLayout) {
            layout->take(legend);
            layout->simplify();
        }
        legend->setVisible(false);
        m_legendColumns = 0;
        return;
    }
    if (!inLayout) {
        layout->addElement(1, 0, legend);
        layout->setRowStretchFactor(1, 0.001);
    }
    legend->setVisible(true);
    m_legendColumns = std::max(1, m_plot->width() / kLegendColumnWidthPx);
    legend->clearItems();
    legend->setWrap(m_legendColumns);
    const int capacity = m_legendColumns * kLegendRows;
    const int count = m_plot->graphCount();
    const int listed = count <= capacity ? count : capacity - 1;
    for (int i = 0; i < listed; ++i)
        m_plot->graph(i)->addToLegend(legend);
    if (listed < count)
        legend->addItem(new MoreLegendItem(
            legend, WidgetsTr::tr("+ %n more (hover to read)", nullptr, count - listed)));
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
}

void RateChart::updatePlaceholder() {
    bool hasData = false;
    for (int i = 0; i < m_plot->graphCount() && !hasData; ++i)
        hasData = !m_plot->graph(i)->data()->isEmpty();
    if (!m_history) {
        m_placeholder->setText(WidgetsTr::tr("Not connected"));
        m_placeholder->setVisible(true);
    } else if (m_series.isEmpty()) {
        m_placeholder->setText(m_placeholderText);
        m_placeholder->setVisible(true);
    } else if (!hasData) {
        m_placeholder->setText(m_paused
                                   ? WidgetsTr::tr("No data in this range")
                                   : WidgetsTr::tr("Waiting for data: a rate needs two samples"));
        m_placeholder->setVisible(true);
    } else {
        m_placeholder->setVisible(false);
    }
}

} // namespace streamscope
