#pragma once

#include "throughput/HistoryStore.h"

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

namespace streamscope {

// Writes history files on a thread of its own, so neither the GUI thread nor the polling thread
// waits for the disk (a full history of 10,000 busy partitions is over 100 MiB plus an fsync).
//
// Per file only the newest payload waits: a save that arrives while an older one is still
// queued replaces it, so a slow disk drops intermediate saves instead of piling up copies.
// Memory: at most one queued and one in-flight payload per file.
//
// Shared by the sessions of a window (MainWindow owns one), so a session's final save can finish
// after the session is gone; the destructor writes what is queued and joins the thread. The
// thread starts with the first enqueue. Thread-safe.
class HistoryFileWriter {
public:
    HistoryFileWriter() = default;
    ~HistoryFileWriter();
    HistoryFileWriter(const HistoryFileWriter&) = delete;
    HistoryFileWriter& operator=(const HistoryFileWriter&) = delete;

    void enqueue(const HistoryStore& store, const QString& key, QByteArray payload);
    // The same, but the payload is made on the writer's thread: for a save whose encoding would
    // otherwise hold up the caller (a session's last save, on the GUI thread). `encode` must own
    // what it reads.
    void enqueueEncoding(const HistoryStore& store, const QString& key,
                         std::function<QByteArray()> encode);
    // True while a payload for this file is queued or being written.
    bool isBusy(const QString& path) const;
    // Blocks until nothing for this file is queued or being written (a new session reading the
    // file its predecessor is still writing).
    void waitUntilWritten(const QString& path) const;
    // Files written so far, failed ones excluded (tests).
    int writtenCount() const;

private:
    struct Job {
        HistoryStore store;
        QString key;
        std::function<QByteArray()> payload; // called on the writer's thread
    };
    void run();

    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    std::map<QString, Job> m_queued; // by file path
    QString m_writingPath;           // empty when idle
    bool m_stopping = false;
    int m_written = 0;
    std::thread m_thread; // last: starts after the members it uses exist, joins before they go
};

} // namespace streamscope
