#pragma once

#include "browse/BrowseFetch.h"

#include <QObject>

#include <memory>
#include <mutex>
#include <thread>

namespace streamscope {

// Runs one browse on its own thread (below the GUI's priority) into a MessageStore. Rows reach
// readers in batches: the GUI model polls store()->size() on a 30-50 ms timer (never one signal
// per message) and progress() for the counters; finished() arrives once, queued to the fetcher's
// thread, when the fetch ended for any reason.
//
// Threading: construct, start, cancel and destroy on one thread (the GUI). The destructor cancels
// and joins (within ~100 ms plus a pending broker call's slice). progress() and the store's read
// side may be used from any thread.
class BrowseFetcher : public QObject {
    Q_OBJECT
public:
    BrowseFetcher(ConnectionProfile profile, BrowseRequest request,
                  std::shared_ptr<MessageStore> store, QObject* parent = nullptr);
    // The same into any sink, called on the fetcher's thread (e.g. checks that keep no record);
    // store() is null then.
    BrowseFetcher(ConnectionProfile profile, BrowseRequest request, BrowseSink sink,
                  QObject* parent = nullptr);
    ~BrowseFetcher() override;

    // Runs on the fetch thread for every kept record right before the sink takes it (e.g.
    // Schema Registry decoding into a store beside it). False means the hook's own memory is
    // full: the fetch ends as at the store's cap (End::MemoryCap). Set before start().
    void setBeforeStore(std::function<bool(const MessageView&)> hook);

    void start();
    void cancel();
    bool isRunning() const;

    const BrowseRequest& request() const { return m_request; }
    const std::shared_ptr<MessageStore>& store() const { return m_store; }
    // The outcome so far (End::Running while it runs); a copy taken under a short lock.
    BrowseOutcome progress() const;

Q_SIGNALS:
    void finished(const streamscope::BrowseOutcome& outcome);

private:
    ConnectionProfile m_profile;
    BrowseRequest m_request;
    std::shared_ptr<MessageStore> m_store;
    BrowseSink m_sink; // storeSink(*m_store) when reading into a store
    std::function<bool(const MessageView&)> m_beforeStore;
    CancelToken m_cancel;
    mutable std::mutex m_mutex;
    BrowseOutcome m_progress; // guarded by m_mutex
    std::atomic_bool m_running{false};
    std::thread m_thread;
};

} // namespace streamscope

Q_DECLARE_METATYPE(streamscope::BrowseOutcome)
