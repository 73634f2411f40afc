# Consumer-group lag: the monitor beside the throughput tracker, its types and history.
target_sources(streamscope_core PRIVATE
    lag/LagTypes.h
    lag/LagTypes.cpp
    lag/LagMonitor.h
    lag/LagMonitor.cpp
)
