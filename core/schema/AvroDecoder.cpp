#include "schema/AvroDecoder.h"

#include "common/JsonText.h"
#include "schema/AvroAllocator.h"
#include "schema/JsonScalars.h"

#include <QCoreApplication>

#include <avro.h>
#include <nlohmann/json.hpp>

#include <deque>
#include <map>
#include <set>

namespace streamscope::schema {

namespace {

struct AvroTr {
    Q_DECLARE_TR_FUNCTIONS(AvroDecoder)
};

enum class Logical { None, Decimal, TimestampMillis, TimestampMicros, Date };

// What Avro C's values do not say: the logical type of each schema node, and the JSON text that
// is the same for every record (field names, enum symbols), quoted once per schema. The tree
// mirrors the schema: record fields, union branches, or the array item / map value as
// children[0]. Named types are one node referenced from every use, so recursive schemas are
// finite.
struct PlanNode {
    Logical logical = Logical::None;
    int scale = 0;
    std::vector<const PlanNode*> children;
    std::vector<std::string> fieldKeys; // record: "{\"name\":" first, then ",\"name\":"
    std::vector<std::string> symbols;   // enum: "\"SYMBOL\""
};

const std::set<std::string>& primitiveNames() {
    static const std::set<std::string> names{"null",  "boolean", "int",   "long",
                                             "float", "double",  "bytes", "string"};
    return names;
}

// Walks the schema JSON once: builds the plan and a copy of the schema in which the named types
// that live in referenced schemas are defined inline at their first use (Avro C knows nothing
// of Schema Registry references).
class PlanBuilder {
public:
    explicit PlanBuilder(const std::vector<SchemaReference>& references) {
        for (const auto& ref : references) {
            auto json = nlohmann::json::parse(ref.text.toStdString(), nullptr, false);
            if (json.is_object() && json.contains("name")) {
                const std::string ns = json.value("namespace", std::string());
                m_referenced[fullName(json["name"].get<std::string>(), ns)] = json;
            }
            // A reference's name is also how the referring schema names the type.
            if (!json.is_discarded())
                m_referenced.emplace(ref.name.toStdString(), json);
        }
    }

    Expected<const PlanNode*> build(nlohmann::json& node, const std::string& ns) {
        if (++m_depth > 200)
            return streamscopeError(AvroTr::tr("the Avro schema nests too deep"));
        auto result = buildNode(node, ns);
        --m_depth;
        return result;
    }

    std::deque<PlanNode> nodes;

private:
    static std::string fullName(const std::string& name, const std::string& ns) {
        if (name.find('.') != std::string::npos || ns.empty())
            return name;
        return ns + '.' + name;
    }

    PlanNode* make() { return &nodes.emplace_back(); }

