#pragma once

#include "kafka/KafkaRecord.h"

#include <QByteArrayView>
#include <QString>

namespace streamscope {

// Bytes of a key, value or header value that may be absent: a null key or a tombstone's value is
// null, which differs from empty.
struct MaybeBytes {
    const char* data = nullptr;
    qsizetype size = 0;
    bool null = true;

    QByteArrayView view() const { return QByteArrayView(data, size); }
    static MaybeBytes of(const QByteArray& bytes) {
        return MaybeBytes{bytes.constData(), bytes.size(), bytes.isNull()};
    }
};

struct RecordHeaderView {
    QByteArrayView name;
    MaybeBytes value;
};

// One fetched record without a copy: its bytes still belong to the librdkafka message it came
// from. Handed to a visitor (PartitionReader::read with a visitor) and valid only during that
// call; whatever must outlive it is copied by the visitor (e.g. into a MessageStore arena).
struct RecordView {
    const QString* topic = nullptr;
    int partition = -1;
    qint64 offset = -1;
    qint64 timestampMs = -1; // -1: not available
    RecordTimestampType timestampType = RecordTimestampType::NotAvailable;
    MaybeBytes key;
    MaybeBytes value;
    const RecordHeaderView* headers = nullptr; // headerCount of them, in order
    qsizetype headerCount = 0;

    // A deep copy that outlives the message.
    ConsumedRecord toRecord() const;
    // Key, value, header names and values (ConsumedRecord::payloadBytes).
    qint64 payloadBytes() const {
        qint64 bytes = key.size + value.size;
        for (qsizetype i = 0; i < headerCount; ++i)
            bytes += headers[i].name.size() + headers[i].value.size;
        return bytes;
    }
};

} // namespace streamscope
