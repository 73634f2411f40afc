#include "replay/ReplayEngine.h"

#include "browse/BrowseFetch.h"
#include "browse/MessageStore.h"
#include "kafka/KafkaClient.h"
#include "kafka/TransactionalProducer.h"
#include "replay/KeyPartitioner.h"
#include "replay/RecordDigest.h"
#include "replay/ReplayHistory.h"
#include "replay/ReplayPacer.h"
#include "replay/ReplayVerifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <string>
#include <thread>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Replay)
};

// Topic configs that decide how replayed records are kept and stamped; copied from the source
// when the target is created.
const QByteArray kRelevantConfigs[] = {
    "cleanup.policy",         "retention.ms",          "retention.bytes", "max.message.bytes",
    "message.timestamp.type", "min.compaction.lag.ms", "compression.type"};

// Both clusters as far as a replay needs them.
struct Clusters {
    std::unique_ptr<KafkaClient> source;
    std::unique_ptr<KafkaClient> target;
    ClusterMetadata sourceMd;
    ClusterMetadata targetMd;
    const TopicInfo* sourceTopic = nullptr;
    const TopicInfo* targetTopic = nullptr; // null: missing
};

Expected<Clusters> connect(const ReplaySource& source, const ReplayOptions& options) {
    Clusters c;
    auto src = KafkaClient::create(source.profile);
    if (!src)
        return src.error();
    c.source = std::move(*src);
    // All topics, never a named one: asking for a missing topic by name may create it.
    auto srcMd = c.source->fetchMetadata(options.timeoutMs);
    if (!srcMd)
        return Error{srcMd.error().code,
                     Tr::tr("Cannot read the source cluster: %1").arg(srcMd.error().message)};
    c.sourceMd = std::move(*srcMd);
    c.sourceTopic = c.sourceMd.findTopic(source.topic);
    if (!c.sourceTopic || c.sourceTopic->partitions.empty())
        return streamscopeError(Tr::tr("The source topic %1 does not exist.").arg(source.topic));
    auto dst = KafkaClient::create(options.targetProfile);
    if (!dst)
        return dst.error();
    c.target = std::move(*dst);
    auto dstMd = c.target->fetchMetadata(options.timeoutMs);
    if (!dstMd)
        return Error{dstMd.error().code,
                     Tr::tr("Cannot read the target cluster: %1").arg(dstMd.error().message)};
    c.targetMd = std::move(*dstMd);
    c.targetTopic = c.targetMd.findTopic(options.targetTopic);
    return c;
}

ReplayEndpoint endpoint(const ConnectionProfile& profile, const ClusterMetadata& md,
                        const QString& topic) {
    return ReplayEndpoint{profile, md.clusterId, topic};
}

QString clusterName(const ConnectionProfile& profile) {
    return profile.name.isEmpty() ? profile.bootstrapServers : profile.name;
}

// The target partition of each record, by the chosen strategy.
class PartitionChooser {
public:
    PartitionChooser(ReplayPartitioning mode, int targetPartitions)
        : m_mode(mode)
        , m_count(std::max(1, targetPartitions)) {}
    int choose(const MessageView& record) {
        switch (m_mode) {
        case ReplayPartitioning::Same:
            return record.partition;
        case ReplayPartitioning::Key:
            if (!record.key.null)
                return javaKeyPartition(record.key.view(), m_count);
            [[fallthrough]];
        case ReplayPartitioning::RoundRobin:
            break;
        }
        return int(m_next++ % quint64(m_count));
    }

private:
    ReplayPartitioning m_mode;
    int m_count;
    quint64 m_next = 0;
};

QByteArray copyOf(const MaybeBytes& bytes) {
    return bytes.null ? QByteArray() : QByteArray(bytes.data, bytes.size);
}

// A replayed record as the target gets it: the source's key, value and headers byte for byte,
// then the provenance headers, the original timestamp or the producer's clock. Produced from a
// view without copying the value (librdkafka copies key and headers into its message anyway).
class ReplayRecordProducer {
public:
    ReplayRecordProducer(TransactionalProducer& producer, const ReplayOptions& options,
                         QByteArray replayId, const QString& sourceTopic)
        : m_producer(producer)
        , m_options(options)
        , m_replayId(std::move(replayId))
        , m_sourcePrefix(sourceTopic.toUtf8() + '/') {}

