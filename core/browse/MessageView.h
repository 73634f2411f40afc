#pragma once

#include "kafka/KafkaRecord.h"
#include "kafka/RecordView.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace streamscope {

// One message as the filter and the exporters see it, without copying: a row of a MessageStore
// (MessageStore::view), a ConsumedRecord still in flight or a record still in librdkafka's fetch
// buffer (MessageView::of). Valid as long as what it points into: a store row forever (rows are
// never moved), a record until it is gone, a fetched record during the reader's visit.
struct MessageView {
    const QByteArray* topicUtf8 = nullptr;
    int partition = -1;
    qint64 offset = -1;
    qint64 timestampMs = -1;
    RecordTimestampType timestampType = RecordTimestampType::NotAvailable;
    MaybeBytes key;
    MaybeBytes value;
    // The value is followed by at least kJsonPadding readable bytes (store arenas guarantee it),
    // so JSON can be parsed in place instead of copied into a padded buffer first.
    bool valuePadded = false;

    // Headers: encoded in a store arena, the record's vector or a fetched record's header views.
    const char* encodedHeaders = nullptr;
    qsizetype encodedHeadersSize = 0;
    const std::vector<RecordHeader>* recordHeaders = nullptr;
    const RecordHeaderView* headerViews = nullptr;
    qsizetype headerViewCount = 0;

    // The value of the last header with this name (Kafka allows repeats); nothing when absent.
    std::optional<MaybeBytes> header(QByteArrayView name) const;
    // Calls f(name, value) for each header in order.
    template <typename F> void forEachHeader(F&& f) const;
    int headerCount() const;
    // Key, value, header names and values (ConsumedRecord::payloadBytes).
    qint64 payloadBytes() const;

    // A view of a record with its topic name in UTF-8 (which must outlive the view).
    static MessageView of(const ConsumedRecord& record, const QByteArray& topicUtf8);
    // A view of a fetched record (valid while the reader's visit lasts).
    static MessageView of(const RecordView& record, const QByteArray& topicUtf8);

    static constexpr qsizetype kJsonPadding = 64; // simdjson's SIMDJSON_PADDING
};

// Header encoding inside a store arena: per header varint(name size), varint(value size + 1, 0
// for a null value), name bytes, value bytes. Decoding is bounded by the block size.
namespace header_codec {
// Reads one varint at p (< end); returns the byte after it or nullptr when malformed.
inline const char* readVarint(const char* p, const char* end, quint64* out) {
    quint64 v = 0;
    for (int shift = 0; p < end && shift < 64; shift += 7) {
        const auto byte = static_cast<unsigned char>(*p++);
        v |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            *out = v;
            return p;
        }
    }
    return nullptr;
}
} // namespace header_codec

template <typename F> void MessageView::forEachHeader(F&& f) const {
    if (recordHeaders) {
        for (const auto& h : *recordHeaders)
            f(QByteArrayView(h.name), MaybeBytes::of(h.value));
        return;
    }
    if (headerViews) {
        for (qsizetype i = 0; i < headerViewCount; ++i)
            f(headerViews[i].name, headerViews[i].value);
        return;
    }
    const char* p = encodedHeaders;
    const char* end = encodedHeaders + encodedHeadersSize;
    while (p && p < end) {
        quint64 nameSize = 0;
        quint64 valueSizePlusOne = 0;
        p = header_codec::readVarint(p, end, &nameSize);
        if (!p)
            return;
        p = header_codec::readVarint(p, end, &valueSizePlusOne);
        if (!p)
            return;
        const quint64 valueSize = valueSizePlusOne ? valueSizePlusOne - 1 : 0;
        if (quint64(end - p) < nameSize + valueSize)
            return;
        const QByteArrayView name(p, qsizetype(nameSize));
        p += nameSize;
        f(name, MaybeBytes{p, qsizetype(valueSize), valueSizePlusOne == 0});
        p += valueSize;
    }
}

} // namespace streamscope
