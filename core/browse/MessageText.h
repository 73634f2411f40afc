#pragma once

#include "browse/MessageView.h"

#include <QCache>
#include <QString>

#include <mutex>

namespace streamscope {

class MessageStore;

// How bytes of a key or value are shown and exported.
enum class BytesKind {
    Null,   // absent (null key, tombstone)
    Text,   // valid UTF-8 without control characters other than tab/newline/CR
    Binary, // anything else: shown as hex, exported as base64
};

BytesKind classifyBytes(const MaybeBytes& bytes);
bool isValidUtf8(QByteArrayView bytes);

// Text for a table cell or a preview: valid UTF-8 decoded, anything else as hex bytes; cut at
// maxChars with an ellipsis so a 10 MB payload never reaches a view whole. Control characters
// become spaces (one line per cell).
QString previewText(const MaybeBytes& bytes, qsizetype maxChars);
// Whole text for the inspector (valid UTF-8 only; binary returns a null string).
QString fullText(const MaybeBytes& bytes);

// Lazily decoded cell text of a store's rows, in a bounded LRU cache: decoding happens for the
// rows a view actually shows, once, and a million rows never hold a million strings.
// Thread-safe (one mutex); the GUI model is the only expected user.
class MessageTextCache {
public:
    enum class Part { Key, Value };
    // maxChars: per cell; budgetBytes: the whole cache (UTF-16 bytes).
    explicit MessageTextCache(const MessageStore& store, qsizetype maxChars = 256,
                              qint64 budgetBytes = qint64(32) << 20);

    QString text(size_t row, Part part) const;
    void clear();

private:
    const MessageStore& m_store;
    qsizetype m_maxChars;
    mutable std::mutex m_mutex;
    mutable QCache<quint64, QString> m_cache;
};

} // namespace streamscope
