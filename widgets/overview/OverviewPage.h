#pragma once

#include "common/LatestWhileHidden.h"
#include "session/ClusterSession.h"
#include "shell/ClusterPage.h"

#include "throughput/ThroughputTypes.h"

#include <QPointer>

class QSplitter;

namespace streamscope {

class BrokersPanel;
class ClusterSummaryStrip;
class PartitionsPanel;
class RateChart;
class StateBanner;
class ThroughputFeed;
class TopicsPanel;

// The Overview page: key figures, brokers, topics with search, and the partitions of the selected
// topic. Keeps showing the last snapshot while the cluster is down, under a banner that says so.
class OverviewPage : public ClusterPage {
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);

    QString pageTitle() const override;
    QIcon pageIcon() const override;
    void setSession(ClusterSession* session) override;
    void setServices(SessionServices* services) override;
    void setPageActive(bool active) override;
    void saveSettings(QSettings& settings) const override;
    void restoreSettings(const QSettings& settings) override;

    // The snapshot on screen (may lag the session's while the page is hidden).
    ClusterSnapshot shownSnapshot() const { return m_shown; }
    TopicsPanel* topicsPanel() const { return m_topics; }
    PartitionsPanel* partitionsPanel() const { return m_partitions; }
    BrokersPanel* brokersPanel() const { return m_brokers; }
    // Cluster-wide msgs/s over time.
    RateChart* totalChart() const { return m_totalChart; }

Q_SIGNALS:
    void connectRequested();
    // A snapshot reached the tables (the first one marks "connected" for startup timing).
    void snapshotShown();

private:
    void onSnapshot(const ClusterSnapshot& snapshot);
    void onRates(const ThroughputSnapshotPtr& rates);
    void applySnapshot(const ClusterSnapshot& snapshot);
    void updateBanner();
    void updateTotalTitle(double msgsPerSec);
    // The total chart's state chip and title follow the session: no "Live" and no last
    // figure while no samples arrive.
    void updateLiveState();

    QPointer<ClusterSession> m_session;
    ClusterSnapshot m_shown;
    // The newest snapshot that arrived while hidden, applied when shown.
    LatestWhileHidden<ClusterSnapshot> m_latest{
        [this](const ClusterSnapshot& snapshot) { applySnapshot(snapshot); }};
    ClusterSummaryStrip* m_summary = nullptr;
    StateBanner* m_banner = nullptr;
    BrokersPanel* m_brokers = nullptr;
    TopicsPanel* m_topics = nullptr;
    PartitionsPanel* m_partitions = nullptr;
    RateChart* m_totalChart = nullptr;
    ThroughputFeed* m_rates = nullptr;
    qint64 m_lastRatesMs = -1; // wall ms of the newest rates shown, -1 = none
    QSplitter* m_verticalSplitter = nullptr;
    QSplitter* m_topicSplitter = nullptr;
    QSplitter* m_topSplitter = nullptr; // brokers beside the total chart
};

} // namespace streamscope
