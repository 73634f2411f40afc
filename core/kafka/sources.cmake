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
# Producer and group consumer handles (used by the simulator).
target_sources(streamscope_core PRIVATE
    kafka/ClientConfig.h
    kafka/ClientConfig.cpp
    kafka/Producer.h
    kafka/Producer.cpp
    kafka/RawProduce.h
    kafka/RawProduce.cpp
    kafka/GroupConsumer.h
    kafka/GroupConsumer.cpp
)
# Input checks shared by every entry point (GUI, CLI, imported configs, client configuration).
target_sources(streamscope_core PRIVATE
    kafka/BootstrapAddress.h
    kafka/BootstrapAddress.cpp
    kafka/TopicName.h
    kafka/TopicName.cpp
)
