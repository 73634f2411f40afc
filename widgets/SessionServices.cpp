#include "SessionServices.h"

#include "ClusterSession.h"
#include "throughput/HistoryFileWriter.h"
#include "throughput/HistoryKeeper.h"
#include "throughput/HistoryStore.h"
#include "throughput/RecordSampler.h"
#include "throughput/RecordStatsStore.h"
#include "throughput/ThroughputTracker.h"

#include <QSettings>

namespace streamscope {

bool SessionServices::historyOnDiskEnabled() {
    // Tests and benchmarks switch it off without touching anyone's settings.
    const QByteArray off = qgetenv("STREAMSCOPE_NO_HISTORY_FILE");
    if (!off.isEmpty() && off != "0")
        return false;
    return QSettings().value(QStringLiteral("history/keepOnDisk"), true).toBool();
}

SessionServices::SessionServices(ClusterSession& session,
                                 std::shared_ptr<HistoryFileWriter> historyWriter)
    : m_throughput(
          std::make_unique<ThroughputTracker>(HistoryConfig::forTickInterval(session.intervalMs())))
    , m_recordStats(std::make_shared<RecordStatsStore>()) {
    m_throughput->setRecordStats(m_recordStats);
    if (historyOnDiskEnabled()) {
        if (!historyWriter)
            historyWriter = std::make_shared<HistoryFileWriter>();
        m_historyKeeper = std::make_shared<HistoryKeeper>(
            HistoryStore(HistoryStore::defaultDirectory()), std::move(historyWriter),
            session.profile().bootstrapServers);
        m_throughput->setHistoryKeeper(m_historyKeeper);
    }
    session.addConsumer(m_throughput.get());
    ThroughputTracker* tracker = m_throughput.get();
    m_sampler = std::make_unique<RecordSampler>(session.profile(), m_recordStats,
                                                [tracker] { return tracker->latest(); });
}

SessionServices::~SessionServices() {
    m_sampler.reset(); // joins its thread before the tracker it reads goes away
    // The session has stopped: nothing appends any more. The writer's thread encodes and
    // writes; it holds the history until then, so the GUI thread neither copies nor waits.
    if (m_historyKeeper)
        m_historyKeeper->saveInBackground(m_throughput->sharedHistory());
}

void SessionServices::start() {
    m_sampler->start();
}

} // namespace streamscope
