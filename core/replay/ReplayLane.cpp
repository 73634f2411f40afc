#include "replay/ReplayLane.h"

#include "kafka/TransactionalProducer.h"
#include "replay/RecordDigest.h"
#include "replay/ReplayBuffers.h"
#include "replay/ReplayEngine.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <string>
#include <thread>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Replay)
};

// The lane wakes for this many new rows at once (or a sealed buffer, or its wait's end), so a
// lane faster than the reader is not woken once per record.
constexpr size_t kWakeRows = 512;
// The longest a lane waits before looking at pause, cancel and the transaction's age again.
constexpr int kIdleWaitMs = 20;
// Delivery reports are served every this many records produced.
constexpr int kPollEvery = 1024;
// While producing, the open transaction's age is looked at every this many records (a divisor
// of kPollEvery).
constexpr int kAgeCheckEvery = 128;
static_assert(kPollEvery % kAgeCheckEvery == 0);

} // namespace

// A replayed record as the target gets it: the source's key, value and headers byte for byte,
// then the provenance headers, the original timestamp or the producer's clock. Produced from a
// buffer's row without copying the value (librdkafka copies key and headers into its message).
class ReplayLane::RecordProducer {
public:
    RecordProducer(TransactionalProducer& producer, const ReplayOptions& options,
                   QByteArray replayId, const QString& sourceTopic)
        : m_producer(producer)
        , m_options(options)
        , m_replayId(std::move(replayId))
        , m_sourcePrefix(sourceTopic.toUtf8() + '/') {}

    // The value's bytes must stay unchanged until the transaction is committed or aborted.
    Status produce(const MessageView& source, int targetPartition) {
        m_headers.clear();
        source.forEachHeader([this](QByteArrayView name, const MaybeBytes& value) {
            m_headers.push_back(RecordHeaderView{name, value});
        });
        if (m_options.provenance) {
            // "<source topic>/<partition>/<offset>"; librdkafka copies header values.
            m_source.assign(m_sourcePrefix.constData(), size_t(m_sourcePrefix.size()));
            appendNumber(source.partition);
            m_source += '/';
            appendNumber(source.offset);
            m_headers.push_back(
                RecordHeaderView{QByteArrayView(kReplayIdHeader), MaybeBytes::of(m_replayId)});
            m_headers.push_back(
                RecordHeaderView{QByteArrayView(kReplaySourceHeader),
                                 MaybeBytes{m_source.data(), qsizetype(m_source.size()), false}});
        }
        RecordView out;
        out.key = source.key;
        out.value = source.value;
        if (m_options.timestamps == ReplayTimestamps::Original && source.timestampMs > 0)
            out.timestampMs = source.timestampMs;
        out.headers = m_headers.data();
        out.headerCount = qsizetype(m_headers.size());
        return m_producer.produceBorrowed(out, targetPartition);
    }

private:
    void appendNumber(qint64 n) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof(digits), n).ptr;
        m_source.append(digits, end);
    }

    TransactionalProducer& m_producer;
    const ReplayOptions& m_options;
    const QByteArray m_replayId;
    const QByteArray m_sourcePrefix;
    std::vector<RecordHeaderView> m_headers; // reused: no allocation per record
    std::string m_source;
};

ReplayLane::ReplayLane(std::unique_ptr<TransactionalProducer> producer, ReplayBufferQueue& queue,
                       const ReplayOptions& options, ReplayControl& control,
                       ReplayLaneSignals& shared, QByteArray replayId, const QString& sourceTopic)
    : m_queue(queue)
    , m_producer(std::move(producer))
    , m_out(
          std::make_unique<RecordProducer>(*m_producer, options, std::move(replayId), sourceTopic))
    , m_options(options)
    , m_control(control)
    , m_shared(shared) {}

ReplayLane::~ReplayLane() = default;

