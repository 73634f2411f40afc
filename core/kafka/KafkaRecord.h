#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

// Value types for records and partitions, shared by the wrappers (reader, group consumer,
// producer) so that code outside core/kafka never sees a librdkafka struct.
namespace streamscope {

struct RecordHeader {
    QByteArray name;
    QByteArray value;
};

// How the broker stamped a record (Kafka's timestamp type).
enum class RecordTimestampType { NotAvailable, CreateTime, LogAppendTime };

// One record as read from a partition: a deep copy, so it outlives the librdkafka message and
// can cross threads. A null key or value (isNull()) means the record had none (a tombstone has a
// null value); an empty but non-null one was sent empty.
struct ConsumedRecord {
    QString topic;
    int partition = -1;
    qint64 offset = -1;
    qint64 timestampMs = -1; // -1: not available
    RecordTimestampType timestampType = RecordTimestampType::NotAvailable;
    QByteArray key;
    QByteArray value;
    std::vector<RecordHeader> headers;

    // The value of the last header with this name (Kafka allows repeats), or a null array.
    QByteArray headerValue(const char* name) const {
        for (auto it = headers.rbegin(); it != headers.rend(); ++it)
            if (it->name == name)
                return it->value;
        return {};
    }
    // Bytes the application sent: key, value, header names and values (no framing, before
    // compression).
    qint64 payloadBytes() const {
        qint64 bytes = key.size() + value.size();
        for (const auto& h : headers)
            bytes += h.name.size() + h.value.size();
        return bytes;
    }
};

struct TopicPartition {
    QString topic;
    int partition = -1;
    friend bool operator==(const TopicPartition&, const TopicPartition&) = default;
};

// An offset of one partition: a committed offset, an offset to commit or to start from.
// offset < 0 holds librdkafka's logical offsets (e.g. -1001 for "none").
struct TopicPartitionOffset {
    QString topic;
    int partition = -1;
    qint64 offset = -1;
    int errorCode = 0; // per-partition error of the request that produced it
};

} // namespace streamscope
