#pragma once

#include "lag/LagTypes.h"

#include <QString>

#include <optional>

namespace streamscope::test {

// The one way tests and benchmarks build a LagSnapshot without a broker. Fluent: the calls after
// group() shape that group until the next group().
//
//   const LagSnapshotPtr lag = SyntheticLag()
//       .group("billing", LagStatus::Stall).members(2)
//       .partition("orders", 0, 90, 100, 12.5)   // committed 90, end 100: lag 10, 12.5 s behind
//       .partition("orders", 1, std::nullopt, 40) // no commit: no lag
//       .snapshot();
//
// Groups keep the order given (the monitor publishes them sorted by id); topics are created in
// the order of their first partition() call.
class SyntheticLag {
public:
    SyntheticLag& sampledAt(qint64 monotonicMs);
    SyntheticLag& error(const QString& why);

    SyntheticLag& group(const QString& id, LagStatus status = LagStatus::Ok);
    SyntheticLag& members(int count);
    // The members could not be described (a KIP-848 group on librdkafka 2.0.2).
    SyntheticLag& membersUnknown(const QString& note);
    SyntheticLag& partition(const QString& topic, int partition, std::optional<qint64> committed,
                            qint64 endOffset, std::optional<double> timeLagSeconds = {});

    LagSnapshot value() const { return m_snapshot; }
    LagSnapshotPtr snapshot() const;

private:
    GroupLag& current();
    LagSnapshot m_snapshot;
};

} // namespace streamscope::test
