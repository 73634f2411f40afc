#pragma once

#include "charts/QCustomPlotInclude.h"

#include "throughput/ThroughputTypes.h"

#include <QLocale>
#include <QWidget>

#include <optional>

class QLabel;
class QTimer;

namespace streamscope {

// Skew at a glance: one topic's partitions side by side, msgs/s as bars on the left axis and end
// offsets as lighter bars on the right axis. The hot partition's bar is highlighted; partitions
// whose offsets could not be read get a hatched grey column and a warning mark, never a zero bar.
// Hovering a partition shows its exact figures. Redraws at most every kRefreshMs and only while
// visible and active.
class PartitionBarChart : public QWidget {
    Q_OBJECT
public:
    // Shorter than RateChart::kRefreshMs on purpose: both are armed by the same tick, and
    // staggered they redraw in different turns of the event loop instead of one longer one.
    static constexpr int kRefreshMs = 150;

    explicit PartitionBarChart(QWidget* parent = nullptr);

    // The topic to show (a copy is kept); nullopt shows the placeholder.
    void setTopic(std::optional<TopicRate> topic);
    const std::optional<TopicRate>& topic() const { return m_topic; }
    void setActive(bool active);
    // Colour of the rate bars (the topic's chart colour), invalid for the default.
    void setBarColor(const QColor& color);

    QCustomPlot* plot() const { return m_plot; }
    // Partitions with a rate bar, an end-offset bar, and an "unreadable" column.
    int rateBarCount() const;
    int offsetBarCount() const;
    int unreadableCount() const;
    int replotCount() const { return m_replotCount; }
    void refreshNow();

Q_SIGNALS:
    void replotted();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void schedule();
    void refresh(QCustomPlot::RefreshPriority priority);
    void rebuild();
    void showHover(const QPointF& position, const QPoint& globalPosition);

    QLabel* m_title = nullptr;
    QCustomPlot* m_plot = nullptr;
    QCPBars* m_rates = nullptr;
    QCPBars* m_hot = nullptr;
    QCPBars* m_offsets = nullptr;
    QCPBars* m_unreadable = nullptr;
    QCPItemText* m_placeholder = nullptr;
    QSharedPointer<QCPAxisTickerText> m_partitionTicker;
    QTimer* m_timer = nullptr;
    QLocale m_locale;
    QColor m_barColor;
    std::optional<TopicRate> m_topic;
    bool m_dirty = true;
    bool m_active = true;
    int m_replotCount = 0;
};

} // namespace streamscope
