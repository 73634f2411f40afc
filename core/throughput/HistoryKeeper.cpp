#include "throughput/HistoryKeeper.h"

#include "throughput/HistoryFileWriter.h"
#include "throughput/ThroughputHistory.h"

#include <QDateTime>

#include <algorithm>

namespace streamscope {

HistoryKeeper::HistoryKeeper(HistoryStore store, std::shared_ptr<HistoryFileWriter> writer,
                             QString bootstrapServers, Options options)
    : m_store(std::move(store))
    , m_writer(std::move(writer))
    , m_bootstrapServers(std::move(bootstrapServers))
    , m_options(options) {}

HistoryLoadResult HistoryKeeper::restore(const ClusterMetadata& snapshot,
                                         ThroughputHistory& history) {
    const QString key = HistoryStore::clusterKey(snapshot.clusterId, m_bootstrapServers);
    {
        std::lock_guard lock(m_mutex);
        m_key = key;
        m_lastSaveMonotonicMs = monotonicNowMs();
    }
    m_writer->waitUntilWritten(m_store.filePath(key));
    HistoryRestoreRules rules;
    rules.nowMs = QDateTime::currentMSecsSinceEpoch();
    rules.maxTickAgeMs = m_options.maxTickAgeMs;
    rules.maxBucketAgeMs = m_options.maxBucketAgeMs;
    // Decode into a private history, so GUI readers never wait on the parse; then swap it in.
    ThroughputHistory restored(history.config());
    HistoryLoadResult result = m_store.load(key, rules, restored);
    if (result.restored())
        history.adoptRestored(restored);
    std::lock_guard lock(m_mutex);
    m_restoreResult = result;
    return result;
}

qint64 HistoryKeeper::currentSaveIntervalMs() const {
    std::lock_guard lock(m_mutex);
    const qint64 budgetMs =
        m_lastPayloadBytes * 60000 / std::max<qint64>(1, m_options.bytesPerMinute);
    return std::clamp(budgetMs, m_options.saveIntervalMs,
                      std::max(m_options.saveIntervalMs, m_options.maxSaveIntervalMs));
}

void HistoryKeeper::tickAppended(const ThroughputHistory& history) {
    QString path;
    qint64 lastSaveMs = 0;
    bool savedOnce = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_key.isEmpty())
            return;
        path = m_store.filePath(m_key);
        lastSaveMs = m_lastSaveMonotonicMs;
        savedOnce = m_savedOnce;
    }
    const qint64 dueAfterMs = savedOnce ? currentSaveIntervalMs() : m_options.firstSaveAfterMs;
    if (monotonicNowMs() - lastSaveMs < dueAfterMs)
        return;
    // The previous save is still on its way to the disk: try again at the next tick rather than
    // encode another copy.
    if (m_writer->isBusy(path))
        return;
    save(history);
}

void HistoryKeeper::saveNow(const ThroughputHistory& history) {
    save(history);
}

void HistoryKeeper::saveInBackground(std::shared_ptr<const ThroughputHistory> history) {
    QString key;
    {
        std::lock_guard lock(m_mutex);
        if (!m_restoreResult || !m_restoreResult->keepAsideFailed)
            key = m_key;
    }
    if (!history || key.isEmpty() || history->tickCount() == 0)
        return; // nothing seen of this cluster: keep whatever the file holds
    const qint64 savedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_writer->enqueueEncoding(m_store, key, [history = std::move(history), key, savedAtMs] {
        return HistoryCodec::encodePayload(*history, key, savedAtMs);
    });
}

bool HistoryKeeper::save(const ThroughputHistory& history) {
    QString key;
    {
        std::lock_guard lock(m_mutex);
        // An unusable file that could not be moved aside is not ours to replace.
        if (!m_restoreResult || !m_restoreResult->keepAsideFailed)
            key = m_key;
    }
    if (key.isEmpty() || history.tickCount() == 0)
        return false; // nothing seen of this cluster: keep whatever the file holds
    QByteArray payload =
        HistoryCodec::encodePayload(history, key, QDateTime::currentMSecsSinceEpoch());
    {
        std::lock_guard lock(m_mutex);
        m_lastSaveMonotonicMs = monotonicNowMs();
        m_lastPayloadBytes = payload.size();
        m_savedOnce = true;
    }
    m_writer->enqueue(m_store, key, std::move(payload));
    return true;
}

std::optional<HistoryLoadResult> HistoryKeeper::restoreResult() const {
    std::lock_guard lock(m_mutex);
    return m_restoreResult;
}

QString HistoryKeeper::filePath() const {
    std::lock_guard lock(m_mutex);
    return m_key.isEmpty() ? QString() : m_store.filePath(m_key);
}

} // namespace streamscope
