#pragma once

#include "cluster/ConnectionProfile.h"
#include "schema/RegisteredSchema.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

// The data model of a simulator scenario (resources/scenarios/README.md documents the JSON).
// Everything here is plain validated data: ScenarioParser builds it, the simulator only reads it.
namespace streamscope::sim {

// One piece of a text template: literal text or a placeholder such as {int:1:9}.
struct TemplateSegment {
    enum class Kind { Literal, Key, Int, Money, Choice, Uuid, Seq, Now, Cause };
    Kind kind = Kind::Literal;
    QString text;        // Literal: the text; Cause: the field of the causing event
    double min = 0;      // Int, Money
    double max = 0;      // Int, Money
    QStringList choices; // Choice
};

// A payload field template: JSON literals are copied, strings are expanded per event.
struct FieldTemplate {
    enum class Kind { Null, Bool, Integer, Double, Text, Object, Array };
    Kind kind = Kind::Null;
    bool boolValue = false;
    qint64 intValue = 0;
    double doubleValue = 0;
    std::vector<TemplateSegment> segments;                  // Text
    std::vector<std::pair<QString, FieldTemplate>> members; // Object, in declaration order
    std::vector<FieldTemplate> elements;                    // Array
};

// A topic whose records are Avro or Protobuf in the Confluent wire format: the simulator
// registers the schema as "<topic>-value" and encodes every payload with it. Such topics need
// a Schema Registry; loadScenario() leaves them out unless asked for them.
struct TopicSchemaSpec {
    schema::SchemaFormat format = schema::SchemaFormat::Avro;
    QString text; // the Avro schema JSON, or the .proto text (its first message is the record)
};

struct TopicSpec {
    QString name;
    int partitions = 1;
    int replicationFactor = 1; // -1: the broker's default
    PropertyList configs;      // topic configs such as retention.ms, applied on creation
    std::optional<TopicSchemaSpec> schema;
};

struct EventTypeSpec {
    QString name; // the CloudEvents type, e.g. "com.shop.order.placed"
    int version = 1;
    QString keyField;     // payload field that carries the record key
    FieldTemplate fields; // an Object template (may be empty)
    // A second version of the same type ("newer_version"), emitted instead of this one for a
    // share of the events: a producer half-way through a schema change. Empty or one entry.
    std::vector<EventTypeSpec> newer;
    double newerShare = 0;
};

struct ProduceSpec {
    QString topic;
    QString eventType;
    double ratePerSecond = 0; // new events per second; duplicates come on top
    QString keyPrefix;
    int keySpace = 0; // keys are keyPrefix + 0 .. keySpace-1
};

// A follow-up event a consumer emits for a record it processed (the choreography's edges).
struct ReactionSpec {
    QString whenEventType; // only records of this ce_type trigger it; empty: every record
    QString eventType;
    QString topic;
    double ratio = 1.0; // probability that a matching record triggers the reaction
};

struct ConsumeSpec {
    QString topic;
    QString group;
    double processingRatePerSecond = 0; // 0: the group stalls after a first commit
    std::vector<ReactionSpec> reactions;

    bool stalled() const { return processingRatePerSecond <= 0; }
};

struct ServiceSpec {
    QString name; // ce_source of its events and client.id of its clients
    double duplicateRatio = 0;
    double outOfOrderRatio = 0;
    std::vector<ProduceSpec> produces;
    std::vector<ConsumeSpec> consumes;
};

struct Scenario {
    QString name;
    QString description;
    std::vector<TopicSpec> topics;
    std::vector<EventTypeSpec> eventTypes;
    std::vector<ServiceSpec> services;
    std::optional<std::uint64_t> seed; // "seed": used when the run is not given one

    const TopicSpec* findTopic(const QString& topicName) const;
    const EventTypeSpec* findEventType(const QString& typeName) const;
    bool hasSchemaTopics() const;
};

// The scenario without its schema topics and everything that writes or reads them: produce
// entries, reactions, consume entries whose reactions all went, services left with nothing.
Scenario withoutSchemaTopics(Scenario scenario);

} // namespace streamscope::sim
