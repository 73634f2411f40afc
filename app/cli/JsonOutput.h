#pragma once

#include "cluster/ClusterMetadata.h"

#include <nlohmann/json.hpp>

namespace streamscope::cli {

// The `topics --json` contract: {"cluster_id", "controller_id", "brokers":[...],
// "topics":[{"topic","internal","partition_count","replication_factor","message_count",
// "partitions":[{"partition","leader","replicas","isr","start_offset","end_offset"}]}]}.
nlohmann::json clusterToJson(const ClusterMetadata& md, bool includeInternal);

} // namespace streamscope::cli
