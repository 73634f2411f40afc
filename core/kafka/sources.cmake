target_sources(streamscope_core PRIVATE
    kafka/KafkaError.h
    kafka/RdHandles.h
    kafka/ConnectionProfile.h
    kafka/ConnectionProfile.cpp
    kafka/ClusterMetadata.h
    kafka/ClusterMetadata.cpp
    kafka/KafkaClient.h
    kafka/KafkaClient.cpp
)
