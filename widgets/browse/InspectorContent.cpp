#include "browse/InspectorContent.h"

#include "browse/RecordJson.h"
#include "common/WidgetsTr.h"
#include "schema/SchemaCache.h"

#include <nlohmann/json.hpp>

namespace streamscope {

namespace {

using Json = nlohmann::ordered_json;

QString scalarText(const Json& value) {
    return QString::fromStdString(value.dump(-1, ' ', false, Json::error_handler_t::replace));
}

void buildTree(const Json& value, JsonTreeNode& node, int& budget, bool& cut) {
    if (value.is_object() || value.is_array()) {
        node.scalar = false;
        node.value = value.is_object() ? QStringLiteral("{%1}").arg(value.size())
                                       : QStringLiteral("[%1]").arg(value.size());
        int index = 0;
        for (auto it = value.begin(); it != value.end(); ++it, ++index) {
            if (budget <= 0) {
                cut = true;
                return;
            }
            --budget;
            JsonTreeNode child;
            if (value.is_object()) {
                child.name = QString::fromStdString(it.key());
                child.path = node.path.isEmpty() ? child.name : node.path + u'.' + child.name;
            } else {
                child.name = QStringLiteral("[%1]").arg(index);
                child.path = node.path + child.name;
            }
            buildTree(*it, child, budget, cut);
            node.children.push_back(std::move(child));
        }
        return;
    }
    node.scalar = true;
    node.value = scalarText(value);
    if (node.value.size() > InspectorContent::kMaxTreeValueChars) {
        node.value.truncate(InspectorContent::kMaxTreeValueChars);
        node.value += QChar(0x2026);
    }
}

bool looksLikeJson(QByteArrayView bytes) {
    for (const char c : bytes) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '{' || c == '[' || c == '"';
    }
    return false;
}

// What a text view can lay out quickly: at most kMaxShownChars, no line longer than
// kMaxLineChars. Returns whether anything was cut.
bool fitForView(QString& text) {
    bool cut = false;
    if (text.size() > InspectorContent::kMaxShownChars) {
        text.truncate(InspectorContent::kMaxShownChars);
        cut = true;
    }
    qsizetype run = 0;
    bool longLines = false;
    for (const QChar c : std::as_const(text)) {
        run = c == u'\n' ? 0 : run + 1;
        if (run > InspectorContent::kMaxLineChars) {
            longLines = true;
            break;
        }
    }
    if (!longLines)
        return cut;
    QString broken;
    broken.reserve(text.size() + text.size() / InspectorContent::kMaxLineChars + 1);
    run = 0;
    for (const QChar c : std::as_const(text)) {
        if (c == u'\n') {
            run = 0;
        } else if (++run > InspectorContent::kMaxLineChars) {
            broken += u'\n';
            run = 1;
        }
        broken += c;
    }
    text = std::move(broken);
    return cut;
}

} // namespace

QString hexDump(QByteArrayView bytes) {
    static const char digits[] = "0123456789abcdef";
    QString out;
    out.reserve((bytes.size() / 16 + 1) * 78);
    for (qsizetype line = 0; line < bytes.size(); line += 16) {
        out += QStringLiteral("%1  ").arg(line, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = 0; i < 16; ++i) {
            if (line + i < bytes.size()) {
                const auto b = static_cast<unsigned char>(bytes[line + i]);
                out += QLatin1Char(digits[b >> 4]);
                out += QLatin1Char(digits[b & 15]);
                out += QLatin1Char(' ');
                ascii += (b >= 0x20 && b < 0x7f) ? QLatin1Char(char(b)) : QLatin1Char('.');
            } else {
                out += QStringLiteral("   ");
            }
            if (i == 7)
                out += QLatin1Char(' ');
        }
        out += QStringLiteral(" |") + ascii + QStringLiteral("|\n");
    }
    return out;
}

QString describeSchemaPart(const SchemaPart& part) {
    if (part.kind == schema::DecodedPayload::Kind::Plain)
        return WidgetsTr::tr("not in the Schema Registry wire format");
    QString text = WidgetsTr::tr("schema id %1").arg(part.schemaId);
    if (part.schema) {
        text += QStringLiteral(" \u00b7 ") + schema::formatTitle(part.schema->format);
        if (!part.schema->subject.isEmpty())
            text += QStringLiteral(" \u00b7 ") + WidgetsTr::tr("subject %1, version %2")
                                                     .arg(part.schema->subject)
                                                     .arg(part.schema->version);
    }
    return text;
}

