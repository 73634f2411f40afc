#include "session/ClusterSession.h"

#include "session/ClusterPoller.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <algorithm>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ClusterSession)
};

} // namespace

QString connectionStateName(ConnectionState state) {
    switch (state) {
    case ConnectionState::Connecting:
        return Tr::tr("Connecting");
    case ConnectionState::Connected:
        return Tr::tr("Connected");
    case ConnectionState::Unreachable:
        return Tr::tr("Unreachable");
    case ConnectionState::Failed:
        return Tr::tr("Failed");
    }
    return {};
}

ClusterSession::ClusterSession(ConnectionProfile profile, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_stopping(std::make_shared<std::atomic_bool>(false)) {
    qRegisterMetaType<ClusterSnapshot>();
    qRegisterMetaType<ConnectionState>();
    m_thread.setObjectName(QStringLiteral("cluster-poller"));
    auto* poller = new ClusterPoller(m_profile, m_stopping);
    poller->moveToThread(&m_thread);
    m_poller = poller;
    connect(&m_thread, &QThread::finished, poller, &QObject::deleteLater);
    connect(poller, &ClusterPoller::stateChanged, this,
            [this](ConnectionState state, const QString& message) {
                m_state = state;
                m_stateMessage = message;
                Q_EMIT stateChanged(state, message);
            });
    connect(poller, &ClusterPoller::snapshotReady, this, [this](ClusterSnapshot snapshot) {
        if (m_stopping->load())
            return;
        m_snapshot = std::move(snapshot);
        Q_EMIT snapshotUpdated(m_snapshot);
    });
}

ClusterSession::~ClusterSession() {
    stop();
}

void ClusterSession::addConsumer(SnapshotConsumer* consumer) {
    Q_ASSERT(!m_thread.isRunning());
    if (m_poller)
        m_poller->addConsumer(consumer);
}

void ClusterSession::start() {
    if (m_thread.isRunning() || !m_poller)
        return;
    m_thread.start();
    ClusterPoller* poller = m_poller.data();
    const int interval = m_intervalMs;
    QMetaObject::invokeMethod(
        poller, [poller, interval] { poller->setIntervalMs(interval); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(poller, &ClusterPoller::start, Qt::QueuedConnection);
}

void ClusterSession::stop() {
    if (!m_thread.isRunning())
        return;
    m_stopping->store(true);
    if (m_poller)
        QMetaObject::invokeMethod(m_poller.data(), &ClusterPoller::shutdown, Qt::QueuedConnection);
    m_thread.quit();
    // A blocking call is cut into slices of < 1 s, so this returns quickly even with a dead broker.
    if (!m_thread.wait(QDeadlineTimer(5000)))
        qWarning("cluster-poller thread did not stop within 5 s; waiting for it");
    m_thread.wait();
}

void ClusterSession::setIntervalMs(int ms) {
    m_intervalMs = std::clamp(ms, 1000, 60000);
    if (ClusterPoller* poller = m_poller.data()) {
        const int interval = m_intervalMs;
        QMetaObject::invokeMethod(
            poller, [poller, interval] { poller->setIntervalMs(interval); }, Qt::QueuedConnection);
    }
}

void ClusterSession::refreshNow() {
    if (m_poller)
        QMetaObject::invokeMethod(m_poller.data(), &ClusterPoller::pollNow, Qt::QueuedConnection);
}

} // namespace streamscope
