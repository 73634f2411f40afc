#include "sim/EventEmitter.h"

namespace streamscope::sim {

namespace {

// produce() waits this long for room in a full local queue (the broker is slower than the
// scenario); the pacing loop must stay responsive to stop requests.
constexpr int kQueueFullWaitMs = 50;

QByteArray perKeyId(const TopicCounters& topic, const QByteArray& key) {
    return topic.name.toUtf8() + '\0' + key;
}

} // namespace

EventEmitter::EventEmitter(const ServiceSpec& service, Producer& producer, std::uint64_t seed)
    : m_duplicateRatio(service.duplicateRatio)
    , m_outOfOrderRatio(service.outOfOrderRatio)
    , m_producer(producer)
    , m_factory(service.name, seed)
    , m_random(seed ^ 0x9e3779b97f4a7c15ULL) {}

bool EventEmitter::chance(double probability) {
    return probability > 0 && std::uniform_real_distribution<double>(0, 1)(m_random) < probability;
}

const EventTypeSpec* EventEmitter::pickVersion(const EventTypeSpec* type) {
    // No draw for types without a newer version: other scenarios keep their random stream.
    if (type->newer.empty() || type->newerShare <= 0)
        return type;
    return chance(type->newerShare) ? &type->newer.front() : type;
}

void EventEmitter::emit(const EmitRequest& request) {
    std::lock_guard lock(m_mutex);
    const QByteArray id = perKeyId(*request.topic, request.key);
    const EventTypeSpec* type = pickVersion(request.type);
    EventRequest event{
        type, request.key, m_nextSeq[id]++, request.traceId, request.causePayload, request.causeId};
    ProducerRecord record =
        m_factory.build(event, request.topic->name.toUtf8(), request.topic->encoding.get());
    if (!m_factory.lastEncodeError().isEmpty())
        m_lastProduceError = m_factory.lastEncodeError();
    record.deliveryOpaque = request.topic;

    if (auto held = m_held.find(id); held != m_held.end()) {
        // The held event goes out right behind its successor: seq n+1, then n.
        send(record, request.topic, type);
        send(held->record, held->topic, held->type);
        request.topic->reordered.fetch_add(1, std::memory_order_relaxed);
        m_held.erase(held);
        return;
    }
    if (chance(m_outOfOrderRatio)) {
        m_held.insert(id, HeldEvent{std::move(record), request.topic, type, Clock::now()});
        return;
    }
    send(record, request.topic, type);
    if (chance(m_duplicateRatio)) {
        // A redelivery as a retrying producer would cause it: byte-identical, same ce_id.
        send(record, request.topic, type);
        request.topic->duplicates.fetch_add(1, std::memory_order_relaxed);
    }
}

void EventEmitter::send(const ProducerRecord& record, TopicCounters* topic,
                        const EventTypeSpec* type) {
    if (auto status = m_producer.produce(record, kQueueFullWaitMs); !status) {
        topic->failed.fetch_add(1, std::memory_order_relaxed);
        m_lastProduceError = status.error().message;
        return;
    }
    topic->countSent(type);
}

void EventEmitter::releaseHeld(Clock::time_point now, Clock::duration maxHold) {
    std::lock_guard lock(m_mutex);
    for (auto it = m_held.begin(); it != m_held.end();) {
        if (now - it->heldSince < maxHold) {
            ++it;
            continue;
        }
        send(it->record, it->topic, it->type);
        it = m_held.erase(it);
    }
}

void EventEmitter::releaseAllHeld() {
    std::lock_guard lock(m_mutex);
    for (const auto& held : std::as_const(m_held))
        send(held.record, held.topic, held.type);
    m_held.clear();
}

QString EventEmitter::lastProduceError() const {
    std::lock_guard lock(m_mutex);
    return m_lastProduceError;
}

} // namespace streamscope::sim
