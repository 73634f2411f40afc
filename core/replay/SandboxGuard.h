#pragma once

#include "cluster/ConnectionProfile.h"

#include <QString>

namespace streamscope {

// One side of a replay: which cluster (its profile and, when known, the cluster id from
// metadata) and which topic.
struct ReplayEndpoint {
    ConnectionProfile profile;
    QString clusterId; // empty: unknown, then the bootstrap list identifies the cluster
    QString topic;
};

// Why a target is allowed or refused, in words for the dialog, the CLI and the report.
struct SandboxDecision {
    bool allowed = false;
    QString reason;
};

// The sandbox guard, a pure function: a replay may write only
//  - to a topic on a cluster whose profile is flagged sandbox, or
//  - on the source's own cluster, to a topic whose name starts with the target profile's sandbox
//    prefix (an empty prefix allows nothing),
// and never into the source topic itself. Everything else is refused with the reason. The replay
// engine calls it before it touches the target cluster, so no caller can skip it.
SandboxDecision checkReplayTarget(const ReplayEndpoint& source, const ReplayEndpoint& target);

// True when both endpoints name the same cluster: equal cluster ids when both are known, else the
// same set of bootstrap addresses (order, case and spaces ignored).
bool sameCluster(const ReplayEndpoint& a, const ReplayEndpoint& b);

} // namespace streamscope