void ReplayLane::run() {
    for (;;) {
        if (stopRequested()) {
            abortOpen();
            break;
        }
        if (m_control.isPaused()) {
            // Pause commits what was produced and waits; the buffers keep what was read ahead.
            if (!commitOpen())
                break;
            while (m_control.isPaused() && !stopRequested())
                std::this_thread::sleep_for(std::chrono::milliseconds(kIdleWaitMs));
            continue;
        }
        if (!produceAvailable())
            break;
        if (commitDue()) {
            if (!commitOpen())
                break;
            continue;
        }
        if (!m_current && m_queue.drained()) {
            // The reader finished and everything it read was produced.
            commitOpen();
            break;
        }
        int waitMs = kIdleWaitMs;
        if (m_inTransaction)
            waitMs = int(std::clamp<qint64>(m_options.chunkMaxMs - m_age.elapsed(), 1, waitMs));
        if (m_current)
            m_queue.waitForRows(*m_current, m_current->produced + kWakeRows, waitMs);
        else
            m_queue.waitForBuffer(waitMs);
    }
    // Ended by a failure with a transaction open: it must never become visible.
    abortOpen();
    m_done.store(true);
}

// Produces every row the reader published so far, buffer after buffer; returns early when a
// transaction is due for a commit or the user paused or cancelled. False on failure.
bool ReplayLane::produceAvailable() {
    int sincePoll = 0;
    for (;;) {
        if (!m_current) {
            m_current = m_queue.take(0);
            if (!m_current)
                return true;
        }
        ReplayBuffer& buffer = *m_current;
        // Sealed first: once it is seen set, the size read after it is final.
        const bool sealed = buffer.sealed.load();
        const size_t available = buffer.store.size();
        while (buffer.produced < available) {
            if (!produceRow(buffer, buffer.produced))
                return false;
            ++buffer.produced;
            // The transaction's age is read from the clock only every kAgeCheckEvery records
            // (and whenever the lane waits): a clock read per record was measurable.
            if (commitDue((sincePoll + 1) % kAgeCheckEvery == 0))
                return true;
            if (++sincePoll == kPollEvery) {
                sincePoll = 0;
                m_producer->poll();
                if (stopRequested() || m_control.isPaused())
                    return true;
            }
        }
        if (!sealed)
            return true;
        moveOnFrom(m_current);
        m_current = nullptr;
    }
}

bool ReplayLane::produceRow(ReplayBuffer& buffer, size_t row) {
    if (!m_inTransaction && !begin())
        return false;
    const ReplayRowInfo& info = buffer.rows[row];
    if (auto s = m_out->produce(buffer.store.view(row), info.targetPartition); !s) {
        if (stopRequested())
            return false;
        // A produce refused locally (e.g. too large): the transaction cannot be completed.
        fail(Tr::tr("A record could not be queued: %1").arg(s.error().message));
        return false;
    }
    if (!m_open.empty() && m_open.back().buffer == &buffer && m_open.back().end == row)
        m_open.back().end = row + 1;
    else
        m_open.push_back(Span{&buffer, row, row + 1});
    ++m_openRows;
    m_openBytes += info.bytes;
    m_result.produced += 1;
    m_produced.fetch_add(1, std::memory_order_relaxed);
    return true;
}

bool ReplayLane::commitDue(bool checkAge) const {
    if (!m_inTransaction)
        return false;
    return m_openRows >= m_options.chunkRecords || m_openBytes >= m_options.chunkBytes ||
           (checkAge && m_age.elapsed() >= m_options.chunkMaxMs) ||
           // Every buffer holds records of this transaction: only a commit frees one.
           (m_queue.readerStarved() && !m_finishedBuffers.empty());
}

bool ReplayLane::stopRequested() const {
    return m_control.isCancelled() || m_shared.abortAll.load();
}

void ReplayLane::moveOnFrom(ReplayBuffer* buffer) {
    const bool inOpenTransaction = std::any_of(
        m_open.begin(), m_open.end(), [buffer](const Span& s) { return s.buffer == buffer; });
    if (inOpenTransaction)
        m_finishedBuffers.push_back(buffer); // handed back once committed
    else
        m_queue.recycle(buffer);
}

void ReplayLane::releaseCommitted() {
    for (ReplayBuffer* buffer : m_finishedBuffers)
        m_queue.recycle(buffer);
    m_finishedBuffers.clear();
}

bool ReplayLane::begin() {
    TxnStatus begun = m_producer->begin();
    if (!begun.ok()) {
        fail(Tr::tr("Cannot begin a transaction: %1").arg(begun.status.error().message));
        return false;
    }
    m_inTransaction = true;
    m_age.restart();
    return true;
}

