#pragma once

#include "kafka/Producer.h"
#include "sim/EventFactory.h"
#include "sim/Scenario.h"
#include "sim/SimCounters.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <chrono>
#include <cstdint>
#include <mutex>
#include <random>

namespace streamscope::sim {

struct EmitRequest {
    TopicCounters* topic = nullptr; // the target topic (its counters carry the real name)
    const EventTypeSpec* type = nullptr;
    QByteArray key;
    QByteArray traceId;      // empty: new trace
    QByteArray causePayload; // follow-ups: the record reacted to
    QByteArray causeId;      // follow-ups: its ce_id
};

// Everything one service writes goes through its emitter: it numbers events per key and adds
// the scenario's imperfections. With duplicateRatio an event is sent twice (same ce_id, same
// payload); with outOfOrderRatio an event is held back and sent right after the next event of
// the same key and topic, so consumers see seq n+1 before n. Thread-safe: the service's pacing
// loop and its consumer groups' follow-ups share it.
class EventEmitter {
public:
    using Clock = std::chrono::steady_clock;

    EventEmitter(const ServiceSpec& service, Producer& producer, std::uint64_t seed);

    void emit(const EmitRequest& request);
    // Sends events held back longer than maxHold (their key has gone quiet).
    void releaseHeld(Clock::time_point now, Clock::duration maxHold);
    void releaseAllHeld();
    // The last error producing failed with, empty if none.
    QString lastProduceError() const;

private:
    struct HeldEvent {
        ProducerRecord record;
        TopicCounters* topic = nullptr;
        const EventTypeSpec* type = nullptr;
        Clock::time_point heldSince;
    };

    void send(const ProducerRecord& record, TopicCounters* topic, const EventTypeSpec* type);
    // The type's newer version for its share of the events, else the type itself.
    const EventTypeSpec* pickVersion(const EventTypeSpec* type);
    bool chance(double probability);

    const double m_duplicateRatio;
    const double m_outOfOrderRatio;
    Producer& m_producer;
    mutable std::mutex m_mutex; // guards everything below; held while producing, so the
                                // per-key order decided here is the order librdkafka gets
    EventFactory m_factory;
    std::mt19937_64 m_random;
    QHash<QByteArray, std::uint64_t> m_nextSeq; // by topic + '\0' + key
    QHash<QByteArray, HeldEvent> m_held;        // same key
    QString m_lastProduceError;
};

} // namespace streamscope::sim
