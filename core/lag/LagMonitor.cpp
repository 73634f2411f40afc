// The lag engine's thread: takes the polling tick's end offsets, reads groups and committed
// offsets with its own admin handle and publishes LagSnapshots (see LagMonitor.h).
#include "lag/LagMonitor.h"

#include "common/FreedOffGuiThread.h"
#include "common/ThreadPriority.h"
#include "kafka/KafkaClient.h"
#include "lag/LagCalculator.h"
#include "lag/LagHistory.h"
#include "lag/LagReader.h"

#include <QCoreApplication>

#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Lag)
};

// Snapshots waiting while a refresh runs: their end offsets all feed the time-lag tables, only
// the newest is refreshed against. A bound keeps a stuck refresh from hoarding them.
constexpr std::size_t kMaxPendingSnapshots = 64;

} // namespace

struct LagMonitor::Impl {
    ConnectionProfile profile;
    LagHistory history;
    int refreshTimeoutMs = 5000;

    std::thread thread;
    std::atomic_bool stopping{false};
    std::atomic_bool gapRequested{false};
    std::atomic<quint64> refreshes{0};

    std::mutex queueMutex; // guards pending and wakes the thread
    std::condition_variable wake;
    std::vector<ClusterSnapshot> pending;

    mutable std::mutex mutex; // guards latest and thresholds
    LagSnapshotPtr latest;
    std::map<QString, LagThresholds> thresholds;

    explicit Impl(HistoryConfig config)
        : history(config) {}

    void run(LagMonitor* monitor);
};

void LagMonitor::Impl::run(LagMonitor* monitor) {
    // A refresh of thousands of groups can wait a few milliseconds for a core; the Lag page
    // painting it cannot (and the admin client's threads, made below, inherit the priority).
    lowerCurrentThreadPriority();
    LagCalculator calculator;
    std::unique_ptr<KafkaClient> client;
    qint64 lastWallMs = -1;
    for (;;) {
        std::vector<ClusterSnapshot> batch;
        {
            std::unique_lock lock(queueMutex);
            wake.wait(lock, [this] { return stopping.load() || !pending.empty(); });
            if (stopping.load())
                return;
            batch.swap(pending);
        }
        for (const ClusterSnapshot& s : batch)
            calculator.addEndOffsets(*s);
        const ClusterMetadata& snapshot = *batch.back();

        LagSnapshot result;
        if (!client) {
            auto created = KafkaClient::create(profile);
            if (created)
                client = std::move(*created);
            else
                result = calculator.failed(snapshot, created.error().message);
        }
        if (client) {
            LagReader reader(*client);
            auto readout = reader.read({}, refreshTimeoutMs, &stopping);
            if (stopping.load())
                return;
            if (readout) {
                std::map<QString, LagThresholds> limits;
                {
                    std::lock_guard lock(mutex);
                    limits = thresholds;
                }
                result = calculator.compute(snapshot, *readout, limits);
            } else {
                const QString detail = client->lastBrokerError();
                result = calculator.failed(
                    snapshot, Tr::tr("The consumer groups could not be listed: %1")
                                  .arg(detail.isEmpty() ? readout.error().message : detail));
            }
        }
        const qint64 wallMs = snapshot.sampledAt.isValid() ? snapshot.sampledAt.toMSecsSinceEpoch()
                                                           : QDateTime::currentMSecsSinceEpoch();
        history.restoreIfDue(snapshot);
        if (gapRequested.exchange(false))
            history.markGap();
        history.append(result, wallMs, lastWallMs >= 0 ? wallMs - lastWallMs : 0);
        history.savedIfDue();
        lastWallMs = wallMs;
        auto published = makeFreedOffGuiThread(std::move(result));
        {
            std::lock_guard lock(mutex);
            latest = published;
        }
        ++refreshes;
        Q_EMIT monitor->updated(published);
    }
}

LagMonitor::LagMonitor(ConnectionProfile profile, QObject* parent)
    : LagMonitor(std::move(profile), HistoryConfig{}, parent) {}

LagMonitor::LagMonitor(ConnectionProfile profile, HistoryConfig historyConfig, QObject* parent)
    : QObject(parent)
    , m_impl(std::make_unique<Impl>(historyConfig)) {
    m_impl->profile = std::move(profile);
    qRegisterMetaType<LagSnapshotPtr>();
}

LagMonitor::~LagMonitor() {
    stop();
}

void LagMonitor::setRefreshTimeoutMs(int ms) {
    m_impl->refreshTimeoutMs = std::max(100, ms);
}

void LagMonitor::consumeSnapshot(const ClusterSnapshot& snapshot) {
    if (!snapshot)
        return;
    {
        std::lock_guard lock(m_impl->queueMutex);
        auto& pending = m_impl->pending;
        if (pending.size() >= kMaxPendingSnapshots)
            pending.erase(pending.begin());
        pending.push_back(snapshot);
    }
    m_impl->wake.notify_one();
}

void LagMonitor::start() {
    if (m_impl->thread.joinable())
        return;
    m_impl->stopping = false;
    m_impl->thread = std::thread([this] { m_impl->run(this); });
}

void LagMonitor::stop() {
    {
        std::lock_guard lock(m_impl->queueMutex);
        m_impl->stopping = true;
    }
    m_impl->wake.notify_all();
    if (m_impl->thread.joinable()) {
        m_impl->thread.join();
        // The writer's thread encodes and writes; stop() does not wait for the disk.
        m_impl->history.saveInBackground();
    }
}

void LagMonitor::keepHistoryOnDisk(const HistoryStore& store,
                                   std::shared_ptr<HistoryFileWriter> writer) {
    m_impl->history.keepOnDisk(store, std::move(writer), m_impl->profile.bootstrapServers);
}

void LagMonitor::markGap() {
    m_impl->gapRequested = true;
}

quint64 LagMonitor::refreshCount() const {
    return m_impl->refreshes.load();
}

LagSnapshotPtr LagMonitor::latest() const {
    std::lock_guard lock(m_impl->mutex);
    return m_impl->latest;
}

const TimeSeriesSource& LagMonitor::history(LagMetric metric) const {
    switch (metric) {
    case LagMetric::TimeLagSeconds:
        return m_impl->history.timeLag();
    case LagMetric::ConsumeRate:
        return m_impl->history.consumeRate();
    case LagMetric::Lag:
        break;
    }
    return m_impl->history.lag();
}

void LagMonitor::setThresholds(const QString& groupId, const LagThresholds& thresholds) {
    std::lock_guard lock(m_impl->mutex);
    m_impl->thresholds[groupId] = thresholds;
}

LagThresholds LagMonitor::thresholds(const QString& groupId) const {
    std::lock_guard lock(m_impl->mutex);
    auto it = m_impl->thresholds.find(groupId);
    return it == m_impl->thresholds.end() ? LagThresholds{} : it->second;
}

} // namespace streamscope
