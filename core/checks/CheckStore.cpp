#include "checks/CheckStore.h"

#include "browse/MessageStore.h"
#include "checks/BatchWindow.h"
#include "checks/EventChecks.h"
#include "checks/FactsBatch.h"
#include "checks/Prefetch.h"
#include "checks/RecordFacts.h"

#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

namespace streamscope {

namespace {

// The duplicate and order slots of the record this many rows ahead are asked for before its
// turn: a million identities do not fit in a cache, and by then the slots have arrived.
constexpr size_t kPrefetchDistance = 8;
constexpr size_t kProgressEvery = 65536;

// The facts were written by another core: asked for ahead, they are here when their turn (and
// the prefetch of their table slots, which reads them) comes.
void prefetchFacts(const RecordFacts& facts) {
    const char* bytes = reinterpret_cast<const char*>(&facts);
    for (size_t at = 0; at < sizeof(RecordFacts); at += 64)
        prefetchLine(bytes + at);
}

// The reading threads beside the caller. However checkStore is left (done, cancelled, an
// exception), the window is stopped first, so a reader waiting for a free slot returns, and then
// the threads are joined before the batches and the window they use go away.
class ReadAheadThreads {
public:
    explicit ReadAheadThreads(BatchWindow& window)
        : m_window(window) {}
    ~ReadAheadThreads() {
        m_window.stop();
        m_threads.clear(); // joins
    }
    ReadAheadThreads(const ReadAheadThreads&) = delete;
    ReadAheadThreads& operator=(const ReadAheadThreads&) = delete;

    template <typename Work> void start(Work work) { m_threads.emplace_back(std::move(work)); }

private:
    BatchWindow& m_window;
    std::vector<std::jthread> m_threads;
};

} // namespace

CheckReport checkStore(const MessageStore& store, const std::vector<size_t>& rows,
                       const CheckOptions& options, const CancelToken& cancel,
                       const CheckProgress& progress, const CheckStoreSplit& split) {
    const size_t total = rows.empty() ? store.size() : rows.size();
    const size_t batchRows = std::max<size_t>(1, split.batchRows);
    const size_t batchCount = (total + batchRows - 1) / batchRows;
    BatchWindow window(batchCount, std::max<size_t>(1, split.batchesAhead));
    std::vector<FactsBatch> batches(std::min(batchCount, std::max<size_t>(1, split.batchesAhead)));
    const auto firstRow = [&](size_t batch) { return batch * batchRows; };
    const auto endRow = [&](size_t batch) { return std::min(total, firstRow(batch) + batchRows); };
    const auto readBatch = [&](RecordReader& reader, size_t batch) {
        batches[window.slotOf(batch)].read(reader, store, rows, firstRow(batch), endRow(batch));
        window.markRead(batch);
    };

    const int threads = int(std::clamp<size_t>(
        size_t(split.threads > 0 ? split.threads : std::max(1, QThread::idealThreadCount())), 1,
        std::max<size_t>(1, batchCount)));
    ReadAheadThreads readers(window);
    for (int i = 1; i < threads; ++i) {
        readers.start([&] {
            RecordReader reader(options); // a parser per thread
            while (const auto batch = window.claim())
                readBatch(reader, *batch);
        });
    }

    EventChecks checks(options);
    checks.reserve(total);
    RecordReader reader(options); // the calling thread's share of the reading
    if (progress)
        progress(0, total);
    for (size_t batch = 0; batch < batchCount;) {
        if (cancel.isCancelled()) {
            window.stop();
            CheckReport report = checks.finish();
            report.cancelled = true;
            return report;
        }
        if (!window.isRead(batch)) {
            // Rather than wait for a reader, read a later batch here; wait only when none is
            // left to claim (or the window is full).
            if (const auto claimed = window.tryClaim())
                readBatch(reader, *claimed);
            else
                window.waitRead(batch);
            continue;
        }
        const FactsBatch& facts = batches[window.slotOf(batch)];
        const size_t first = firstRow(batch);
        for (size_t i = 0; i < facts.size(); ++i) {
            if (i + 2 * kPrefetchDistance < facts.size())
                prefetchFacts(facts[i + 2 * kPrefetchDistance]);
            if (i + kPrefetchDistance < facts.size())
                checks.prefetch(facts[i + kPrefetchDistance]);
            checks.addFacts(facts[i]);
        }
        window.markChecked(batch);
        const size_t done = endRow(batch);
        ++batch;
        if (progress && first / kProgressEvery != done / kProgressEvery)
            progress(done, total);
    }
    if (progress)
        progress(total, total);
    return checks.finish();
}

} // namespace streamscope
