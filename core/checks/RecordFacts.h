#pragma once

#include "browse/MessageView.h"
#include "checks/CheckReport.h"
#include "checks/Hash128.h"
#include "checks/Hash128Map.h"
#include "checks/JsonShape.h"
#include "common/TraceParent.h"
#include "schema/PayloadDecoder.h"

#include <simdjson.h>

#include <unordered_map>

#include <QByteArray>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace streamscope {

// Where a value the user picked (or the default) is read from: a header or a JSON path.
struct FieldSpec {
    bool header = false;
    QByteArray headerName;
    std::string pointer; // JSON pointer ("/a/b") for a field path "a.b"
    QString label;       // "header ce_id", "field id": how reports name the source

    bool isSet() const { return header || !pointer.empty(); }
    // "header:NAME" or a dotted JSON path; empty text gives an unset spec.
    static FieldSpec parse(const QString& text);
};

// What the checks need from one record, read with one pass over its headers and one JSON parse.
// The views and pointers name the record, the reader's buffers or (schema, decodeError) the
// caller's DecodedPayload: valid until the next read(). No check looks into the parsed JSON
// itself, so FactsBatch can keep facts for another thread by copying the few texts they name.
struct RecordFacts {
    // Where the record is, and its key (views into the record, like its topic name).
    const QByteArray* topicUtf8 = nullptr;
    int partition = -1;
    qint64 offset = -1;
    qint64 timestampMs = -1;
    MaybeBytes key;
    Hash128 keyHash; // of the key's bytes (zero for a null key): the order check's tables

    enum class Json { Absent, Valid, Invalid }; // Absent: a null or empty value
    Json json = Json::Absent;

    Hash128 identity;
    std::string_view identityText; // the id (empty for a digest identity)
    int identitySource = 0;        // index into RecordReader::identityLabels()
    Hash128 payload;               // key and value bytes (null told apart from empty)

    bool hasSequence = false;
    qint64 sequence = 0;
    int sequenceSource = 0; // index into RecordReader::sequenceLabels()

    std::string_view type;    // ce_type header or type/event_type field, empty when none
    Hash128 typeHash;         // of `type`, for the checks that index types
    std::string_view version; // schema_version field or ce_dataschema header, empty when none
    Hash128 versionKey;       // of type, version (and schema id when framed): VersionCheck's entry
    Hash128 shape;            // of the JSON field paths and types (zero when not an object)
    // The record's field paths and types, collected when this reader met the record's version
    // and shape together for the first time (else null): VersionCheck adds them to the version
    // when it meets that pair first. Readers see their records in range order, so the record
    // where the checks first meet a pair is always one where its reader collected it, also when
    // several readers share a range (checkStore).
    const ShapeSet* newShape = nullptr;

    // A value in the Schema Registry's wire format (check --schema-registry): its schema id, and
    // why it did not decode (null when it did). The record's JSON is then the decoded value.
    bool framed = false;
    quint32 schemaId = 0;
    const QString* decodeError = nullptr;
    const schema::RegisteredSchema* schema = nullptr; // subject and version, when known

    bool hasTrace = false;
    TraceId traceId;   // the 128 bits of the traceparent's trace id
    Hash128 ceId;      // hash of the ce_id header (zero if none), whatever the identity is
    Hash128 causation; // hash of the ce_causationid header (the ce_id of the cause), zero if none

    int missingRequiredHeader = -1; // index of the first required header absent, -1 when none
};

// Reads the facts of records one after another; holds the parser and scratch buffers.
class RecordReader {
public:
    explicit RecordReader(const CheckOptions& options);

    // onIdentity(facts) is called as soon as the identity is known (before the JSON parse when
    // it is a header; the place and key hash are known by then too), so the checks can fetch
    // their table slots while the parse runs.
    // `decodedValue`: what the registry made of the value when the record comes decoded (its
    // view then holds the decoded JSON in place of framed bytes); null without a registry.
    template <typename OnIdentity>
    const RecordFacts& read(const MessageView& record, const schema::DecodedPayload* decodedValue,
                            OnIdentity&& onIdentity);
    const RecordFacts& read(const MessageView& record,
                            const schema::DecodedPayload* decodedValue = nullptr) {
        return read(record, decodedValue, [](const RecordFacts&) {});
    }
    const QStringList& identityLabels() const { return m_identityLabels; }
    const QStringList& sequenceLabels() const { return m_sequenceLabels; }
    const std::vector<QByteArray>& requiredHeaders() const { return m_required; }

