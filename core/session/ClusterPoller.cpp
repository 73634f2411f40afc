#include "session/ClusterPoller.h"

#include "common/ThreadPriority.h"
#include "kafka/KafkaClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ClusterSession)
};

constexpr int kUnreachableBudgetMs = 5000;
constexpr int kConnectedBudgetMs = 15000;
constexpr int kOffsetsTimeoutMs = 5000;
constexpr int kRackTimeoutMs = 3000;
constexpr int kConfigTimeoutMs = 3000;
constexpr qint64 kPolicyRefreshMs = 10 * 60 * 1000;

} // namespace

ClusterPoller::ClusterPoller(ConnectionProfile profile, std::shared_ptr<std::atomic_bool> stopping)
    : m_profile(std::move(profile))
    , m_stopping(std::move(stopping)) {}

ClusterPoller::~ClusterPoller() = default;

void ClusterPoller::addConsumer(SnapshotConsumer* consumer) {
    m_consumers.push_back(consumer);
}

void ClusterPoller::start() {
    // Before the client exists, so librdkafka's threads inherit the lower priority.
    lowerCurrentThreadPriority();
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ClusterPoller::tick);
    setState(ConnectionState::Connecting, Tr::tr("Connecting to %1").arg(m_profile.describe()));
    auto created = KafkaClient::create(m_profile);
    if (!created) {
        setState(ConnectionState::Failed, created.error().message);
        return;
    }
    m_client = std::move(created.value());
    tick();
}

void ClusterPoller::setIntervalMs(int ms) {
    m_intervalMs = std::clamp(ms, 1000, 60000);
}

void ClusterPoller::pollNow() {
    if (m_client && !m_stopping->load())
        tick();
}

void ClusterPoller::shutdown() {
    if (m_timer)
        m_timer->stop();
    m_client.reset();
}

void ClusterPoller::setState(ConnectionState state, const QString& message) {
    if (state == m_state && message == m_stateMessage)
        return;
    m_state = state;
    m_stateMessage = message;
    Q_EMIT stateChanged(state, message);
}

void ClusterPoller::tick() {
    if (m_stopping->load() || !m_client)
        return;
    QElapsedTimer tickTimer;
    tickTimer.start();
    const int budget =
        m_state == ConnectionState::Connected ? kConnectedBudgetMs : kUnreachableBudgetMs;
    auto fetched = m_client->fetchMetadata(budget, m_stopping.get());
    if (!fetched) {
        if (m_stopping->load())
            return;
        const QString reason = m_client->lastBrokerError().isEmpty() ? fetched.error().message
                                                                     : m_client->lastBrokerError();
        if (fetched.error().code == kErrAuthentication || m_client->authenticationFailed()) {
            // The same credentials will be refused again: say so and stop, instead of
            // "Retrying" forever.
            setState(ConnectionState::Failed,
                     Tr::tr("%1 refused the login: %2. Not retrying: correct the credentials "
                            "and connect again.")
                         .arg(m_profile.bootstrapServers, reason));
            return;
        }
        setState(ConnectionState::Unreachable,
                 Tr::tr("No broker answered at %1: %2. Retrying every %3 s.")
                     .arg(m_profile.bootstrapServers, reason)
                     .arg(m_intervalMs / 1000));
        scheduleNext();
        return;
    }
    auto metadata = std::make_shared<ClusterMetadata>(std::move(fetched.value()));

    if (auto status = m_client->fillOffsets(*metadata, kOffsetsTimeoutMs); !status) {
        // Offsets unreadable this tick: partitions stay marked unknown rather than showing 0.
        metadata->sampleDurationMs = -1;
    }

    QList<int> brokerIds;
    for (const auto& b : metadata->brokers)
        brokerIds.append(b.id);
    if (brokerIds != m_rackBrokerIds) {
        // Racks change only with the broker set; DescribeConfigs once per change is enough.
        // Asked once per broker set even when it fails (no DescribeConfigs permission, or a
        // cluster without the API): racks are a detail not worth a slow tick every time.
        auto racks = m_client->brokerRacks(brokerIds, kRackTimeoutMs);
        m_racks = racks ? racks.value() : QHash<int, QString>();
        m_rackBrokerIds = brokerIds;
    }
    for (auto& b : metadata->brokers)
        b.rack = m_racks.value(b.id);
    fillCleanupPolicies(*metadata);
    if (metadata->sampleDurationMs == 0)
        metadata->sampleDurationMs = tickTimer.elapsed();

    setState(ConnectionState::Connected, Tr::tr("Connected to %1").arg(m_profile.describe()));
    ClusterSnapshot snapshot = std::move(metadata);
    for (auto* consumer : m_consumers)
        consumer->consumeSnapshot(snapshot);
    Q_EMIT snapshotReady(snapshot);
    scheduleNext();
}

void ClusterPoller::fillCleanupPolicies(ClusterMetadata& metadata) {
    const qint64 now = monotonicNowMs();
    const bool refreshAll = now - m_policiesDescribedAtMs >= kPolicyRefreshMs;
    QStringList unknown;
    QHash<QString, QString> kept;
    kept.reserve(static_cast<qsizetype>(metadata.topics.size()));
    for (const auto& t : metadata.topics) {
        auto it = m_cleanupPolicies.constFind(t.name);
        if (it == m_cleanupPolicies.constEnd() || refreshAll)
            unknown.append(t.name);
        if (it != m_cleanupPolicies.constEnd())
            kept.insert(t.name, it.value()); // deleted topics drop out here
    }
    m_cleanupPolicies = std::move(kept);
    m_configsDenied.removeIf(
        [&metadata](const QString& name) { return !metadata.findTopic(name); });
    if (!unknown.isEmpty()) {
        const QByteArray key = QByteArrayLiteral("cleanup.policy");
        auto described = m_client->topicConfigValues(unknown, {key}, kConfigTimeoutMs);
        // A topic that could not be described gets "" and is asked again at the next refresh,
        // not every tick.
        for (const auto& name : unknown) {
            m_cleanupPolicies.insert(name, described ? described->value(name, key)
                                                     : m_cleanupPolicies.value(name));
            if (described && described->notAuthorized.contains(name))
                m_configsDenied.insert(name);
            else if (described)
                m_configsDenied.remove(name);
        }
        if (refreshAll)
            m_policiesDescribedAtMs = now;
    }
    for (auto& t : metadata.topics) {
        t.cleanupPolicy = m_cleanupPolicies.value(t.name);
        t.configsAuthorized = !m_configsDenied.contains(t.name);
    }
}

void ClusterPoller::scheduleNext() {
    if (!m_stopping->load() && m_timer)
        m_timer->start(m_intervalMs);
}

} // namespace streamscope
