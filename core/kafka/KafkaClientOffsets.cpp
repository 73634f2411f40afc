// The offsets part of KafkaClient: batched offsets-for-times, start and end offsets of a cluster.
#include "kafka/KafkaClient.h"

#include "kafka/RdErrors.h"

#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <thread>

namespace streamscope {

namespace {

using rd::constructorError;
using rd::errorFrom;

} // namespace

namespace {

// librdkafka 2.0.2 merges each ListOffsets response into the request list with a linear search
// per partition, so one offsets_for_times call costs O(n^2) in the partition count: 735 ms for
// 10,000 partitions on the bench broker, 36 ms in chunks of 250 (bench/RESULTS.md). Chunks are
// run on a few threads so a remote cluster pays a few round trips per tick, not one per chunk.
constexpr size_t kOffsetChunk = 250;
constexpr size_t kOffsetThreads = 4;

} // namespace

struct KafkaClient::OffsetBatch {
    const std::vector<OffsetQuery>* queries = nullptr;
    std::vector<OffsetAnswer>* answers = nullptr;
    size_t begin = 0;
    size_t count = 0;
    qint64 doneMonotonicMs = 0;
    bool failed = false;
    Error error;
};

void KafkaClient::addOffsetBatches(std::vector<OffsetBatch>& batches,
                                   const std::vector<OffsetQuery>& queries,
                                   std::vector<OffsetAnswer>& answers) {
    answers.resize(queries.size());
    for (size_t begin = 0; begin < queries.size(); begin += kOffsetChunk) {
        OffsetBatch batch;
        batch.queries = &queries;
        batch.answers = &answers;
        batch.begin = begin;
        batch.count = std::min(kOffsetChunk, queries.size() - begin);
        batches.push_back(std::move(batch));
    }
}

void KafkaClient::runOffsetBatches(std::vector<OffsetBatch>& batches, int timeoutMs) {
    QElapsedTimer elapsed;
    elapsed.start();
    std::atomic<size_t> next{0};
    // Batches are picked up in order: callers put what must be read first (end offsets) first.
    auto work = [&] {
        for (size_t i; (i = next.fetch_add(1)) < batches.size();) {
            OffsetBatch& b = batches[i];
            const int remaining = std::max(1, timeoutMs - static_cast<int>(elapsed.elapsed()));
            auto answered = queryOffsetsOnce(b.queries->data() + b.begin, b.count, remaining);
            b.doneMonotonicMs = monotonicNowMs();
            if (answered) {
                std::move(answered->begin(), answered->end(),
                          b.answers->begin() + static_cast<std::ptrdiff_t>(b.begin));
                continue;
            }
            // The whole batch failed: its partitions are unreadable, the others are not.
            b.failed = true;
            b.error = answered.error();
            for (size_t q = b.begin; q < b.begin + b.count; ++q) {
                const OffsetQuery& query = (*b.queries)[q];
                (*b.answers)[q] =
                    OffsetAnswer{query.topic, query.partition, kUnknownOffset,
                                 b.error.code != 0 ? b.error.code : RD_KAFKA_RESP_ERR__FAIL};
            }
        }
    };
    std::vector<std::jthread> helpers;
    for (size_t t = 1; t < std::min(kOffsetThreads, batches.size()); ++t)
        helpers.emplace_back(work);
    work();
}

Expected<std::vector<OffsetAnswer>>
KafkaClient::queryOffsets(const std::vector<OffsetQuery>& queries, int timeoutMs) {
    if (queries.size() <= kOffsetChunk)
        return queryOffsetsOnce(queries.data(), queries.size(), timeoutMs);
    std::vector<OffsetAnswer> answers;
    std::vector<OffsetBatch> batches;
    addOffsetBatches(batches, queries, answers);
    runOffsetBatches(batches, timeoutMs);
    if (std::all_of(batches.begin(), batches.end(), [](const OffsetBatch& b) { return b.failed; }))
        return batches.front().error;
    return answers;
}

Expected<std::vector<OffsetAnswer>> KafkaClient::queryOffsetsOnce(const OffsetQuery* queries,
                                                                  size_t count, int timeoutMs) {
    std::vector<OffsetAnswer> answers;
    if (count == 0)
        return answers;
    rd::PartitionList list(rd_kafka_topic_partition_list_new(static_cast<int>(count)));
    if (!list)
        return constructorError("rd_kafka_topic_partition_list_new");
    // Keep the UTF-8 names alive; the list copies them, but convert each name only once.
    QByteArray lastName;
    QString lastTopic;
    for (size_t i = 0; i < count; ++i) {
        const auto& q = queries[i];
        if (q.topic != lastTopic) {
            lastTopic = q.topic;
            lastName = q.topic.toUtf8();
        }
        auto* tp = rd_kafka_topic_partition_list_add(list.get(), lastName.constData(), q.partition);
        tp->offset = q.timestampMs;
    }
    const auto err = rd_kafka_offsets_for_times(m_handle.get(), list.get(), timeoutMs);
    pollEvents();
    // A partition was answered when it has its own error or its offset changed from the query's
    // timestamp. librdkafka returns the first partition error (e.g. NOT_LEADER while a leader
    // moves, UNKNOWN_TOPIC while a topic is deleted) as the call's result, but the other
    // partitions were answered fine: one bad partition must not blank out the whole cluster.
    auto answered = [&](int i) {
        const auto& tp = list->elems[i];
        return tp.err != RD_KAFKA_RESP_ERR_NO_ERROR ||
               tp.offset != queries[static_cast<size_t>(i)].timestampMs;
    };
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        bool any = false;
        for (int i = 0; i < list->cnt && !any; ++i)
            any = answered(i);
        if (!any)
            return errorFrom(err); // nothing came back: the request as a whole failed
    }
    answers.reserve(count);
    for (int i = 0; i < list->cnt; ++i) {
        const auto& tp = list->elems[i];
        OffsetAnswer a;
        a.topic = queries[static_cast<size_t>(i)].topic;
        a.partition = tp.partition;
        a.errorCode = tp.err;
        if (!answered(i))
            a.errorCode = err != RD_KAFKA_RESP_ERR_NO_ERROR ? err : RD_KAFKA_RESP_ERR__TIMED_OUT;
        a.offset = a.errorCode == 0 ? tp.offset : kUnknownOffset;
        answers.push_back(a);
    }
    return answers;
}

