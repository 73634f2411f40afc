#include "checks/RecordFacts.h"

#include "checks/JsonShape.h"

#include <algorithm>
#include <charconv>
#include <cstring>

namespace streamscope {

namespace dom = simdjson::dom;

namespace {

// Tags that keep hashes of different things apart.
enum : std::uint64_t { kTagIdentity = 1, kTagDigest, kTagNull };

QByteArrayView viewOf(std::string_view s) {
    return QByteArrayView(s.data(), qsizetype(s.size()));
}

Hash128 hashMaybe(const MaybeBytes& bytes, Hash128 seed) {
    if (bytes.null)
        return hash128({}, addToSet(seed, tagSeed(kTagNull)));
    return hash128(bytes.view(), seed);
}

// A JSON scalar as text: strings as they are, numbers and booleans as JSON writes them.
bool scalarText(dom::element element, std::string_view* out, std::string* buffer) {
    switch (element.type()) {
    case dom::element_type::STRING:
        return element.get_string().get(*out) == simdjson::SUCCESS;
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE:
    case dom::element_type::BOOL:
        *buffer = simdjson::minify(element);
        *out = *buffer;
        return true;
    default:
        return false;
    }
}

bool integerOf(dom::element element, qint64* out) {
    switch (element.type()) {
    case dom::element_type::INT64: {
        std::int64_t i = 0;
        if (element.get_int64().get(i) != simdjson::SUCCESS)
            return false;
        *out = qint64(i);
        return true;
    }
    case dom::element_type::UINT64: {
        std::uint64_t u = 0;
        if (element.get_uint64().get(u) != simdjson::SUCCESS)
            return false;
        *out = qint64(std::min<std::uint64_t>(u, std::uint64_t(INT64_MAX)));
        return true;
    }
    case dom::element_type::DOUBLE: {
        double d = 0;
        if (element.get_double().get(d) != simdjson::SUCCESS)
            return false;
        *out = qint64(d);
        return true;
    }
    default:
        return false;
    }
}

} // namespace

FieldSpec FieldSpec::parse(const QString& text) {
    FieldSpec spec;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return spec;
    if (trimmed.startsWith(u"header:")) {
        spec.header = true;
        spec.headerName = trimmed.mid(7).toUtf8();
        spec.label = QStringLiteral("header ") + trimmed.mid(7);
        return spec;
    }
    for (const QString& part : trimmed.split(u'.')) {
        QString escaped = part;
        escaped.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
        spec.pointer += '/' + escaped.toStdString();
    }
    spec.label = QStringLiteral("field ") + trimmed;
    return spec;
}

RecordReader::RecordReader(const CheckOptions& options)
    : m_idSpec(FieldSpec::parse(options.idField))
    , m_sequenceSpec(FieldSpec::parse(options.sequenceField))
    , m_typeSpec(FieldSpec::parse(options.typeField))
    , m_versionSpec(FieldSpec::parse(options.versionField)) {
    if (m_idSpec.isSet())
        m_identityLabels = {m_idSpec.label, QStringLiteral("digest")};
    else
        m_identityLabels = {QStringLiteral("header ce_id"), QStringLiteral("field id"),
                            QStringLiteral("field event_id"), QStringLiteral("digest")};
    if (m_sequenceSpec.isSet())
        m_sequenceLabels = {m_sequenceSpec.label};
    else
        m_sequenceLabels = {QStringLiteral("field seq"), QStringLiteral("field sequence"),
                            QStringLiteral("field version"), QStringLiteral("event time")};

    m_wanted = {{"ce_id", CeId},
                {"ce_type", CeType},
                {"ce_dataschema", CeDataschema},
                {"traceparent", Traceparent},
                {"ce_causationid", CeCausationId}};
    const std::pair<const FieldSpec*, HeaderSlot> specs[] = {{&m_idSpec, IdSpec},
                                                             {&m_sequenceSpec, SequenceSpec},
                                                             {&m_typeSpec, TypeSpec},
                                                             {&m_versionSpec, VersionSpec}};
    for (const auto& [spec, slot] : specs)
        if (spec->header)
            m_wanted.push_back({spec->headerName, slot});
    for (const QString& name : options.requiredHeaders) {
        if (name.trimmed().isEmpty())
            continue;
        m_wanted.push_back({name.trimmed().toUtf8(), FirstRequired + int(m_required.size())});
        m_required.push_back(name.trimmed().toUtf8());
    }
    m_headers.resize(size_t(FirstRequired) + m_required.size());
    m_present.resize(m_headers.size());
}

Hash128 RecordReader::identityOf(QByteArrayView idText) {
    return hash128(idText, tagSeed(kTagIdentity));
}

void RecordReader::begin(const MessageView& record) {
    m_facts = RecordFacts{};
    m_root = dom::element();
    m_top = TopLevel{};
    m_identityIsCeId = false;
    m_facts.topicUtf8 = record.topicUtf8;
    m_facts.partition = record.partition;
    m_facts.offset = record.offset;
    m_facts.timestampMs = record.timestampMs;
    m_facts.key = record.key;
    if (!record.key.null)
        m_facts.keyHash = hash128(record.key.view());
    m_facts.payload = hashMaybe(record.value, hashMaybe(record.key, tagSeed(kTagDigest)));
}

void RecordReader::readHeaders(const MessageView& record) {
    std::fill(m_present.begin(), m_present.end(), char(0));
    record.forEachHeader([this](QByteArrayView name, const MaybeBytes& value) {
        for (const WantedHeader& wanted : m_wanted) {
            if (wanted.name.size() == name.size() &&
                std::memcmp(wanted.name.constData(), name.data(), size_t(name.size())) == 0) {
                m_headers[size_t(wanted.slot)] = value;
                m_present[size_t(wanted.slot)] = 1;
            }
        }
    });
    for (size_t i = 0; i < m_required.size(); ++i) {
        if (!m_present[size_t(FirstRequired) + i]) {
            m_facts.missingRequiredHeader = int(i);
            break;
        }
    }
}

void RecordReader::setIdentity(std::string_view id, int source) {
    m_facts.identity = identityOf(viewOf(id));
    m_facts.identityText = id;
    m_facts.identitySource = source;
}

void RecordReader::setDigestIdentity() {
    m_facts.identity = m_facts.payload;
    m_facts.identitySource = int(m_identityLabels.size()) - 1;
}

bool RecordReader::identityFromHeaders() {
    if (m_idSpec.isSet()) {
        if (!m_idSpec.header)
            return false; // a JSON field: after the parse
        if (const MaybeBytes* id = headerValueAt(IdSpec)) {
            setIdentity(std::string_view(id->data, size_t(id->size)), 0);
            m_identityIsCeId = m_idSpec.headerName == "ce_id";
        } else {
            setDigestIdentity();
        }
        return true;
    }
    if (const MaybeBytes* id = headerValueAt(CeId)) {
        setIdentity(std::string_view(id->data, size_t(id->size)), 0);
        m_identityIsCeId = true;
        return true;
    }
    return false; // id or event_id field, else the digest: after the parse
}

void RecordReader::readIdentity() {
    std::string_view id;
    if (m_idSpec.isSet()) {
        if (fieldText(m_idSpec, IdSpec, &id, &m_idNumber))
            setIdentity(id, 0);
        else
            setDigestIdentity();
    } else if (m_top.hasId && scalarText(m_top.id, &id, &m_idNumber)) {
        setIdentity(id, 1);
    } else if (m_top.hasEventId && scalarText(m_top.eventId, &id, &m_idNumber)) {
        setIdentity(id, 2);
    } else {
        setDigestIdentity();
    }
}

void RecordReader::readJson(const MessageView& record) {
    const MaybeBytes& value = record.value;
    if (value.null || value.size == 0)
        return;
    simdjson::error_code error;
    if (record.valuePadded) {
        error = m_parser.parse(value.data, size_t(value.size), false).get(m_root);
    } else {
        m_padded.assign(value.data, size_t(value.size));
        m_padded.append(size_t(MessageView::kJsonPadding), ' ');
        error = m_parser.parse(m_padded.data(), size_t(value.size), false).get(m_root);
    }
    if (error != simdjson::SUCCESS) {
        m_facts.json = RecordFacts::Json::Invalid;
        return;
    }
    m_facts.json = RecordFacts::Json::Valid;
    m_facts.shape = shapeHash(m_root);
    if (m_root.type() != dom::element_type::OBJECT)
        return;
    for (const dom::key_value_pair field : dom::object(m_root)) {
        const std::string_view k = field.key;
        if (k == "id")
            m_top.id = field.value, m_top.hasId = true;
        else if (k == "event_id")
            m_top.eventId = field.value, m_top.hasEventId = true;
        else if (k == "type")
            m_top.type = field.value, m_top.hasType = true;
        else if (k == "event_type")
            m_top.eventType = field.value, m_top.hasEventType = true;
        else if (k == "seq")
            m_top.seq = field.value, m_top.hasSeq = true;
        else if (k == "sequence")
            m_top.sequence = field.value, m_top.hasSequence = true;
        else if (k == "version")
            m_top.version = field.value, m_top.hasVersion = true;
        else if (k == "schema_version")
            m_top.schemaVersion = field.value, m_top.hasSchemaVersion = true;
    }
}

bool RecordReader::fieldText(const FieldSpec& spec, int headerSlot, std::string_view* out,
                             std::string* numberBuffer) {
    if (spec.header) {
        const MaybeBytes* value = headerValueAt(headerSlot);
        if (!value)
            return false;
        *out = std::string_view(value->data, size_t(value->size));
        return true;
    }
    if (m_facts.json != RecordFacts::Json::Valid)
        return false;
    dom::element element;
    if (m_root.at_pointer(spec.pointer).get(element) != simdjson::SUCCESS)
        return false;
    return scalarText(element, out, numberBuffer);
}

void RecordReader::readSequence(const MessageView& record) {
    if (m_sequenceSpec.isSet()) {
        dom::element element;
        if (m_sequenceSpec.header) {
            std::string_view text;
            if (fieldText(m_sequenceSpec, SequenceSpec, &text, &m_idNumber)) {
                qint64 value = 0;
                const auto [end, ec] =
                    std::from_chars(text.data(), text.data() + text.size(), value);
                if (ec == std::errc() && end == text.data() + text.size()) {
                    m_facts.hasSequence = true;
                    m_facts.sequence = value;
                }
            }
        } else if (m_facts.json == RecordFacts::Json::Valid &&
                   m_root.at_pointer(m_sequenceSpec.pointer).get(element) == simdjson::SUCCESS) {
            m_facts.hasSequence = integerOf(element, &m_facts.sequence);
        }
        return;
    }
    const std::pair<bool, dom::element> candidates[] = {
        {m_top.hasSeq, m_top.seq},
        {m_top.hasSequence, m_top.sequence},
        {m_top.hasVersion, m_top.version},
    };
    for (int i = 0; i < 3; ++i) {
        if (candidates[i].first && integerOf(candidates[i].second, &m_facts.sequence)) {
            m_facts.hasSequence = true;
            m_facts.sequenceSource = i;
            return;
        }
    }
    if (record.timestampMs >= 0) {
        m_facts.hasSequence = true;
        m_facts.sequence = record.timestampMs;
        m_facts.sequenceSource = 3;
    }
}

void RecordReader::readTypeAndVersion() {
    if (m_typeSpec.isSet()) {
        fieldText(m_typeSpec, TypeSpec, &m_facts.type, &m_typeNumber);
    } else if (const MaybeBytes* header = headerValueAt(CeType)) {
        m_facts.type = std::string_view(header->data, size_t(header->size));
    } else if (!(m_top.hasType && scalarText(m_top.type, &m_facts.type, &m_typeNumber)) &&
               m_top.hasEventType) {
        scalarText(m_top.eventType, &m_facts.type, &m_typeNumber);
    }
    m_facts.typeHash = hash128(viewOf(m_facts.type));
    if (m_versionSpec.isSet()) {
        fieldText(m_versionSpec, VersionSpec, &m_facts.version, &m_versionNumber);
    } else if (!(m_top.hasSchemaVersion &&
                 scalarText(m_top.schemaVersion, &m_facts.version, &m_versionNumber))) {
        if (const MaybeBytes* header = headerValueAt(CeDataschema))
            m_facts.version = std::string_view(header->data, size_t(header->size));
    }
}

// A framed value's version is its schema's version in the registry (unless the user named a
// version field), and a value without a type of its own is typed by its schema's record or
// message name: versions are then counted per schema as the registry numbers them.
void RecordReader::readSchema(const schema::DecodedPayload& value) {
    m_facts.framed = true;
    m_facts.schemaId = value.schemaId;
    m_facts.schema = value.schema;
    if (value.kind == schema::DecodedPayload::Kind::Failed)
        m_facts.decodeError = &value.error;
    // Texts kept per schema id so the facts can point at them; filled once the registry answered.
    SchemaTexts& texts = m_schemaTexts[value.schemaId];
    if (!texts.known && value.schema) {
        texts.known = true;
        texts.subject = value.schema->subject.toStdString();
        if (value.schema->version > 0)
            texts.version = std::to_string(value.schema->version);
    }
    if (!m_typeSpec.isSet() && m_facts.type.empty()) {
        m_facts.type = !value.typeName.empty() ? std::string_view(value.typeName)
                                               : std::string_view(texts.subject);
        m_facts.typeHash = hash128(viewOf(m_facts.type));
    }
    if (!m_versionSpec.isSet() && texts.known)
        m_facts.version = texts.version;
}

void RecordReader::readTrace() {
    const MaybeBytes* header = headerValueAt(Traceparent);
    if (!header)
        return;
    const auto parsed = parseTraceparent(std::string_view(header->data, size_t(header->size)));
    if (!parsed)
        return;
    m_facts.hasTrace = true;
    m_facts.traceId = parsed->traceId;
    // Causation links name the cause's ce_id, whatever the user chose as identity (--id).
    if (m_identityIsCeId)
        m_facts.ceId = m_facts.identity;
    else if (const MaybeBytes* ceId = headerValueAt(CeId))
        m_facts.ceId = identityOf(ceId->view());
    if (const MaybeBytes* cause = headerValueAt(CeCausationId))
        m_facts.causation = identityOf(cause->view());
}

void RecordReader::collectNewShape() {
    const QByteArrayView version(m_facts.version.data(), qsizetype(m_facts.version.size()));
    m_facts.versionKey = hash128(version, m_facts.typeHash);
    if (m_facts.framed) { // one entry per schema: two ids may share a version number
        const quint32 schemaId = m_facts.schemaId;
        m_facts.versionKey =
            hash128(QByteArrayView(reinterpret_cast<const char*>(&schemaId), sizeof schemaId),
                    m_facts.versionKey);
    }
    if (m_facts.json != RecordFacts::Json::Valid)
        return;
    if (!m_shapesSeen.findOrInsert(mixTag(m_facts.versionKey, m_facts.shape.lo ^ m_facts.shape.hi))
             .second)
        return;
    m_newShape.clear();
    collectShape(m_root, m_newShape);
    m_facts.newShape = &m_newShape;
}

const char* jsonTypeName(dom::element_type type) {
    switch (type) {
    case dom::element_type::OBJECT:
        return "object";
    case dom::element_type::ARRAY:
        return "array";
    case dom::element_type::STRING:
        return "string";
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE:
    case dom::element_type::BOOL:
        return type == dom::element_type::BOOL ? "boolean" : "number";
    case dom::element_type::NULL_VALUE:
        return "null";
    }
    return "null";
}

} // namespace streamscope
