#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace streamscope {

// What the event health checks found over one range of records (a browse's store, a selection of
// it, or what `streamscope-cli check` streamed). Plain data, copied to the GUI thread as a whole.
// The CLI's JSON (`check --json`) is written from it; the field comments name the JSON fields,
// whose definitions are the contract (docs/checks.md once written).

// Where a record lives: enough to open it in the browser.
struct CheckRecordRef {
    QString topic;
    int partition = -1;
    qint64 offset = -1;
    qint64 timestampMs = -1;
    friend bool operator==(const CheckRecordRef&, const CheckRecordRef&) = default;
};

// One identity seen more than once: every copy in offset order per partition, first copy first.
struct DuplicateExample {
    QString identity; // the id value (or "digest:…" when the key+value digest was used)
    std::vector<CheckRecordRef> copies;
    qint64 firstToLastMs = 0; // time between the first and the last copy
    bool samePayload = true;  // every copy's key and value equal the first copy's bytes
};

struct DuplicateFindings {
    QString identitySource;      // how identity was taken: "header ce_id", "field id", "digest"
    qint64 count = 0;            // "count": second and later copies of an identity
    qint64 samePayload = 0;      // "same_payload"
    qint64 differentPayload = 0; // "different_payload" (a real bug: same id, other payload)
    std::vector<DuplicateExample> examples; // "examples": at most CheckOptions::maxExamples
};

struct OrderViolation {
    QByteArray key;
    CheckRecordRef earlier; // the record holding the highest sequence seen before
    CheckRecordRef later;   // the record whose sequence went back
    qint64 earlierSequence = 0;
    qint64 laterSequence = 0; // gap = earlierSequence - laterSequence
};

struct KeyOnSeveralPartitions {
    QByteArray key;
    std::vector<int> partitions;           // ascending
    std::vector<CheckRecordRef> firstSeen; // one record per partition
};

struct OrderFindings {
    QString sequenceSource; // "field seq", "event time", …
    qint64 count = 0;       // "order_violations.count"
    std::vector<OrderViolation> examples;
    qint64 keysOnSeveralPartitions = 0; // "keys_on_several_partitions"
    std::vector<KeyOnSeveralPartitions> keyExamples;
};

// A JSON field path with its JSON type, e.g. {"customer.id", "string"}.
struct FieldShape {
    QString path;
    QString type; // "string", "number", "boolean", "object", "array", "null"
    friend bool operator==(const FieldShape&, const FieldShape&) = default;
};

// One event type at one schema version ("versions[]").
struct VersionFinding {
    QString type;         // "type" ("" when records carry no type)
    QString version;      // "version" ("" when records carry no version); with a registry, the
                          // schema's version in its subject for framed values
    bool framed = false;  // values in the Schema Registry's wire format (check --schema-registry)
    quint32 schemaId = 0; // "schema_id" (only for framed values)
    QString subject;      // "subject": the registry's subject of that schema, when known
    qint64 count = 0;     // "count": every record of it, copies included
    double share = 0;     // of the records of this type, 0..1
    qint64 firstSeenMs = -1;
    qint64 lastSeenMs = -1;
    CheckRecordRef firstRecord;
    std::vector<FieldShape> fields; // the union of field paths of this version
    QStringList fieldsAdded;        // "fields_added": vs the previous version of the same type
    QStringList fieldsRemoved;      // "fields_removed"
    QStringList fieldsChangedType;  // "fields_changed_type": "path: number -> string"
};

struct MalformedFindings {
    qint64 invalidJson = 0;    // "invalid_json" (only when most records of the topic are JSON)
    qint64 missingHeaders = 0; // "missing_headers": records lacking a required header
    qint64 emptyPayload = 0;   // "empty_payload": empty/null value where most have one
    std::vector<CheckRecordRef> examples;
    std::vector<QString> exampleReasons; // parallel to examples
};

// Delay from a cause event to its follow-up in one trace, per pair of event types.
struct LatencyStep {
    QString fromType; // "from_type"
    QString toType;   // "to_type"
    qint64 count = 0;
    double p50Ms = 0, p95Ms = 0, p99Ms = 0, maxMs = 0;
    std::vector<double> samplesMs; // every measured delay, for the histogram (sorted)
};

struct SagaFindings {
    qint64 traces = 0;    // traces seen (records with a traceparent)
    qint64 completed = 0; // traces whose last event came within the window
    double p50Ms = 0, p95Ms = 0, p99Ms = 0, maxMs = 0; // first to last event of a trace
    qint64 incomplete = 0; // traces that never completed within CheckOptions::sagaWindowMs
    std::vector<QString> incompleteExamples; // trace ids
    qint64 pending = 0; // not complete, but the range ends before their window does
    qint64 sagas = 0;   // completed traces of two or more records (the percentiles' samples)
};

struct CheckReport {
    qint64 records = 0; // "records"
    DuplicateFindings duplicates;
    OrderFindings order;
    std::vector<VersionFinding> versions;
    MalformedFindings malformed;
    std::vector<LatencyStep> latency;
    SagaFindings saga;
    bool cancelled = false;
};

// What the user chose; empty fields mean "detect" as the issue describes.
struct CheckOptions {
    QString idField;       // "header:NAME" or a JSON field path; empty: ce_id, id/event_id, digest
    QString sequenceField; // JSON path; empty: seq/sequence/version, else event time
    QString typeField; // "header:NAME" or JSON path; empty: header ce_type, field type/event_type
    QString versionField; // "header:NAME" or JSON path; empty: schema_version, header ce_dataschema
    QStringList requiredHeaders;
    qint64 sagaWindowMs = 60'000;
    int maxExamples = 20;
};

} // namespace streamscope

Q_DECLARE_METATYPE(streamscope::CheckReport)
