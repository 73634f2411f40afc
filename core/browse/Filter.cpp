#include "browse/Filter.h"

#include "browse/MessageStore.h"

namespace streamscope {

// First commit: the API only. Empty expressions match everything; the language follows.
struct FilterProgram {};
struct FilterScratch::Impl {};

Error FilterError::toError() const {
    return streamscopeError(QStringLiteral("position %1: %2").arg(position).arg(message));
}

Expected<CompiledFilter> CompiledFilter::compile(const QString& expression, FilterError* error,
                                                 qint64) {
    CompiledFilter f;
    f.m_expression = expression;
    if (!expression.trimmed().isEmpty()) {
        FilterError e{0, int(expression.size()), QStringLiteral("not implemented yet"), {}};
        if (error)
            *error = e;
        return e.toError();
    }
    return f;
}

std::optional<FilterError> CompiledFilter::check(const QString& expression) {
    FilterError e;
    if (compile(expression, &e))
        return std::nullopt;
    return e;
}

bool CompiledFilter::matchesEverything() const {
    return !m_program;
}

bool CompiledFilter::readsJson() const {
    return false;
}

bool CompiledFilter::matches(const MessageView&, FilterScratch&) const {
    return true;
}

bool CompiledFilter::matches(const MessageView& message) const {
    thread_local FilterScratch scratch;
    return matches(message, scratch);
}

std::vector<quint32> CompiledFilter::matchingRows(const MessageStore&, size_t begin, size_t end,
                                                  const CancelToken&, int) const {
    std::vector<quint32> rows;
    for (size_t r = begin; r < end; ++r)
        rows.push_back(quint32(r));
    return rows;
}

FilterScratch::FilterScratch()
    : m_impl(std::make_unique<Impl>()) {}
FilterScratch::~FilterScratch() = default;

} // namespace streamscope