// Commits the open transaction, aborting it and writing its records again after broker trouble.
bool ReplayLane::commitOpen() {
    if (!m_inTransaction)
        return true;
    QElapsedTimer trouble;
    auto outOfBudget = [&] {
        if (!trouble.isValid())
            trouble.start();
        return trouble.elapsed() > m_options.brokerTroubleBudgetMs || m_control.isCancelled();
    };
    for (;;) {
        TxnStatus outcome = m_producer->commit(m_options.timeoutMs);
        if (outcome.ok())
            break;
        const QString why = outcome.status.error().message;
        if (outcome.fatal || (!outcome.retriable && !outcome.requiresAbort)) {
            fail(Tr::tr("The transaction could not be committed: %1").arg(why));
            return false;
        }
        if (outOfBudget()) {
            fail(Tr::tr("The target cluster stayed unavailable; gave up: %1").arg(why));
            abortOpen();
            return false;
        }
        if (outcome.retriable && !outcome.requiresAbort) {
            note(Tr::tr("Commit of a chunk of %n record(s) failed, retrying: %1", nullptr,
                        int(m_openRows))
                     .arg(why));
            continue;
        }
        note(Tr::tr("A chunk of %n record(s) was aborted after broker trouble and written "
                    "again: %1",
                    nullptr, int(m_openRows))
                 .arg(why));
        if (!abortWithRetries(outOfBudget))
            return false;
        m_result.aborted += m_openRows;
        ++m_result.retriedTransactions;
        m_inTransaction = false;
        if (!begin())
            return false;
        for (const Span& span : m_open)
            for (size_t row = span.begin; row < span.end; ++row)
                if (auto s = m_out->produce(span.buffer->store.view(row),
                                            span.buffer->rows[row].targetPartition);
                    !s) {
                    fail(s.error().message);
                    return false;
                }
    }
    m_inTransaction = false;
    ++m_result.transactions;
    m_result.committed += m_openRows;
    m_committedCount.fetch_add(m_openRows, std::memory_order_relaxed);
    if (m_options.verify)
        for (const Span& span : m_open)
            for (size_t row = span.begin; row < span.end; ++row) {
                const ReplayRowInfo& info = span.buffer->rows[row];
                m_result.committedDigests[info.targetPartition].push_back(info.digest);
            }
    m_open.clear();
    m_openRows = 0;
    m_openBytes = 0;
    releaseCommitted(); // delivered: librdkafka holds no reference any more
    return true;
}

// Cancel or failure: the open transaction is aborted and never visible.
void ReplayLane::abortOpen() {
    if (!m_inTransaction)
        return;
    m_result.aborted += m_openRows;
    QElapsedTimer t;
    t.start();
    // After a failed abort the buffers stay as they are (librdkafka may still refer to them until
    // the producer is destroyed); the lane ends here either way.
    if (!abortWithRetries([&] { return t.elapsed() > m_options.brokerTroubleBudgetMs; }))
        note(Tr::tr("The open transaction could not be aborted; the broker aborts it when "
                    "its timeout expires. Its records are never visible to read_committed "
                    "readers."));
    m_inTransaction = false;
    m_open.clear();
    m_openRows = 0;
    m_openBytes = 0;
}

template <typename OutOfBudget> bool ReplayLane::abortWithRetries(OutOfBudget outOfBudget) {
    for (;;) {
        TxnStatus aborted = m_producer->abort(m_options.timeoutMs);
        if (aborted.ok())
            return true;
        if (aborted.fatal || !aborted.retriable || outOfBudget()) {
            fail(Tr::tr("The transaction could not be aborted: %1")
                     .arg(aborted.status.error().message));
            m_inTransaction = false;
            return false;
        }
    }
}

void ReplayLane::fail(const QString& reason) {
    if (!m_result.failed) {
        m_result.failed = true;
        m_result.reason = reason;
    }
    m_shared.abortAll.store(true);
    m_queue.stop();
}

void ReplayLane::note(const QString& event) {
    if (m_result.events.size() < 50)
        m_result.events.append(event);
}

} // namespace streamscope
