#include "browse/BrowseFetch.h"

#include "browse/Filter.h"
#include "browse/MessageStore.h"
#include "kafka/KafkaClient.h"
#include "kafka/PartitionReader.h"

#include "browse/BrowseTr.h"

#include <algorithm>
#include <deque>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace streamscope {

namespace {

// Each read waits at most this long, so a cancel is seen within it.
constexpr int kReadWaitMs = 100;
// Reads that failed in a row before a browse gives up (about 10 s of a broker error that
// librdkafka could not recover from).
constexpr int kMaxFailedReads = 100;

// Where every partition starts and stops, from metadata, watermarks and offsets-for-times, asked
// through the reader's client (a second client would connect and bootstrap once more).
Expected<std::vector<PartitionRange>> resolveRanges(KafkaClient& client,
                                                    const BrowseRequest& request,
                                                    const BrowseFetchOptions& options) {
    auto md = client.fetchTopicMetadata({request.topic}, options.timeoutMs);
    if (!md)
        return md.error();
    const TopicInfo* topic = nullptr;
    for (const auto& t : md->topics)
        if (t.name == request.topic)
            topic = &t;
    if (!topic || topic->errorCode != 0 || topic->partitions.empty())
        return streamscopeError(BrowseTr::tr("topic \"%1\" does not exist").arg(request.topic));
    if (auto status = client.fillOffsets(*md, options.timeoutMs); !status)
        return status.error();
    topic = nullptr;
    for (const auto& t : md->topics)
        if (t.name == request.topic)
            topic = &t;
    if (!topic)
        return streamscopeError(BrowseTr::tr("topic \"%1\" does not exist").arg(request.topic));

    std::vector<int> partitions = request.partitions;
    const auto& startOffsets = request.start.partitionOffsets;
    const bool perPartitionStart =
        request.start.mode == BrowseStart::Mode::Offset && !startOffsets.empty();
    if (!request.offsetRanges.empty()) {
        partitions.clear();
        for (const auto& range : request.offsetRanges)
            partitions.push_back(range.partition);
    } else if (perPartitionStart) { // offset:P=N,… reads the partitions it names (and any listed)
        for (const auto& [partition, offset] : startOffsets)
            partitions.push_back(partition);
    }
    if (partitions.empty())
        for (const auto& p : topic->partitions)
            partitions.push_back(p.partition);
    std::sort(partitions.begin(), partitions.end());
    partitions.erase(std::unique(partitions.begin(), partitions.end()), partitions.end());

    std::vector<PartitionRange> ranges;
    std::vector<OffsetQuery> startTimes;
    std::vector<OffsetQuery> stopTimes;
    for (int id : partitions) {
        const PartitionInfo* p = topic->findPartition(id);
        if (!p)
            return streamscopeError(
                BrowseTr::tr("topic \"%1\" has no partition %2").arg(request.topic).arg(id));
        if (!p->offsetsKnown())
            return streamscopeError(BrowseTr::tr("the offsets of partition %1 of \"%2\" could "
                                                 "not be read")
                                        .arg(id)
                                        .arg(request.topic));
        PartitionRange r;
        r.topic = request.topic;
        r.partition = id;
        switch (request.start.mode) {
        case BrowseStart::Mode::Beginning:
            r.startOffset = p->startOffset;
            break;
        case BrowseStart::Mode::FromEnd:
            r.startOffset = std::max(p->startOffset, p->endOffset - request.start.value);
            break;
        case BrowseStart::Mode::Offset:
            if (!perPartitionStart)
                r.startOffset = std::clamp(request.start.value, p->startOffset, p->endOffset);
            else if (const auto it = startOffsets.find(id); it != startOffsets.end())
                r.startOffset = std::clamp(it->second, p->startOffset, p->endOffset);
            else
                r.startOffset = p->startOffset;
            break;
        case BrowseStart::Mode::Timestamp:
            startTimes.push_back(OffsetQuery{request.topic, id, request.start.value});
            r.startOffset = p->endOffset;
            break;
        }
        switch (request.stop.mode) {
        case BrowseStop::Mode::End:
        case BrowseStop::Mode::Count:
            r.endOffset = p->endOffset;
            break;
        case BrowseStop::Mode::Timestamp:
            stopTimes.push_back(OffsetQuery{request.topic, id, request.stop.value});
            r.endOffset = p->endOffset;
            break;
        case BrowseStop::Mode::Live:
            r.endOffset = PartitionRange::kFollowLog;
            break;
        case BrowseStop::Mode::Offset: {
            const auto& ends = request.stop.partitionOffsets;
            const auto it = ends.find(id);
            const qint64 end = ends.empty()       ? request.stop.value
                               : it != ends.end() ? it->second
                                                  : p->endOffset;
            r.endOffset = std::clamp(end, r.startOffset, p->endOffset);
            break;
        }
        }
        // Exact offsets per partition replace the start and bound the end.
        for (const auto& exact : request.offsetRanges)
            if (exact.partition == id) {
                r.startOffset = std::clamp(exact.first, p->startOffset, p->endOffset);
                const qint64 end = std::clamp(exact.last + 1, r.startOffset, p->endOffset);
                r.endOffset =
                    r.endOffset == PartitionRange::kFollowLog ? end : std::min(r.endOffset, end);
                if (request.start.mode == BrowseStart::Mode::Timestamp)
                    startTimes.erase(
                        std::remove_if(startTimes.begin(), startTimes.end(),
                                       [id](const OffsetQuery& q) { return q.partition == id; }),
                        startTimes.end());
            }
        ranges.push_back(r);
    }
    // Offsets for times: the first offset stamped at or after the time; none (-1) is the end.
    auto applyTimes = [&](const std::vector<OffsetQuery>& queries, bool start) -> Status {
        if (queries.empty())
            return {};
        auto answers = client.queryOffsets(queries, options.timeoutMs);
        if (!answers)
            return answers.error();
        for (const auto& a : *answers) {
            if (a.errorCode != 0)
                return streamscopeError(BrowseTr::tr("offsets for a time of partition %1 could "
                                                     "not be read (error %2)")
                                            .arg(a.partition)
                                            .arg(a.errorCode));
            for (auto& r : ranges)
                if (r.partition == a.partition && a.offset >= 0) {
                    if (start)
                        r.startOffset = a.offset;
                    else
                        r.endOffset = std::min(r.endOffset, a.offset);
                }
        }
        return {};
    };
    if (auto s = applyTimes(startTimes, true); !s)
        return s.error();
    if (auto s = applyTimes(stopTimes, false); !s)
        return s.error();
    return ranges;
}

// Holds records back until the oldest can be told: a k-way merge on timestamps across
// partitions, per partition in offset order.
class TimestampMerge {
public:
    explicit TimestampMerge(const std::vector<PartitionRange>& ranges) {
        for (const auto& r : ranges)
            m_index.push_back(r.partition);
        m_queues.resize(ranges.size());
    }
    void add(ConsumedRecord&& record) {
        m_queues[slot(record.partition)].push_back(std::move(record));
    }
    // Hands out records while every partition that could still deliver an older one has one
    // waiting. waiting(i): partition i may still produce records before its log end.
    template <typename Waiting, typename Emit> bool drain(Waiting waiting, Emit emit) {
        for (;;) {
            size_t best = m_queues.size();
            for (size_t i = 0; i < m_queues.size(); ++i) {
                if (m_queues[i].empty()) {
                    if (waiting(m_index[i]))
                        return true;
                    continue;
                }
                if (best == m_queues.size() ||
                    m_queues[i].front().timestampMs < m_queues[best].front().timestampMs)
                    best = i;
            }
            if (best == m_queues.size())
                return true;
            ConsumedRecord r = std::move(m_queues[best].front());
            m_queues[best].pop_front();
            if (!emit(r))
                return false;
        }
    }

private:
    size_t slot(int partition) const {
        return size_t(std::find(m_index.begin(), m_index.end(), partition) - m_index.begin());
    }
    std::vector<int> m_index;
    std::vector<std::deque<ConsumedRecord>> m_queues;
};

} // namespace