    Expected<const PlanNode*> buildNode(nlohmann::json& node, const std::string& ns) {
        if (node.is_string()) {
            const std::string name = node.get<std::string>();
            if (primitiveNames().count(name))
                return static_cast<const PlanNode*>(make());
            for (const std::string& candidate : {fullName(name, ns), name}) {
                if (auto it = m_named.find(candidate); it != m_named.end())
                    return it->second;
            }
            for (const std::string& candidate : {fullName(name, ns), name}) {
                if (auto it = m_referenced.find(candidate); it != m_referenced.end()) {
                    node = it->second; // define it here, at its first use
                    return build(node, ns);
                }
            }
            return streamscopeError(
                AvroTr::tr("unknown Avro type %1").arg(QString::fromStdString(name)));
        }
        if (node.is_array()) {
            PlanNode* plan = make();
            for (auto& branch : node) {
                auto child = build(branch, ns);
                if (!child)
                    return child;
                plan->children.push_back(*child);
            }
            return static_cast<const PlanNode*>(plan);
        }
        if (!node.is_object() || !node.contains("type"))
            return streamscopeError(AvroTr::tr("malformed Avro schema"));
        auto& type = node["type"];
        if (!type.is_string())
            return build(type, ns); // {"type": {...}} or {"type": [...]}
        const std::string kind = type.get<std::string>();
        PlanNode* plan = make();
        if (kind == "record" || kind == "error" || kind == "enum" || kind == "fixed") {
            const std::string name = node.value("name", std::string());
            const std::string ownNs = name.find('.') != std::string::npos
                                          ? name.substr(0, name.rfind('.'))
                                          : node.value("namespace", ns);
            m_named[fullName(name, ownNs)] = plan;
            if (kind == "fixed")
                setLogical(*plan, node);
            if (kind == "enum") {
                const auto symbols = node.find("symbols");
                if (symbols == node.end() || !symbols->is_array())
                    return streamscopeError(AvroTr::tr("an Avro enum without symbols"));
                for (const auto& symbol : *symbols) {
                    if (!symbol.is_string())
                        return streamscopeError(AvroTr::tr("malformed Avro enum symbol"));
                    appendJsonStringLossy(plan->symbols.emplace_back(),
                                          symbol.get_ref<const std::string&>());
                }
            }
            if (kind == "record" || kind == "error") {
                auto fields = node.find("fields");
                if (fields == node.end() || !fields->is_array())
                    return streamscopeError(AvroTr::tr("an Avro record without fields"));
                for (auto& field : *fields) {
                    if (!field.is_object() || !field.contains("type") || !field.contains("name") ||
                        !field["name"].is_string())
                        return streamscopeError(AvroTr::tr("malformed Avro field"));
                    std::string& key =
                        plan->fieldKeys.emplace_back(plan->fieldKeys.empty() ? "{" : ",");
                    appendJsonStringLossy(key, field["name"].get_ref<const std::string&>());
                    key += ':';
                    auto child = build(field["type"], ownNs);
                    if (!child)
                        return child;
                    plan->children.push_back(*child);
                }
            }
            return static_cast<const PlanNode*>(plan);
        }
        if (kind == "array" || kind == "map") {
            auto& inner = node[kind == "array" ? "items" : "values"];
            auto child = build(inner, ns);
            if (!child)
                return child;
            plan->children.push_back(*child);
            return static_cast<const PlanNode*>(plan);
        }
        if (!primitiveNames().count(kind)) {
            // {"type": "SomeNamedType"}: resolve like a bare name.
            nlohmann::json nameOnly = kind;
            auto resolved = build(nameOnly, ns);
            if (resolved && !nameOnly.is_string())
                node = nameOnly;
            return resolved;
        }
        setLogical(*plan, node);
        return static_cast<const PlanNode*>(plan);
    }

    static void setLogical(PlanNode& plan, const nlohmann::json& node) {
        const auto it = node.find("logicalType");
        if (it == node.end() || !it->is_string())
            return;
        const std::string logical = it->get<std::string>();
        const std::string type = node["type"].get<std::string>();
        if (logical == "decimal" && (type == "bytes" || type == "fixed")) {
            plan.logical = Logical::Decimal;
            plan.scale = node.value("scale", 0);
        } else if (logical == "timestamp-millis" && type == "long") {
            plan.logical = Logical::TimestampMillis;
        } else if (logical == "timestamp-micros" && type == "long") {
            plan.logical = Logical::TimestampMicros;
        } else if (logical == "date" && type == "int") {
            plan.logical = Logical::Date;
        }
    }

    std::map<std::string, const PlanNode*> m_named;
    std::map<std::string, nlohmann::json> m_referenced;
    int m_depth = 0;
};

} // namespace

struct AvroDecoder::Impl {
    avro_schema_t schema = nullptr;
    avro_value_iface_t* iface = nullptr;
    avro_value_t value{};
    bool valueMade = false;
    avro_reader_t reader = nullptr;
    std::deque<PlanNode> nodes;
    const PlanNode* root = nullptr;
    std::string typeName;

    ~Impl() {
        if (reader)
            avro_reader_free(reader);
        if (valueMade)
            avro_value_decref(&value);
        if (iface)
            avro_value_iface_decref(iface);
        if (schema)
            avro_schema_decref(schema);
    }

