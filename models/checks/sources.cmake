# Models of the Checks page: one summary line per check (health, one sentence), the findings
# tree under them, and the latency histogram's bins. Built from a core/checks CheckReport.
target_sources(streamscope_models PRIVATE
    checks/CheckSummary.h
    checks/CheckSummary.cpp
    checks/CheckFindingsModel.h
    checks/CheckFindingsModel.cpp
    checks/LatencyBins.h
    checks/LatencyBins.cpp
)
