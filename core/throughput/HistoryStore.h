#pragma once

#include "throughput/HistoryCodec.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace streamscope {

class ThroughputHistory;

// The history files on disk: one per cluster in one directory. Knows names and atomic writes;
// the format is HistoryCodec's. A value type, cheap to copy; every method may run on any thread
// (each call opens its own file).
class HistoryStore {
public:
    explicit HistoryStore(QString directory);

    // QStandardPaths::AppDataLocation + "/history" (test mode aware).
    static QString defaultDirectory();
    // The file key of a cluster: its cluster id when the metadata carried one (the same cluster
    // reached through other bootstrap servers keeps its history), else a hash of the bootstrap
    // list (order, case and blanks ignored). Safe as a file name.
    static QString clusterKey(const QString& clusterId, const QString& bootstrapServers);

    const QString& directory() const { return m_directory; }
    QString filePath(const QString& key) const;

    // Writes header + payload through QSaveFile: the file is replaced only once everything is on
    // disk, so a crash, a full disk or a kill mid-write leaves the previous file. Creates the
    // directory. A file of a newer format version (a newer build wrote it meanwhile) is never
    // replaced: it is moved aside first (see load), and nothing is written if that fails.
    // Returns false (and logs a warning) on failure.
    bool save(const QString& key, const QByteArray& payload) const;
    // Reads the key's file and restores it into `into` (fresh). A missing file is NoFile; a stale
    // one Stale (both silent); a bad one logs a qWarning naming the file and the reason, and
    // leaves `into` empty.
    //
    // A file that exists but cannot be used (HistoryLoadResult::fileUnusable: corrupt,
    // truncated, a newer format...) is moved aside, so the next save starts a new file instead
    // of wiping what may still be someone's history: to "<file>.v<N>" when a newer build wrote
    // it (that build finds it by name), else to "<file>.unreadable-<yyyyMMdd-HHmmss>". The
    // result names the new path (keptAsPath), or says the move failed (keepAsideFailed).
    HistoryLoadResult load(const QString& key, const HistoryRestoreRules& rules,
                           ThroughputHistory& into) const;

    // Where load() moves an unusable file: a name not taken yet in the same directory.
    static QString keepAsidePath(const QString& path, quint32 newerVersion, const QDateTime& when);

private:
    QString m_directory;
};

} // namespace streamscope
