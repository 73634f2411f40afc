#include "replay/ReplayEngine.h"

#include "browse/BrowseFetch.h"
#include "browse/MessageStore.h"
#include "kafka/KafkaClient.h"
#include "kafka/TransactionalProducer.h"
#include "replay/KeyPartitioner.h"
#include "replay/RecordDigest.h"
#include "replay/ReplayBuffers.h"
#include "replay/ReplayHistory.h"
#include "replay/ReplayLane.h"
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
            request.offsetRanges.clear(); // the bounds above came from them already
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

// How each lane's records are buffered between the reader and the producer: buffers of at most
// rowsPerBuffer records or bytesPerBuffer bytes, enough of them for one transaction plus two to
// read ahead into while it commits.
struct BufferPlan {
    size_t rowsPerBuffer = 0;
    qint64 bytesPerBuffer = 0;
    int buffers = 0;
};

BufferPlan bufferPlan(const ReplayOptions& options) {
    BufferPlan plan;
    plan.rowsPerBuffer = size_t(std::clamp(options.chunkRecords, 1, 16384));
    plan.bytesPerBuffer = std::clamp<qint64>(options.chunkBytes, 1, qint64(4) << 20);
    const qint64 perTransaction = (qint64(options.chunkRecords) + qint64(plan.rowsPerBuffer) - 1) /
                                  qint64(plan.rowsPerBuffer);
    plan.buffers = int(std::clamp<qint64>(perTransaction + 2, 3, 16));
    return plan;
}

// librdkafka's producer settings for a replay: large batches sent soon (a replay streams, so
// batches fill long before linger.ms), no compression of ours (the topic's config decides), a
// deep local queue so a lane never waits on it while the broker acknowledges; the overrides win.
PropertyList producerProperties(const ReplayOptions& options) {
    PropertyList properties{
        {QStringLiteral("linger.ms"), QStringLiteral("5")},
        {QStringLiteral("batch.size"), QStringLiteral("1000000")},
        {QStringLiteral("batch.num.messages"), QStringLiteral("100000")},
        {QStringLiteral("queue.buffering.max.messages"), QStringLiteral("500000")},
        {QStringLiteral("queue.buffering.max.kbytes"), QStringLiteral("262144")},
        {QStringLiteral("transaction.timeout.ms"), QStringLiteral("60000")},
        {QStringLiteral("message.timeout.ms"), QStringLiteral("55000")}};
    properties += options.producerOverrides;
    return properties;
}

// The lanes' threads, started at construction. finish() tells every queue that the source ended
// and waits until every lane committed (or aborted) and ended; leaving the scope without it stops
// the lanes (their open transactions are aborted) and joins them.
class LaneThreads {
public:
    LaneThreads(std::vector<std::unique_ptr<ReplayLane>>& lanes,
                std::vector<std::unique_ptr<ReplayBufferQueue>>& queues, ReplayLaneSignals& shared)
        : m_lanes(lanes)
        , m_queues(queues)
        , m_shared(shared) {
        for (auto& lane : m_lanes)
            m_threads.emplace_back([l = lane.get()] { l->run(); });
    }
    ~LaneThreads() {
        if (m_threads.empty())
            return;
        m_shared.abortAll.store(true);
        for (auto& queue : m_queues)
            queue->stop();
        join();
    }
    LaneThreads(const LaneThreads&) = delete;
    LaneThreads& operator=(const LaneThreads&) = delete;

    void finish(const std::function<void()>& whileWaiting) {
        for (auto& queue : m_queues)
            queue->finish();
        while (!std::all_of(m_lanes.begin(), m_lanes.end(),
                            [](const auto& lane) { return lane->done(); })) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            whileWaiting();
        }
        join();
    }

