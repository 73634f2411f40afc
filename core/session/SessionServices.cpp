#include "session/SessionServices.h"

#include "lag/LagMonitor.h"
#include "session/ClusterSession.h"
#include "throughput/HistoryFileWriter.h"
#include "throughput/HistoryKeeper.h"
#include "throughput/HistoryStore.h"
#include "throughput/RecordSampler.h"
#include "throughput/RecordStatsStore.h"
#include "throughput/ThroughputTracker.h"

#include <QCoreApplication>
#include <QDir>

#include <QSettings>

namespace streamscope {

namespace {
// What the history file keeper tells the user; the same context as the throughput engine's.
struct HistoryTr {
    Q_DECLARE_TR_FUNCTIONS(Throughput)
};
} // namespace

bool SessionServices::historyOnDiskEnabled() {
    // Tests and benchmarks switch it off without touching anyone's settings.
    const QByteArray off = qgetenv("STREAMSCOPE_NO_HISTORY_FILE");
    if (!off.isEmpty() && off != "0")
        return false;
    return QSettings().value(QStringLiteral("history/keepOnDisk"), true).toBool();
}

SessionServices::SessionServices(ClusterSession& session,
                                 std::shared_ptr<HistoryFileWriter> historyWriter,
                                 SessionHistoryOptions history)
    : m_throughput(std::make_unique<ThroughputTracker>(HistoryConfig::forTickInterval(
          session.intervalMs(), history.fineSpanMs, history.coarseSpanMs)))
    , m_recordStats(std::make_shared<RecordStatsStore>()) {
    m_throughput->setRecordStats(m_recordStats);
    if (history.onDisk && historyOnDiskEnabled()) {
        if (!historyWriter)
            historyWriter = std::make_shared<HistoryFileWriter>();
        m_historyKeeper =
            std::make_shared<HistoryKeeper>(HistoryStore(HistoryStore::defaultDirectory()),
                                            historyWriter, session.profile().bootstrapServers);
        m_throughput->setHistoryKeeper(m_historyKeeper);
    }
    session.addConsumer(m_throughput.get());
    m_lag = std::make_unique<LagMonitor>(
        session.profile(), HistoryConfig::forTickInterval(session.intervalMs(), history.fineSpanMs,
                                                          history.coarseSpanMs));
    if (m_historyKeeper)
        // In a folder of their own: the throughput history's folder keeps one file per cluster.
        m_lag->keepHistoryOnDisk(
            HistoryStore(HistoryStore::defaultDirectory() + QStringLiteral("/lag")), historyWriter);
    session.addConsumer(m_lag.get());
    ThroughputTracker* tracker = m_throughput.get();
    LagMonitor* lag = m_lag.get();
    // Ticks missed while the cluster is away are a gap in the history, so charts break the
    // line there instead of drawing a slope across the outage. The state arrives queued, but
    // the poller waits a whole interval (at least 1 s) before it retries, so the flag is set
    // long before the first tick after the outage.
    QObject::connect(
        &session, &ClusterSession::stateChanged, tracker, [tracker, lag](ConnectionState state) {
            if (state == ConnectionState::Unreachable || state == ConnectionState::Failed) {
                tracker->markGap();
                lag->markGap();
            }
        });
    m_sampler = std::make_unique<RecordSampler>(session.profile(), m_recordStats,
                                                [tracker] { return tracker->latest(); });
}

SessionServices::~SessionServices() {
    m_sampler.reset(); // joins its thread before the tracker it reads goes away
    m_lag->stop();
    // The session has stopped: nothing appends any more. The writer's thread encodes and
    // writes; it holds the history until then, so the GUI thread neither copies nor waits.
    if (m_historyKeeper)
        m_historyKeeper->saveInBackground(m_throughput->sharedHistory());
}

namespace {

QString loadProblemText(HistoryLoadStatus status) {
    switch (status) {
    case HistoryLoadStatus::Unreadable:
        return HistoryTr::tr("it cannot be opened");
    case HistoryLoadStatus::Truncated:
        return HistoryTr::tr("it is truncated");
    case HistoryLoadStatus::BadMagic:
        return HistoryTr::tr("it is not a Streamscope history file");
    case HistoryLoadStatus::UnsupportedVersion:
        return HistoryTr::tr("its format is not supported");
    case HistoryLoadStatus::NewerVersion:
        return HistoryTr::tr("a newer Streamscope wrote it");
    case HistoryLoadStatus::BadChecksum:
    case HistoryLoadStatus::Corrupt:
        return HistoryTr::tr("it is damaged");
    case HistoryLoadStatus::FromTheFuture:
        return HistoryTr::tr("it holds times after now (was the clock set back?)");
    case HistoryLoadStatus::OtherCluster:
        return HistoryTr::tr("it belongs to another cluster");
    case HistoryLoadStatus::Restored:
    case HistoryLoadStatus::NoFile:
    case HistoryLoadStatus::Stale:
        break;
    }
    return {};
}

} // namespace

std::optional<QString> SessionServices::historyNotice() const {
    if (!m_historyKeeper)
        return QString();
    const std::optional<HistoryLoadResult> result = m_historyKeeper->restoreResult();
    if (!result)
        return std::nullopt;
    if (!result->fileUnusable())
        return QString();
    const QString file = QDir::toNativeSeparators(m_historyKeeper->filePath()).toHtmlEscaped();
    const QString why = loadProblemText(result->status).toHtmlEscaped();
    if (result->keptAsPath.isEmpty())
        return HistoryTr::tr("The throughput history file %1 could not be read (%2) and could not "
                             "be moved aside. It is left as it is; this session's history is "
                             "not saved.")
            .arg(file, why);
    return HistoryTr::tr("The throughput history file %1 could not be read (%2); it was kept as "
                         "%3. A new history starts now.")
        .arg(file, why, QDir::toNativeSeparators(result->keptAsPath).toHtmlEscaped());
}

void SessionServices::start() {
    m_sampler->start();
    m_lag->start();
}

} // namespace streamscope
