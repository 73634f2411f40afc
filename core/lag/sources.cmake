# Consumer-group lag: the monitor beside the throughput tracker, its types and history; offset
# resets (the plan, and its execution through core/kafka).
target_sources(streamscope_core PRIVATE
    lag/LagTypes.h
    lag/LagTypes.cpp
    lag/LagMonitor.h
    lag/LagMonitor.cpp
    lag/LagRules.h
    lag/LagRules.cpp
    lag/EndOffsetTable.h
    lag/EndOffsetTable.cpp
    lag/LagCalculator.h
    lag/LagCalculator.cpp
    lag/LagReader.h
    lag/LagReader.cpp
    lag/LagHistory.h
    lag/LagHistory.cpp
    lag/OffsetReset.h
    lag/OffsetReset.cpp
    lag/OffsetResetPlan.h
    lag/OffsetResetPlan.cpp
)
