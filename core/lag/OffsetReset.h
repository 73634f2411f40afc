#pragma once

#include "cluster/ConnectionProfile.h"
#include "common/CancelToken.h"
#include "common/Expected.h"
#include "kafka/GroupOffsetReset.h"
#include "lag/OffsetResetPlan.h"

namespace streamscope {

class KafkaClient;

// The blocking steps of an offset reset around the pure plan (OffsetResetPlan), for a worker
// thread (the GUI's dialog runs them on its LatestOnlyRunner; the CLI on its own thread).

// Offsets-for-times of these partitions at timeMs (the Timestamp mode's input).
Expected<TimestampOffsets> readTimestampOffsets(KafkaClient& client,
                                                const std::vector<OffsetResetInput>& partitions,
                                                qint64 timeMs, int timeoutMs);

// The whole plan for the Timestamp mode (a client of its own, offsets-for-times, the plan); any
// other mode needs no broker and gives the same as planOffsetReset.
Expected<OffsetResetPlan> planOffsetResetOnCluster(const ConnectionProfile& profile,
                                                   const QString& groupId,
                                                   const OffsetResetSpec& spec,
                                                   const std::vector<OffsetResetInput>& partitions,
                                                   const ClusterMetadata& cluster, int timeoutMs);

// Commits the plan's targets for the group. Refuses a read-only profile before anything is sent
// (the check sits here, in core, not in a dialog); the broker refuses a group with members
// (activeGroupRefusal).
Expected<std::vector<AlteredOffset>> executeOffsetReset(const ConnectionProfile& profile,
                                                        const OffsetResetPlan& plan, int timeoutMs,
                                                        const CancelToken* cancel = nullptr);

// Why this profile may not reset offsets; empty when it may.
QString offsetResetRefusal(const ConnectionProfile& profile);

} // namespace streamscope
