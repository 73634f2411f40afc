# Values and helpers every engine uses: errors as values, limits on user input, thread priority,
# private files, the async kit, the W3C traceparent parser, JSON text pieces.
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
    common/FreedOffGuiThread.h
    common/LatestOnlyRunner.cpp
    common/PrivateFiles.h
    common/PrivateFiles.cpp
    common/ThreadPriority.h
    common/ThreadPriority.cpp
    common/TimeSeriesSource.h
    common/TraceParent.h
    common/TraceParent.cpp
    common/TimeSeriesMux.h
    common/TimeSeriesMux.cpp
)
