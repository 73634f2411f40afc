#include "lag/LagRules.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <vector>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Lag)
};

QString number(qint64 n) {
    return QLocale().toString(n);
}

QString seconds(double s) {
    return QLocale().toString(s, 'f', s < 10 ? 1 : 0);
}

double spanSeconds(const LagSample& from, const LagSample& to) {
    return static_cast<double>(to.timeMs - from.timeMs) / 1000.0;
}

LagVerdict verdict(LagStatus status, QString explanation) {
    return {status, std::move(explanation)};
}

} // namespace

LagVerdict LagRules::evaluatePartition(const LagWindow& window, bool consumerActive) const {
    if (window.empty() || !window.back().committed)
        return verdict(LagStatus::Unknown, Tr::tr("No offset committed for this partition."));
    const LagSample& now = window.back();
    const qint64 committed = *now.committed;
    if (now.endOffset < 0)
        return verdict(LagStatus::Unknown,
                       Tr::tr("The end offset of this partition could not be read."));
    // Committed offsets are read a moment after the tick's end offsets, so a busy consumer's
    // commit may pass the end just read: only beyond it in every one of the last minSamples
    // samples is an error; once alone, it is caught up.
    int beyondEnd = 0;
    for (auto it = window.rbegin(); it != window.rend() && it->committed && it->endOffset >= 0 &&
                                    *it->committed > it->endOffset;
         ++it)
        ++beyondEnd;
    if (beyondEnd >= m_config.minSamples)
        return verdict(LagStatus::Error,
                       Tr::tr("Committed offset %1 is beyond the end offset %2: the topic was "
                              "truncated or re-created.")
                           .arg(number(committed), number(now.endOffset)));
    if (now.startOffset >= 0 && committed < now.startOffset)
        return verdict(LagStatus::Error,
                       Tr::tr("Committed offset %1 is below the log start offset %2: %3 messages "
                              "were deleted before the group read them.")
                           .arg(number(committed), number(now.startOffset),
                                number(now.startOffset - committed)));
    const qint64 lag = *now.lag();
    if (lag == 0)
        return verdict(
            LagStatus::Ok,
            Tr::tr("Caught up: committed offset %1 is the end offset.").arg(number(committed)));

    // Only samples with a commit count; a partition without one before has just started.
    LagWindow samples;
    for (const LagSample& s : window) {
        if (s.committed && s.endOffset >= 0)
            samples.push_back(s);
    }
    // Burrow's rule 1: a lag of 0 anywhere in the window is OK.
    for (const LagSample& s : samples) {
        if (*s.lag() == 0)
            return verdict(LagStatus::Ok,
                           Tr::tr("Lag is %1 messages; the group was caught up %2 s ago, within "
                                  "the window.")
                               .arg(number(lag), seconds(spanSeconds(s, now))));
    }
    for (std::size_t i = 1; i < samples.size(); ++i) {
        if (*samples[i].committed < *samples[i - 1].committed)
            return verdict(LagStatus::Rewind,
                           Tr::tr("The committed offset went back from %1 to %2 (%3 s ago).")
                               .arg(number(*samples[i - 1].committed),
                                    number(*samples[i].committed),
                                    seconds(spanSeconds(samples[i], now))));
    }
    if (static_cast<int>(samples.size()) < m_config.minSamples)
        return verdict(LagStatus::Unknown,
                       Tr::tr("Lag is %1 messages; collecting samples (%2 of %3) before judging "
                              "the trend.")
                           .arg(number(lag))
                           .arg(samples.size())
                           .arg(m_config.minSamples));

    // The commit time each sample stands for (see the header).
    std::vector<qint64> commitTimes(samples.size());
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const LagSample& s = samples[i];
        const bool moved = i > 0 && *s.committed != *samples[i - 1].committed;
        if (consumerActive || moved)
            commitTimes[i] = s.timeMs;
        else if (i > 0)
            commitTimes[i] = commitTimes[i - 1];
        else
            commitTimes[i] =
                s.committedSinceMs > 0 ? std::min(s.committedSinceMs, s.timeMs) : s.timeMs;
    }
    const LagSample& first = samples.front();
    const double span = spanSeconds(first, now);
    const qint64 newestCommit = commitTimes.back();
    const qint64 oldestCommit = commitTimes.front();
    // Burrow's rule 4 (STOP) before rule 2 (STALL), as Burrow evaluates them.
    if (now.timeMs - newestCommit > newestCommit - oldestCommit) {
        const QString silence = seconds(static_cast<double>(now.timeMs - newestCommit) / 1000.0);
        // Every sample stands for one and the same commit: no live member owns the partition
        // and the offset never moved while we watched, so there is no span to name.
        if (newestCommit == oldestCommit)
            return verdict(LagStatus::Stop,
                           Tr::tr("No commit for %1 s and no consumer owns the partition, while "
                                  "%2 messages wait at committed offset %3.")
                               .arg(silence, number(lag), number(committed)));
        return verdict(LagStatus::Stop,
                       Tr::tr("No commit for %1 s, longer than the %2 s the window's commits span, "
                              "while %3 messages wait at committed offset %4.")
                           .arg(silence,
                                seconds(static_cast<double>(newestCommit - oldestCommit) / 1000.0),
                                number(lag), number(committed)));
    }
    if (*first.committed == committed)
        return verdict(LagStatus::Stall,
                       Tr::tr("The committed offset stayed at %1 for %2 s while the lag is "
                              "%3 messages: the consumer is alive but makes no progress.")
                           .arg(number(committed), seconds(span), number(lag)));
    bool neverShrank = true;
    for (std::size_t i = 1; i < samples.size(); ++i) {
        if (*samples[i].lag() < *samples[i - 1].lag())
            neverShrank = false;
    }
    const qint64 firstLag = *first.lag();
    if (neverShrank)
        return verdict(LagStatus::Warn,
                       Tr::tr("Lag did not shrink in the last %1 samples (%2 s): from %3 to %4 "
                              "messages while the committed offset moved.")
                           .arg(samples.size())
                           .arg(seconds(span))
                           .arg(number(firstLag), number(lag)));
    return verdict(LagStatus::Ok,
                   Tr::tr("Lag is %1 messages and the consumer keeps up: the committed offset "
                          "moved by %2 in the last %3 s.")
                       .arg(number(lag), number(committed - *first.committed), seconds(span)));
}

