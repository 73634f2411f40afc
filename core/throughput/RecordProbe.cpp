#include "throughput/RecordProbe.h"

#include "kafka/PartitionReader.h"

#include <QElapsedTimer>

#include <algorithm>
#include <limits>

namespace streamscope {

Expected<std::unique_ptr<RecordProbe>> RecordProbe::create(const ConnectionProfile& profile) {
    // The reader's defaults already read uncommitted (the only skipped offsets in a
    // non-compacted log are then the markers) with a small prefetch: we want a few records.
    auto reader = PartitionReader::create(
        profile, {{QStringLiteral("client.id"), QStringLiteral("streamscope-record-probe")}});
    if (!reader)
        return reader.error();
    return std::unique_ptr<RecordProbe>(new RecordProbe(std::move(reader.value())));
}

RecordProbe::RecordProbe(std::unique_ptr<PartitionReader> reader)
    : m_reader(std::move(reader)) {}

RecordProbe::~RecordProbe() = default;

Expected<RecordProbeResult> RecordProbe::read(const QString& topic, int partition,
                                              qint64 fromOffset, qint64 toOffset, int timeoutMs) {
    RecordProbeResult result;
    result.fromOffset = fromOffset;
    result.toOffset = toOffset;
    if (toOffset <= fromOffset) {
        result.complete = true;
        return result;
    }
    PartitionRange range;
    range.topic = topic;
    range.partition = partition;
    range.startOffset = fromOffset;
    range.endOffset = toOffset;
    if (auto assigned = m_reader->assign({range}, timeoutMs); !assigned)
        return assigned.error();

    QElapsedTimer elapsed;
    elapsed.start();
    Error failure;
    // The range bounds the read; only the time does here.
    ReadLimits limits;
    limits.maxRecords = std::numeric_limits<int>::max();
    limits.maxBytes = std::numeric_limits<qint64>::max();
    while (!m_reader->finished() && elapsed.elapsed() < timeoutMs) {
        limits.maxWaitMs = timeoutMs - static_cast<int>(elapsed.elapsed());
        auto batch = m_reader->read(limits);
        if (!batch) {
            failure = batch.error();
            break;
        }
        for (const auto& record : batch->records) {
            ++result.records;
            result.payloadBytes += record.payloadBytes();
        }
        if (batch->error.code != 0) {
            failure = batch->error;
            break;
        }
    }
    // Every offset below this was a record or a gap in the log.
    const qint64 next = std::max(fromOffset, m_reader->progress().front().nextOffset);
    m_reader->unassign();
    if (failure.code != 0 && result.records == 0)
        return failure;
    result.complete = next >= toOffset;
    result.skippedOffsets = (std::min(next, toOffset) - fromOffset) - result.records;
    return result;
}

} // namespace streamscope
