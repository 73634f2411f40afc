#include "browse/MessageStore.h"

#include "browse/BrowseTr.h"

#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace streamscope {

namespace {

// flags: bits 0-1 timestamp type, bit 2 null key, bit 3 null value.
constexpr quint8 kNullKey = 1u << 2;
constexpr quint8 kNullValue = 1u << 3;

qsizetype varintSize(quint64 v) {
    qsizetype n = 1;
    while (v >= 0x80) {
        v >>= 7;
        ++n;
    }
    return n;
}

char* writeVarint(char* p, quint64 v) {
    while (v >= 0x80) {
        *p++ = static_cast<char>((v & 0x7f) | 0x80);
        v >>= 7;
    }
    *p++ = static_cast<char>(v);
    return p;
}

} // namespace

// One chunk of rows, column by column (41 bytes per row).
struct MessageStore::Chunk {
    qint64 offset[kChunkRows];
    qint64 timestamp[kChunkRows];
    quint64 position[kChunkRows]; // block index << 32 | byte offset in the block
    quint32 keySize[kChunkRows];
    quint32 valueSize[kChunkRows];
    quint32 headersSize[kChunkRows]; // encoded (header_codec)
    qint32 partition[kChunkRows];
    quint8 flags[kChunkRows];
};

MessageStore::MessageStore(QString topic, qint64 memoryCapBytes)
    : m_topic(std::move(topic))
    , m_topicUtf8(m_topic.toUtf8())
    , m_bytes(memoryCapBytes, kBlockBytes)
    // Every row costs at least its chunk share of one column.
    , m_rows(m_bytes.cap(), qint64(sizeof(qint64))) {}

MessageStore::~MessageStore() = default;

qint64 MessageStore::defaultMemoryCap() {
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGE_SIZE);
    const qint64 ram = pages > 0 && pageSize > 0 ? qint64(pages) * pageSize : qint64(4) << 30;
    return std::max<qint64>(ram / 4, qint64(256) << 20);
}

QString MessageStore::capNotice() const {
    return BrowseTr::tr("Stopped at the memory limit of %1 MiB with %2 messages loaded. Narrow the "
                        "range or use a filter while fetching to keep only what matters.")
        .arg(memoryCap() >> 20)
        .arg(size());
}

bool MessageStore::append(const MessageView& message) {
    const size_t row = m_size.load(std::memory_order_relaxed);
    Chunk* chunk = m_rows.chunkFor(row, m_bytes);
    if (!chunk) {
        m_capReached.store(true, std::memory_order_release);
        return false;
    }
    const MaybeBytes& key = message.key;
    const MaybeBytes& value = message.value;
    qsizetype headerBytes = 0;
    qint64 headerPayload = 0;
    message.forEachHeader([&](QByteArrayView name, const MaybeBytes& v) {
        headerBytes += varintSize(quint64(name.size())) +
                       varintSize(v.null ? 0 : quint64(v.size) + 1) + name.size() + v.size;
        headerPayload += name.size() + v.size;
    });
    const qsizetype total = key.size + value.size + headerBytes;
    char* dst = nullptr;
    const qint64 position = m_bytes.reserve(total, &dst);
    if (position < 0) {
        m_capReached.store(true, std::memory_order_release);
        return false;
    }
    if (key.size > 0)
        std::memcpy(dst, key.data, size_t(key.size));
    dst += key.size;
    if (value.size > 0)
        std::memcpy(dst, value.data, size_t(value.size));
    dst += value.size;
    message.forEachHeader([&](QByteArrayView name, const MaybeBytes& v) {
        dst = writeVarint(dst, quint64(name.size()));
        dst = writeVarint(dst, v.null ? 0 : quint64(v.size) + 1);
        std::memcpy(dst, name.data(), size_t(name.size()));
        dst += name.size();
        if (v.size > 0)
            std::memcpy(dst, v.data, size_t(v.size));
        dst += v.size;
    });

    Chunk& c = *chunk;
    const size_t i = row % kChunkRows;
    c.offset[i] = message.offset;
    c.timestamp[i] = message.timestampMs;
    c.position[i] = quint64(position);
    c.keySize[i] = quint32(key.size);
    c.valueSize[i] = quint32(value.size);
    c.headersSize[i] = quint32(headerBytes);
    c.partition[i] = message.partition;
    c.flags[i] = quint8(static_cast<quint8>(message.timestampType) | (key.null ? kNullKey : 0) |
                        (value.null ? kNullValue : 0));
    m_payloadBytes.store(m_payloadBytes.load(std::memory_order_relaxed) + key.size + value.size +
                             headerPayload,
                         std::memory_order_release);
    m_size.store(row + 1, std::memory_order_release);
    return true;
}

