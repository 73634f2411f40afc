#include "lag/LagFormat.h"

#include "common/DisplayFormat.h"
#include "common/ModelsTr.h"
#include "common/RateFormat.h"

#include <cmath>

namespace streamscope {

QString formatDuration(const QLocale& locale, std::optional<double> seconds) {
    if (!seconds || std::isnan(*seconds) || *seconds < 0)
        return QStringLiteral("\u2014");
    const double s = *seconds;
    if (s < 10)
        return ModelsTr::tr("%1 s").arg(locale.toString(s, 'f', 1));
    const qint64 whole = std::llround(s);
    if (whole < 60)
        return ModelsTr::tr("%1 s").arg(whole);
    if (whole < 3600)
        return ModelsTr::tr("%1 min %2 s").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
    if (whole < 86400)
        return ModelsTr::tr("%1 h %2 min")
            .arg(whole / 3600)
            .arg((whole % 3600) / 60, 2, 10, QLatin1Char('0'));
    return ModelsTr::tr("%1 d %2 h").arg(whole / 86400).arg((whole % 86400) / 3600);
}

QString formatPartitionLag(const QLocale& locale, const std::optional<qint64>& lag,
                           const std::optional<qint64>& committed) {
    if (!committed)
        return ModelsTr::tr("no commit");
    if (!lag)
        return QStringLiteral("\u2014"); // the end offset is unknown
    return formatCount(locale, *lag);
}

CatchUpFacts catchUpFactsOf(const GroupLag& group) {
    return {group.etaSeconds, group.fallingBehindPerSec,     !group.error.isEmpty(),
            group.totalLag,   group.partitionsWithoutCommit, !group.topics.empty()};
}

QString formatCatchUp(const QLocale& locale, const GroupLag& group) {
    return formatCatchUp(locale, catchUpFactsOf(group));
}

QString formatCatchUp(const QLocale& locale, const CatchUpFacts& facts) {
    // No lag left: "caught up", not "ETA 0.0 s".
    if (!facts.hasError && facts.totalLag == 0 && facts.partitionsWithoutCommit == 0 &&
        facts.hasTopics)
        return ModelsTr::tr("caught up");
    if (facts.etaSeconds)
        return ModelsTr::tr("ETA %1").arg(formatDuration(locale, facts.etaSeconds));
    // Consumption keeps pace with production (CatchUpEstimate): the lag neither grows nor
    // shrinks. No ETA, but nothing lost either; the status column says whether that is a stall.
    if (facts.fallingBehindPerSec && *facts.fallingBehindPerSec == 0.0)
        return ModelsTr::tr("lag steady (no ETA)");
    if (facts.fallingBehindPerSec)
        return ModelsTr::tr("falling behind by %1")
            .arg(formatRateWithUnit(locale, *facts.fallingBehindPerSec));
    return QStringLiteral("\u2014");
}

QColor lagStatusColor(LagStatus status) {
    switch (status) {
    case LagStatus::Ok:
        return {0x2e, 0x7d, 0x32};
    case LagStatus::Warn:
        return {0xc7, 0x8a, 0x00};
    case LagStatus::Rewind:
        return {0xd8, 0x63, 0x15};
    case LagStatus::Stall:
    case LagStatus::Stop:
    case LagStatus::Error:
        return {0xc6, 0x28, 0x28};
    case LagStatus::Unknown:
        break;
    }
    return {0x8a, 0x8a, 0x8a};
}

} // namespace streamscope
