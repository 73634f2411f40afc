# Small shared building blocks of every layer above: request generations, cancel flags, the
# latest-only background runner, the time-series source interface.
target_sources(streamscope_core PRIVATE
    common/Generation.h
    common/CancelToken.h
    common/LatestOnlyRunner.h
    common/LatestOnlyRunner.cpp
    common/TimeSeriesSource.h
    common/InMemoryTimeSeries.h
    common/InMemoryTimeSeries.cpp
)
