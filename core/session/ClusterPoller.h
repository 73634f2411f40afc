#pragma once

// Private to core/session: the worker behind ClusterSession. Only ClusterSession.cpp includes it,
// so the public header shows the session, not its thread's internals.

#include "session/ClusterSession.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <memory>
#include <vector>

namespace streamscope {

class KafkaClient;

// Works on the polling thread: one tick = metadata + start/end offsets of every partition, batched
// per leader. Lives in ClusterSession's QThread; never touched from the GUI thread directly.
class ClusterPoller : public QObject {
    Q_OBJECT
public:
    ClusterPoller(ConnectionProfile profile, std::shared_ptr<std::atomic_bool> stopping);
    ~ClusterPoller() override;

    void addConsumer(SnapshotConsumer* consumer); // call before the thread starts

public Q_SLOTS:
    void start();
    void setIntervalMs(int ms);
    void pollNow();
    void shutdown(); // destroys the client handle on the polling thread

Q_SIGNALS:
    void snapshotReady(streamscope::ClusterSnapshot snapshot);
    void stateChanged(streamscope::ConnectionState state, const QString& message);

private:
    void tick();
    void scheduleNext();
    void setState(ConnectionState state, const QString& message);

    ConnectionProfile m_profile;
    std::shared_ptr<std::atomic_bool> m_stopping;
    std::unique_ptr<KafkaClient> m_client;
    std::vector<SnapshotConsumer*> m_consumers;
    QTimer* m_timer = nullptr;
    int m_intervalMs = 2000;
    ConnectionState m_state = ConnectionState::Connecting;
    QString m_stateMessage;
    QList<int> m_rackBrokerIds; // broker set whose racks are cached
    QHash<int, QString> m_racks;
    // cleanup.policy per topic: described when a topic first appears, all again every few
    // minutes (configs change rarely; one DescribeConfigs per tick would be waste).
    void fillCleanupPolicies(ClusterMetadata& metadata);
    QHash<QString, QString> m_cleanupPolicies;
    QSet<QString> m_configsDenied; // topics whose configs the ACLs hide
    qint64 m_policiesDescribedAtMs = 0;
};

} // namespace streamscope
