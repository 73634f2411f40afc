// Evaluation of a compiled filter: over one message (MessageView), and over a store range split
// across worker threads. JSON fields are read with simdjson's On-Demand API straight from the
// store's arena (padded), without building a DOM.
#include "browse/Filter.h"
#include "browse/FilterProgram.h"
#include "browse/MessageStore.h"

#include <QThread>

#include <simdjson.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstring>
#include <thread>

namespace streamscope {

namespace od = simdjson::ondemand;

struct FilterScratch::Impl {
    od::parser parser;
    od::document document;
    std::string padded; // a copy of an unpadded value (a record in flight)
    enum class Json { Unread, Ready, Invalid } json = Json::Unread;
};

FilterScratch::FilterScratch()
    : m_impl(std::make_unique<Impl>()) {}
FilterScratch::~FilterScratch() = default;

namespace {

template <typename T> bool ordered(T a, T b, FilterOp op) {
    switch (op) {
    case FilterOp::Eq:
    case FilterOp::In:
        return a == b;
    case FilterOp::Ne:
        return a != b;
    case FilterOp::Lt:
        return a < b;
    case FilterOp::Le:
        return a <= b;
    case FilterOp::Gt:
        return a > b;
    case FilterOp::Ge:
        return a >= b;
    default:
        return false;
    }
}

std::optional<double> wholeNumber(std::string_view text) {
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// The equality-like core of an operator: Ne is evaluated as "present and not Eq" by callers.
FilterOp positive(FilterOp op) {
    return op == FilterOp::Ne || op == FilterOp::In ? FilterOp::Eq : op;
}

bool compareNumber(double x, bool xInteger, qint64 xi, FilterOp op, const FilterLiteral& l) {
    if (l.kind != FilterLiteral::Kind::Number)
        return false;
    if (xInteger && l.isInteger)
        return ordered(xi, l.integer, op);
    return ordered(x, l.number, op);
}

// Text (bytes) against one literal; op is never Ne or In here.
bool compareText(std::string_view text, FilterOp op, const FilterLiteral& l,
                 const FilterNode& node) {
    switch (l.kind) {
    case FilterLiteral::Kind::Null:
        return false;
    case FilterLiteral::Kind::Bool:
        return op == FilterOp::Eq && text == l.text;
    case FilterLiteral::Kind::Number:
        if (op == FilterOp::Contains)
            return text.find(l.text) != std::string_view::npos;
        if (op == FilterOp::Matches)
            return false;
        // Numbers sent as strings ("42") compare as numbers.
        if (const auto n = wholeNumber(text))
            return ordered(*n, l.number, op);
        return false;
    case FilterLiteral::Kind::String:
        break;
    }
    switch (op) {
    case FilterOp::Contains:
        return text.find(l.text) != std::string_view::npos;
    case FilterOp::Matches:
        return node.regex &&
               node.regex->match(QString::fromUtf8(text.data(), qsizetype(text.size()))).hasMatch();
    default:
        return ordered(text.compare(l.text), 0, op);
    }
}

// A raw JSON number against a literal: numerically when the literal is (or reads as) a number,
// else by its text.
bool compareJsonNumber(od::value& v, FilterOp op, const FilterLiteral& l, const FilterNode& node) {
    std::string_view raw = v.raw_json_token();
    while (!raw.empty() &&
           (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\r' || raw.back() == '\t'))
        raw.remove_suffix(1);
    if (op == FilterOp::Contains || op == FilterOp::Matches)
        return compareText(raw, op, l, node);
    std::optional<double> literalNumber;
    bool literalInteger = false;
    qint64 literalInt = 0;
    if (l.kind == FilterLiteral::Kind::Number) {
        literalNumber = l.number;
        literalInteger = l.isInteger;
        literalInt = l.integer;
    } else if (l.kind == FilterLiteral::Kind::String) {
        literalNumber = wholeNumber(l.text);
        if (!literalNumber)
            return op == FilterOp::Eq && raw == l.text;
    } else {
        return false;
    }
    if (literalInteger) {
        int64_t i = 0;
        if (v.get_int64().get(i) == simdjson::SUCCESS)
            return ordered(qint64(i), literalInt, op);
    }
    double d = 0;
    if (v.get_double().get(d) != simdjson::SUCCESS)
        return false;
    return ordered(d, *literalNumber, op);
}

// A scalar JSON value against one literal (op never Ne/In).
bool compareJsonScalar(od::value& v, od::json_type type, FilterOp op, const FilterLiteral& l,
                       const FilterNode& node) {
    switch (type) {
    case od::json_type::string: {
        std::string_view s;
        if (v.get_string().get(s) != simdjson::SUCCESS)
            return false;
        return compareText(s, op, l, node);
    }
    case od::json_type::number:
        return compareJsonNumber(v, op, l, node);
    case od::json_type::boolean: {
        bool b = false;
        if (v.get_bool().get(b) != simdjson::SUCCESS)
            return false;
        if (l.kind == FilterLiteral::Kind::Bool)
            return op == FilterOp::Eq && b == l.boolean;
        if (l.kind == FilterLiteral::Kind::String)
            return compareText(b ? "true" : "false", op, l, node);
        return false;
    }
    case od::json_type::null:
        return op == FilterOp::Eq && l.kind == FilterLiteral::Kind::Null;
    default:
        return false;
    }
}

class Evaluator {
public:
    Evaluator(const MessageView& m, FilterScratch::Impl& scratch)
        : m_message(m)
        , m_scratch(scratch) {}

    bool eval(const FilterNode& n) {
        switch (n.kind) {
        case FilterNode::Kind::True:
            return true;
        case FilterNode::Kind::And:
            return eval(*n.left) && eval(*n.right);
        case FilterNode::Kind::Or:
            return eval(*n.left) || eval(*n.right);
        case FilterNode::Kind::Not:
            return !eval(*n.left);
        case FilterNode::Kind::Present:
            return present(n);
        case FilterNode::Kind::Compare:
            return compare(n);
        }
        return false;
    }

private:
    od::document* document() {
        using Json = FilterScratch::Impl::Json;
        if (m_scratch.json == Json::Unread) {
            m_scratch.json = Json::Invalid;
            const MaybeBytes& v = m_message.value;
            if (v.null)
                return nullptr;
            simdjson::error_code error;
            if (m_message.valuePadded) {
                error = m_scratch.parser
                            .iterate(v.data, size_t(v.size),
                                     size_t(v.size) + size_t(MessageView::kJsonPadding))
                            .get(m_scratch.document);
            } else {
                m_scratch.padded.assign(v.data, size_t(v.size));
                m_scratch.padded.append(size_t(MessageView::kJsonPadding), ' ');
                error =
                    m_scratch.parser
                        .iterate(m_scratch.padded.data(), size_t(v.size), m_scratch.padded.size())
                        .get(m_scratch.document);
            }
            if (error == simdjson::SUCCESS)
                m_scratch.json = Json::Ready;
        }
        return m_scratch.json == Json::Ready ? &m_scratch.document : nullptr;
    }

    bool jsonAt(const FilterNode& n, od::value* out) {
        od::document* doc = document();
        if (!doc)
            return false;
        // An error deep in a broken document (unclosed, truncated) leaves the iterator dead;
        // rewinding it then would crash: every further field of this message is missing.
        if (!doc->is_alive()) {
            m_scratch.json = FilterScratch::Impl::Json::Invalid;
            return false;
        }
        return doc->at_pointer(n.jsonPointer).get(*out) == simdjson::SUCCESS;
    }

    bool present(const FilterNode& n) {
        switch (n.field) {
        case FilterField::Topic:
        case FilterField::Partition:
        case FilterField::Offset:
        case FilterField::Size:
            return true;
        case FilterField::Timestamp:
            return m_message.timestampMs >= 0;
        case FilterField::Key:
            return !m_message.key.null;
        case FilterField::Value:
            return !m_message.value.null;
        case FilterField::Header:
            return m_message.header(QByteArrayView(n.headerName)).has_value();
        case FilterField::Json: {
            od::value v;
            return jsonAt(n, &v);
        }
        }
        return false;
    }

    // Any literal (of an `in` set, or the one) satisfies the positive operator.
    template <typename F> static bool anyLiteral(const FilterNode& n, F&& test) {
        for (const auto& l : n.literals)
            if (test(l))
                return true;
        return false;
    }

    bool compare(const FilterNode& n) {
        const FilterOp op = positive(n.op);
        const bool negate = n.op == FilterOp::Ne;
        switch (n.field) {
        case FilterField::Partition:
            return number(m_message.partition, n, op, negate);
        case FilterField::Offset:
            return number(m_message.offset, n, op, negate);
        case FilterField::Size:
            return number(m_message.payloadBytes(), n, op, negate);
        case FilterField::Timestamp:
            if (m_message.timestampMs < 0)
                return false;
            return number(m_message.timestampMs, n, op, negate);
        case FilterField::Topic:
            return bytes(MaybeBytes{m_message.topicUtf8 ? m_message.topicUtf8->constData() : "",
                                    m_message.topicUtf8 ? m_message.topicUtf8->size() : 0, false},
                         n, op, negate);
        case FilterField::Key:
            return bytes(m_message.key, n, op, negate);
        case FilterField::Value:
            return bytes(m_message.value, n, op, negate);
        case FilterField::Header: {
            const auto h = m_message.header(QByteArrayView(n.headerName));
            if (!h)
                return false;
            return bytes(*h, n, op, negate);
        }
        case FilterField::Json:
            return json(n, op, negate);
        }
        return false;
    }

    static bool number(qint64 x, const FilterNode& n, FilterOp op, bool negate) {
        const bool hit = anyLiteral(
            n, [&](const FilterLiteral& l) { return compareNumber(double(x), true, x, op, l); });
        return negate ? !hit : hit;
    }

    static bool bytes(const MaybeBytes& b, const FilterNode& n, FilterOp op, bool negate) {
        const bool hit = anyLiteral(n, [&](const FilterLiteral& l) {
            if (l.kind == FilterLiteral::Kind::Null)
                return op == FilterOp::Eq && b.null;
            if (b.null)
                return false;
            return compareText(std::string_view(b.data, size_t(b.size)), op, l, n);
        });
        if (b.null && !negate)
            return hit;
        if (b.null) // != on a null: only "!= null" is decided (false); others: missing
            return false;
        return negate ? !hit : hit;
    }

    bool json(const FilterNode& n, FilterOp op, bool negate) {
        od::value v;
        if (!jsonAt(n, &v))
            return false;
        od::json_type type;
        if (v.type().get(type) != simdjson::SUCCESS)
            return false;
        bool hit = false;
        if (type == od::json_type::array) {
            // contains on an array: one of its elements equals the literal.
            if (op == FilterOp::Contains) {
                od::array array;
                if (v.get_array().get(array) != simdjson::SUCCESS)
                    return false;
                for (auto element : array) {
                    od::value e;
                    od::json_type et;
                    if (element.get(e) != simdjson::SUCCESS ||
                        e.type().get(et) != simdjson::SUCCESS)
                        return false;
                    if (et == od::json_type::array || et == od::json_type::object)
                        continue;
                    if (compareJsonScalar(e, et, FilterOp::Eq, n.literals.front(), n)) {
                        hit = true;
                        break;
                    }
                }
            }
            return negate ? !hit : hit;
        }
        if (type == od::json_type::object)
            return negate;
        // A scalar can be read once: compare against each literal of a set in turn by
        // re-reading it through the pointer when there is more than one.
        for (size_t i = 0; i < n.literals.size() && !hit; ++i) {
            if (i > 0 && (!jsonAt(n, &v) || v.type().get(type) != simdjson::SUCCESS))
                return false;
            hit = compareJsonScalar(v, type, op, n.literals[i], n);
        }
        return negate ? !hit : hit;
    }

    const MessageView& m_message;
    FilterScratch::Impl& m_scratch;
};

} // namespace

bool CompiledFilter::matches(const MessageView& message, FilterScratch& scratch) const {
    if (!m_program)
        return true;
    scratch.impl().json = FilterScratch::Impl::Json::Unread;
    return Evaluator(message, scratch.impl()).eval(*m_program->root);
}

bool CompiledFilter::matches(const MessageView& message) const {
    thread_local FilterScratch scratch;
    return matches(message, scratch);
}

std::vector<quint32> CompiledFilter::matchingRows(const MessageStore& store, size_t begin,
                                                  size_t end, const CancelToken& cancel,
                                                  int threads) const {
    return matchingRows(store, begin, end, cancel, threads, RowView());
}

std::vector<quint32> CompiledFilter::matchingRows(const MessageStore& store, size_t begin,
                                                  size_t end, const CancelToken& cancel,
                                                  int threads, const RowView& rowView) const {
    end = std::min(end, store.size());
    std::vector<quint32> rows;
    if (begin >= end)
        return rows;
    if (!m_program) {
        rows.resize(end - begin);
        for (size_t r = begin; r < end; ++r)
            rows[r - begin] = quint32(r);
        return rows;
    }
    // Slices small enough to balance and to see a cancel quickly, big enough to amortise.
    constexpr size_t kSlice = 8192;
    const size_t slices = (end - begin + kSlice - 1) / kSlice;
    std::vector<std::vector<quint32>> found(slices);
    std::atomic<size_t> nextSlice{0};
    auto work = [&] {
        FilterScratch scratch;
        for (;;) {
            const size_t s = nextSlice.fetch_add(1);
            if (s >= slices || cancel.isCancelled())
                return;
            const size_t from = begin + s * kSlice;
            const size_t to = std::min(end, from + kSlice);
            auto& out = found[s];
            for (size_t r = from; r < to; ++r)
                if (matches(rowView ? rowView(store, r) : store.view(r), scratch))
                    out.push_back(quint32(r));
        }
    };
    int n = threads > 0 ? threads : QThread::idealThreadCount();
    n = int(std::clamp<size_t>(size_t(std::max(n, 1)), 1, slices));
    std::vector<std::thread> workers;
    for (int i = 1; i < n; ++i)
        workers.emplace_back(work);
    work();
    for (auto& w : workers)
        w.join();
    size_t total = 0;
    for (const auto& f : found)
        total += f.size();
    rows.reserve(total);
    for (const auto& f : found)
        rows.insert(rows.end(), f.begin(), f.end());
    return rows;
}

} // namespace streamscope
