#include "checks/EventChecks.h"

#include "browse/MessageStore.h"

namespace streamscope {

// Placeholder until the engine lands: counts records only.
struct EventChecks::State {
    CheckOptions options;
    CheckReport report;
};

EventChecks::EventChecks(CheckOptions options)
    : m_state(std::make_unique<State>()) {
    m_state->options = std::move(options);
}

EventChecks::~EventChecks() = default;

void EventChecks::add(const MessageView& record) {
    Q_UNUSED(record);
    ++m_state->report.records;
}

CheckReport EventChecks::finish() {
    return m_state->report;
}

CheckReport checkStore(const MessageStore& store, const std::vector<size_t>& rows,
                       const CheckOptions& options, const CancelToken& cancel,
                       const CheckProgress& progress) {
    EventChecks checks(options);
    const size_t total = rows.empty() ? store.size() : rows.size();
    for (size_t i = 0; i < total; ++i) {
        if (cancel.isCancelled()) {
            CheckReport r = checks.finish();
            r.cancelled = true;
            return r;
        }
        checks.add(store.view(rows.empty() ? i : rows[i]));
        if (progress && (i % 65536) == 0)
            progress(i, total);
    }
    if (progress)
        progress(total, total);
    return checks.finish();
}

} // namespace streamscope
