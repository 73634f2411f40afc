#pragma once

#include "graph/GraphTypes.h"
#include "graph/RecordSample.h"

#include <vector>

namespace streamscope {

// Confirms the graph's service hops with shared trace ids: for every service that consumes
// topic A and produces topic B, counts the trace ids seen on both, A's record no later than
// B's. Adds a CausalLink per hop with shared traces and marks both edges causalityConfirmed.
void confirmCausality(ServiceGraph& graph, const std::vector<TopicRecordSample>& samples);

} // namespace streamscope
