#pragma once

#include "common/LatestWhileHidden.h"
#include "common/LiveTextLabel.h"
#include "lag/LagTypes.h"
#include "shell/ClusterPage.h"

#include <QPointer>

class QSplitter;

namespace streamscope {

struct ConnectionProfile;
class LagFeed;
class LagGroupDetailPanel;
class LagGroupsPanel;
class LagNotifier;
class SessionServices;

// The Lag page: which consumer groups are behind, by how much, whether it is getting better or
// worse, and when they will catch up.
//   top     a summary line (groups, how many have problems, refresh time)
//   left    the groups table (status, lag, time lag, catch-up, sparkline), filter, problems first
//   right   the current group in detail: status explanation, members, alerts, partitions,
//           lag history and consumed-vs-produced charts
// Data comes from the session's LagMonitor (SessionServices::lag()). While hidden, the page keeps
// only the newest snapshot and applies it once when shown; notifications are checked on every
// snapshot, shown or not. Where there is nothing to show, a sentence says why.
class LagPage : public ClusterPage {
    Q_OBJECT
public:
    explicit LagPage(QWidget* parent = nullptr);
    ~LagPage() override;

    QString pageTitle() const override;
    QIcon pageIcon() const override;
    void setSession(ClusterSession* session) override;
    void setServices(SessionServices* services) override;
    void setPageActive(bool active) override;
    void saveSettings(QSettings& settings) const override;
    void restoreSettings(const QSettings& settings) override;

    // Where every lag snapshot enters the page (the session's monitor through the feed; tests
    // hand synthetic snapshots here).
    void receiveSnapshot(const LagSnapshotPtr& snapshot);

    // What the page says when there is no group to show (empty when there are groups): not
    // connected, cluster unreachable, groups not read yet, groups unknown (with the reason), no
    // groups on this cluster.
    struct EmptyStateInput {
        bool hasSession = false;
        bool connected = false;
        QString connectionProblem; // the session's state message when not connected
        LagSnapshotPtr snapshot;
    };
    static QString emptyStateText(const EmptyStateInput& input);
    // Why the offsets of this group may not be reset on this profile; empty when allowed.
    static QString resetRefusal(const ConnectionProfile* profile, const GroupLag* group);

    LagGroupsPanel* groupsPanel() const { return m_groups; }
    LagGroupDetailPanel* detailPanel() const { return m_detail; }
    LagNotifier* notifier() const { return m_notifier; }
    LiveTextLabel* summaryLabel() const { return m_summary; }
    LagSnapshotPtr shownSnapshot() const { return m_shown; }

Q_SIGNALS:
    // A lag snapshot reached the table.
    void lagShown();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // Side by side when the groups table fits its share of the width, else the detail below it
    // (1280 px wide: no sideways scrolling, numbers never elided).
    void updateOrientation();
    void applyLag(const LagSnapshotPtr& snapshot);
    void updateDetail();
    void updateSummary();
    void updateEmptyState();
    void openResetDialog(const QString& groupId);
    QString clusterKey() const;

    QPointer<ClusterSession> m_session;
    SessionServices* m_services = nullptr; // set and cleared by MainWindow around its lifetime
    LagFeed* m_feed = nullptr;
    LagNotifier* m_notifier = nullptr;
    LagSnapshotPtr m_shown;
    LatestWhileHidden<LagSnapshotPtr> m_latest{
        [this](const LagSnapshotPtr& snapshot) { applyLag(snapshot); }};

    LiveTextLabel* m_summary = nullptr;
    LagGroupsPanel* m_groups = nullptr;
    LagGroupDetailPanel* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace streamscope
