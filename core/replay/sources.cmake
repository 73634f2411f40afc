# The replay engine (issue 9): sandbox guard, engine, verification, history. Kafka only through
# core/kafka (TransactionalProducer, PartitionReader via core/browse's fetch, KafkaClient).
target_sources(streamscope_core PRIVATE
    replay/KeyPartitioner.h
    replay/KeyPartitioner.cpp
    replay/OffsetList.h
    replay/OffsetList.cpp
    replay/ReplayBuffers.h
    replay/ReplayBuffers.cpp
    replay/RecordDigest.h
    replay/RecordDigest.cpp
    replay/ReplayEngine.h
    replay/ReplayEngine.cpp
    replay/ReplayHistory.h
    replay/ReplayHistory.cpp
    replay/ReplayJob.h
    replay/ReplayJob.cpp
    replay/ReplayLane.h
    replay/ReplayLane.cpp
    replay/ReplayPacer.h
    replay/ReplayPacer.cpp
    replay/ReplayTypes.h
    replay/ReplayTypes.cpp
    replay/ReplayVerifier.h
    replay/ReplayVerifier.cpp
    replay/SandboxGuard.h
    replay/SandboxGuard.cpp
)