    // The value's bytes must stay unchanged until the transaction is committed or aborted.
    Status produce(const MessageView& source, int targetPartition) {
        m_headers.clear();
        source.forEachHeader([this](QByteArrayView name, const MaybeBytes& value) {
            m_headers.push_back(RecordHeaderView{name, value});
        });
        if (m_options.provenance) {
            // "<source topic>/<partition>/<offset>"; librdkafka copies header values.
            m_source.assign(m_sourcePrefix.constData(), size_t(m_sourcePrefix.size()));
            appendNumber(source.partition);
            m_source += '/';
            appendNumber(source.offset);
            m_headers.push_back(
                RecordHeaderView{QByteArrayView(kReplayIdHeader), MaybeBytes::of(m_replayId)});
            m_headers.push_back(
                RecordHeaderView{QByteArrayView(kReplaySourceHeader),
                                 MaybeBytes{m_source.data(), qsizetype(m_source.size()), false}});
        }
        RecordView out;
        out.key = source.key;
        out.value = source.value;
        if (m_options.timestamps == ReplayTimestamps::Original && source.timestampMs > 0)
            out.timestampMs = source.timestampMs;
        out.headers = m_headers.data();
        out.headerCount = qsizetype(m_headers.size());
        return m_producer.produceBorrowed(out, targetPartition);
    }

private:
    void appendNumber(qint64 n) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof(digits), n).ptr;
        m_source.append(digits, end);
    }

    TransactionalProducer& m_producer;
    const ReplayOptions& m_options;
    const QByteArray m_replayId;
    const QByteArray m_sourcePrefix;
    std::vector<RecordHeaderView> m_headers; // reused: no allocation per record
    std::string m_source;
};

// Writes records in transactions of one chunk each and keeps what was committed per target
// partition (digests in order) for the verification. The open chunk's records are kept in a
// MessageStore (one copy, straight from the fetch buffer): librdkafka produces their values from
// there without a copy of its own, and a chunk aborted after broker trouble is written again
// from there.
class ChunkWriter {
public:
    // chunk must outlive the producer: after an abort that failed, librdkafka may still hold
    // references into it until the producer is destroyed.
    ChunkWriter(TransactionalProducer& producer, ReplayRecordProducer& out, MessageStore& chunk,
                const ReplayOptions& options, ReplayControl& control, ReplayReport& report)
        : m_producer(producer)
        , m_out(out)
        , m_chunk(chunk)
        , m_options(options)
        , m_control(control)
        , m_report(report) {
        m_age.start();
    }

    // False when the replay must stop (failure: report.reason set; or cancel).
    bool add(const MessageView& record, int targetPartition, uint64_t digest, qint64 bytes) {
        if (!m_open && !beginOrFail())
            return false;
        if (!m_chunk.append(record)) {
            m_report.reason = Tr::tr("A chunk of the replay would exceed the memory limit of %1 "
                                     "MiB; use smaller chunks.")
                                  .arg(m_chunk.memoryCap() >> 20);
            return false;
        }
        if (auto s = m_out.produce(m_chunk.view(m_chunk.size() - 1), targetPartition); !s) {
            if (m_control.isCancelled())
                return false;
            // A produce refused locally (e.g. too large): the chunk cannot be completed.
            m_report.reason = Tr::tr("A record could not be queued: %1").arg(s.error().message);
            return false;
        }
        m_records.push_back(Pending{targetPartition, digest});
        m_bytes += bytes;
        if (m_records.size() % 1024 == 0)
            m_producer.poll();
        if (qsizetype(m_records.size()) >= m_options.chunkRecords ||
            m_bytes >= m_options.chunkBytes || m_age.elapsed() >= m_options.chunkMaxMs)
            return commit();
        return true;
    }

