# Values and helpers every engine uses: errors as values, limits on user input, thread priority,
# private files, the async kit, JSON text pieces.
target_sources(streamscope_core PRIVATE
    common/CancelToken.h
    common/Expected.h
    common/Generation.h
    common/InMemoryTimeSeries.h
    common/InMemoryTimeSeries.cpp
    common/InputLimits.h
    common/InputLimits.cpp
    common/JsonText.h
    common/JsonText.cpp
    common/LatestOnlyRunner.h
    common/LatestOnlyRunner.cpp
    common/PrivateFiles.h
    common/PrivateFiles.cpp
    common/ThreadPriority.h
    common/ThreadPriority.cpp
    common/TimeSeriesSource.h
    common/TimeSeriesMux.h
    common/TimeSeriesMux.cpp
)
