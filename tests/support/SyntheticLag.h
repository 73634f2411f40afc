#pragma once

#include "lag/LagTypes.h"

#include <QString>

#include <optional>
#include <vector>

namespace streamscope::test {

// The one way tests build a LagSnapshot without a broker or a LagMonitor. Fluent: the calls
// after group() shape that group until the next group(), the calls after topic() that topic.
//
//   const LagSnapshotPtr s = SyntheticLag()
//       .group("billing", LagStatus::Warn, "Stable").explanation("Lag grew ...")
//           .member("billing-1", "/10.0.0.7")
//           .topic("orders").partition(0, 90, 100, 0).partition(1, std::nullopt, 50)
//       .group("audit", LagStatus::Ok, "Empty")
//       .snapshot();
//
// Totals (per topic and group: lag, partitions without commit) are computed from the
// partitions; lag = end - committed, none without a commit. Groups come out sorted by id.
class SyntheticLag {
public:
    SyntheticLag& sampledAt(qint64 wallMs, qint64 monotonicMs = 0);
    // Why the groups could not be listed at all.
    SyntheticLag& error(const QString& error);

    SyntheticLag& group(const QString& id, LagStatus status = LagStatus::Ok,
                        const QString& state = QStringLiteral("Stable"));
    SyntheticLag& explanation(const QString& text);
    // A member (in order: index 0, 1, ...) that partition() can name as owner.
    SyntheticLag& member(const QString& clientId, const QString& host);
    // `count` members named client-0, client-1, ... on /127.0.0.1 (for tests that need only a
    // member count).
    SyntheticLag& members(int count);
    // The members could not be described (KIP-848): note says why.
    SyntheticLag& membersUnknown(const QString& note);
    SyntheticLag& groupError(const QString& error);
    SyntheticLag& timeLag(double seconds);
    SyntheticLag& eta(double seconds);
    SyntheticLag& fallingBehind(double msgsPerSec);

    SyntheticLag& topic(const QString& name);
    // committed nullopt = "no commit"; owner = member index, -1 for none.
    SyntheticLag& partition(int partition, std::optional<qint64> committed, qint64 end,
                            int owner = -1, LagStatus status = LagStatus::Ok);

    // The same, naming the topic (created on first use) and its time lag.
    SyntheticLag& topicPartition(const QString& topic, int partition,
                                 std::optional<qint64> committed, qint64 end,
                                 std::optional<double> timeLagSeconds = {});

    LagSnapshot value() const { return *snapshot(); }
    LagSnapshotPtr snapshot() const;

private:
    GroupLag& current();
    GroupTopicLag& currentTopic();

    LagSnapshot m_snapshot;
};

} // namespace streamscope::test
