# Throughput engine sources (QtCore + librdkafka only).
target_sources(streamscope_core PRIVATE
    throughput/ThroughputTypes.h
    throughput/ThroughputTypes.cpp
    throughput/RingBuffer.h
    throughput/RateSeries.h
    throughput/RateSeries.cpp
    throughput/ThroughputHistory.h
    throughput/ThroughputHistory.cpp
    throughput/ThroughputCalculator.h
    throughput/ThroughputCalculator.cpp
    throughput/WindowRateCalculator.h
    throughput/WindowRateCalculator.cpp
    throughput/RecordStatsStore.h
    throughput/RecordProbe.h
    throughput/RecordProbe.cpp
    throughput/RecordSampler.h
    throughput/RecordSampler.cpp
    throughput/ThroughputTracker.h
    throughput/ThroughputTracker.cpp
)
