#pragma once

#include "checks/CheckReport.h"

#include <nlohmann/json.hpp>

namespace streamscope {

// The `streamscope-cli check --json` contract (issue 11): {"records", "duplicates":{"count",
// "same_payload","different_payload","examples":[..]}, "order_violations":{"count","examples"},
// "keys_on_several_partitions", "versions":[{"type","version","count","fields_added",
// "fields_removed",..}], "malformed":{"invalid_json","missing_headers","empty_payload",..},
// "latency":[{"from_type","to_type","count","p50_ms","p95_ms","p99_ms","max_ms"}], "saga":{..}}.
nlohmann::ordered_json checkReportToJson(const CheckReport& report);

} // namespace streamscope
