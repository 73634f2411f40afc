# Consumer-group lag: the monitor beside the throughput tracker, its types and history.
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
)