BrowseSink storeSink(MessageStore& store) {
    return [&store](const MessageView& record) { return store.append(record); };
}

BrowseOutcome runBrowse(const ConnectionProfile& profile, const BrowseRequest& request,
                        const BrowseSink& sink, const CancelToken& cancel,
                        const BrowseFetchOptions& options) {
    BrowseOutcome outcome;
    auto fail = [&](Error error) {
        outcome.end = BrowseOutcome::End::Failed;
        outcome.error = std::move(error);
        return outcome;
    };
    // A larger prefetch than the reader's default: a browse reads as fast as the broker sends.
    PropertyList properties = PartitionReader::bulkReadProperties();
    properties += options.overrides;
    auto reader = PartitionReader::create(profile, properties);
    if (!reader)
        return fail(reader.error());
    auto ranges = resolveRanges((*reader)->client(), request, options);
    if (!ranges)
        return fail(ranges.error());
    for (const auto& r : *ranges)
        outcome.partitions.push_back(
            BrowsePartitionProgress{r.partition, r.startOffset, r.startOffset, r.endOffset});
    if (request.stop.mode == BrowseStop::Mode::Count && request.stop.value == 0) {
        outcome.end = BrowseOutcome::End::CountReached;
        return outcome;
    }
    if (auto s = (*reader)->assign(*ranges, options.timeoutMs); !s)
        return fail(s.error());

    const QByteArray topicUtf8 = request.topic.toUtf8();
    const CompiledFilter* filter =
        request.filter && !request.filter->matchesEverything() ? request.filter.get() : nullptr;
    FilterScratch scratch;
    const bool counted = request.stop.mode == BrowseStop::Mode::Count;
    // Passes one record through the filter to the sink; false ends the fetch (outcome.end set).
    auto deliver = [&](const MessageView& record) {
        if (filter &&
            !filter->matches(request.filterInput ? request.filterInput(record) : record, scratch))
            return true;
        if (!sink(record)) {
            outcome.end = BrowseOutcome::End::SinkStopped;
            return false;
        }
        ++outcome.recordsKept;
        if (counted && outcome.recordsKept >= request.stop.value) {
            outcome.end = BrowseOutcome::End::CountReached;
            return false;
        }
        return true;
    };
    auto deliverRecord = [&](const ConsumedRecord& record) {
        return deliver(MessageView::of(record, topicUtf8));
    };
    // Without merging, each record goes from librdkafka's fetch buffer through the filter to the
    // sink with no copy of ours; merging holds records back, so they are copied first.
    auto visit = [&](const RecordView& record) {
        ++outcome.recordsRead;
        outcome.bytesRead += record.payloadBytes();
        return deliver(MessageView::of(record, topicUtf8));
    };
    std::optional<TimestampMerge> merge;
    if (request.mergeByTimestamp)
        merge.emplace(*ranges);

    const ReadLimits limits{10000, 32 << 20, kReadWaitMs};
    int failedReads = 0;
    while (outcome.end == BrowseOutcome::End::Running) {
        if (cancel.isCancelled()) {
            outcome.end = BrowseOutcome::End::Cancelled;
            break;
        }
        auto batch = merge ? (*reader)->read(limits) : (*reader)->read(limits, visit);
        if (!batch) {
            // librdkafka retries broker trouble by itself; an error that persists for many reads
            // in a row with nothing read ends the browse.
            outcome.error = batch.error();
            if (++failedReads >= kMaxFailedReads)
                return fail(batch.error());
            continue;
        }
        failedReads = 0;
        for (auto& record : batch->records) {
            ++outcome.recordsRead;
            outcome.bytesRead += record.payloadBytes();
            merge->add(std::move(record));
        }
        if (merge && outcome.end == BrowseOutcome::End::Running) {
            const auto& progress = (*reader)->progress();
            auto waiting = [&](int partition) {
                for (const auto& p : progress)
                    if (p.partition == partition)
                        return !p.finished && !p.atLogEnd;
                return false;
            };
            merge->drain(waiting, deliverRecord);
        }
        for (const auto& p : (*reader)->progress())
            for (auto& mine : outcome.partitions)
                if (mine.partition == p.partition)
                    mine.nextOffset = std::max(mine.nextOffset, p.nextOffset);
        if (outcome.end == BrowseOutcome::End::Running && batch->finished) {
            if (merge)
                merge->drain([](int) { return false; }, deliverRecord);
            if (outcome.end == BrowseOutcome::End::Running)
                outcome.end = BrowseOutcome::End::Finished;
        }
        if (options.onProgress)
            options.onProgress(outcome);
    }
    reader->reset();
#ifdef __GLIBC__
    // The reader's prefetch (and the merge's copies) were freed, but glibc keeps freed heap (per
    // thread arenas) resident; the store's arenas are what should stay.
    malloc_trim(0);
#endif
    return outcome;
}

} // namespace streamscope
