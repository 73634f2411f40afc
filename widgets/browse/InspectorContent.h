#pragma once

#include "browse/MessageText.h"
#include "kafka/KafkaRecord.h"
#include "schema/PayloadDecoder.h"

#include <QString>

#include <memory>
#include <vector>

namespace streamscope {

// One node of a JSON payload's tree for the inspector: "name" is a member name or "[3]".
struct JsonTreeNode {
    QString name;
    QString value; // scalars: as JSON text; objects and arrays: "{3}" / "[12]"
    QString path;  // the filter's spelling: order.items[0].sku
    bool scalar = true;
    std::vector<JsonTreeNode> children;
};

// How the Schema Registry read a key or value of the shown message.
struct SchemaPart {
    schema::DecodedPayload::Kind kind = schema::DecodedPayload::Kind::Plain;
    schema::SchemaFormat format = schema::SchemaFormat::Avro;
    quint32 schemaId = 0;
    QByteArray decodedJson; // Decoded: the value as plain JSON
    QString error;          // Failed: why the bytes are shown instead
    // Subject, version and text, from the session's cache (null when it could not be had).
    std::shared_ptr<const schema::RegisteredSchema> schema;
    QString schemaError; // why `schema` is null
};

// What the page knows of a message's schemas, handed to the inspector with the record.
struct RecordSchemas {
    SchemaPart key;
    SchemaPart value;
    std::shared_ptr<schema::SchemaCache> cache; // the schemas are looked up here, off the GUI
};

// "schema 7 · shop.invoices-value v2 · Avro"-like one-line description of a decoded part.
QString describeSchemaPart(const SchemaPart& part);

// Everything the inspector shows of one message, prepared off the GUI thread so that a 10 MB
// payload never freezes it: at first only a preview (the first 64 KiB of the value) is decoded,
// pretty-printed and hex-dumped; the whole on request (parsed whole; the views still show only
// what Qt can lay out quickly).
struct InspectorContent {
    static constexpr qsizetype kPreviewBytes = qsizetype(64) << 10;
    // JSON trees stop growing here (the pretty text still has everything).
    static constexpr int kMaxTreeNodes = 5000;
    // Text views show at most this much, even for the whole value, and break lines longer than
    // kMaxLineChars: Qt lays out a text block whole, and one 10 MB line freezes the window for
    // seconds. Copy and export always use the record itself.
    static constexpr qsizetype kMaxShownChars = qsizetype(256) << 10;
    static constexpr qsizetype kMaxLineChars = 4096;
    static constexpr qsizetype kMaxHexBytes = qsizetype(64) << 10;
    // A scalar in the tree shows this much of its text.
    static constexpr qsizetype kMaxTreeValueChars = 1000;

    ConsumedRecord record; // the whole record (copy and export read it)
    BytesKind keyKind = BytesKind::Null;
    BytesKind valueKind = BytesKind::Null;
    bool validUtf8 = false; // the value (text with control characters is still UTF-8)
    bool truncated = false; // only the first kPreviewBytes are shown
    bool json = false;      // the shown value parsed as JSON
    QString jsonError;      // why a value that looks like JSON is not (empty otherwise)
    QString pretty;         // pretty-printed JSON
    JsonTreeNode tree;
    int treeNodes = 0;
    bool treeCut = false;  // the tree stopped at kMaxTreeNodes
    QString text;          // the value as text (UTF-8 only)
    QString hex;           // hex dump with offsets of the shown bytes
    bool viewsCut = false; // text, pretty or hex stop at kMaxShownChars / kMaxHexBytes
    // Schema Registry: with a decoded value, pretty, tree and text show the decoded JSON and hex
    // the bytes as they came; schemaText is the value's (and key's) schema for the Schema tab.
    RecordSchemas schemas;
    bool valueDecoded = false;
    QString schemaText;
};

// whole: decode everything instead of a preview.
InspectorContent prepareInspectorContent(ConsumedRecord record, bool whole);
// The same with what the Schema Registry made of the key and value (blocks on a schema the
// cache does not hold yet: call it on a worker).
InspectorContent prepareInspectorContent(ConsumedRecord record, bool whole, RecordSchemas schemas);

// "00000000  7b 22 61 22 ...  |{"a"...|", 16 bytes a line.
QString hexDump(QByteArrayView bytes);

// A string literal of the filter language: "text" with \" and \\ escaped.
QString filterStringLiteral(const QString& text);
// A filter term for a JSON scalar in its JSON spelling ("abc", 12, true, null).
QString filterLiteralOfJson(const QString& jsonScalar);

// The record as one pretty JSON object (copy "record as JSON"): messageJson's shape.
QString recordAsJson(const ConsumedRecord& record);

} // namespace streamscope
