#pragma once

#include "replay/ReplayTypes.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace streamscope {

// Every replay, refused and dry ones included, as one JSON line in an owner-only file
// (GenericDataLocation/Streamscope/replay-history.jsonl, shared by the app and the CLI, or
// $STREAMSCOPE_REPLAY_HISTORY): when, source selection, target, counts, verification.
class ReplayHistory {
public:
    static QString defaultPath();
    // Appends one line; false when the file cannot be written (the replay itself is unaffected).
    static bool append(const ReplayReport& report, const QString& path = defaultPath());
    // The newest `limit` entries, oldest first; unreadable lines are skipped.
    static std::vector<QJsonObject> load(int limit = 200, const QString& path = defaultPath());
    static QJsonObject toJson(const ReplayReport& report);
    // A history line back as a report (what toJson keeps; fields missing from older lines stay
    // at their defaults, an unknown outcome reads as failed). Dry-run previews and mismatch
    // samples are not in the history.
    static ReplayReport fromJson(const QJsonObject& line);
    // load() as reports.
    static std::vector<ReplayReport> loadReports(int limit = 200,
                                                 const QString& path = defaultPath());
};

} // namespace streamscope