LagVerdict LagRules::evaluateGroup(const GroupLag& group, const LagThresholds& thresholds) {
    if (!group.error.isEmpty())
        return verdict(LagStatus::Unknown,
                       Tr::tr("The group could not be read: %1").arg(group.error));
    const PartitionLag* worst = nullptr;
    for (const GroupTopicLag& topic : group.topics) {
        for (const PartitionLag& p : topic.partitions) {
            if (!p.committed)
                continue;
            if (!worst ||
                lagStatusSeverity(p.verdict.status) > lagStatusSeverity(worst->verdict.status))
                worst = &p;
        }
    }
    LagVerdict result;
    if (!worst) {
        result = verdict(LagStatus::Unknown, Tr::tr("The group has no committed offsets."));
    } else if (worst->verdict.status == LagStatus::Ok) {
        result = verdict(
            LagStatus::Ok,
            Tr::tr("All partitions are OK; total lag %1 messages.").arg(number(group.totalLag)));
    } else {
        result = verdict(worst->verdict.status, QStringLiteral("%1-%2: %3")
                                                    .arg(worst->topic)
                                                    .arg(worst->partition)
                                                    .arg(worst->verdict.explanation));
    }
    if (lagStatusSeverity(result.status) < lagStatusSeverity(LagStatus::Warn)) {
        if (thresholds.maxLagMessages && group.totalLag > *thresholds.maxLagMessages)
            return verdict(LagStatus::Warn,
                           Tr::tr("Total lag %1 messages exceeds the threshold of %2.")
                               .arg(number(group.totalLag), number(*thresholds.maxLagMessages)));
        if (thresholds.maxTimeLagSeconds && group.timeLagSeconds &&
            *group.timeLagSeconds > *thresholds.maxTimeLagSeconds)
            return verdict(LagStatus::Warn, Tr::tr("Time lag %1 s exceeds the threshold of %2 s.")
                                                .arg(seconds(*group.timeLagSeconds),
                                                     seconds(*thresholds.maxTimeLagSeconds)));
    }
    return result;
}

double LagRules::consumeRate(const LagWindow& window) {
    const LagSample* first = nullptr;
    const LagSample* last = nullptr;
    for (const LagSample& s : window) {
        if (!s.committed)
            continue;
        if (last && *s.committed < *last->committed)
            first = nullptr; // a rewind: the rate starts after it
        if (!first)
            first = &s;
        last = &s;
    }
    if (!first || first == last || last->timeMs <= first->timeMs)
        return kUnknownRate;
    return static_cast<double>(*last->committed - *first->committed) / spanSeconds(*first, *last);
}

double LagRules::produceRate(const LagWindow& window) {
    const LagSample* first = nullptr;
    const LagSample* last = nullptr;
    for (const LagSample& s : window) {
        if (s.endOffset < 0)
            continue;
        if (last && s.endOffset < last->endOffset)
            first = nullptr;
        if (!first)
            first = &s;
        last = &s;
    }
    if (!first || first == last || last->timeMs <= first->timeMs)
        return kUnknownRate;
    return static_cast<double>(last->endOffset - first->endOffset) / spanSeconds(*first, *last);
}

CatchUpEstimate CatchUpEstimate::from(qint64 lag, double consumeRatePerSec,
                                      double produceRatePerSec) {
    CatchUpEstimate estimate;
    if (lag == 0) {
        estimate.etaSeconds = 0.0;
        return estimate;
    }
    if (std::isnan(consumeRatePerSec) || std::isnan(produceRatePerSec))
        return estimate;
    const double gain = consumeRatePerSec - produceRatePerSec;
    // Both rates come from offset deltas over the window, and a consumer's commits trail its
    // reads: a group that keeps pace shows a few percent either way. Within that band the lag
    // holds (fallingBehindPerSec 0) instead of "falling behind by 0.6 msgs/s" next to OK.
    const double pace = std::max(kSteadyRatePerSec, kPaceTolerance * produceRatePerSec);
    if (gain > pace)
        estimate.etaSeconds = static_cast<double>(lag) / gain;
    else
        estimate.fallingBehindPerSec = gain >= -pace ? 0.0 : -gain;
    return estimate;
}

} // namespace streamscope