    // Commits the open chunk, aborting and writing it again after broker trouble.
    bool commit() {
        if (!m_open)
            return true;
        QElapsedTimer trouble;
        bool troubled = false;
        auto outOfBudget = [&] {
            if (!troubled) {
                troubled = true;
                trouble.start();
            }
            return trouble.elapsed() > m_options.brokerTroubleBudgetMs || m_control.isCancelled();
        };
        for (;;) {
            TxnStatus committed = m_producer.commit(m_options.timeoutMs);
            if (committed.ok())
                break;
            const QString why = committed.status.error().message;
            if (committed.fatal || (!committed.retriable && !committed.requiresAbort)) {
                m_report.reason = Tr::tr("The transaction could not be committed: %1").arg(why);
                return false;
            }
            if (outOfBudget()) {
                m_report.reason =
                    Tr::tr("The target cluster stayed unavailable; gave up: %1").arg(why);
                abortOpen();
                return false;
            }
            if (committed.retriable && !committed.requiresAbort) {
                note(Tr::tr("Commit of a chunk of %n record(s) failed, retrying: %1", nullptr,
                            int(m_records.size()))
                         .arg(why));
                continue;
            }
            note(Tr::tr("A chunk of %n record(s) was aborted after broker trouble and written "
                        "again: %1",
                        nullptr, int(m_records.size()))
                     .arg(why));
            if (!abortWithRetries(outOfBudget))
                return false;
            m_report.aborted += qint64(m_records.size());
            ++m_report.retriedChunks;
            if (!beginOrFail())
                return false;
            for (size_t row = 0; row < m_records.size(); ++row)
                if (auto s = m_out.produce(m_chunk.view(row), m_records[row].targetPartition); !s) {
                    m_report.reason = s.error().message;
                    return false;
                }
        }
        m_open = false;
        ++m_report.transactions;
        m_report.replayed += qint64(m_records.size());
        for (const auto& pending : m_records)
            m_committed[pending.targetPartition].push_back(pending.digest);
        m_records.clear();
        m_chunk.clear(); // delivered: librdkafka holds no reference any more
        m_bytes = 0;
        return true;
    }

    // Cancel: the open chunk is aborted and never visible.
    void abortOpen() {
        if (!m_open)
            return;
        m_report.aborted += qint64(m_records.size());
        QElapsedTimer t;
        t.start();
        // After a failed abort the chunk's bytes stay (librdkafka may still refer to them); the
        // replay ends here either way.
        if (!abortWithRetries([&] { return t.elapsed() > m_options.brokerTroubleBudgetMs; }))
            note(Tr::tr("The open transaction could not be aborted; the broker aborts it when "
                        "its timeout expires. Its records are never visible to read_committed "
                        "readers."));
        else
            m_chunk.clear();
        m_open = false;
        m_records.clear();
        m_bytes = 0;
    }

    qint64 pendingCount() const { return qint64(m_records.size()); }
    const std::map<int, std::vector<uint64_t>>& committed() const { return m_committed; }

private:
    // A record of the open chunk (row i of m_chunk is m_records[i]).
    struct Pending {
        int targetPartition = 0;
        uint64_t digest = 0;
    };

    bool beginOrFail() {
        TxnStatus begun = m_producer.begin();
        if (!begun.ok()) {
            m_report.reason =
                Tr::tr("Cannot begin a transaction: %1").arg(begun.status.error().message);
            return false;
        }
        m_open = true;
        m_age.restart();
        return true;
    }

    template <typename OutOfBudget> bool abortWithRetries(OutOfBudget outOfBudget) {
        for (;;) {
            TxnStatus aborted = m_producer.abort(m_options.timeoutMs);
            if (aborted.ok())
                return true;
            if (aborted.fatal || !aborted.retriable || outOfBudget()) {
                m_report.reason = Tr::tr("The transaction could not be aborted: %1")
                                      .arg(aborted.status.error().message);
                m_open = false;
                return false;
            }
        }
    }

    void note(const QString& event) {
        if (m_report.events.size() < 50)
            m_report.events.append(event);
    }

    TransactionalProducer& m_producer;
    ReplayRecordProducer& m_out;
    MessageStore& m_chunk;
    const ReplayOptions& m_options;
    ReplayControl& m_control;
    ReplayReport& m_report;
    std::vector<Pending> m_records;
    qint64 m_bytes = 0;
    bool m_open = false;
    QElapsedTimer m_age;
    std::map<int, std::vector<uint64_t>> m_committed;
};

// Hands every source record, in order, to take(); stops when take() returns false. Rows come
// from the store; a range is streamed through runBrowse and resumed after the last record taken
// when the read fails (broker trouble), within the budget.
class SourceWalker {
public:
    using Take = std::function<bool(const MessageView&)>;

