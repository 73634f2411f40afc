#pragma once

#include "charts/QCustomPlotInclude.h"
#include "charts/TimeWindow.h"
#include "common/TimeSeriesSource.h"

#include <QColor>
#include <QList>
#include <QLocale>
#include <QWidget>

#include <functional>
#include <vector>

class QTimer;

namespace streamscope {

class ChartToolBar;
class TimeSeriesHover;

// One line on a rate chart: the cluster total, a topic, or one partition of a topic.
struct RateSeriesSpec {
    enum class Kind { Cluster, Topic, Partition };
    Kind kind = Kind::Topic;
    QString topic;
    int partition = -1;
    QString label;
    QColor color;
    // The source key's scope (a consumer group on the lag charts); empty for throughput.
    QString scope = {};

    // Identity of the data (not of its look): the chart keeps a series' points while this stays.
    QString key() const;
    // Which series of the chart's source this line reads.
    TimeSeriesKey sourceKey() const;
    QString keyWithoutScope() const;
    friend bool operator==(const RateSeriesSpec&, const RateSeriesSpec&) = default;
};

// Live msgs/s over time (QCustomPlot): one graph per series, a time window (1 m ... 24 h), pause
// and resume, pan and zoom on the time axis, a hover read-out, a legend, and a y axis in human
// units.
//
// Replot policy (dirty levels, one timer): every request only raises a dirty level and arms ONE
// single-shot timer, so the chart replots at most every kRefreshMs however often data arrives.
//   Replot   - redraw (y axis re-fit after a pan, a new look)
//   Append   - a tick arrived: fetch only the points newer than each series' last one from the
//              history, drop those that left the window, then redraw
//   Refetch  - series, window or history changed, or a pan/zoom left the loaded range: copy
//              the visible range of every series from the history again
// Nothing happens while the chart is hidden or its page inactive: the level is kept and the
// work is done once when it is shown. Paused charts take no data at all. Dragging and zooming
// only move the axis (QCustomPlot redraws from the points it has); data is refetched at most at
// the timer's pace, and only when the view leaves the loaded range.
class RateChart : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 250;

    explicit RateChart(QWidget* parent = nullptr);
    ~RateChart() override;

    // Where the points come from (a ThroughputHistory today; lag history later); must outlive
    // the chart or be reset (nullptr) first.
    void setHistory(const TimeSeriesSource* history);
    void setSeries(const QList<RateSeriesSpec>& series);
    const QList<RateSeriesSpec>& series() const { return m_series; }

    void setTimeWindow(TimeWindow window);
    TimeWindow timeWindow() const { return m_window; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // Whether the page is on screen; an inactive chart does no work.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // A tick was appended to the history.
    void notifyNewData();

    void setTitle(const QString& title);
    // What the values are: the y axis label and how the hover read-out writes a value. Default
    // msgs/s (formatRateWithUnit); the lag chart counts messages.
    void setValueFormat(const QString& axisLabel,
                        std::function<QString(const QLocale&, double)> format);
    // What the empty chart says (e.g. "Select topics in the table").
    void setPlaceholderText(const QString& text);
    // Compact: no legend, tighter margins and an icon-only pause button (the overview).
    void setCompact(bool compact);

    ChartToolBar* toolBar() const { return m_toolBar; }
    QCustomPlot* plot() const { return m_plot; }
    TimeSeriesHover* hover() const { return m_hover; }
    // Completed replots of the plot (counts QCustomPlot's own redraws too: resize, drag).
    int replotCount() const { return m_replotCount; }
    // Does the pending work now and replots synchronously (tests, benchmarks).
    void refreshNow();
    bool hasPendingWork() const { return m_dirty != Dirty::None; }

Q_SIGNALS:
    void replotted();
    void pausedChanged(bool paused);
    void timeWindowChanged(streamscope::TimeWindow window);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void updateValueAxis();

private:
    enum class Dirty { None = 0, Replot = 1, Append = 2, Refetch = 3 };
    struct SeriesState {
        qint64 lastTimeMs = -1; // newest point loaded
        bool coarse = false;    // loaded points are bucket means
    };

    void markDirty(Dirty level);
    void schedule();
    bool canWork() const;
    void refresh(QCustomPlot::RefreshPriority priority);
    void rebuildGraphs();
    void setGraphLabel(QCPGraph* graph, const QString& label) const;
    void fetchAll();
    bool appendAll();
    void fetchInto(int index, qint64 fromMs, qint64 toMs, bool append);
    void followLiveEdge();
    void setXRange(double lowerS, double upperS);
    void onUserRangeChanged(const QCPRange& range);
    void fitValueAxis();
    void updateTimeFormat();
    void updateLegend();
    void updatePlaceholder();
    // The range to load for the current view, in ms since the epoch.
    std::pair<qint64, qint64> wantedRange() const;

    ChartToolBar* m_toolBar = nullptr;
    QCustomPlot* m_plot = nullptr;
    TimeSeriesHover* m_hover = nullptr;
    QSharedPointer<QCPAxisTickerDateTime> m_timeTicker;
    QCPItemText* m_placeholder = nullptr;
    QTimer* m_timer = nullptr;

    const TimeSeriesSource* m_history = nullptr;
    QList<RateSeriesSpec> m_series;
    std::vector<SeriesState> m_states; // parallel to m_series and the plot's graphs
    QVector<QCPGraphData> m_buffer;    // reused for every fetch
    qint64 m_loadedFromMs = 0;
    qint64 m_loadedToMs = -1;

    TimeWindow m_window = TimeWindow::FiveMinutes;
    Dirty m_dirty = Dirty::Refetch;
    bool m_paused = false;
    bool m_active = true;
    bool m_compact = false;
    bool m_settingRange = false; // our own axis changes are not user pans
    QString m_placeholderText;
    QString m_valueLabel; // y axis label; empty = msgs/s
    int m_replotCount = 0;
    int m_legendColumns = 0;
};

} // namespace streamscope
