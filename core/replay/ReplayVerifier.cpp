#include "replay/ReplayVerifier.h"

#include "browse/MessageView.h"
#include "kafka/KafkaClient.h"
#include "kafka/PartitionReader.h"
#include "replay/RecordDigest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Replay)
};

constexpr int kMaxSamples = 10;

} // namespace

VerifyResult verifyReplay(const ConnectionProfile& target, const QString& topic,
                          const std::map<int, qint64>& startOffsets,
                          const std::map<int, std::vector<uint64_t>>& expected, int dropLastHeaders,
                          int timeoutMs, const CancelToken& cancel,
                          const std::function<void(qint64 read)>& onProgress) {
    VerifyResult result;
    auto sample = [&result](const QString& text) {
        if (result.samples.size() < kMaxSamples)
            result.samples.append(text);
    };
    auto client = KafkaClient::create(target);
    if (!client) {
        result.error = client.error();
        return result;
    }
    std::vector<OffsetQuery> queries;
    for (const auto& [partition, start] : startOffsets)
        queries.push_back(OffsetQuery{topic, partition, kLatestOffsetQuery});
    // The end offsets are read as read_committed sees them (the last stable offset): right after
    // a commit the transaction markers may not be written yet, so wait (bounded) until every
    // partition's stable end covers what was committed there.
    auto covered = [&](const std::vector<OffsetAnswer>& answers) {
        for (const auto& a : answers) {
            const auto it = expected.find(a.partition);
            const qint64 want = it == expected.end() ? 0 : qint64(it->second.size());
            if (a.errorCode == 0 && a.offset - startOffsets.at(a.partition) < want)
                return false;
        }
        return true;
    };
    auto ends = (*client)->queryOffsets(queries, timeoutMs);
    QElapsedTimer waited;
    waited.start();
    while (ends && !covered(*ends) && waited.elapsed() < timeoutMs && !cancel.isCancelled()) {
        QThread::msleep(100);
        ends = (*client)->queryOffsets(queries, timeoutMs);
    }
    if (!ends) {
        result.error = ends.error();
        return result;
    }
    std::vector<PartitionRange> ranges;
    for (const auto& answer : *ends) {
        const qint64 start = startOffsets.at(answer.partition);
        if (answer.errorCode != 0 || answer.offset < 0) {
            result.error =
                Error{answer.errorCode,
                      Tr::tr("Cannot read the end of partition %1.").arg(answer.partition)};
            return result;
        }
        if (answer.offset > start)
            ranges.push_back(PartitionRange{topic, answer.partition, start, -1, answer.offset});
    }
    client->reset();

    std::map<int, size_t> position; // next expected index per partition
    if (!ranges.empty()) {
        PropertyList properties = PartitionReader::bulkReadProperties();
        properties.append({QStringLiteral("isolation.level"), QStringLiteral("read_committed")});
        auto reader = PartitionReader::create(target, properties);
        if (!reader) {
            result.error = reader.error();
            return result;
        }
        if (auto s = (*reader)->assign(ranges, timeoutMs); !s) {
            result.error = s.error();
            return result;
        }
        const QByteArray topicUtf8 = topic.toUtf8();
        // Each record is digested in librdkafka's fetch buffer: no copy per record.
        auto check = [&](const RecordView& view) {
            const MessageView record = MessageView::of(view, topicUtf8);
            ++result.read;
            size_t& index = position[record.partition];
            const auto it = expected.find(record.partition);
            const uint64_t digest = recordDigest(record, dropLastHeaders);
            if (it == expected.end() || index >= it->second.size()) {
                ++result.mismatches;
                sample(Tr::tr("partition %1 offset %2: a record that was not replayed")
                           .arg(record.partition)
                           .arg(record.offset));
            } else if (it->second[index] != digest) {
                ++result.mismatches;
                sample(Tr::tr("partition %1 offset %2: key, value or headers differ from "
                              "replayed record %3 of this partition")
                           .arg(record.partition)
                           .arg(record.offset)
                           .arg(index + 1));
            }
            ++index;
            return true;
        };
        QElapsedTimer idle;
        idle.start();
        while (!(*reader)->finished()) {
            if (cancel.isCancelled()) {
                result.error = streamscopeError(Tr::tr("Verification cancelled."));
                return result;
            }
            if (idle.elapsed() > timeoutMs * 2) {
                result.error = streamscopeError(Tr::tr("Reading the target back stalled: %1")
                                                    .arg((*reader)->lastBrokerError()));
                return result;
            }
            auto batch = (*reader)->read(ReadLimits{20000, 32 << 20, 100}, check);
            if (!batch)
                continue;
            if (batch->visited > 0)
                idle.restart();
            if (onProgress)
                onProgress(result.read);
        }
    }
    for (const auto& [partition, digests] : expected) {
        const size_t seen = position.count(partition) ? position.at(partition) : 0;
        if (seen < digests.size()) {
            result.mismatches += qint64(digests.size() - seen);
            sample(Tr::tr("partition %1: %2 replayed record(s) missing")
                       .arg(partition)
                       .arg(digests.size() - seen));
        }
    }
    return result;
}

} // namespace streamscope