Status KafkaClient::fillOffsets(ClusterMetadata& metadata, int timeoutMs) {
    std::vector<OffsetQuery> endQueries;
    endQueries.reserve(static_cast<size_t>(metadata.partitionCount()));
    for (const auto& t : metadata.topics)
        for (const auto& p : t.partitions)
            endQueries.push_back(OffsetQuery{t.name, p.partition, kLatestOffsetQuery});
    std::vector<OffsetQuery> startQueries = endQueries;
    for (auto& q : startQueries)
        q.timestampMs = kEarliestOffsetQuery;

    // End and start offsets in one parallel run, end offsets first (they carry the rates).
    std::vector<OffsetAnswer> ends;
    std::vector<OffsetAnswer> starts;
    std::vector<OffsetBatch> batches;
    addOffsetBatches(batches, endQueries, ends);
    const size_t endBatches = batches.size();
    addOffsetBatches(batches, startQueries, starts);
    const qint64 before = monotonicNowMs();
    const QDateTime wallBefore = QDateTime::currentDateTimeUtc();
    runOffsetBatches(batches, timeoutMs);
    // The end offsets were read somewhere between the start and the last end batch's answer:
    // the midpoint is the best estimate of the sample time, on both clocks.
    qint64 endsDone = before;
    for (size_t i = 0; i < endBatches; ++i)
        endsDone = std::max(endsDone, batches[i].doneMonotonicMs);
    metadata.sampledAtMonotonicMs = (before + endsDone) / 2;
    metadata.sampledAt = wallBefore.addMSecs((endsDone - before) / 2);
    if (!batches.empty() &&
        std::all_of(batches.begin(), batches.begin() + static_cast<std::ptrdiff_t>(endBatches),
                    [](const OffsetBatch& b) { return b.failed; })) {
        // Nothing readable: every partition says why, rather than just holding -1.
        const int failure = batches.front().error.code;
        const int code = failure != 0 ? failure : RD_KAFKA_RESP_ERR__FAIL;
        for (auto& t : metadata.topics)
            for (auto& p : t.partitions)
                p.offsetErrorCode = code;
        return batches.front().error;
    }
    size_t i = 0;
    for (auto& t : metadata.topics) {
        for (auto& p : t.partitions) {
            const auto& end = ends[i];
            const auto& start = starts[i];
            ++i;
            p.endOffset = end.offset;
            p.startOffset = start.offset;
            p.offsetErrorCode = end.errorCode ? end.errorCode : start.errorCode;
            if (p.offsetErrorCode) {
                p.startOffset = kUnknownOffset;
                p.endOffset = kUnknownOffset;
            }
        }
    }
    return {};
}

} // namespace streamscope