    SourceWalker(const ReplaySource& source, const ReplayOptions& options, ReplayControl& control,
                 ReplayReport& report)
        : m_source(source)
        , m_options(options)
        , m_control(control)
        , m_report(report) {}

    // False when the source failed (report.reason set).
    bool walk(const Take& take) {
        if (!m_source.isRange())
            return walkRows(take);
        return walkRange(take);
    }

    double fraction() const { return m_fraction.load(); }

private:
    bool walkRows(const Take& take) {
        const auto& store = *m_source.store;
        const size_t available = store.size();
        size_t done = 0;
        for (const quint32 row : m_source.rows) {
            ++done;
            if (row >= available)
                continue;
            if (!take(store.view(row)))
                return true;
            if ((done & 1023) == 0)
                m_fraction.store(double(done) / double(m_source.rows.size()));
        }
        m_fraction.store(1.0);
        return true;
    }

    bool walkRange(const Take& take) {
        BrowseRequest request = *m_source.range;
        request.topic = m_source.topic;
        if (request.stop.mode == BrowseStop::Mode::Live) {
            m_report.reason = Tr::tr("A replay needs an end: \"live\" is not a replay range.");
            return false;
        }
        std::map<int, qint64> lastTaken; // source partition -> offset of the last record taken
        std::map<int, std::pair<qint64, qint64>> bounds; // partition -> [start, end)
        qint64 taken = 0;
        const qint64 countLimit =
            request.stop.mode == BrowseStop::Mode::Count ? request.stop.value : -1;
        bool stopped = false;
        auto sink = [&](const MessageView& record) {
            if (auto it = bounds.find(record.partition);
                it != bounds.end() && it->second.second >= 0 && record.offset >= it->second.second)
                return true; // past the end resolved by the first read (a resumed read)
            if (auto it = lastTaken.find(record.partition);
                it != lastTaken.end() && record.offset <= it->second)
                return true;
            if (countLimit >= 0 && taken >= countLimit) {
                stopped = true;
                return false;
            }
            lastTaken[record.partition] = record.offset;
            ++taken;
            if (!take(record)) {
                stopped = true;
                return false;
            }
            return true;
        };
        BrowseFetchOptions fetchOptions;
        fetchOptions.timeoutMs = m_options.timeoutMs;
        fetchOptions.onProgress = [this, &bounds](const BrowseOutcome& outcome) {
            qint64 total = 0;
            qint64 done = 0;
            for (const auto& p : outcome.partitions) {
                auto it = bounds.find(p.partition);
                if (it == bounds.end() || p.endOffset < 0)
                    continue;
                total += std::max<qint64>(0, it->second.second - it->second.first);
                done += std::clamp<qint64>(p.nextOffset - it->second.first, 0,
                                           it->second.second - it->second.first);
            }
            if (total > 0)
                m_fraction.store(double(done) / double(total));
        };

        QElapsedTimer trouble;
        bool firstRun = true;
        for (;;) {
            BrowseOutcome outcome;
            if (firstRun) {
                // The bounds come from the first read's resolution; progress needs them early,
                // so the first callback fills them.
                auto firstProgress = fetchOptions.onProgress;
                fetchOptions.onProgress = [&bounds, firstProgress](const BrowseOutcome& o) {
                    if (bounds.empty())
                        for (const auto& p : o.partitions)
                            bounds[p.partition] = {p.startOffset, p.endOffset};
                    firstProgress(o);
                };
                outcome = runBrowse(m_source.profile, request, sink, m_control.cancelToken(),
                                    fetchOptions);
                fetchOptions.onProgress = firstProgress;
                if (bounds.empty())
                    for (const auto& p : outcome.partitions)
                        bounds[p.partition] = {p.startOffset, p.endOffset};
            } else {
                outcome = resume(request, bounds, lastTaken, sink, fetchOptions);
            }
            if (stopped || outcome.end != BrowseOutcome::End::Failed) {
                m_fraction.store(1.0);
                return true;
            }
            if (m_control.isCancelled())
                return true;
            if (bounds.empty()) {
                m_report.reason =
                    Tr::tr("The source could not be read: %1").arg(outcome.error.message);
                return false;
            }
            if (!trouble.isValid())
                trouble.start();
            if (trouble.elapsed() > m_options.brokerTroubleBudgetMs) {
                m_report.reason =
                    Tr::tr("The source could not be read; gave up: %1").arg(outcome.error.message);
                return false;
            }
            if (m_report.events.size() < 50)
                m_report.events.append(
                    Tr::tr("Reading the source failed (%1); resuming after the last record taken.")
                        .arg(outcome.error.message));
            firstRun = false;
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
        }
    }

