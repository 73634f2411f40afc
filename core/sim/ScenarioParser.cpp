#include "sim/ScenarioParser.h"

#include "cluster/TopicName.h"
#include "common/InputLimits.h"
#include "sim/SimTr.h"
#include "sim/TemplateParser.h"

#include <QRegularExpression>
#include <QSet>

#include <nlohmann/json.hpp>

#include <cmath>
#include <initializer_list>
#include <optional>
#include <string>

namespace streamscope::sim {

namespace {

using Json = nlohmann::ordered_json; // keeps payload fields in declaration order

// Defaults when the scenario's "defaults" object leaves a value out.
constexpr int kDefaultKeySpace = 1000;
constexpr int kDefaultPartitions = 3;
constexpr double kMaxDisorderRatio = 0.5;
constexpr double kMaxRatePerSecond = 100000;
// Payload templates are rendered and destroyed recursively for every event: keep them shallow.
constexpr int kMaxTemplateDepth = 64;
// Topic names get the CLI's --name-prefix and --name-suffix on top; leave room for them within
// Kafka's 249 characters.
constexpr int kMaxScenarioTopicName = 200;

// Payload fields the simulator writes itself; templates may not redefine them.
const QStringList& reservedPayloadFields() {
    static const QStringList fields = {QStringLiteral("schema_version"),
                                       QStringLiteral("event_type"),
                                       QStringLiteral("id"),
                                       QStringLiteral("key"),
                                       QStringLiteral("seq"),
                                       QStringLiteral("occurred_at")};
    return fields;
}

// Thrown inside this file only and turned into an Expected error by parseScenario: it keeps the
// many checks linear instead of threading an error out of every helper.
struct InvalidScenario {
    QString message;
};

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

constexpr size_t kShortDumpChars = 40;

// Appends a rendering of value that stops early: a whole dump of a user's value could be
// megabytes long or (before the depth check) deep enough to overflow the stack.
void appendShort(std::string& out, const Json& value, int depth) {
    const auto quoted = [](const std::string& text) {
        return Json(text.substr(0, kShortDumpChars))
            .dump(-1, ' ', false, Json::error_handler_t::replace);
    };
    if (out.size() > kShortDumpChars)
        return;
    if (value.is_object() || value.is_array()) {
        const bool object = value.is_object();
        if (value.empty() || depth >= 2) {
            out += object ? (value.empty() ? "{}" : "{...}") : (value.empty() ? "[]" : "[...]");
            return;
        }
        out += object ? '{' : '[';
        bool first = true;
        for (const auto& item : value.items()) {
            if (out.size() > kShortDumpChars)
                break;
            if (!first)
                out += ',';
            first = false;
            if (object)
                out += quoted(item.key()) + ':';
            appendShort(out, item.value(), depth + 1);
        }
        out += object ? '}' : ']';
    } else if (value.is_string()) {
        out += quoted(value.get_ref<const std::string&>());
    } else {
        out += value.dump();
    }
}

QString shortDump(const Json& value) {
    std::string text;
    appendShort(text, value, 0);
    if (text.size() > kShortDumpChars)
        text = text.substr(0, kShortDumpChars - 3) + "...";
    return printableExcerpt(fromStd(text), 60);
}

QString childPath(const QString& path, const QString& key) {
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexPath(const QString& path, size_t index) {
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

[[noreturn]] void fail(const QString& path, const QString& problem) {
    throw InvalidScenario{path.isEmpty() ? problem : path + QStringLiteral(": ") + problem};
}

// Read access to one JSON object. Unknown keys are rejected up front, so a typo such as
// "procesing_rate_per_s" is an error instead of a silently ignored field. "description" and
// keys starting with "_" are allowed everywhere as comments.
class ObjectReader {
public:
    ObjectReader(const Json& value, QString path, std::initializer_list<const char*> keys)
        : m_value(value)
        , m_path(std::move(path)) {
        if (!value.is_object())
            fail(m_path, SimTr::tr("expected an object, got %1").arg(shortDump(value)));
        for (const auto& item : value.items()) {
            const std::string& key = item.key();
            bool known = key == "description" || key.starts_with('_');
            QStringList knownKeys;
            for (const char* allowed : keys) {
                known = known || key == allowed;
                knownKeys.append(QString::fromLatin1(allowed));
            }
            if (!known)
                fail(childPath(m_path, fromStd(key)),
                     SimTr::tr("unknown field (expected one of: %1)")
                         .arg(knownKeys.join(QStringLiteral(", "))));
        }
    }

    QString fieldPath(const char* key) const { return childPath(m_path, QString::fromLatin1(key)); }

    const Json* find(const char* key) const {
        const auto it = m_value.find(key);
        return it == m_value.end() ? nullptr : &*it;
    }

    QString string(const char* key, std::optional<QString> fallback = std::nullopt) const {
        const Json* value = find(key);
        if (!value) {
            if (fallback)
                return *fallback;
            fail(fieldPath(key), SimTr::tr("required field is missing"));
        }
        if (!value->is_string())
            fail(fieldPath(key), SimTr::tr("expected a string, got %1").arg(shortDump(*value)));
        return fromStd(value->get<std::string>());
    }

    QString nonEmptyString(const char* key) const {
        QString value = string(key);
        if (value.trimmed().isEmpty())
            fail(fieldPath(key), SimTr::tr("must not be empty"));
        return value;
    }

    double number(const char* key, double min, double max,
                  std::optional<double> fallback = std::nullopt) const {
        const Json* value = find(key);
        if (!value) {
            if (fallback)
                return *fallback;
            fail(fieldPath(key), SimTr::tr("required field is missing"));
        }
        if (!value->is_number())
            fail(fieldPath(key), SimTr::tr("expected a number, got %1").arg(shortDump(*value)));
        const double number = value->get<double>();
        if (!(number >= min && number <= max))
            fail(fieldPath(key), SimTr::tr("must be between %1 and %2, got %3")
                                     .arg(min)
                                     .arg(max)
                                     .arg(shortDump(*value)));
        return number;
    }

    int integer(const char* key, int min, int max,
                std::optional<int> fallback = std::nullopt) const {
        const double value = number(key, min, max, fallback);
        if (std::floor(value) != value)
            fail(fieldPath(key), SimTr::tr("expected a whole number, got %1").arg(value));
        return static_cast<int>(value);
    }

    // The array under key; an absent optional array reads as empty.
    const Json& array(const char* key, bool required) const {
        static const Json empty = Json::array();
        const Json* value = find(key);
        if (!value) {
            if (required)
                fail(fieldPath(key), SimTr::tr("required field is missing"));
            return empty;
        }
        if (!value->is_array())
            fail(fieldPath(key), SimTr::tr("expected an array, got %1").arg(shortDump(*value)));
        if (required && value->empty())
            fail(fieldPath(key), SimTr::tr("must not be empty"));
        return *value;
    }

private:
    const Json& m_value;
    QString m_path;
};

FieldTemplate compileTemplate(const Json& value, const QString& path, int depth = 0) {
    if (depth > kMaxTemplateDepth)
        fail(path, SimTr::tr("field templates may be nested at most %1 levels deep")
                       .arg(kMaxTemplateDepth));
    FieldTemplate out;
    switch (value.type()) {
    case Json::value_t::null:
        out.kind = FieldTemplate::Kind::Null;
        break;
    case Json::value_t::boolean:
        out.kind = FieldTemplate::Kind::Bool;
        out.boolValue = value.get<bool>();
        break;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        out.kind = FieldTemplate::Kind::Integer;
        out.intValue = value.get<qint64>();
        break;
    case Json::value_t::number_float:
        out.kind = FieldTemplate::Kind::Double;
        out.doubleValue = value.get<double>();
        break;
    case Json::value_t::string: {
        QString error;
        auto segments = parseTextTemplate(fromStd(value.get<std::string>()), &error);
        if (!segments)
            fail(path, error);
        out.kind = FieldTemplate::Kind::Text;
        out.segments = std::move(*segments);
        break;
    }
    case Json::value_t::object:
        out.kind = FieldTemplate::Kind::Object;
        for (const auto& item : value.items()) {
            const QString key = fromStd(item.key());
            out.members.emplace_back(
                key, compileTemplate(item.value(), childPath(path, key), depth + 1));
        }
        break;
    case Json::value_t::array:
        out.kind = FieldTemplate::Kind::Array;
        for (size_t i = 0; i < value.size(); ++i)
            out.elements.push_back(compileTemplate(value[i], indexPath(path, i), depth + 1));
        break;
    default:
        fail(path, SimTr::tr("unsupported JSON value"));
    }
    return out;
}

struct Defaults {
    double duplicateRatio = 0;
    double outOfOrderRatio = 0;
    int keySpace = kDefaultKeySpace;
    int partitions = kDefaultPartitions;
    int replicationFactor = 1;
};

Defaults readDefaults(const ObjectReader& root) {
    Defaults defaults;
    const Json* value = root.find("defaults");
    if (!value)
        return defaults;
    const ObjectReader reader(
        *value, QStringLiteral("defaults"),
        {"duplicate_ratio", "out_of_order_ratio", "key_space", "partitions", "replication_factor"});
    defaults.duplicateRatio = reader.number("duplicate_ratio", 0, kMaxDisorderRatio, 0.0);
    defaults.outOfOrderRatio = reader.number("out_of_order_ratio", 0, kMaxDisorderRatio, 0.0);
    defaults.keySpace = reader.integer("key_space", 1, 10'000'000, kDefaultKeySpace);
    defaults.partitions = reader.integer("partitions", 1, 10000, kDefaultPartitions);
    defaults.replicationFactor = reader.integer("replication_factor", -1, 32, 1);
    return defaults;
}

TopicSpec readTopic(const Json& value, const QString& path, const Defaults& defaults) {
    const ObjectReader reader(value, path,
                              {"name", "partitions", "replication_factor", "config", "schema"});
    TopicSpec topic;
    topic.name = reader.nonEmptyString("name");
    if (auto status = validateTopicName(topic.name); !status)
        fail(reader.fieldPath("name"), status.error().message);
    if (topic.name.size() > kMaxScenarioTopicName)
        fail(reader.fieldPath("name"),
             SimTr::tr("a scenario's topic names may have at most %1 characters (prefix and "
                       "suffix come on top), got %2")
                 .arg(kMaxScenarioTopicName)
                 .arg(topic.name.size()));
    topic.partitions = reader.integer("partitions", 1, 10000, defaults.partitions);
    topic.replicationFactor =
        reader.integer("replication_factor", -1, 32, defaults.replicationFactor);
    if (topic.replicationFactor == 0)
        fail(reader.fieldPath("replication_factor"),
             SimTr::tr("must be at least 1, or -1 for the broker's default"));
    if (const Json* config = reader.find("config")) {
        if (!config->is_object())
            fail(reader.fieldPath("config"),
                 SimTr::tr("expected an object of topic configs, got %1").arg(shortDump(*config)));
        for (const auto& item : config->items()) {
            const Json& v = item.value();
            if (!v.is_string() && !v.is_number() && !v.is_boolean())
                fail(childPath(reader.fieldPath("config"), fromStd(item.key())),
                     SimTr::tr("expected a string, number or boolean"));
            topic.configs.append({fromStd(item.key()), v.is_string() ? fromStd(v.get<std::string>())
                                                                     : fromStd(v.dump())});
        }
    }
    if (const Json* schemaValue = reader.find("schema")) {
        const ObjectReader schemaReader(*schemaValue, reader.fieldPath("schema"),
                                        {"format", "definition"});
        TopicSchemaSpec spec;
        const QString format = schemaReader.nonEmptyString("format");
        if (format == u"avro")
            spec.format = schema::SchemaFormat::Avro;
        else if (format == u"protobuf")
            spec.format = schema::SchemaFormat::Protobuf;
        else
            fail(schemaReader.fieldPath("format"),
                 SimTr::tr("expected \"avro\" or \"protobuf\", got \"%1\"").arg(format));
        const Json* definition = schemaReader.find("definition");
        if (!definition)
            fail(schemaReader.fieldPath("definition"), SimTr::tr("required field is missing"));
        if (definition->is_string())
            spec.text = fromStd(definition->get<std::string>());
        else if (spec.format == schema::SchemaFormat::Avro &&
                 (definition->is_object() || definition->is_array()))
            spec.text = fromStd(definition->dump());
        else
            fail(schemaReader.fieldPath("definition"),
                 SimTr::tr("expected the Avro schema (JSON) or the .proto text (a string)"));
        topic.schema = std::move(spec);
    }
    return topic;
}

// The "fields" of an event type (or of its newer version): an object of field templates.
FieldTemplate readFields(const ObjectReader& reader, const QString& keyField) {
    FieldTemplate result;
    result.kind = FieldTemplate::Kind::Object;
    if (const Json* fields = reader.find("fields")) {
        if (!fields->is_object())
            fail(
                reader.fieldPath("fields"),
                SimTr::tr("expected an object of field templates, got %1").arg(shortDump(*fields)));
        result = compileTemplate(*fields, reader.fieldPath("fields"));
        for (const auto& [name, unused] : result.members) {
            if (reservedPayloadFields().contains(name) || name == keyField)
                fail(childPath(reader.fieldPath("fields"), name),
                     SimTr::tr("\"%1\" is written by the simulator itself").arg(name));
        }
    }
    return result;
}

EventTypeSpec readEventType(const Json& value, const QString& path) {
    const ObjectReader reader(value, path,
                              {"name", "version", "key_field", "fields", "newer_version"});
    EventTypeSpec type;
    type.name = reader.nonEmptyString("name");
    type.version = reader.integer("version", 1, 1000000);
    type.keyField = reader.string("key_field", QStringLiteral("key"));
    if (type.keyField.isEmpty())
        fail(reader.fieldPath("key_field"), SimTr::tr("must not be empty"));
    if (type.keyField != u"key" && reservedPayloadFields().contains(type.keyField))
        fail(reader.fieldPath("key_field"),
             SimTr::tr("\"%1\" is written by the simulator itself").arg(type.keyField));
    type.fields = readFields(reader, type.keyField);
    if (const Json* newer = reader.find("newer_version")) {
        const ObjectReader next(*newer, reader.fieldPath("newer_version"),
                                {"version", "share", "fields"});
        EventTypeSpec version;
        version.name = type.name;
        version.keyField = type.keyField;
        version.version = next.integer("version", 1, 1000000);
        if (version.version == type.version)
            fail(next.fieldPath("version"),
                 SimTr::tr("must differ from the type's version %1").arg(type.version));
        type.newerShare = next.number("share", 0, 1);
        version.fields = readFields(next, version.keyField);
        type.newer.push_back(std::move(version));
    }
    return type;
}

class ScenarioReader {
public:
    Scenario read(const Json& document) {
        const ObjectReader root(document, QString(),
                                {"name", "defaults", "topics", "event_types", "services", "seed"});
        m_scenario.name = root.nonEmptyString("name");
        if (const Json* seed = root.find("seed")) {
            if (!seed->is_number_unsigned())
                fail(root.fieldPath("seed"),
                     SimTr::tr("expected a non-negative integer, got %1").arg(shortDump(*seed)));
            m_scenario.seed = seed->get<std::uint64_t>();
        }
        m_scenario.description = root.string("description", QString());
        m_defaults = readDefaults(root);

        const Json& topics = root.array("topics", true);
        for (size_t i = 0; i < topics.size(); ++i) {
            const QString path = indexPath(QStringLiteral("topics"), i);
            TopicSpec topic = readTopic(topics[i], path, m_defaults);
            if (m_scenario.findTopic(topic.name))
                fail(path, SimTr::tr("topic \"%1\" is declared twice").arg(topic.name));
            m_scenario.topics.push_back(std::move(topic));
        }
        const Json& types = root.array("event_types", true);
        for (size_t i = 0; i < types.size(); ++i) {
            const QString path = indexPath(QStringLiteral("event_types"), i);
            EventTypeSpec type = readEventType(types[i], path);
            if (m_scenario.findEventType(type.name))
                fail(path, SimTr::tr("event type \"%1\" is declared twice").arg(type.name));
            m_scenario.eventTypes.push_back(std::move(type));
        }
        const Json& services = root.array("services", true);
        for (size_t i = 0; i < services.size(); ++i)
            m_scenario.services.push_back(
                readService(services[i], indexPath(QStringLiteral("services"), i)));
        return std::move(m_scenario);
    }

private:
    QString topicRef(const ObjectReader& reader, const char* key) const {
        const QString name = reader.nonEmptyString(key);
        if (!m_scenario.findTopic(name))
            fail(reader.fieldPath(key),
                 SimTr::tr("unknown topic \"%1\" (declare it under \"topics\")").arg(name));
        return name;
    }

    QString eventTypeRef(const ObjectReader& reader, const char* key) const {
        const QString name = reader.nonEmptyString(key);
        if (!m_scenario.findEventType(name))
            fail(reader.fieldPath(key),
                 SimTr::tr("unknown event type \"%1\" (declare it under \"event_types\")")
                     .arg(name));
        return name;
    }

    ServiceSpec readService(const Json& value, const QString& path) {
        const ObjectReader reader(
            value, path, {"name", "produces", "consumes", "duplicate_ratio", "out_of_order_ratio"});
        ServiceSpec service;
        service.name = reader.nonEmptyString("name");
        if (m_serviceNames.contains(service.name))
            fail(reader.fieldPath("name"),
                 SimTr::tr("service \"%1\" is declared twice").arg(service.name));
        m_serviceNames.insert(service.name);
        service.duplicateRatio =
            reader.number("duplicate_ratio", 0, kMaxDisorderRatio, m_defaults.duplicateRatio);
        service.outOfOrderRatio =
            reader.number("out_of_order_ratio", 0, kMaxDisorderRatio, m_defaults.outOfOrderRatio);

        const Json& produces = reader.array("produces", false);
        for (size_t i = 0; i < produces.size(); ++i)
            service.produces.push_back(
                readProduce(produces[i], indexPath(reader.fieldPath("produces"), i)));
        const Json& consumes = reader.array("consumes", false);
        for (size_t i = 0; i < consumes.size(); ++i)
            service.consumes.push_back(
                readConsume(consumes[i], indexPath(reader.fieldPath("consumes"), i)));
        if (service.produces.empty() && service.consumes.empty())
            fail(path, SimTr::tr("service \"%1\" neither produces nor consumes anything")
                           .arg(service.name));
        return service;
    }

    ProduceSpec readProduce(const Json& value, const QString& path) const {
        const ObjectReader reader(value, path,
                                  {"topic", "event_type", "rate_per_s", "key_prefix", "key_space"});
        ProduceSpec produce;
        produce.topic = topicRef(reader, "topic");
        produce.eventType = eventTypeRef(reader, "event_type");
        produce.ratePerSecond = reader.number("rate_per_s", 0, kMaxRatePerSecond);
        if (produce.ratePerSecond <= 0)
            fail(reader.fieldPath("rate_per_s"), SimTr::tr("must be greater than 0"));
        produce.keyPrefix = reader.string("key_prefix", QString());
        produce.keySpace = reader.integer("key_space", 1, 10'000'000, m_defaults.keySpace);
        return produce;
    }

    ConsumeSpec readConsume(const Json& value, const QString& path) {
        const ObjectReader reader(value, path,
                                  {"topic", "group", "processing_rate_per_s", "reacts_with"});
        ConsumeSpec consume;
        consume.topic = topicRef(reader, "topic");
        consume.group = reader.nonEmptyString("group");
        if (m_groupNames.contains(consume.group))
            fail(reader.fieldPath("group"),
                 SimTr::tr("group \"%1\" is used twice (one consumes entry per group)")
                     .arg(consume.group));
        m_groupNames.insert(consume.group);
        consume.processingRatePerSecond =
            reader.number("processing_rate_per_s", 0, kMaxRatePerSecond * 10);
        const Json& reactions = reader.array("reacts_with", false);
        for (size_t i = 0; i < reactions.size(); ++i) {
            const ObjectReader reaction(reactions[i], indexPath(reader.fieldPath("reacts_with"), i),
                                        {"when", "event_type", "topic", "ratio"});
            ReactionSpec spec;
            if (reaction.find("when"))
                spec.whenEventType = eventTypeRef(reaction, "when");
            spec.eventType = eventTypeRef(reaction, "event_type");
            spec.topic = topicRef(reaction, "topic");
            spec.ratio = reaction.number("ratio", 0, 1, 1.0);
            consume.reactions.push_back(std::move(spec));
        }
        return consume;
    }

    Scenario m_scenario;
    Defaults m_defaults;
    QSet<QString> m_serviceNames;
    QSet<QString> m_groupNames;
};

} // namespace

Expected<Scenario> parseScenario(const QByteArray& json, const QString& sourceName) {
    const auto withSource = [&](const QString& message) {
        return streamscopeError(sourceName + QStringLiteral(": ") + message);
    };
    // Syntax, depth and duplicate keys are checked before a tree exists: nlohmann keeps only
    // the last of duplicate keys (a silent loss), and a tree nested 100,000 deep overflows the
    // stack in its recursive printers.
    if (auto problem = checkJsonStructure(json, JsonStructureLimits{}))
        return withSource(*problem);
    Json document;
    try {
        document = Json::parse(json.constBegin(), json.constEnd());
    } catch (const Json::parse_error& error) {
        return withSource(printableExcerpt(QString::fromUtf8(error.what()), 300));
    }
    try {
        return ScenarioReader().read(document);
    } catch (const InvalidScenario& invalid) {
        return withSource(invalid.message);
    } catch (const Json::exception& error) {
        // Defensive: every access above is type-checked first, so this means a bug here.
        return withSource(QString::fromUtf8(error.what()));
    }
}

} // namespace streamscope::sim
