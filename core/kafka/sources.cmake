# The librdkafka wrappers: the only place that calls librdkafka. Rd*.h are private to this
# folder (they include rdkafka.h and speak its types); the others are the API of the rest of core.
target_sources(streamscope_core PRIVATE
    kafka/ClientConfig.h
    kafka/ClientConfig.cpp
    kafka/ConsumerGroups.h
    kafka/KafkaClientGroups.cpp
    kafka/GroupConsumer.h
    kafka/GroupConsumer.cpp
    kafka/GroupOffsetReset.h
    kafka/GroupOffsetReset.cpp
    kafka/KafkaClient.h
    kafka/KafkaClient.cpp
    kafka/KafkaClientAdmin.cpp
    kafka/KafkaClientOffsets.cpp
    kafka/KafkaRecord.h
    kafka/RecordView.h
    kafka/RecordView.cpp
    kafka/PartitionReader.h
    kafka/PartitionReader.cpp
    kafka/Producer.h
    kafka/Producer.cpp
    kafka/RawProduce.h
    kafka/RawProduce.cpp
    kafka/RawProduceRecord.h
    kafka/RawProduceRecord.cpp
    kafka/RdErrors.h
    kafka/RdErrors.cpp
    kafka/RdHandles.h
    kafka/RdMessages.h
    kafka/RdMessages.cpp
    kafka/TlsVerifyProblems.h
    kafka/TlsVerifyProblems.cpp
    kafka/TransactionalProducer.h
    kafka/TransactionalProducer.cpp
)
