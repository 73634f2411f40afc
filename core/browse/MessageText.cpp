#include "browse/MessageText.h"

#include "browse/MessageStore.h"

#include <simdjson.h>

namespace streamscope {

namespace {

bool isControl(unsigned char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
}

// The longest prefix of at most maxBytes that does not cut a UTF-8 sequence.
qsizetype utf8Prefix(const char* data, qsizetype size, qsizetype maxBytes) {
    if (size <= maxBytes)
        return size;
    qsizetype n = maxBytes;
    while (n > 0 && (static_cast<unsigned char>(data[n]) & 0xc0) == 0x80)
        --n;
    return n;
}

QString hexPreview(const MaybeBytes& bytes, qsizetype maxChars) {
    static const char digits[] = "0123456789abcdef";
    const qsizetype n = std::min<qsizetype>(bytes.size, std::max<qsizetype>(maxChars / 3, 1));
    QString out;
    out.reserve(n * 3 + 2);
    for (qsizetype i = 0; i < n; ++i) {
        const auto b = static_cast<unsigned char>(bytes.data[i]);
        if (i)
            out += QLatin1Char(' ');
        out += QLatin1Char(digits[b >> 4]);
        out += QLatin1Char(digits[b & 15]);
    }
    if (n < bytes.size)
        out += QChar(0x2026);
    return out;
}

} // namespace

bool isValidUtf8(QByteArrayView bytes) {
    return simdjson::validate_utf8(bytes.data(), size_t(bytes.size()));
}

BytesKind classifyBytes(const MaybeBytes& bytes) {
    if (bytes.null)
        return BytesKind::Null;
    for (qsizetype i = 0; i < bytes.size; ++i)
        if (isControl(static_cast<unsigned char>(bytes.data[i])))
            return BytesKind::Binary;
    return isValidUtf8(bytes.view()) ? BytesKind::Text : BytesKind::Binary;
}

QString previewText(const MaybeBytes& bytes, qsizetype maxChars) {
    switch (classifyBytes(bytes)) {
    case BytesKind::Null:
        return {};
    case BytesKind::Binary:
        return hexPreview(bytes, maxChars);
    case BytesKind::Text:
        break;
    }
    // A UTF-8 character is at most 4 bytes and at least one UTF-16 unit.
    const qsizetype take = utf8Prefix(bytes.data, bytes.size, maxChars * 4);
    QString text = QString::fromUtf8(bytes.data, take);
    const bool cut = take < bytes.size || text.size() > maxChars;
    if (text.size() > maxChars)
        text.truncate(maxChars);
    for (QChar& c : text)
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    if (cut)
        text += QChar(0x2026);
    return text;
}

QString fullText(const MaybeBytes& bytes) {
    if (bytes.null || !isValidUtf8(bytes.view()))
        return {};
    return QString::fromUtf8(bytes.data, bytes.size);
}

MessageTextCache::MessageTextCache(const MessageStore& store, qsizetype maxChars,
                                   qint64 budgetBytes)
    : m_store(store)
    , m_maxChars(maxChars) {
    m_cache.setMaxCost(qsizetype(budgetBytes));
}

QString MessageTextCache::text(size_t row, Part part) const {
    const quint64 cacheKey = quint64(row) * 2 + (part == Part::Value ? 1 : 0);
    std::lock_guard lock(m_mutex);
    if (const QString* cached = m_cache.object(cacheKey))
        return *cached;
    const MaybeBytes bytes = part == Part::Key ? m_store.key(row) : m_store.value(row);
    auto text = std::make_unique<QString>(previewText(bytes, m_maxChars));
    QString copy = *text;
    const qsizetype cost = text->size() * 2 + 32;
    m_cache.insert(cacheKey, text.release(), cost);
    return copy;
}

void MessageTextCache::clear() {
    std::lock_guard lock(m_mutex);
    m_cache.clear();
}

} // namespace streamscope
