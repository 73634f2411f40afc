#include "sim/ServiceRunner.h"

#include "sim/TokenBucket.h"

#include <algorithm>
#include <random>
#include <vector>

namespace streamscope::sim {

namespace {

using namespace std::chrono_literals;

// A late wake-up is made up for, up to this much backlog; beyond it the loop was stalled
// (suspended laptop, debugger) and replaying everything at once would be a burst.
constexpr double kPacingBurstSeconds = 1.0;
// Longest sleep, so a stop request is noticed quickly.
constexpr auto kMaxWait = 100ms;
// Shortest sleep: at high rates several events go out per wake-up instead of one per wake-up.
constexpr auto kMinWait = 2ms;
// An event held back for reordering is sent anyway when its key stays quiet this long. Long
// enough that most held events do get overtaken (a key of a 500-key space at 40/s recurs every
// 12.5 s on average), short enough that nothing looks lost.
constexpr auto kMaxHold = 10s;

PropertyList producerProperties(const QString& serviceName) {
    return {
        {QStringLiteral("client.id"), serviceName},
        // Keyed records land where Java clients would put them.
        {QStringLiteral("partitioner"), QStringLiteral("murmur2_random")},
        {QStringLiteral("linger.ms"), QStringLiteral("5")},
        {QStringLiteral("compression.type"), QStringLiteral("lz4")},
        {QStringLiteral("message.timeout.ms"), QStringLiteral("30000")},
    };
}

} // namespace

ServiceRunner::ServiceRunner(const ServiceSpec& service, const Scenario& scenario,
                             SimCounters& counters, std::uint64_t seed)
    : m_service(service)
    , m_scenario(scenario)
    , m_counters(counters)
    , m_seed(seed) {}

ServiceRunner::~ServiceRunner() {
    join();
}

Status ServiceRunner::open(const ConnectionProfile& profile) {
    auto producer = Producer::create(profile, producerProperties(m_service.name), &countDelivery);
    if (!producer)
        return producer.error();
    m_producer = std::move(*producer);
    m_emitter = std::make_unique<EventEmitter>(m_service, *m_producer, m_seed);
    return {};
}

void ServiceRunner::countDelivery(const DeliveryReport& report) {
    auto* topic = static_cast<TopicCounters*>(report.opaque);
    if (!topic)
        return;
    if (report.errorCode == 0)
        topic->delivered.fetch_add(1, std::memory_order_relaxed);
    else
        topic->failed.fetch_add(1, std::memory_order_relaxed);
}

void ServiceRunner::start(const std::atomic_bool& stop) {
    m_thread = std::thread([this, &stop] { run(stop); });
}

void ServiceRunner::join() {
    if (m_thread.joinable())
        m_thread.join();
}

void ServiceRunner::run(const std::atomic_bool& stop) {
    std::vector<PacedProduce> paced;
    std::vector<TokenBucket> buckets;
    const auto startedAt = Clock::now();
    for (const auto& produce : m_service.produces) {
        paced.push_back(PacedProduce{&produce, m_scenario.findEventType(produce.eventType),
                                     m_counters.topic(produce.topic)});
        buckets.emplace_back(produce.ratePerSecond, kPacingBurstSeconds, startedAt);
    }
    std::mt19937_64 random(m_seed);

    while (!stop.load(std::memory_order_relaxed)) {
        const auto now = Clock::now();
        Clock::duration wait = kMaxWait;
        for (size_t i = 0; i < paced.size(); ++i) {
            auto& bucket = buckets[i];
            bucket.refill(now);
            while (bucket.tryTake()) {
                const auto& spec = *paced[i].spec;
                const int keyIndex =
                    std::uniform_int_distribution<int>(0, spec.keySpace - 1)(random);
                m_emitter->emit(
                    EmitRequest{paced[i].topic,
                                paced[i].type,
                                QString(spec.keyPrefix + QString::number(keyIndex)).toUtf8(),
                                {},
                                {},
                                {}});
            }
            wait = std::min(wait, bucket.timeUntilToken());
        }
        m_emitter->releaseHeld(now, kMaxHold);
        // Polling is the sleep: delivery reports are served while waiting for the next token.
        const auto waitMs = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::clamp<Clock::duration>(wait, kMinWait, kMaxWait));
        m_producer->poll(static_cast<int>(waitMs.count()));
    }
}

void ServiceRunner::finish(Clock::time_point deadline) {
    if (!m_producer)
        return;
    m_emitter->releaseAllHeld();
    const auto remaining =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (!m_producer->flush(static_cast<int>(std::max<qint64>(0, remaining.count())))) {
        m_producer->purge();
        m_producer->poll(0); // count the purged records as failed
    }
}

QString ServiceRunner::lastError() const {
    if (!m_producer)
        return {};
    const QString produceError = m_emitter->lastProduceError();
    return produceError.isEmpty() ? m_producer->lastError() : produceError;
}

} // namespace streamscope::sim