    // Appends the JSON of `v` to `out` and adds the size of its canonical Avro encoding to
    // `encoded` (what avro_value_sizeof would say, without a second walk over the value).
    bool write(avro_value_t& v, const PlanNode* plan, std::string& out, size_t& encoded, int depth);
};

namespace {
Error avroError(const QString& what) {
    return streamscopeError(what + QStringLiteral(": ") +
                            QString::fromUtf8(avro_strerror()).trimmed());
}

// Bytes of a zig-zag varint, as Avro's binary encoding writes a long or an int.
size_t varintSize(int64_t n) {
    uint64_t zigzag = (uint64_t(n) << 1) ^ uint64_t(n >> 63);
    size_t size = 1;
    while (zigzag >= 0x80) {
        zigzag >>= 7;
        ++size;
    }
    return size;
}
} // namespace

Expected<std::unique_ptr<AvroDecoder>> AvroDecoder::compile(const RegisteredSchema& registered) {
    installAvroAllocator();
    auto json = nlohmann::json::parse(registered.text.toStdString(), nullptr, false);
    if (json.is_discarded())
        return streamscopeError(AvroTr::tr("schema %1 is not valid JSON").arg(registered.id));
    auto impl = std::make_unique<Impl>();
    PlanBuilder builder(registered.references);
    auto root = builder.build(json, std::string());
    if (!root)
        return root.error();
    impl->nodes = std::move(builder.nodes); // deque moves keep element addresses
    impl->root = *root;
    const std::string resolved = json.dump();
    if (avro_schema_from_json_length(resolved.data(), resolved.size(), &impl->schema) != 0)
        return avroError(AvroTr::tr("Avro schema %1 does not parse").arg(registered.id));
    if (is_avro_named_type(impl->schema)) {
        const char* ns = avro_schema_namespace(impl->schema);
        const char* name = avro_schema_name(impl->schema);
        if (ns && *ns)
            impl->typeName = std::string(ns) + '.';
        impl->typeName += name ? name : "";
    }
    impl->iface = avro_generic_class_from_schema(impl->schema);
    if (!impl->iface)
        return avroError(AvroTr::tr("Avro schema %1 cannot be compiled").arg(registered.id));
    if (avro_generic_value_new(impl->iface, &impl->value) != 0)
        return avroError(AvroTr::tr("Avro schema %1 cannot be instantiated").arg(registered.id));
    impl->valueMade = true;
    impl->reader = avro_reader_memory(nullptr, 0);
    return std::unique_ptr<AvroDecoder>(new AvroDecoder(std::move(impl)));
}

AvroDecoder::AvroDecoder(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}

AvroDecoder::~AvroDecoder() = default;

const std::string& AvroDecoder::typeName() const {
    return m_impl->typeName;
}

Status AvroDecoder::decode(QByteArrayView body, std::string& json) {
    Impl& d = *m_impl;
    avro_reader_memory_set_source(d.reader, body.data(), body.size());
    // avro_value_read resets the value itself: a reset here would walk it twice.
    if (avro_value_read(d.reader, &d.value) != 0)
        return avroError(AvroTr::tr("the bytes do not match the Avro schema"));
    const size_t before = json.size();
    size_t encodedSize = 0;
    if (!d.write(d.value, d.root, json, encodedSize, 0)) {
        json.resize(before);
        return streamscopeError(AvroTr::tr("the Avro value cannot be shown as JSON"));
    }
    // Bytes left after the record: its encoded size, summed while writing, says so. (Reading
    // one more byte would tell too, but Avro C formats an error message for every read past the
    // end; avro_value_sizeof would walk the value a second time.)
    if (encodedSize != size_t(body.size())) {
        json.resize(before);
        return streamscopeError(
            AvroTr::tr("the bytes do not match the Avro schema (bytes left after the record)"));
    }
    return {};
}

bool AvroDecoder::Impl::write(avro_value_t& v, const PlanNode* plan, std::string& out,
                              size_t& encoded, int depth) {
    if (depth > 200 || !plan)
        return false;
    const avro_type_t type = avro_value_get_type(&v);
    switch (type) {
    case AVRO_STRING: {
        const char* text = nullptr;
        size_t size = 0;
        if (avro_value_get_string(&v, &text, &size) != 0)
            return false;
        const size_t length = size ? size - 1 : 0; // Avro C counts the NUL it adds
        encoded += varintSize(int64_t(length)) + length;
        appendJsonStringLossy(out, std::string_view(text, length));
        return true;
    }
    case AVRO_BYTES:
    case AVRO_FIXED: {
        const void* bytes = nullptr;
        size_t size = 0;
        const int rc = type == AVRO_BYTES ? avro_value_get_bytes(&v, &bytes, &size)
                                          : avro_value_get_fixed(&v, &bytes, &size);
        if (rc != 0)
            return false;
        // Bytes carry their length; a fixed's size is the schema's.
        encoded += type == AVRO_BYTES ? varintSize(int64_t(size)) + size : size;
        const QByteArrayView view(static_cast<const char*>(bytes), qsizetype(size));
        if (plan->logical == Logical::Decimal)
            appendDecimal(out, view, plan->scale);
        else
            appendJsonBase64(out, std::string_view(view.data(), size_t(view.size())));
        return true;
    }
    case AVRO_INT32: {
        int32_t n = 0;
        if (avro_value_get_int(&v, &n) != 0)
            return false;
        encoded += varintSize(n);
        if (plan->logical == Logical::Date)
            appendIsoDate(out, n);
        else
            appendJsonInteger(out, n);
        return true;
    }
    case AVRO_INT64: {
        int64_t n = 0;
        if (avro_value_get_long(&v, &n) != 0)
            return false;
        encoded += varintSize(n);
        if (plan->logical == Logical::TimestampMillis)
            appendIsoMillis(out, n);
        else if (plan->logical == Logical::TimestampMicros)
            appendIsoMicros(out, n);
        else
            appendJsonInteger(out, n);
        return true;
    }
    case AVRO_FLOAT: {
        float f = 0;
        if (avro_value_get_float(&v, &f) != 0)
            return false;
        encoded += 4;
        appendFloat(out, f);
        return true;
    }
    case AVRO_DOUBLE: {
        double f = 0;
        if (avro_value_get_double(&v, &f) != 0)
            return false;
        encoded += 8;
        appendDouble(out, f);
        return true;
    }
    case AVRO_BOOLEAN: {
        int b = 0;
        if (avro_value_get_boolean(&v, &b) != 0)
            return false;
        encoded += 1;
        out += b ? "true" : "false";
        return true;
    }
    case AVRO_NULL:
        out += "null";
        return true;
    case AVRO_ENUM: {
        int index = 0;
        if (avro_value_get_enum(&v, &index) != 0)
            return false;
        if (index < 0 || size_t(index) >= plan->symbols.size())
            return false;
        encoded += varintSize(index);
        out += plan->symbols[size_t(index)];
        return true;
    }
    case AVRO_RECORD: {
        size_t count = 0;
        if (avro_value_get_size(&v, &count) != 0 || count != plan->children.size())
            return false;
        if (count == 0) {
            out += "{}";
            return true;
        }
        for (size_t i = 0; i < count; ++i) {
            avro_value_t child;
            if (avro_value_get_by_index(&v, i, &child, nullptr) != 0)
                return false;
            out += plan->fieldKeys[i]; // "{" or "," and the quoted name
            if (!write(child, plan->children[i], out, encoded, depth + 1))
                return false;
        }
        out += '}';
        return true;
    }
    case AVRO_MAP: {
        size_t count = 0;
        if (avro_value_get_size(&v, &count) != 0 || plan->children.empty())
            return false;
        // One block of `count` entries, then the empty block that ends the map.
        encoded += (count ? varintSize(int64_t(count)) : 0) + 1;
        out += '{';
        for (size_t i = 0; i < count; ++i) {
            avro_value_t child;
            const char* name = nullptr;
            if (avro_value_get_by_index(&v, i, &child, &name) != 0 || !name)
                return false;
            if (i)
                out += ',';
            const std::string_view key(name);
            encoded += varintSize(int64_t(key.size())) + key.size();
            appendJsonStringLossy(out, key);
            out += ':';
            if (!write(child, plan->children[0], out, encoded, depth + 1))
                return false;
        }
        out += '}';
        return true;
    }
    case AVRO_ARRAY: {
        size_t count = 0;
        if (avro_value_get_size(&v, &count) != 0 || plan->children.empty())
            return false;
        encoded += (count ? varintSize(int64_t(count)) : 0) + 1;
        out += '[';
        for (size_t i = 0; i < count; ++i) {
            avro_value_t child;
            if (avro_value_get_by_index(&v, i, &child, nullptr) != 0)
                return false;
            if (i)
                out += ',';
            if (!write(child, plan->children[0], out, encoded, depth + 1))
                return false;
        }
        out += ']';
        return true;
    }
    case AVRO_UNION: {
        int discriminant = 0;
        avro_value_t branch;
        if (avro_value_get_discriminant(&v, &discriminant) != 0 ||
            avro_value_get_current_branch(&v, &branch) != 0 || discriminant < 0 ||
            size_t(discriminant) >= plan->children.size())
            return false;
        encoded += varintSize(discriminant);
        return write(branch, plan->children[size_t(discriminant)], out, encoded, depth + 1);
    }
    case AVRO_LINK:
        break;
    }
    return false;
}

} // namespace streamscope::schema