    // One read per partition that is not done yet, each from just after its last record taken
    // to the end resolved by the first read. Failed when any of them failed.
    BrowseOutcome resume(const BrowseRequest& original,
                         const std::map<int, std::pair<qint64, qint64>>& bounds,
                         const std::map<int, qint64>& lastTaken, const BrowseSink& sink,
                         const BrowseFetchOptions& fetchOptions) {
        BrowseOutcome combined;
        combined.end = BrowseOutcome::End::Finished;
        for (const auto& [partition, range] : bounds) {
            const auto it = lastTaken.find(partition);
            const qint64 from = it == lastTaken.end() ? range.first : it->second + 1;
            if (range.second >= 0 && from >= range.second)
                continue;
            BrowseRequest request = original;
            request.partitions = {partition};
            request.start = BrowseStart{BrowseStart::Mode::Offset, from};
            request.stop = BrowseStop{}; // the log end now; the sink drops what lies past range
            request.mergeByTimestamp = false;
            BrowseOutcome one =
                runBrowse(m_source.profile, request, sink, m_control.cancelToken(), fetchOptions);
            if (one.end == BrowseOutcome::End::Failed ||
                one.end == BrowseOutcome::End::SinkStopped ||
                one.end == BrowseOutcome::End::Cancelled)
                return one;
        }
        return combined;
    }

    const ReplaySource& m_source;
    const ReplayOptions& m_options;
    ReplayControl& m_control;
    ReplayReport& m_report;
    std::atomic<double> m_fraction{0};
};

// The progress a watcher sees, refreshed at most every 100 ms.
class ProgressPublisher {
public:
    ProgressPublisher(ReplayControl& control, qint64 total)
        : m_control(control) {
        m_progress.total = total;
        m_clock.start();
    }
    void update(ReplayProgress::Phase phase, qint64 read, qint64 committed, double fraction,
                qint64 activeMs, bool force = false) {
        if (!force && m_clock.elapsed() - m_lastMs < 100)
            return;
        m_lastMs = m_clock.elapsed();
        m_progress.phase = phase;
        m_progress.read = read;
        m_progress.committed = committed;
        m_progress.fraction = fraction;
        const double seconds = double(activeMs) / 1000.0;
        m_progress.ratePerSecond = seconds > 0.2 ? double(read) / seconds : 0;
        m_progress.etaMs = fraction > 0.001 && fraction < 1.0
                               ? qint64(double(activeMs) * (1.0 - fraction) / fraction)
                               : (fraction >= 1.0 ? 0 : -1);
        m_control.publish(m_progress);
    }
    void verifying(qint64 verified) {
        m_progress.phase = ReplayProgress::Phase::Verifying;
        m_progress.verified = verified;
        m_control.publish(m_progress);
    }
    void done() {
        m_progress.phase = ReplayProgress::Phase::Done;
        m_control.publish(m_progress);
    }

private:
    ReplayControl& m_control;
    ReplayProgress m_progress;
    QElapsedTimer m_clock;
    qint64 m_lastMs = -1000;
};

ReplayReport finish(ReplayReport report, ReplayControl& control) {
    report.finishedAt = QDateTime::currentDateTimeUtc();
    ReplayProgress p = control.progress();
    p.phase = ReplayProgress::Phase::Done;
    p.committed = report.replayed;
    control.publish(p);
    // Refusals are recorded too: the history answers "what was tried".
    ReplayHistory::append(report);
    return report;
}

