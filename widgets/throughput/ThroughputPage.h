#pragma once

#include "charts/SeriesColors.h"
#include "common/LatestWhileHidden.h"
#include "shell/ClusterPage.h"

#include "throughput/ThroughputTypes.h"

#include <QPointer>

class QButtonGroup;
class QLabel;
class QSplitter;

namespace streamscope {

class PartitionBarChart;
class RateChart;
class SessionServices;
class StateBanner;
class ThroughputFeed;
class ThroughputTopicsPanel;

// The Throughput page: how many events per second flow into every topic and partition, where the
// traffic is skewed, and how it changed.
//   left    the topic table (live msgs/s, sparkline, totals, skew, estimated bytes/s, notes)
//   right   a rate chart of the selected topics, or of the current topic's partitions;
//           the current topic's facts line; its partitions as bars (rates and end offsets)
// Rates come from the session's ThroughputTracker (SessionServices). While the page is hidden
// it keeps only the newest snapshot and applies it once when shown; its charts do no work.
class ThroughputPage : public ClusterPage {
    Q_OBJECT
public:
    // More lines than this make a chart nobody can read and slow to draw.
    static constexpr int kMaxSeries = 50;
    enum class ChartMode { Topics, Partitions };

    explicit ThroughputPage(QWidget* parent = nullptr);

    QString pageTitle() const override;
    QIcon pageIcon() const override;
    void setSession(ClusterSession* session) override;
    void setServices(SessionServices* services) override;
    void setPageActive(bool active) override;
    void saveSettings(QSettings& settings) const override;
    void restoreSettings(const QSettings& settings) override;

    void setChartMode(ChartMode mode);
    ChartMode chartMode() const { return m_mode; }

    ThroughputTopicsPanel* topicsPanel() const { return m_topics; }
    RateChart* rateChart() const { return m_chart; }
    PartitionBarChart* partitionChart() const { return m_bars; }
    QLabel* factsLabel() const { return m_facts; }
    // Says when the history file could not be read and where it was kept (hidden otherwise).
    StateBanner* historyBanner() const { return m_historyBanner; }
    // The snapshot on screen (may lag the tracker's while the page is hidden).
    ThroughputSnapshotPtr shownSnapshot() const { return m_shown; }

Q_SIGNALS:
    // A throughput snapshot reached the table.
    void ratesShown();

private:
    void onRates(const ThroughputSnapshotPtr& snapshot);
    void applyRates(const ThroughputSnapshotPtr& snapshot);
    void updateSeries();
    void updateCurrentTopic();
    void updateSummary();
    void updateLiveState();
    void checkHistoryNotice();
    bool isLive() const;
    const TopicRate* currentTopicRate() const;

    QPointer<ClusterSession> m_session;
    SessionServices* m_services = nullptr; // set and cleared by MainWindow around its lifetime
    bool m_historyNoticeChecked = false;
    ThroughputFeed* m_rates = nullptr; // the session's tracker
    ThroughputSnapshotPtr m_shown;
    // The newest snapshot that arrived while hidden, applied when shown; the charts read the
    // history themselves.
    LatestWhileHidden<ThroughputSnapshotPtr> m_latest{
        [this](const ThroughputSnapshotPtr& snapshot) { applyRates(snapshot); }};
    ChartMode m_mode = ChartMode::Topics;
    SeriesColors m_topicColors;
    SeriesColors m_partitionColors;
    int m_chartedPartitions = -1; // partition count the partition series were built for

    QLabel* m_summary = nullptr;
    StateBanner* m_historyBanner = nullptr;
    ThroughputTopicsPanel* m_topics = nullptr;
    RateChart* m_chart = nullptr;
    QButtonGroup* m_modeButtons = nullptr;
    QLabel* m_facts = nullptr;
    PartitionBarChart* m_bars = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_chartSplitter = nullptr;
};

} // namespace streamscope
