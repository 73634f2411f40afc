#include "sim/GroupWorker.h"

#include "common/TraceParent.h"
#include "sim/TokenBucket.h"

#include <algorithm>
#include <optional>

namespace streamscope::sim {

namespace {

using namespace std::chrono_literals;

// Every blocking call is bounded by this, so a stop request is noticed within 100 ms.
constexpr int kPollTimeoutMs = 100;
constexpr auto kMaxSleep = 100ms;
// Processing credit a group may bank while its input is idle.
constexpr double kProcessingBurstSeconds = 0.2;
// A stalled group looks at records this long (or until it saw every partition), then commits.
constexpr auto kStallWarmup = 5s;
// A stalled group re-pauses its assignment this often, in case a rebalance resumed it.
constexpr auto kRepauseInterval = 1s;
constexpr int kOffsetQueryTimeoutMs = 2000;
constexpr int kCloseTimeoutMs = 1500;

PropertyList consumerProperties(const GroupCounters& group) {
    return {
        {QStringLiteral("group.id"), group.name},
        {QStringLiteral("client.id"), group.service},
        // Offsets are stored only for records actually processed, then auto-committed: the
        // committed offset is exactly this member's progress, which is what lag measures.
        {QStringLiteral("enable.auto.offset.store"), QStringLiteral("false")},
        {QStringLiteral("enable.auto.commit"), QStringLiteral("true")},
        {QStringLiteral("auto.commit.interval.ms"), QStringLiteral("1000")},
        {QStringLiteral("auto.offset.reset"), QStringLiteral("earliest")},
        {QStringLiteral("session.timeout.ms"), QStringLiteral("45000")},
        {QStringLiteral("max.poll.interval.ms"), QStringLiteral("300000")},
        // A slow member must not prefetch megabytes it will take minutes to process.
        {QStringLiteral("queued.max.messages.kbytes"), QStringLiteral("1024")},
    };
}

} // namespace

GroupWorker::GroupWorker(const ConsumeSpec& spec, const Scenario& scenario, GroupCounters& counters,
                         SimCounters& allCounters, EventEmitter& emitter, std::uint64_t seed)
    : m_spec(spec)
    , m_counters(counters)
    , m_emitter(emitter)
    , m_random(seed) {
    for (const auto& reaction : spec.reactions)
        m_reactions.push_back(ResolvedReaction{&reaction, reaction.whenEventType.toUtf8(),
                                               scenario.findEventType(reaction.eventType),
                                               allCounters.topic(reaction.topic)});
}

GroupWorker::~GroupWorker() {
    join();
}

Status GroupWorker::open(const ConnectionProfile& profile, const QString& topicName) {
    auto consumer = GroupConsumer::create(profile, consumerProperties(m_counters));
    if (!consumer)
        return consumer.error();
    m_consumer = std::move(*consumer);
    return m_consumer->subscribe({topicName});
}

void GroupWorker::start(const std::atomic_bool& stop) {
    m_thread = std::thread([this, &stop] { run(stop); });
}

void GroupWorker::join() {
    if (m_thread.joinable())
        m_thread.join();
}

QString GroupWorker::lastError() const {
    return m_consumer ? m_consumer->lastError() : QString();
}

void GroupWorker::run(const std::atomic_bool& stop) {
    if (m_spec.stalled()) {
        runStalled(stop);
    } else {
        TokenBucket budget(m_spec.processingRatePerSecond, kProcessingBurstSeconds, Clock::now());
        while (!stop.load(std::memory_order_relaxed)) {
            budget.refill(Clock::now());
            if (!budget.hasToken()) {
                // Busy "processing": not fetching more is what makes the group fall behind.
                std::this_thread::sleep_for(
                    std::min<Clock::duration>(budget.timeUntilToken(), kMaxSleep));
                continue;
            }
            auto polled = m_consumer->poll(kPollTimeoutMs);
            if (!polled || !*polled) // errors are informational (librdkafka retries)
                continue;
            process(**polled);
            budget.tryTake();
        }
    }
    m_consumer->close(kCloseTimeoutMs);
}

void GroupWorker::runStalled(const std::atomic_bool& stop) {
    std::optional<Clock::time_point> assignedAt;
    std::optional<Clock::time_point> pausedAt;
    while (!stop.load(std::memory_order_relaxed)) {
        // Polling continues while paused: it keeps the member alive (max.poll.interval.ms).
        auto polled = m_consumer->poll(kPollTimeoutMs);
        const auto now = Clock::now();
        if (pausedAt) {
            // Records fetched before the pause are dropped unprocessed: offsets stay frozen.
            if (now - *pausedAt >= kRepauseInterval) {
                m_consumer->pause(m_consumer->assignment());
                pausedAt = now;
            }
            continue;
        }
        if (polled && *polled)
            process(**polled);
        const std::vector<TopicPartition> assignment = m_consumer->assignment();
        if (assignment.empty())
            continue;
        if (!assignedAt)
            assignedAt = now;
        const bool sawEveryPartition =
            std::all_of(assignment.begin(), assignment.end(), [this](const TopicPartition& p) {
                return m_processedUpTo.contains(p.partition);
            });
        if (sawEveryPartition || now - *assignedAt >= kStallWarmup) {
            commitOnceAndPause();
            pausedAt = now;
        }
    }
}

void GroupWorker::commitOnceAndPause() {
    const std::vector<TopicPartition> assignment = m_consumer->assignment();
    // Every partition gets a committed offset, so the group's lag is defined everywhere:
    // processed partitions commit their progress, others keep an earlier commit or start at the
    // log start.
    auto committed = m_consumer->committed(assignment, kOffsetQueryTimeoutMs);
    if (!committed)
        return; // nothing to commit from: the group stays uncommitted rather than guessing
    std::vector<TopicPartitionOffset> offsets = std::move(*committed);
    for (auto& entry : offsets) {
        entry.errorCode = 0;
        if (auto processed = m_processedUpTo.constFind(entry.partition);
            processed != m_processedUpTo.cend()) {
            entry.offset = *processed;
        } else if (entry.offset < 0) {
            if (auto marks = m_consumer->watermarkOffsets(entry.topic, entry.partition,
                                                          kOffsetQueryTimeoutMs))
                entry.offset = marks->low;
        }
    }
    m_consumer->commit(offsets);
    m_consumer->pause(assignment);
    m_counters.paused.store(true, std::memory_order_relaxed);
}

void GroupWorker::process(const ConsumedRecord& record) {
    m_consumer->storeOffset(record);
    m_processedUpTo.insert(record.partition, record.offset + 1);
    m_counters.consumed.fetch_add(1, std::memory_order_relaxed);
    if (!m_reactions.empty())
        react(record);
}

void GroupWorker::react(const ConsumedRecord& record) {
    const QByteArray type = record.headerValue("ce_type");
    // The follow-up continues the trace of the event that caused it.
    const QByteArray traceparent = record.headerValue("traceparent");
    const auto parsed =
        parseTraceparent(std::string_view(traceparent.constData(), size_t(traceparent.size())));
    const QByteArray traceId =
        parsed ? QByteArray(parsed->traceIdHex.data(), qsizetype(parsed->traceIdHex.size()))
               : QByteArray();
    const QByteArray& key = record.key;
    const QByteArray& payload = record.value;
    for (const auto& reaction : m_reactions) {
        if (!reaction.whenType.isEmpty() && reaction.whenType != type)
            continue;
        if (reaction.spec->ratio < 1.0 &&
            std::uniform_real_distribution<double>(0, 1)(m_random) >= reaction.spec->ratio)
            continue;
        m_emitter.emit(EmitRequest{reaction.topic, reaction.type, key, traceId, payload,
                                   record.headerValue("ce_id")});
        m_counters.reactions.fetch_add(1, std::memory_order_relaxed);
    }
}

} // namespace streamscope::sim
