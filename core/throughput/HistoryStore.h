#pragma once

#include "HistoryCodec.h"

#include <QByteArray>
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
    // directory. Returns false (and logs a warning) on failure.
    bool save(const QString& key, const QByteArray& payload) const;
    // Reads the key's file and restores it into `into` (fresh). A missing file is NoFile; a stale
    // one Stale (both silent); a bad one logs a qWarning naming the file and the reason, and
    // leaves `into` empty.
    HistoryLoadResult load(const QString& key, const HistoryRestoreRules& rules,
                           ThroughputHistory& into) const;

private:
    QString m_directory;
};

} // namespace streamscope
