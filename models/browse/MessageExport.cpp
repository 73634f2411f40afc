#include "browse/MessageExport.h"

#include "schema/DecodedPayloads.h"

#include "browse/MessageStore.h"
#include "browse/MessageText.h"
#include "browse/RecordJson.h"
#include "common/ModelsTr.h"

#include <QDateTime>
#include <QSaveFile>
#include <QTimeZone>

namespace streamscope {

namespace {

void appendJsonText(QByteArray& out, QByteArrayView utf8) {
    std::string text;
    appendJsonString(text, std::string_view(utf8.data(), size_t(utf8.size())));
    out += QByteArrayView(text.data(), qsizetype(text.size()));
}

// The headers as a JSON object: text values as strings, other bytes as base64, null as null.
QByteArray headersJson(const MessageView& message) {
    QByteArray out = "{";
    bool first = true;
    message.forEachHeader([&](QByteArrayView name, const MaybeBytes& value) {
        if (!first)
            out += ',';
        first = false;
        appendJsonText(out, name);
        out += ':';
        if (value.null)
            out += "null";
        else if (isValidUtf8(value.view()))
            appendJsonText(out, value.view());
        else
            out += '"' + value.view().toByteArray().toBase64() + '"';
    });
    out += '}';
    return out;
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
    out += ',' + csvField(headersJson(message));
    return out;
}

namespace {

// A stored decoded part as RecordJson's decoded overload takes it.
void asPayload(const schema::DecodedView& view, schema::DecodedPayload& out) {
    out.kind = view.kind;
    out.format = view.format;
    out.schemaId = view.schemaId;
    out.json.clear();
    out.error.clear();
    if (view.kind == schema::DecodedPayload::Kind::Decoded)
        out.json.assign(view.text.data(), size_t(view.text.size()));
    else if (view.kind == schema::DecodedPayload::Kind::Failed)
        out.error = QString::fromUtf8(view.text);
}

} // namespace

Expected<qint64> exportMessages(const MessageStore& store, const std::vector<quint32>& rows,
                                ExportFormat format, const QString& path, const CancelToken& cancel,
                                std::atomic<qint64>* written,
                                const schema::DecodedPayloads* decoded) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return streamscopeError(ModelsTr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    const bool csv = format == ExportFormat::Csv;
    QByteArray buffer;
    if (csv)
        buffer = csvHeaderLine() + "\r\n";
    qint64 count = 0;
    std::string line;
    schema::DecodedPayload key;
    schema::DecodedPayload value;
    for (const quint32 row : rows) {
        if ((count & 1023) == 0 && cancel.isCancelled()) {
            file.cancelWriting();
            return streamscopeError(ModelsTr::tr("Export cancelled"));
        }
        const MessageView view = store.view(row);
        if (csv) {
            buffer += messageCsvLine(decoded ? decoded->overlay(row, view) : view);
            buffer += "\r\n";
        } else {
            line.clear();
            if (decoded) {
                asPayload(decoded->key(row), key);
                asPayload(decoded->value(row), value);
                appendJsonLine(line, view, &key, &value);
            } else {
                appendJsonLine(line, view); // the CLI's --jsonl shape, newline included
            }
            buffer += QByteArrayView(line.data(), qsizetype(line.size()));
        }
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
