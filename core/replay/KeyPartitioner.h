#pragma once

#include <QByteArrayView>

#include <cstdint>

namespace streamscope {

// Kafka's Java client hash (org.apache.kafka.common.utils.Utils.murmur2, seed 0x9747b28c).
int32_t javaMurmur2(QByteArrayView data);
// The partition the Java client's default partitioner gives a non-null key:
// toPositive(murmur2(key)) % partitionCount.
int javaKeyPartition(QByteArrayView key, int partitionCount);

} // namespace streamscope
