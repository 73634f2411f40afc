#include "sim/EventFactory.h"

#include "common/InputLimits.h"
#include "sim/TraceContext.h"

#include <QDateTime>
#include <QUuid>

#include <nlohmann/json.hpp>

#include <cmath>
#include <optional>

namespace streamscope::sim {

namespace {

using Json = nlohmann::ordered_json;

std::string toStd(const QString& text) {
    return text.toStdString();
}

// Everything one render needs; the cause payload is parsed lazily, only by templates that use it.
struct RenderContext {
    const QByteArray& key;
    std::uint64_t seq;
    const QString& now;
    const QByteArray& causePayload;
    std::mt19937_64& random;
    std::optional<Json> cause = std::nullopt;

    const Json* causeField(const QString& field) {
        if (!cause) {
            // The cause is any record on a consumed topic, written by anyone: a payload nested
            // deeper than a payload template can be is treated as not JSON, since copying and
            // printing its fields below is recursive.
            constexpr JsonStructureLimits kCauseLimits{64, false};
            if (checkJsonStructure(causePayload, kCauseLimits))
                cause = Json(Json::value_t::discarded);
            else
                cause = Json::parse(causePayload.constBegin(), causePayload.constEnd(), nullptr,
                                    false); // no exceptions: a non-JSON cause is "discarded"
        }
        if (!cause->is_object())
            return nullptr;
        const auto it = cause->find(toStd(field));
        return it == cause->end() ? nullptr : &*it;
    }
};

double uniformReal(std::mt19937_64& random, double min, double max) {
    return std::uniform_real_distribution<double>(min, max)(random);
}

qint64 uniformInt(std::mt19937_64& random, double min, double max) {
    return std::uniform_int_distribution<qint64>(static_cast<qint64>(std::ceil(min)),
                                                 static_cast<qint64>(std::floor(max)))(random);
}

double money(std::mt19937_64& random, double min, double max) {
    return std::round(uniformReal(random, min, max) * 100.0) / 100.0;
}

// One segment as JSON (numbers stay numbers when a field is a single placeholder).
Json renderSegment(const TemplateSegment& segment, RenderContext& context) {
    using Kind = TemplateSegment::Kind;
    switch (segment.kind) {
    case Kind::Literal:
        return toStd(segment.text);
    case Kind::Key:
        return context.key.toStdString();
    case Kind::Int:
        return uniformInt(context.random, segment.min, segment.max);
    case Kind::Money:
        return money(context.random, segment.min, segment.max);
    case Kind::Choice: {
        const auto index =
            std::uniform_int_distribution<qsizetype>(0, segment.choices.size() - 1)(context.random);
        return toStd(segment.choices.at(index));
    }
    case Kind::Uuid:
        return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    case Kind::Seq:
        return context.seq;
    case Kind::Now:
        return toStd(context.now);
    case Kind::Cause:
        if (const Json* value = context.causeField(segment.text))
            return *value;
        return nullptr;
    }
    return nullptr;
}

std::string asText(const Json& value) {
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_number_float()) // money: always two decimals inside text
        return QString::number(value.get<double>(), 'f', 2).toStdString();
    return value.is_null() ? std::string() : value.dump();
}

Json render(const FieldTemplate& field, RenderContext& context) {
    using Kind = FieldTemplate::Kind;
    switch (field.kind) {
    case Kind::Null:
        return nullptr;
    case Kind::Bool:
        return field.boolValue;
    case Kind::Integer:
        return field.intValue;
    case Kind::Double:
        return field.doubleValue;
    case Kind::Text: {
        // A field that is exactly one placeholder keeps that placeholder's JSON type.
        if (field.segments.size() == 1)
            return renderSegment(field.segments.front(), context);
        std::string text;
        for (const auto& segment : field.segments)
            text += asText(renderSegment(segment, context));
        return text;
    }
    case Kind::Object: {
        Json object = Json::object();
        for (const auto& [name, member] : field.members)
            object[toStd(name)] = render(member, context);
        return object;
    }
    case Kind::Array: {
        Json array = Json::array();
        for (const auto& element : field.elements)
            array.push_back(render(element, context));
        return array;
    }
    }
    return nullptr;
}

} // namespace

EventFactory::EventFactory(QString source, std::uint64_t seed)
    : m_source(source.toUtf8())
    , m_random(seed) {}

ProducerRecord EventFactory::build(const EventRequest& request, const QByteArray& topic,
                                   const TopicEncoding* encoding) {
    const EventTypeSpec& type = *request.type;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);

    Json payload = Json::object();
    payload["schema_version"] = type.version;
    payload["event_type"] = toStd(type.name);
    payload["id"] = id.toStdString();
    payload["key"] = request.key.toStdString();
    payload["seq"] = request.seq;
    payload["occurred_at"] = toStd(now);
    if (type.keyField != u"key")
        payload[toStd(type.keyField)] = request.key.toStdString();
    RenderContext context{request.key, request.seq, now, request.causePayload, m_random};
    for (const auto& [name, member] : type.fields.members)
        payload[toStd(name)] = render(member, context);

    const QByteArray traceId = request.traceId.isEmpty() ? newTraceId() : request.traceId;
    ProducerRecord record;
    record.topic = topic;
    record.key = request.key;
    QByteArray contentType = QByteArrayLiteral("application/json");
    record.value.clear();
    if (encoding) {
        auto& encoder = m_encoders[encoding];
        if (!encoder) {
            auto created = PayloadEncoder::create(*encoding);
            if (created)
                encoder = std::move(*created);
            else
                m_lastEncodeError = created.error().message;
        }
        if (encoder) {
            if (auto framed = encoder->encode(payload)) {
                record.value = std::move(*framed);
                contentType = encoder->contentType();
            } else {
                m_lastEncodeError = framed.error().message;
            }
        }
    }
    if (record.value.isNull())
        record.value = QByteArray::fromStdString(payload.dump());
    record.headers = {
        {QByteArrayLiteral("ce_specversion"), QByteArrayLiteral("1.0")},
        {QByteArrayLiteral("ce_id"), id},
        {QByteArrayLiteral("ce_source"), m_source},
        {QByteArrayLiteral("ce_type"), type.name.toUtf8()},
        {QByteArrayLiteral("ce_time"), now.toUtf8()},
        {QByteArrayLiteral("content-type"), contentType},
        {QByteArrayLiteral("traceparent"), formatTraceparent(traceId, newSpanId())},
    };
    if (!request.causeId.isEmpty())
        record.headers.push_back({QByteArrayLiteral("ce_causationid"), request.causeId});
    return record;
}

} // namespace streamscope::sim
