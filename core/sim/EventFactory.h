#pragma once

#include "kafka/Producer.h"
#include "sim/PayloadEncoder.h"
#include "sim/Scenario.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <random>

namespace streamscope::sim {

struct EventRequest {
    const EventTypeSpec* type = nullptr;
    QByteArray key;
    std::uint64_t seq = 0;   // per-key sequence number, so consumers can see gaps and reorders
    QByteArray traceId;      // 32 hex characters; empty: this event starts a new trace
    QByteArray causePayload; // JSON of the consumed record a follow-up reacts to, or empty
    QByteArray causeId;      // ce_id of that record (the ce_causationid header), or empty
};

// Builds CloudEvents binary-mode records for one service: identity in headers (ce_source,
// ce_type, ce_id, ce_specversion, ce_time, traceparent, content-type; follow-ups also
// ce_causationid, the ce_id of their cause) and a JSON payload that
// starts with schema_version, event_type, id, key, seq and occurred_at, then the type's fields.
// Not thread-safe: one per service, used under that service's lock.
class EventFactory {
public:
    EventFactory(QString source, std::uint64_t seed);

    // encoding: the topic's schema (null: JSON) — the payload is encoded and framed with it.
    ProducerRecord build(const EventRequest& request, const QByteArray& topic,
                         const TopicEncoding* encoding = nullptr);
    // Why the last payload could not be encoded (it was sent as JSON); empty when all fit.
    const QString& lastEncodeError() const { return m_lastEncodeError; }

private:
    std::map<const TopicEncoding*, std::unique_ptr<PayloadEncoder>> m_encoders;
    QString m_lastEncodeError;
    QByteArray m_source;
    std::mt19937_64 m_random; // field values: deterministic for a given --seed
};

} // namespace streamscope::sim
