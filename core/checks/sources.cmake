# Event health checks: duplicates, order per key, versions, malformed records, flow latency,
# in one pass over a browse's store or a streamed range. See README.md.
target_sources(streamscope_core PRIVATE
    checks/CheckReport.h
    checks/EventChecks.h
    checks/EventChecks.cpp
)
