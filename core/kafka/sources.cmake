# The librdkafka wrappers: the only place that calls librdkafka.
target_sources(streamscope_core PRIVATE
    kafka/ClientConfig.h
    kafka/ClientConfig.cpp
    kafka/GroupConsumer.h
    kafka/GroupConsumer.cpp
    kafka/KafkaClient.h
    kafka/KafkaClient.cpp
    kafka/Producer.h
    kafka/Producer.cpp
    kafka/RawProduce.h
    kafka/RawProduce.cpp
    kafka/RdHandles.h
)
