#include "browse/MessageExport.h"

#include "browse/MessageStore.h"
#include "browse/MessageText.h"
#include "common/ModelsTr.h"

#include <QDateTime>
#include <QSaveFile>
#include <QTimeZone>

namespace streamscope {

namespace {

void appendJsonString(QByteArray& out, QByteArrayView utf8) {
    static const char digits[] = "0123456789abcdef";
    out += '"';
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += digits[c >> 4];
                out += digits[c & 15];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

// Text as a JSON string, other bytes as base64; returns whether base64 was used.
bool appendBytes(QByteArray& out, const MaybeBytes& bytes) {
    if (bytes.null) {
        out += "null";
        return false;
    }
    if (isValidUtf8(bytes.view())) {
        appendJsonString(out, bytes.view());
        return false;
    }
    out += '"';
    out += QByteArray::fromRawData(bytes.data, bytes.size).toBase64();
    out += '"';
    return true;
}

QByteArray headersJson(const MessageView& message, QByteArray* base64Names) {
    QByteArray out = "{";
    bool first = true;
    message.forEachHeader([&](QByteArrayView name, const MaybeBytes& value) {
        if (!first)
            out += ',';
        first = false;
        appendJsonString(out, name);
        out += ':';
        if (appendBytes(out, value) && base64Names) {
            if (!base64Names->isEmpty())
                *base64Names += ',';
            appendJsonString(*base64Names, name);
            *base64Names += ":\"base64\"";
        }
    });
    out += '}';
    return out;
}

const char* timestampTypeName(RecordTimestampType type) {
    switch (type) {
    case RecordTimestampType::CreateTime:
        return "create_time";
    case RecordTimestampType::LogAppendTime:
        return "log_append_time";
    case RecordTimestampType::NotAvailable:
        break;
    }
    return "not_available";
}

QByteArray csvField(QByteArrayView text) {
    if (!text.contains('"') && !text.contains(',') && !text.contains('\n') && !text.contains('\r'))
        return text.toByteArray();
    QByteArray out = "\"";
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

// Text as it is, other bytes as base64; the encoding column says which.
void appendCsvBytes(QByteArray& out, const MaybeBytes& bytes) {
    if (bytes.null) {
        out += ",,null";
    } else if (isValidUtf8(bytes.view())) {
        out += ',' + csvField(bytes.view()) + ",";
    } else {
        out += ',' + QByteArray::fromRawData(bytes.data, bytes.size).toBase64() + ",base64";
    }
}

} // namespace

QByteArray messageJson(const MessageView& message) {
    QByteArray out;
    out.reserve(message.payloadBytes() + 160);
    out += "{\"topic\":";
    appendJsonString(out, message.topicUtf8 ? QByteArrayView(*message.topicUtf8) : "");
    out += ",\"partition\":" + QByteArray::number(message.partition);
    out += ",\"offset\":" + QByteArray::number(message.offset);
    out += ",\"timestamp\":" + QByteArray::number(message.timestampMs);
    out += ",\"timestamp_type\":\"";
    out += timestampTypeName(message.timestampType);
    out += "\",\"key\":";
    const bool keyBase64 = appendBytes(out, message.key);
    QByteArray headerEncodings;
    out += ",\"headers\":" + headersJson(message, &headerEncodings);
    out += ",\"value\":";
    const bool valueBase64 = appendBytes(out, message.value);
    if (keyBase64)
        out += ",\"key_encoding\":\"base64\"";
    if (valueBase64)
        out += ",\"value_encoding\":\"base64\"";
    if (!headerEncodings.isEmpty())
        out += ",\"header_encodings\":{" + headerEncodings + "}";
    out += '}';
    return out;
}

QByteArray csvHeaderLine() {
    return "topic,partition,offset,timestamp,timestamp_ms,key,key_encoding,value,value_encoding,"
           "headers";
}

QByteArray messageCsvLine(const MessageView& message) {
    QByteArray out;
    out.reserve(message.payloadBytes() + 120);
    out += csvField(message.topicUtf8 ? QByteArrayView(*message.topicUtf8) : "");
    out += ',' + QByteArray::number(message.partition);
    out += ',' + QByteArray::number(message.offset);
    out += ',';
    if (message.timestampMs >= 0)
        out += QDateTime::fromMSecsSinceEpoch(message.timestampMs, Qt::UTC)
                   .toString(Qt::ISODateWithMs)
                   .toUtf8();
    out += ',' + QByteArray::number(message.timestampMs);
    appendCsvBytes(out, message.key);
    appendCsvBytes(out, message.value);
    out += ',' + csvField(headersJson(message, nullptr));
    return out;
}

Expected<qint64> exportMessages(const MessageStore& store, const std::vector<quint32>& rows,
                                ExportFormat format, const QString& path, const CancelToken& cancel,
                                std::atomic<qint64>* written) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return streamscopeError(ModelsTr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    const bool csv = format == ExportFormat::Csv;
    QByteArray buffer;
    if (csv)
        buffer = csvHeaderLine() + "\r\n";
    qint64 count = 0;
    for (const quint32 row : rows) {
        if ((count & 1023) == 0 && cancel.isCancelled()) {
            file.cancelWriting();
            return streamscopeError(ModelsTr::tr("Export cancelled"));
        }
        const MessageView view = store.view(row);
        buffer += csv ? messageCsvLine(view) : messageJson(view);
        buffer += csv ? "\r\n" : "\n";
        if (buffer.size() > (1 << 20)) {
            if (file.write(buffer) != buffer.size())
                break;
            buffer.clear();
        }
        ++count;
        if (written)
            written->store(count, std::memory_order_relaxed);
    }
    if (!buffer.isEmpty())
        file.write(buffer);
    if (!file.commit())
        return streamscopeError(ModelsTr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return count;
}

} // namespace streamscope