    // The identity hash of an id text as read() computes it (for ce_causationid lookups).
    static Hash128 identityOf(QByteArrayView idText);

private:
    // The headers read() looks at, each found in the one pass over the record's headers (the
    // last of a repeated name wins, as MessageView::header does).
    enum HeaderSlot : int {
        CeId,
        CeType,
        CeDataschema,
        Traceparent,
        CeCausationId,
        IdSpec,       // the user's identity header, when it is one
        SequenceSpec, // … sequence header
        TypeSpec,     // … type header
        VersionSpec,  // … version header
        FirstRequired // then one slot per required header
    };
    struct WantedHeader {
        QByteArray name;
        int slot = 0;
    };

    void begin(const MessageView& record);
    void setIdentity(std::string_view id, int source);
    void setDigestIdentity();
    void readHeaders(const MessageView& record);
    bool identityFromHeaders();
    void readJson(const MessageView& record);
    void readIdentity();
    void readSequence(const MessageView& record);
    void readTypeAndVersion();
    void readSchema(const schema::DecodedPayload& value);
    void readTrace();
    void collectNewShape();
    // The slot's header, nullptr when the record has none of that name.
    const MaybeBytes* headerAt(int slot) const {
        return m_present[size_t(slot)] ? &m_headers[size_t(slot)] : nullptr;
    }
    // The slot's header when present and not null.
    const MaybeBytes* headerValueAt(int slot) const {
        const MaybeBytes* h = headerAt(slot);
        return h && !h->null ? h : nullptr;
    }
    bool fieldText(const FieldSpec& spec, int headerSlot, std::string_view* out,
                   std::string* numberBuffer);

    FieldSpec m_idSpec;
    FieldSpec m_sequenceSpec;
    FieldSpec m_typeSpec;
    FieldSpec m_versionSpec;
    QStringList m_identityLabels;
    QStringList m_sequenceLabels;
    std::vector<QByteArray> m_required;
    std::vector<WantedHeader> m_wanted;
    std::vector<MaybeBytes> m_headers; // per slot: the last header of that name
    std::vector<char> m_present;       // per slot: the record has a header of that name

    simdjson::dom::parser m_parser;
    simdjson::dom::element m_root; // the parsed value, when m_facts.json == Valid
    std::string m_padded;
    std::string m_idNumber;
    std::string m_typeNumber;
    std::string m_versionNumber;
    struct SchemaTexts {
        bool known = false;  // the registry gave the schema
        std::string subject; // "orders-value"
        std::string version; // "3", empty when the registry did not say
    };
    std::unordered_map<quint32, SchemaTexts> m_schemaTexts;
    // Top-level fields the defaults look at, found in one pass over the object.
    struct TopLevel {
        simdjson::dom::element id, eventId, type, eventType, seq, sequence, version, schemaVersion;
        bool hasId = false, hasEventId = false, hasType = false, hasEventType = false,
             hasSeq = false, hasSequence = false, hasVersion = false, hasSchemaVersion = false;
    } m_top;
    bool m_identityIsCeId = false; // the identity is the hash of the ce_id header
    Hash128Map<bool> m_shapesSeen; // (version key, shape) pairs this reader collected
    ShapeSet m_newShape;           // what RecordFacts::newShape points at
    RecordFacts m_facts;
};

template <typename OnIdentity>
const RecordFacts& RecordReader::read(const MessageView& record,
                                      const schema::DecodedPayload* decodedValue,
                                      OnIdentity&& onIdentity) {
    begin(record);
    readHeaders(record);
    const bool early = identityFromHeaders();
    if (early)
        onIdentity(std::as_const(m_facts));
    readJson(record);
    if (!early) {
        readIdentity();
        onIdentity(std::as_const(m_facts));
    }
    readSequence(record);
    readTypeAndVersion();
    if (decodedValue && decodedValue->kind != schema::DecodedPayload::Kind::Plain)
        readSchema(*decodedValue);
    readTrace();
    collectNewShape();
    return m_facts;
}

// The JSON type name of an element as shapes report it.
const char* jsonTypeName(simdjson::dom::element_type type);

} // namespace streamscope
