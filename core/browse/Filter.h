#pragma once

#include "browse/MessageView.h"
#include "common/CancelToken.h"
#include "common/Expected.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace streamscope {

class MessageStore;
struct FilterProgram; // the compiled tree (FilterProgram.h, private to core/browse)
class FilterScratch;  // per-thread JSON parser and buffers

// Where and why an expression does not compile: the filter box underlines
// [position, position + length) and shows message and hint.
struct FilterError {
    int position = 0; // in UTF-16 code units of the expression (QString index)
    int length = 1;
    QString message;
    QString hint;          // what would be valid here; may be empty
    Error toError() const; // "position N: message (hint)"
};

// A display filter in the spirit of Wireshark's, compiled once and evaluated many times, on any
// number of threads at once (the compiled program is immutable; each thread brings a scratch).
//
//   fields     topic partition offset timestamp key value size header.NAME value.PATH
//              (value.order.items[0].sku: JSON, read on demand with simdjson, no DOM)
//   operators  == != < <= > >= contains matches in{a, b} and && or || not ! ( )
//              a bare field is true when present
//   literals   "strings" 'strings' numbers true false null 2026-12-02T10:00:00Z now-5m
//
// A field missing from a message (no such header, no such JSON path, a value that is not JSON)
// makes a comparison false, never an error. Full semantics in core/browse/README.md.
class CompiledFilter {
public:
    // nowMs: what `now` means (relative times are fixed at compile time); -1: the current time.
    static Expected<CompiledFilter> compile(const QString& expression, FilterError* error = nullptr,
                                            qint64 nowMs = -1);
    // Only the diagnosis, for the filter box while typing: nothing on success.
    static std::optional<FilterError> check(const QString& expression);

    const QString& expression() const { return m_expression; }
    // True when the expression is empty: every message matches.
    bool matchesEverything() const;
    // Reads JSON payloads (value.PATH), i.e. costs a parse per message.
    bool readsJson() const;

    // One message. The scratch belongs to the calling thread (reuse it across calls).
    bool matches(const MessageView& message, FilterScratch& scratch) const;
    // The same with a thread-local scratch.
    bool matches(const MessageView& message) const;

    // Rows in [begin, end) of the store that match, ascending. Splits the range over `threads`
    // workers (0: QThread::idealThreadCount()); safe while a fetch appends past `end`. Returns
    // what was found so far when cancelled.
    std::vector<quint32> matchingRows(const MessageStore& store, size_t begin, size_t end,
                                      const CancelToken& cancel = {}, int threads = 0) const;
    // The same, reading each row through rowView instead of store.view(row) (e.g. with Schema
    // Registry payloads decoded: schema/DecodedPayloads::overlay). Called on several threads.
    using RowView = std::function<MessageView(const MessageStore& store, size_t row)>;
    std::vector<quint32> matchingRows(const MessageStore& store, size_t begin, size_t end,
                                      const CancelToken& cancel, int threads,
                                      const RowView& rowView) const;

private:
    QString m_expression;
    std::shared_ptr<const FilterProgram> m_program;
};

// A JSON parser and buffers reused across messages by one thread.
class FilterScratch {
public:
    FilterScratch();
    ~FilterScratch();
    FilterScratch(const FilterScratch&) = delete;
    FilterScratch& operator=(const FilterScratch&) = delete;

    struct Impl;
    Impl& impl() { return *m_impl; }

private:
    std::unique_ptr<Impl> m_impl;
};

} // namespace streamscope
