#include "sim/TraceContext.h"

#include <QRandomGenerator>

namespace streamscope::sim {

namespace {

QByteArray randomHex(int bytes) {
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    // All-zero ids are invalid in the spec; the chance is negligible but cheap to exclude.
    if (raw.count('\0') == raw.size())
        raw[0] = 1;
    return raw.toHex();
}

} // namespace

QByteArray newTraceId() {
    return randomHex(16);
}

QByteArray newSpanId() {
    return randomHex(8);
}

QByteArray formatTraceparent(const QByteArray& traceId, const QByteArray& spanId) {
    QByteArray value;
    value.reserve(55);
    value.append("00-").append(traceId).append('-').append(spanId).append("-01");
    return value;
}

} // namespace streamscope::sim