Status createTarget(Clusters& clusters, const ReplaySource& source, const ReplayOptions& options,
                    ReplayReport& report) {
    PropertyList configs;
    const auto described = clusters.source->topicConfigValues(
        {source.topic}, QList<QByteArray>(std::begin(kRelevantConfigs), std::end(kRelevantConfigs)),
        options.timeoutMs);
    // Without the source's configs the target gets the broker's defaults, and the report says
    // why instead of claiming they were copied.
    QString configsUnread;
    if (!described)
        configsUnread = described.error().message;
    else if (described->notAuthorized.contains(source.topic))
        configsUnread = Tr::tr("not authorized (this user may not describe the source's configs)");
    else if (!described->values.contains(source.topic))
        configsUnread = Tr::tr("the broker did not describe the source topic");
    for (const QByteArray& key : kRelevantConfigs) {
        if (const QString value = described ? described->value(source.topic, key) : QString();
            !value.isEmpty())
            configs.append({QString::fromLatin1(key), value});
    }
    const int partitions = int(clusters.sourceTopic->partitions.size());
    const int replication = std::clamp(clusters.sourceTopic->replicationFactor(), 1,
                                       std::max(1, int(clusters.targetMd.brokers.size())));
    if (auto s = clusters.target->createTopic(options.targetTopic, partitions, replication, configs,
                                              options.timeoutMs);
        !s && s.error().code != kErrTopicAlreadyExists)
        return Error{s.error().code,
                     Tr::tr("Cannot create the target topic: %1").arg(s.error().message)};
    report.topicCreated = true;
    if (configsUnread.isEmpty())
        report.events.append(
            Tr::tr("Created %1 with %n partition(s) and the source's configs.", nullptr, partitions)
                .arg(options.targetTopic));
    else
        report.events.append(Tr::tr("Created %1 with %n partition(s) and the broker's default "
                                    "configs: the source's configs could not be read: %2.",
                                    nullptr, partitions)
                                 .arg(options.targetTopic, configsUnread));
    // Wait until the new partitions are known (metadata propagates).
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < options.timeoutMs) {
        auto md = clusters.target->fetchMetadata(options.timeoutMs);
        if (md) {
            const TopicInfo* t = md->findTopic(options.targetTopic);
            if (t && int(t->partitions.size()) == partitions &&
                std::all_of(t->partitions.begin(), t->partitions.end(),
                            [](const PartitionInfo& p) { return p.leader >= 0; })) {
                clusters.targetMd = std::move(*md);
                clusters.targetTopic = clusters.targetMd.findTopic(options.targetTopic);
                return {};
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return streamscopeError(Tr::tr("The new target topic did not become available in time."));
}

Expected<std::map<int, qint64>> targetEndOffsets(KafkaClient& client, const QString& topic,
                                                 int partitions, int timeoutMs) {
    std::vector<OffsetQuery> queries;
    for (int p = 0; p < partitions; ++p)
        queries.push_back(OffsetQuery{topic, p, kLatestOffsetQuery});
    auto answers = client.queryOffsets(queries, timeoutMs);
    if (!answers)
        return answers.error();
    std::map<int, qint64> ends;
    for (const auto& a : *answers) {
        if (a.errorCode != 0 || a.offset < 0)
            return Error{a.errorCode, Tr::tr("Cannot read the end offset of %1 partition %2.")
                                          .arg(topic)
                                          .arg(a.partition)};
        ends[a.partition] = a.offset;
    }
    return ends;
}

} // namespace

Expected<ReplayTargetCheck> inspectReplayTarget(const ReplaySource& source,
                                                const ReplayOptions& options) {
    auto clusters = connect(source, options);
    if (!clusters)
        return clusters.error();
    ReplayTargetCheck check;
    check.decision =
        checkReplayTarget(endpoint(source.profile, clusters->sourceMd, source.topic),
                          endpoint(options.targetProfile, clusters->targetMd, options.targetTopic));
    check.sourcePartitions = int(clusters->sourceTopic->partitions.size());
    check.targetExists = clusters->targetTopic != nullptr;
    check.targetPartitions =
        clusters->targetTopic ? int(clusters->targetTopic->partitions.size()) : 0;
    return check;
}

ReplayReport runReplay(const ReplaySource& source, const ReplayOptions& options,
                       ReplayControl& control) {
    ReplayReport report;
    report.replayId = newReplayId();
    report.startedAt = QDateTime::currentDateTimeUtc();
    report.source = source.description.isEmpty() ? source.topic : source.description;
    report.sourceTopic = source.topic;
    report.targetTopic = options.targetTopic;
    report.target =
        options.targetTopic + QStringLiteral(" @ ") + clusterName(options.targetProfile);
    report.verifyRequested = options.verify && !options.dryRun;
    auto fail = [&](const QString& reason) {
        report.outcome = ReplayReport::Outcome::Failed;
        if (report.reason.isEmpty())
            report.reason = reason;
        return finish(report, control);
    };
    if (!source.isRange() && !source.store)
        return fail(Tr::tr("Nothing to replay: no rows and no range."));

    auto connected = connect(source, options);
    if (!connected)
        return fail(connected.error().message);
    Clusters& clusters = *connected;

    // The guard, before anything touches the target.
    const SandboxDecision decision =
        checkReplayTarget(endpoint(source.profile, clusters.sourceMd, source.topic),
                          endpoint(options.targetProfile, clusters.targetMd, options.targetTopic));
    if (!decision.allowed) {
        report.outcome = ReplayReport::Outcome::Refused;
        report.reason = decision.reason;
        return finish(report, control);
    }
    report.events.append(decision.reason);

    const int sourcePartitions = int(clusters.sourceTopic->partitions.size());
    const int targetPartitions =
        clusters.targetTopic ? int(clusters.targetTopic->partitions.size()) : sourcePartitions;
    if (options.partitioning == ReplayPartitioning::Same && targetPartitions < sourcePartitions)
        return fail(Tr::tr("The target has %1 partitions and the source %2: \"same partition\" "
                           "needs at least as many; choose key or round robin.")
                        .arg(targetPartitions)
                        .arg(sourcePartitions));
    if (!clusters.targetTopic && !options.dryRun && !options.createMissingTopic)
        return fail(Tr::tr("The target topic %1 does not exist.").arg(options.targetTopic));

    PartitionChooser chooser(options.partitioning, targetPartitions);
    SourceWalker walker(source, options, control, report);
    ProgressPublisher publisher(control, source.knownCount());
    QElapsedTimer clock;
    clock.start();

    if (options.dryRun) {
        const bool walked = walker.walk([&](const MessageView& record) {
            if (control.isCancelled())
                return false;
            const int target = chooser.choose(record);
            report.partitionSpread[target] += 1;
            if (int(report.preview.size()) < options.dryRunPreviewCount) {
                ReplayPreviewRecord preview;
                preview.sourcePartition = record.partition;
                preview.sourceOffset = record.offset;
                preview.targetPartition = target;
                preview.timestampMs = record.timestampMs;
                preview.key = copyOf(record.key).left(256);
                preview.value = copyOf(record.value).left(256);
                preview.headerCount = record.headerCount();
                report.preview.push_back(std::move(preview));
            }
            ++report.read;
            publisher.update(ReplayProgress::Phase::Replaying, report.read, 0, walker.fraction(),
                             clock.elapsed());
            return true;
        });
        if (!walked)
            return fail(report.reason);
        report.outcome = control.isCancelled() ? ReplayReport::Outcome::Cancelled
                                               : ReplayReport::Outcome::DryRun;
        report.replayMs = clock.elapsed();
        return finish(report, control);
    }

    if (!clusters.targetTopic)
        if (auto s = createTarget(clusters, source, options, report); !s)
            return fail(s.error().message);
    // A new topic's leaders may answer "not leader" for a moment after metadata lists them.
    auto startOffsets =
        targetEndOffsets(*clusters.target, options.targetTopic,
                         int(clusters.targetTopic->partitions.size()), options.timeoutMs);
    for (QElapsedTimer waited; !startOffsets && !control.isCancelled();) {
        if (!waited.isValid())
            waited.start();
        if (waited.elapsed() > options.timeoutMs)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        startOffsets =
            targetEndOffsets(*clusters.target, options.targetTopic,
                             int(clusters.targetTopic->partitions.size()), options.timeoutMs);
    }
    if (!startOffsets)
        return fail(startOffsets.error().message);

    PropertyList producerProperties{
        {QStringLiteral("linger.ms"), QStringLiteral("10")},
        {QStringLiteral("batch.size"), QStringLiteral("1000000")},
        {QStringLiteral("queue.buffering.max.messages"), QStringLiteral("500000")},
        {QStringLiteral("queue.buffering.max.kbytes"), QStringLiteral("262144")},
        {QStringLiteral("transaction.timeout.ms"), QStringLiteral("60000")},
        {QStringLiteral("message.timeout.ms"), QStringLiteral("55000")}};
    producerProperties += options.producerOverrides;
    // Declared before the producer, so it outlives it (see ChunkWriter).
    MessageStore chunk(source.topic);
    auto producer =
        TransactionalProducer::create(options.targetProfile, options.targetTopic,
                                      QStringLiteral("streamscope-replay-") + report.replayId,
                                      producerProperties, options.timeoutMs);
    if (!producer)
        return fail(producer.error().message);

    ReplayRecordProducer out(**producer, options, report.replayId.toUtf8(), source.topic);
    ChunkWriter writer(**producer, out, chunk, options, control, report);
    ReplayPacer pacer(options.rateMessagesPerSecond, options.rateBytesPerSecond);
    bool writeFailed = false;
    QElapsedTimer writeClock;
    auto activeMs = [&] { return clock.elapsed() - pacer.pausedMs(); };

    const bool walked = walker.walk([&](const MessageView& record) {
        if (control.isCancelled())
            return false;
        if (control.isPaused()) {
            if (!writer.commit()) {
                writeFailed = true;
                return false;
            }
            publisher.update(ReplayProgress::Phase::Paused, report.read, report.replayed,
                             walker.fraction(), activeMs(), true);
            pacer.waitWhilePaused(control);
            if (control.isCancelled())
                return false;
        }
        const int targetPartition = chooser.choose(record);
        const qint64 bytes = record.payloadBytes();
        if (!pacer.admit(bytes, control))
            return false;
        if (!writeClock.isValid())
            writeClock.start();
        report.writeMs = writeClock.elapsed();
        ++report.read;
        // The digests serve only the verification.
        const uint64_t digest = options.verify ? recordDigest(record) : 0;
        if (!writer.add(record, targetPartition, digest, bytes)) {
            writeFailed = !control.isCancelled();
            return false;
        }
        publisher.update(ReplayProgress::Phase::Replaying, report.read, report.replayed,
                         walker.fraction(), activeMs());
        return true;
    });

    if (control.isCancelled()) {
        writer.abortOpen();
        report.outcome = ReplayReport::Outcome::Cancelled;
        report.reason = Tr::tr("Cancelled: %1 record(s) committed stay in the target; %2 in the "
                               "open transaction were aborted and are never visible.")
                            .arg(report.replayed)
                            .arg(report.aborted);
    } else if (!walked || writeFailed) {
        writer.abortOpen();
        report.outcome = ReplayReport::Outcome::Failed;
    } else if (!writer.commit()) {
        report.outcome = ReplayReport::Outcome::Failed;
    } else {
        report.outcome = ReplayReport::Outcome::Completed;
    }
    report.replayMs = clock.elapsed();
    publisher.update(ReplayProgress::Phase::Verifying, report.read, report.replayed, 1.0,
                     activeMs(), true);

    // What was committed is verified even after a failure: the report then says whether the
    // visible part is intact. A cancel means "stop now": no read-back then.
    if (options.verify && control.isCancelled()) {
        report.events.append(Tr::tr("Not verified: the replay was cancelled."));
    } else if (options.verify) {
        QElapsedTimer verifyClock;
        verifyClock.start();
        VerifyResult verified =
            verifyReplay(options.targetProfile, options.targetTopic, *startOffsets,
                         writer.committed(), options.provenance ? 2 : 0, options.timeoutMs,
                         control.cancelToken(), [&publisher](qint64 n) { publisher.verifying(n); });
        report.verifyMs = verifyClock.elapsed();
        report.verifiedCount = verified.read;
        report.mismatches = verified.mismatches;
        report.mismatchSamples = verified.samples;
        report.verified = verified.error.message.isEmpty() && verified.mismatches == 0 &&
                          report.outcome == ReplayReport::Outcome::Completed;
        if (!verified.error.message.isEmpty())
            report.events.append(Tr::tr("Verification failed: %1").arg(verified.error.message));
    }
    publisher.done();
    return finish(report, control);
}

} // namespace streamscope