int MessageStore::partition(size_t row) const {
    return chunkOf(row).partition[row % kChunkRows];
}

qint64 MessageStore::offset(size_t row) const {
    return chunkOf(row).offset[row % kChunkRows];
}

qint64 MessageStore::timestampMs(size_t row) const {
    return chunkOf(row).timestamp[row % kChunkRows];
}

RecordTimestampType MessageStore::timestampType(size_t row) const {
    return static_cast<RecordTimestampType>(chunkOf(row).flags[row % kChunkRows] & 3u);
}

MaybeBytes MessageStore::key(size_t row) const {
    const Chunk& c = chunkOf(row);
    const size_t i = row % kChunkRows;
    const quint64 pos = c.position[i];
    const char* base = m_bytes.bytesAt(pos);
    return MaybeBytes{base, qsizetype(c.keySize[i]), (c.flags[i] & kNullKey) != 0};
}

MaybeBytes MessageStore::value(size_t row) const {
    const Chunk& c = chunkOf(row);
    const size_t i = row % kChunkRows;
    const quint64 pos = c.position[i];
    const char* base = m_bytes.bytesAt(pos) + c.keySize[i];
    return MaybeBytes{base, qsizetype(c.valueSize[i]), (c.flags[i] & kNullValue) != 0};
}

qint64 MessageStore::messageBytes(size_t row) const {
    return view(row).payloadBytes();
}

MessageView MessageStore::view(size_t row) const {
    const Chunk& c = chunkOf(row);
    const size_t i = row % kChunkRows;
    const quint64 pos = c.position[i];
    const char* base = m_bytes.bytesAt(pos);
    MessageView v;
    v.topicUtf8 = &m_topicUtf8;
    v.partition = c.partition[i];
    v.offset = c.offset[i];
    v.timestampMs = c.timestamp[i];
    v.timestampType = static_cast<RecordTimestampType>(c.flags[i] & 3u);
    v.key = MaybeBytes{base, qsizetype(c.keySize[i]), (c.flags[i] & kNullKey) != 0};
    v.value =
        MaybeBytes{base + c.keySize[i], qsizetype(c.valueSize[i]), (c.flags[i] & kNullValue) != 0};
    v.valuePadded = true;
    v.encodedHeaders = base + c.keySize[i] + c.valueSize[i];
    v.encodedHeadersSize = qsizetype(c.headersSize[i]);
    return v;
}

ConsumedRecord MessageStore::record(size_t row) const {
    const MessageView v = view(row);
    auto copy = [](const MaybeBytes& b) {
        return b.null ? QByteArray() : QByteArray(b.data, b.size);
    };
    ConsumedRecord r;
    r.topic = m_topic;
    r.partition = v.partition;
    r.offset = v.offset;
    r.timestampMs = v.timestampMs;
    r.timestampType = v.timestampType;
    r.key = copy(v.key);
    r.value = copy(v.value);
    v.forEachHeader([&](QByteArrayView name, const MaybeBytes& value) {
        r.headers.push_back(RecordHeader{name.toByteArray(), copy(value)});
    });
    return r;
}

void MessageStore::rewind() {
    // Row chunks and arena blocks stay allocated (and counted in memoryBytes()); the next appends
    // write over them from the first block on.
    m_bytes.rewind();
    m_size.store(0, std::memory_order_release);
    m_payloadBytes.store(0, std::memory_order_release);
    m_capReached.store(false, std::memory_order_release);
}

void MessageStore::clear() {
    m_rows.clear(m_bytes);
    m_bytes.clear();
    m_size.store(0, std::memory_order_release);
    m_payloadBytes.store(0, std::memory_order_release);
    m_capReached.store(false, std::memory_order_release);
}

} // namespace streamscope
