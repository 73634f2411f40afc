# Models of the Throughput page.
target_sources(streamscope_models PRIVATE
    throughput/ThroughputTopicFilterModel.h
    throughput/ThroughputTopicFilterModel.cpp
    throughput/ThroughputTopicModel.h
    throughput/ThroughputTopicModel.cpp
)
