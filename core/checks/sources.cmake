# Event health checks: duplicates, order per key, versions, malformed records, flow latency,
# in one pass over a browse's store or a streamed range. See docs/ARCHITECTURE.md.
target_sources(streamscope_core PRIVATE
    checks/BatchWindow.h
    checks/BatchWindow.cpp
    checks/CheckReport.h
    checks/CheckReportJson.h
    checks/CheckReportJson.cpp
    checks/CheckStore.h
    checks/CheckStore.cpp
    checks/DuplicateCheck.h
    checks/DuplicateCheck.cpp
    checks/EventChecks.h
    checks/EventChecks.cpp
    checks/FactsBatch.h
    checks/FactsBatch.cpp
    checks/FlowLatency.h
    checks/FlowLatency.cpp
    checks/Hash128.h
    checks/Hash128.cpp
    checks/Hash128Map.h
    checks/HugePages.h
    checks/HugePages.cpp
    checks/JsonShape.h
    checks/JsonShape.cpp
    checks/MalformedCheck.h
    checks/MalformedCheck.cpp
    checks/OrderCheck.h
    checks/OrderCheck.cpp
    checks/Percentiles.h
    checks/Prefetch.h
    checks/RecordFacts.h
    checks/RecordFacts.cpp
    checks/RecordRef.h
    checks/VersionCheck.h
    checks/VersionCheck.cpp
)
