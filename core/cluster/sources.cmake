# What a cluster is and how to reach it: metadata snapshots, connection profiles and their storage,
# address and name rules. No librdkafka.
target_sources(streamscope_core PRIVATE
    cluster/BootstrapAddress.h
    cluster/BootstrapAddress.cpp
    cluster/ClusterMetadata.h
    cluster/ClusterMetadata.cpp
    cluster/ConnectionProfile.h
    cluster/ConnectionProfile.cpp
    cluster/PemCheck.h
    cluster/PemCheck.cpp
    cluster/ProfileStore.h
    cluster/ProfileStore.cpp
    cluster/TopicName.h
    cluster/TopicName.cpp
)
