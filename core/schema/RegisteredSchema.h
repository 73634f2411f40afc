#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

namespace streamscope::schema {

enum class SchemaFormat { Avro, Protobuf, Json };

// "avro", "protobuf" or "json": the value_format / key_format of `browse --jsonl`.
const char* formatName(SchemaFormat format);
// "Avro", "Protobuf" or "JSON Schema": the format as users name it (tables, inspector).
QString formatTitle(SchemaFormat format);

// A reference of a schema to another registered one (an Avro named type, a Protobuf import, a
// JSON Schema $ref), with the referenced text already fetched.
struct SchemaReference {
    QString name; // the import path / type name the referring schema uses
    QString subject;
    int version = 0;
    QString text;
    QString schemaType; // as the registry says: AVRO, PROTOBUF, JSON
};

// One schema as the registry returns it for GET /schemas/ids/{id}, references resolved (in
// dependency order: a reference's own references come before it).
struct RegisteredSchema {
    quint32 id = 0;
    SchemaFormat format = SchemaFormat::Avro;
    QString text;
    std::vector<SchemaReference> references;
    // From GET /schemas/ids/{id}/versions where the registry answers it (first subject).
    QString subject;
    int version = 0;
};

} // namespace streamscope::schema
