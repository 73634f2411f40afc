#include "browse/MessageView.h"

namespace streamscope {

std::optional<MaybeBytes> MessageView::header(QByteArrayView name) const {
    std::optional<MaybeBytes> found;
    forEachHeader([&](QByteArrayView n, const MaybeBytes& v) {
        if (n == name)
            found = v;
    });
    return found;
}

int MessageView::headerCount() const {
    int n = 0;
    forEachHeader([&](QByteArrayView, const MaybeBytes&) { ++n; });
    return n;
}

qint64 MessageView::payloadBytes() const {
    qint64 bytes = key.size + value.size;
    forEachHeader([&](QByteArrayView n, const MaybeBytes& v) { bytes += n.size() + v.size; });
    return bytes;
}

namespace {

// What a record and a record view share: where the message comes from, when, key and value.
template <typename Record> MessageView viewOfRecord(const Record& record, const QByteArray& topic) {
    MessageView v;
    v.topicUtf8 = &topic;
    v.partition = record.partition;
    v.offset = record.offset;
    v.timestampMs = record.timestampMs;
    v.timestampType = record.timestampType;
    return v;
}

} // namespace

MessageView MessageView::of(const ConsumedRecord& record, const QByteArray& topicUtf8) {
    MessageView v = viewOfRecord(record, topicUtf8);
    v.key = MaybeBytes::of(record.key);
    v.value = MaybeBytes::of(record.value);
    v.recordHeaders = &record.headers;
    return v;
}

MessageView MessageView::of(const RecordView& record, const QByteArray& topicUtf8) {
    MessageView v = viewOfRecord(record, topicUtf8);
    v.key = record.key;
    v.value = record.value;
    v.headerViews = record.headers;
    v.headerViewCount = record.headerCount;
    return v;
}

} // namespace streamscope
