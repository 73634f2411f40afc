#pragma once

#include <QByteArray>

namespace streamscope::sim {

// W3C Trace Context (https://www.w3.org/TR/trace-context/): "00-<trace id>-<span id>-01".
// Ids are random (never seeded): two runs with the same --seed must not share trace ids.
QByteArray newTraceId(); // 32 lowercase hex characters
QByteArray newSpanId();  // 16 lowercase hex characters
QByteArray formatTraceparent(const QByteArray& traceId, const QByteArray& spanId);
// Reading a traceparent is common/TraceParent.h's job (one parser for the whole app).

} // namespace streamscope::sim
