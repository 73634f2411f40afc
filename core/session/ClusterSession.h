#pragma once

#include "cluster/ClusterMetadata.h"
#include "cluster/ConnectionProfile.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

namespace streamscope {

class ClusterPoller;

enum class ConnectionState {
    Connecting,  // first attempt under way
    Connected,   // the last poll succeeded
    Unreachable, // no broker answered; retrying by itself
    Failed,      // configuration error: retrying cannot help
};

QString connectionStateName(ConnectionState state);

// Something that wants every cluster snapshot on the polling thread, right after it was taken
// (the throughput tracker, later the lag monitor). Must not block for long.
class SnapshotConsumer {
public:
    virtual ~SnapshotConsumer() = default;
    virtual void consumeSnapshot(const ClusterSnapshot& snapshot) = 0;
};

// GUI-thread facade over one cluster connection: owns the polling thread, exposes the latest
// snapshot and the connection state, and shuts down fast even when the broker is dead.
class ClusterSession : public QObject {
    Q_OBJECT
public:
    explicit ClusterSession(ConnectionProfile profile, QObject* parent = nullptr);
    ~ClusterSession() override;

    // Consumers run on the polling thread; they must outlive the session's thread (stop() first).
    void addConsumer(SnapshotConsumer* consumer);
    void start();
    void stop(); // blocks at most ~1 s; safe to call twice

    const ConnectionProfile& profile() const { return m_profile; }
    ConnectionState state() const { return m_state; }
    QString stateMessage() const { return m_stateMessage; }
    ClusterSnapshot snapshot() const { return m_snapshot; }
    int intervalMs() const { return m_intervalMs; }
    void setIntervalMs(int ms); // clamped to 1-60 s
    void refreshNow();

Q_SIGNALS:
    void stateChanged(streamscope::ConnectionState state, const QString& message);
    void snapshotUpdated(streamscope::ClusterSnapshot snapshot);

private:
    ConnectionProfile m_profile;
    std::shared_ptr<std::atomic_bool> m_stopping;
    QThread m_thread;
    QPointer<ClusterPoller> m_poller;
    ConnectionState m_state = ConnectionState::Connecting;
    QString m_stateMessage;
    ClusterSnapshot m_snapshot;
    int m_intervalMs = 2000;
};

} // namespace streamscope

Q_DECLARE_METATYPE(streamscope::ConnectionState)
