#pragma once

#include "lag/LagTypes.h"

#include <QColor>
#include <QLocale>
#include <QString>

#include <optional>

namespace streamscope {

// How lag figures read in the Lag page's tables and texts.

// A span of seconds for people: "0.8 s", "42 s", "3 min 20 s", "2 h 05 min", "3 d 4 h"; an em
// dash when unknown.
QString formatDuration(const QLocale& locale, std::optional<double> seconds);
// Messages behind a partition: the count, or "no commit" when the group never committed there
// (never 0, never negative).
QString formatPartitionLag(const QLocale& locale, const std::optional<qint64>& lag,
                           const std::optional<qint64>& committed);
// The catch-up column: "ETA 3 min 20 s" while the group gains, "falling behind by 12.3 msgs/s"
// while it loses, "caught up" at no lag, an em dash when unknown.
QString formatCatchUp(const QLocale& locale, const GroupLag& group);
// What the catch-up text is made of, so that a table can keep the figures and format only the
// rows it paints.
struct CatchUpFacts {
    std::optional<double> etaSeconds;
    std::optional<double> fallingBehindPerSec;
    bool hasError = false;
    qint64 totalLag = 0;
    int partitionsWithoutCommit = 0;
    bool hasTopics = false;

    bool operator==(const CatchUpFacts&) const = default;
};
CatchUpFacts catchUpFactsOf(const GroupLag& group);
QString formatCatchUp(const QLocale& locale, const CatchUpFacts& facts);
// Status colour: green OK, amber WARN, orange REWIND, red STALL/STOP/ERR, grey UNKNOWN.
QColor lagStatusColor(LagStatus status);

} // namespace streamscope
