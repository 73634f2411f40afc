#include "throughput/HistoryFileWriter.h"

#include <utility>

namespace streamscope {

HistoryFileWriter::~HistoryFileWriter() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join(); // writes what is still queued first: that is the final save
}

void HistoryFileWriter::enqueue(const HistoryStore& store, const QString& key, QByteArray payload) {
    enqueueEncoding(store, key, [payload = std::move(payload)] { return payload; });
}

void HistoryFileWriter::enqueueEncoding(const HistoryStore& store, const QString& key,
                                        std::function<QByteArray()> encode) {
    const QString path = store.filePath(key);
    {
        std::lock_guard lock(m_mutex);
        m_queued.insert_or_assign(path, Job{store, key, std::move(encode)});
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_changed.notify_all();
}

bool HistoryFileWriter::isBusy(const QString& path) const {
    std::lock_guard lock(m_mutex);
    return m_writingPath == path || m_queued.count(path) > 0;
}

void HistoryFileWriter::waitUntilWritten(const QString& path) const {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_writingPath != path && m_queued.count(path) == 0; });
}

int HistoryFileWriter::writtenCount() const {
    std::lock_guard lock(m_mutex);
    return m_written;
}

void HistoryFileWriter::run() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stopping || !m_queued.empty(); });
        if (m_queued.empty())
            return; // stopping, and nothing left to write
        auto node = m_queued.extract(m_queued.begin());
        m_writingPath = node.key();
        lock.unlock();
        const Job& job = node.mapped();
        const bool ok = job.store.save(job.key, job.payload());
        node = decltype(node)(); // frees the payload before waiting for the next one
        lock.lock();
        m_writingPath.clear();
        if (ok)
            ++m_written;
        m_changed.notify_all();
    }
}

} // namespace streamscope
