# Consumer-group lag: the monitor beside the throughput tracker, its types and history; offset
# resets (the plan, and its execution through core/kafka).
target_sources(streamscope_core PRIVATE
    lag/LagTypes.h
    lag/LagTypes.cpp
    lag/LagMonitor.h
    lag/LagMonitor.cpp
    lag/OffsetReset.h
    lag/OffsetReset.cpp
    lag/OffsetResetPlan.h
    lag/OffsetResetPlan.cpp
)