namespace {

// The schema's text for reading: Avro and JSON Schema as indented JSON, Protobuf as written.
QString readableSchemaText(const schema::RegisteredSchema& s) {
    if (s.format != schema::SchemaFormat::Protobuf) {
        const Json parsed = Json::parse(s.text.toStdString(), nullptr, false);
        if (!parsed.is_discarded())
            return QString::fromStdString(
                parsed.dump(2, ' ', false, Json::error_handler_t::replace));
    }
    return s.text;
}

void lookUpSchema(SchemaPart& part, schema::SchemaCache* cache) {
    if (part.kind == schema::DecodedPayload::Kind::Plain || !cache)
        return;
    auto fetched = cache->schema(part.schemaId);
    if (fetched)
        part.schema = *fetched;
    else
        part.schemaError = fetched.error().message;
}

QString schemaSection(const QString& what, const SchemaPart& part) {
    QString out = what + QStringLiteral(": ") + describeSchemaPart(part) + u'\n';
    if (part.kind == schema::DecodedPayload::Kind::Failed)
        out += WidgetsTr::tr("Not decoded: %1").arg(part.error) + u'\n';
    if (part.schema) {
        for (const auto& ref : part.schema->references)
            out += WidgetsTr::tr("References %1 (subject %2, version %3)")
                       .arg(ref.name, ref.subject)
                       .arg(ref.version) +
                   u'\n';
        out += u'\n' + readableSchemaText(*part.schema) + u'\n';
    } else if (!part.schemaError.isEmpty()) {
        out += WidgetsTr::tr("The schema could not be fetched: %1").arg(part.schemaError) + u'\n';
    }
    return out;
}

} // namespace

InspectorContent prepareInspectorContent(ConsumedRecord record, bool whole, RecordSchemas schemas) {
    lookUpSchema(schemas.value, schemas.cache.get());
    lookUpSchema(schemas.key, schemas.cache.get());
    const bool decoded = schemas.value.kind == schema::DecodedPayload::Kind::Decoded;
    InspectorContent c;
    if (decoded) {
        // The decoded JSON goes through the JSON views; the bytes as they came through hex.
        const QByteArray raw = record.value;
        record.value = schemas.value.decodedJson;
        c = prepareInspectorContent(std::move(record), true);
        const QByteArrayView rawShown = QByteArrayView(raw).first(
            std::min(raw.size(), whole ? raw.size() : InspectorContent::kPreviewBytes));
        c.hex = hexDump(rawShown.first(std::min(rawShown.size(), InspectorContent::kMaxHexBytes)));
        c.record.value = raw;
        c.valueKind = classifyBytes(MaybeBytes::of(raw));
        c.valueDecoded = true;
    } else {
        c = prepareInspectorContent(std::move(record), whole);
    }
    QStringList sections;
    if (schemas.value.kind != schema::DecodedPayload::Kind::Plain)
        sections << schemaSection(WidgetsTr::tr("Value"), schemas.value);
    if (schemas.key.kind != schema::DecodedPayload::Kind::Plain)
        sections << schemaSection(WidgetsTr::tr("Key"), schemas.key);
    c.schemaText = sections.join(u'\n');
    c.schemas = std::move(schemas);
    return c;
}

InspectorContent prepareInspectorContent(ConsumedRecord record, bool whole) {
    InspectorContent c;
    c.keyKind = classifyBytes(MaybeBytes::of(record.key));
    c.valueKind = classifyBytes(MaybeBytes::of(record.value));
    const QByteArray& value = record.value;
    c.truncated = !whole && value.size() > InspectorContent::kPreviewBytes;
    const QByteArrayView shown = c.truncated
                                     ? QByteArrayView(value).first(InspectorContent::kPreviewBytes)
                                     : QByteArrayView(value);
    c.hex = hexDump(shown.first(std::min(shown.size(), InspectorContent::kMaxHexBytes)));
    c.viewsCut = shown.size() > InspectorContent::kMaxHexBytes;
    c.validUtf8 = !value.isNull() && isValidUtf8(value);
    if (c.validUtf8) {
        // A cut may split a UTF-8 sequence: decoding replaces the half character at the end.
        c.text = QString::fromUtf8(shown);
        if (!c.truncated && looksLikeJson(shown)) {
            try {
                const Json parsed = Json::parse(shown.begin(), shown.end());
                c.json = true;
                c.pretty = QString::fromStdString(
                    parsed.dump(2, ' ', false, Json::error_handler_t::replace));
                int budget = InspectorContent::kMaxTreeNodes;
                buildTree(parsed, c.tree, budget, c.treeCut);
                c.treeNodes = InspectorContent::kMaxTreeNodes - budget;
            } catch (const Json::exception& e) {
                c.jsonError = QString::fromUtf8(e.what());
            }
        }
    }
    c.viewsCut = fitForView(c.text) || c.viewsCut;
    c.viewsCut = fitForView(c.pretty) || c.viewsCut;
    c.record = std::move(record);
    return c;
}

QString filterStringLiteral(const QString& text) {
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}

QString filterLiteralOfJson(const QString& jsonScalar) {
    // JSON strings, numbers, true, false and null are spelt the same in the filter language.
    return jsonScalar;
}

QString recordAsJson(const ConsumedRecord& record) {
    const QByteArray topic = record.topic.toUtf8();
    std::string line;
    appendJsonLine(line, MessageView::of(record, topic));
    const Json parsed = Json::parse(line.begin(), line.end(), nullptr, false);
    if (parsed.is_discarded())
        return QString::fromStdString(line).trimmed();
    return QString::fromStdString(parsed.dump(2, ' ', false, Json::error_handler_t::replace));
}

} // namespace streamscope
