# The Throughput page.
target_sources(streamscope_widgets PRIVATE
    throughput/ThroughputFeed.h
    throughput/ThroughputFeed.cpp
    throughput/ThroughputPage.h
    throughput/ThroughputPage.cpp
    throughput/ThroughputTopicsPanel.h
    throughput/ThroughputTopicsPanel.cpp
    throughput/TopicRateSummary.h
    throughput/TopicRateSummary.cpp
)