private:
    void join() {
        for (auto& thread : m_threads)
            if (thread.joinable())
                thread.join();
        m_threads.clear();
    }

    std::vector<std::unique_ptr<ReplayLane>>& m_lanes;
    std::vector<std::unique_ptr<ReplayBufferQueue>>& m_queues;
    ReplayLaneSignals& m_shared;
    std::vector<std::thread> m_threads;
};

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

    // One lane (transactional producer, own thread) per group of target partitions.
    const int targetPartitionCount = int(clusters.targetTopic->partitions.size());
    const int laneCount = std::clamp(options.producers, 1, std::max(1, targetPartitionCount));
    auto laneOf = [laneCount](int targetPartition) { return size_t(targetPartition % laneCount); };
    const BufferPlan plan = bufferPlan(options);

    // Declared before the lanes, so they outlive the producers (see ReplayLane).
    std::vector<std::unique_ptr<ReplayBufferQueue>> queues;
    for (int i = 0; i < laneCount; ++i)
        queues.push_back(std::make_unique<ReplayBufferQueue>(
            source.topic, plan.buffers, plan.rowsPerBuffer, plan.bytesPerBuffer));
    ReplayLaneSignals shared;
    std::vector<std::unique_ptr<ReplayLane>> lanes;
    for (int i = 0; i < laneCount; ++i) {
        auto producer = TransactionalProducer::create(
            options.targetProfile, options.targetTopic,
            QStringLiteral("streamscope-replay-%1-%2").arg(report.replayId).arg(i),
            producerProperties(options), options.timeoutMs);
        if (!producer)
            return fail(producer.error().message);
        lanes.push_back(std::make_unique<ReplayLane>(std::move(*producer), *queues[size_t(i)],
                                                     options, control, shared,
                                                     report.replayId.toUtf8(), source.topic));
    }
    LaneThreads threads(lanes, queues, shared);

    ReplayPacer pacer(options.rateMessagesPerSecond, options.rateBytesPerSecond);
    QElapsedTimer writeClock;
    auto activeMs = [&] { return clock.elapsed() - pacer.pausedMs(); };
    auto publish = [&](ReplayProgress::Phase phase, bool force) {
        qint64 produced = 0;
        qint64 committed = 0;
        for (const auto& lane : lanes) {
            produced += lane->produced();
            committed += lane->committed();
        }
        publisher.update(phase, produced, committed, walker.fraction(), activeMs(), force);
    };
    auto goOn = [&] { return !control.isCancelled() && !shared.abortAll.load(); };
    auto keepWaiting = [&] {
        publish(ReplayProgress::Phase::Replaying, false);
        return goOn();
    };
    bool recordTooLarge = false;
    unsigned sincePublish = 0;
    const bool paced = options.rateMessagesPerSecond > 0 || options.rateBytesPerSecond > 0;

    // This thread reads the source ahead of the lanes: it filters, picks the target partition,
    // digests and copies each record into its lane's buffers while the lanes produce and commit.
    const bool walked = walker.walk([&](const MessageView& record) {
        if (!goOn())
            return false;
        if (control.isPaused()) {
            // The lanes commit what they produced and wait too.
            publish(ReplayProgress::Phase::Paused, true);
            pacer.waitWhilePaused(control, [&] { publish(ReplayProgress::Phase::Paused, false); });
            if (!goOn())
                return false;
        }
        const int targetPartition = chooser.choose(record);
        const qint64 bytes = record.payloadBytes();
        if (!pacer.admit(bytes, control))
            return false;
        if (!writeClock.isValid())
            writeClock.start();
        // The digests serve only the verification.
        const ReplayRowInfo info{targetPartition, options.verify ? recordDigest(record) : 0, bytes};
        switch (queues[laneOf(targetPartition)]->push(record, info, keepWaiting)) {
        case ReplayBufferQueue::PushResult::Queued:
            break;
        case ReplayBufferQueue::PushResult::Stopped:
            return false;
        case ReplayBufferQueue::PushResult::TooLarge:
            recordTooLarge = true;
            return false;
        }
        // The publisher refreshes at most every 100 ms; summing the lanes' counts for every
        // record would be wasted. The write time is read with it, not for every record (a clock
        // read per record was measurable): exact with a rate limit (paced) and for the first 256
        // records, else at most 255 records short (a few ms at full speed).
        ++sincePublish;
        if (paced || sincePublish <= 256 || (sincePublish & 255) == 0)
            report.writeMs = writeClock.elapsed();
        if (paced || (sincePublish & 255) == 0)
            publish(ReplayProgress::Phase::Replaying, false);
        return true;
    });

    const bool sourceFailed = !walked || recordTooLarge;
    if (recordTooLarge)
        report.reason = Tr::tr("A record of the source is larger than the replay's buffer "
                               "memory limit of %1 MiB.")
                            .arg(kReplayBufferMemoryCap >> 20);
    if (sourceFailed && !control.isCancelled())
        shared.abortAll.store(true); // the lanes abort their open transactions
    threads.finish([&] { publish(ReplayProgress::Phase::Replaying, false); });

    bool laneFailed = false;
    std::map<int, std::vector<uint64_t>> committedDigests;
    for (const auto& lane : lanes) {
        ReplayLaneResult& r = lane->result();
        report.read += r.produced;
        report.replayed += r.committed;
        report.aborted += r.aborted;
        report.transactions += r.transactions;
        report.retriedChunks += r.retriedTransactions;
        for (const QString& event : r.events)
            if (report.events.size() < 50)
                report.events.append(event);
        if (r.failed && !laneFailed) {
            laneFailed = true;
            if (report.reason.isEmpty())
                report.reason = r.reason;
        }
        for (auto& [partition, digests] : r.committedDigests)
            committedDigests[partition] = std::move(digests);
    }
    if (laneCount > 1)
        report.events.append(Tr::tr("Written by %1 transactional producers, each with its own "
                                    "target partitions.")
                                 .arg(laneCount));

    if (control.isCancelled()) {
        report.outcome = ReplayReport::Outcome::Cancelled;
        report.reason = Tr::tr("Cancelled: %1 record(s) committed stay in the target; %2 in the "
                               "open transaction were aborted and are never visible.")
                            .arg(report.replayed)
                            .arg(report.aborted);
    } else if (sourceFailed || laneFailed) {
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
                         committedDigests, options.provenance ? 2 : 0, options.timeoutMs,
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
