#include "browse/BrowseFetcher.h"

#include "browse/MessageStore.h"
#include "common/ThreadPriority.h"

namespace streamscope {

BrowseFetcher::BrowseFetcher(ConnectionProfile profile, BrowseRequest request,
                             std::shared_ptr<MessageStore> store, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_request(std::move(request))
    , m_store(std::move(store))
    , m_sink(storeSink(*m_store)) {
    qRegisterMetaType<BrowseOutcome>();
}

BrowseFetcher::BrowseFetcher(ConnectionProfile profile, BrowseRequest request, BrowseSink sink,
                             QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_request(std::move(request))
    , m_sink(std::move(sink)) {
    qRegisterMetaType<BrowseOutcome>();
}

BrowseFetcher::~BrowseFetcher() {
    cancel();
    if (m_thread.joinable())
        m_thread.join();
}

void BrowseFetcher::start() {
    if (m_thread.joinable())
        return;
    m_running.store(true);
    m_thread = std::thread([this] {
        lowerCurrentThreadPriority(); // before the reader's librdkafka threads start
        BrowseFetchOptions options;
        options.onProgress = [this](const BrowseOutcome& so_far) {
            std::lock_guard lock(m_mutex);
            m_progress = so_far;
        };
        bool hookFull = false;
        BrowseSink sink = m_sink;
        if (m_beforeStore)
            sink = [this, &hookFull](const MessageView& record) {
                if (!m_beforeStore(record)) {
                    hookFull = true;
                    return false;
                }
                return m_sink(record);
            };
        BrowseOutcome outcome = runBrowse(m_profile, m_request, sink, m_cancel, options);
        if (outcome.end == BrowseOutcome::End::SinkStopped &&
            ((m_store && m_store->capReached()) || hookFull))
            outcome.end = BrowseOutcome::End::MemoryCap;
        {
            std::lock_guard lock(m_mutex);
            m_progress = outcome;
        }
        m_running.store(false);
        // Queued to this object's thread; dropped by Qt if the fetcher is gone by then.
        QMetaObject::invokeMethod(
            this, [this, outcome] { Q_EMIT finished(outcome); }, Qt::QueuedConnection);
    });
}

void BrowseFetcher::setBeforeStore(std::function<bool(const MessageView&)> hook) {
    m_beforeStore = std::move(hook);
}

void BrowseFetcher::cancel() {
    m_cancel.cancel();
}

bool BrowseFetcher::isRunning() const {
    return m_running.load();
}

BrowseOutcome BrowseFetcher::progress() const {
    std::lock_guard lock(m_mutex);
    return m_progress;
}

} // namespace streamscope
