#pragma once

#include "graph/GraphTypes.h"
#include "graph/RecordSample.h"

#include <QByteArray>

#include <vector>

namespace streamscope {

// The trace id of a W3C traceparent header ("00-<32 hex trace id>-<16 hex span id>-<flags>");
// empty when the value is not one (or the trace id is all zeros, which the spec forbids).
QByteArray traceIdOf(const QByteArray& traceparent);

// Confirms the graph's service hops with shared trace ids: for every service that consumes
// topic A and produces topic B, counts the trace ids seen on both, A's record no later than
// B's. Adds a CausalLink per hop with shared traces and marks both edges causalityConfirmed.
void confirmCausality(ServiceGraph& graph, const std::vector<TopicRecordSample>& samples);

} // namespace streamscope
