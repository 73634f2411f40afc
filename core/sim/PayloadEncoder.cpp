#include "sim/PayloadEncoder.h"

#include "schema/ProtoText.h"
#include "schema/WireFormat.h"
#include "sim/SimTr.h"

#include <QDateTime>

#include <avro.h>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/util/json_util.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <vector>

namespace streamscope::sim {

namespace {

using Json = nlohmann::ordered_json;
namespace gp = google::protobuf;

QString avroError(const char* what) {
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(avro_strerror()));
}

// Whether a JSON value can be written as this Avro schema (picks a union's branch).
bool fits(avro_schema_t s, const Json& j) {
    switch (avro_typeof(s)) {
    case AVRO_NULL:
        return j.is_null();
    case AVRO_BOOLEAN:
        return j.is_boolean();
    case AVRO_INT32:
    case AVRO_INT64:
        return j.is_number_integer() || (avro_typeof(s) == AVRO_INT64 && j.is_string());
    case AVRO_FLOAT:
    case AVRO_DOUBLE:
        return j.is_number();
    case AVRO_STRING:
    case AVRO_BYTES:
    case AVRO_ENUM:
        return j.is_string();
    case AVRO_RECORD:
    case AVRO_MAP:
        return j.is_object();
    case AVRO_ARRAY:
        return j.is_array();
    default:
        return false;
    }
}

Status setAvro(avro_value_t* value, const Json& j);

Status setAvroChecked(avro_value_t* value, const Json& j, const std::string& where) {
    if (auto status = setAvro(value, j); !status)
        return streamscopeError(QString::fromStdString(where) + QStringLiteral(": ") +
                                status.error().message);
    return {};
}

Status setAvro(avro_value_t* value, const Json& j) {
    avro_schema_t schema = avro_value_get_schema(value);
    const auto mismatch = [&] {
        return streamscopeError(SimTr::tr("%1 does not fit the Avro type %2")
                                    .arg(QString::fromStdString(j.dump()).left(80),
                                         QString::fromUtf8(avro_schema_type_name(schema))));
    };
    int rc = 0;
    switch (avro_typeof(schema)) {
    case AVRO_NULL:
        rc = avro_value_set_null(value);
        break;
    case AVRO_BOOLEAN:
        if (!j.is_boolean())
            return mismatch();
        rc = avro_value_set_boolean(value, j.get<bool>());
        break;
    case AVRO_INT32:
        if (!j.is_number_integer())
            return mismatch();
        rc = avro_value_set_int(value, j.get<int32_t>());
        break;
    case AVRO_INT64:
        if (j.is_string()) {
            const QDateTime time = QDateTime::fromString(
                QString::fromStdString(j.get<std::string>()), Qt::ISODateWithMs);
            if (!time.isValid())
                return mismatch();
            rc = avro_value_set_long(value, time.toMSecsSinceEpoch());
        } else if (j.is_number_integer()) {
            rc = avro_value_set_long(value, j.get<int64_t>());
        } else {
            return mismatch();
        }
        break;
    case AVRO_FLOAT:
        if (!j.is_number())
            return mismatch();
        rc = avro_value_set_float(value, j.get<float>());
        break;
    case AVRO_DOUBLE:
        if (!j.is_number())
            return mismatch();
        rc = avro_value_set_double(value, j.get<double>());
        break;
    case AVRO_STRING: {
        const std::string text = j.is_string() ? j.get<std::string>() : j.dump();
        rc = avro_value_set_string_len(value, text.c_str(), text.size() + 1);
        break;
    }
    case AVRO_BYTES: {
        if (!j.is_string())
            return mismatch();
        std::string bytes = j.get<std::string>();
        rc = avro_value_set_bytes(value, bytes.data(), bytes.size());
        break;
    }
    case AVRO_ENUM: {
        if (!j.is_string())
            return mismatch();
        const int symbol = avro_schema_enum_get_by_name(schema, j.get<std::string>().c_str());
        if (symbol < 0)
            return mismatch();
        rc = avro_value_set_enum(value, symbol);
        break;
    }
    case AVRO_RECORD: {
        if (!j.is_object())
            return mismatch();
        size_t count = 0;
        avro_value_get_size(value, &count);
        for (size_t i = 0; i < count; ++i) {
            avro_value_t field;
            const char* name = nullptr;
            if (avro_value_get_by_index(value, i, &field, &name))
                return streamscopeError(avroError("record field"));
            const auto it = j.find(name);
            if (auto status = setAvroChecked(&field, it == j.end() ? Json() : *it, name); !status)
                return status;
        }
        break;
    }
    case AVRO_ARRAY: {
        if (!j.is_array())
            return mismatch();
        for (const Json& element : j) {
            avro_value_t item;
            if (avro_value_append(value, &item, nullptr))
                return streamscopeError(avroError("array"));
            if (auto status = setAvro(&item, element); !status)
                return status;
        }
        break;
    }
    case AVRO_MAP: {
        if (!j.is_object())
            return mismatch();
        for (auto it = j.begin(); it != j.end(); ++it) {
            avro_value_t item;
            if (avro_value_add(value, it.key().c_str(), &item, nullptr, nullptr))
                return streamscopeError(avroError("map"));
            if (auto status = setAvroChecked(&item, it.value(), it.key()); !status)
                return status;
        }
        break;
    }
    case AVRO_UNION: {
        const size_t branches = avro_schema_union_size(schema);
        for (size_t b = 0; b < branches; ++b) {
            if (!fits(avro_schema_union_branch(schema, int(b)), j))
                continue;
            avro_value_t branch;
            if (avro_value_set_branch(value, int(b), &branch))
                return streamscopeError(avroError("union"));
            return setAvro(&branch, j);
        }
        return mismatch();
    }
    default:
        return mismatch();
    }
    if (rc)
        return streamscopeError(avroError("value"));
    return {};
}

class AvroEncoder final : public PayloadEncoder {
public:
    ~AvroEncoder() override {
        if (m_valueReady)
            avro_value_decref(&m_value);
        if (m_iface)
            avro_value_iface_decref(m_iface);
        if (m_schema)
            avro_schema_decref(m_schema);
    }

    Status init(const TopicEncoding& encoding) {
        m_id = encoding.schemaId;
        const QByteArray text = encoding.text.toUtf8();
        if (avro_schema_from_json_length(text.constData(), size_t(text.size()), &m_schema))
            return streamscopeError(avroError("the Avro schema does not parse"));
        m_iface = avro_generic_class_from_schema(m_schema);
        if (!m_iface || avro_generic_value_new(m_iface, &m_value))
            return streamscopeError(avroError("Avro value"));
        m_valueReady = true;
        return {};
    }

    Expected<QByteArray> encode(const Json& payload) override {
        avro_value_reset(&m_value);
        if (auto status = setAvro(&m_value, payload); !status)
            return status.error();
        size_t size = 0;
        if (avro_value_sizeof(&m_value, &size))
            return streamscopeError(avroError("Avro size"));
        QByteArray out;
        schema::appendConfluentHeader(out, m_id);
        const qsizetype header = out.size();
        out.resize(header + qsizetype(size));
        avro_writer_t writer = avro_writer_memory(out.data() + header, int64_t(size));
        const int rc = avro_value_write(writer, &m_value);
        avro_writer_free(writer);
        if (rc)
            return streamscopeError(avroError("Avro write"));
        return out;
    }

    QByteArray contentType() const override {
        return QByteArrayLiteral("application/vnd.apache.avro+binary");
    }

private:
    quint32 m_id = 0;
    avro_schema_t m_schema = nullptr;
    avro_value_iface_t* m_iface = nullptr;
    avro_value_t m_value{};
    bool m_valueReady = false;
};

class ProtobufEncoder final : public PayloadEncoder {
public:
    Status init(const TopicEncoding& encoding) {
        m_id = encoding.schemaId;
        auto file = schema::parseProto(encoding.subject + QStringLiteral(".proto"), encoding.text);
        if (!file)
            return file.error();
        schema::ProtoComplaints complaints;
        const gp::FileDescriptor* built = m_pool.BuildFileCollectingErrors(*file, &complaints);
        if (!built || built->message_type_count() == 0)
            return streamscopeError(
                SimTr::tr("the .proto does not build a message: %1").arg(complaints.text));
        m_prototype = m_factory.GetPrototype(built->message_type(0));
        return {};
    }

    Expected<QByteArray> encode(const Json& payload) override {
        std::unique_ptr<gp::Message> message(m_prototype->New());
        const auto status = gp::util::JsonStringToMessage(payload.dump(), message.get());
        if (!status.ok())
            return streamscopeError(
                SimTr::tr("the payload does not fit the Protobuf message: %1")
                    .arg(QString::fromStdString(std::string(status.message()))));
        QByteArray out;
        schema::appendConfluentHeader(out, m_id);
        schema::appendProtobufMessageIndexes(out, {0});
        std::string body;
        if (!message->SerializeToString(&body))
            return streamscopeError(SimTr::tr("the Protobuf message does not serialize"));
        out.append(body.data(), qsizetype(body.size()));
        return out;
    }

    QByteArray contentType() const override { return QByteArrayLiteral("application/x-protobuf"); }

private:
    quint32 m_id = 0;
    gp::DescriptorPool m_pool{gp::DescriptorPool::generated_pool()};
    gp::DynamicMessageFactory m_factory{&m_pool};
    const gp::Message* m_prototype = nullptr;
};

} // namespace

Expected<std::unique_ptr<PayloadEncoder>> PayloadEncoder::create(const TopicEncoding& encoding) {
    switch (encoding.format) {
    case schema::SchemaFormat::Avro: {
        auto encoder = std::make_unique<AvroEncoder>();
        if (auto status = encoder->init(encoding); !status)
            return status.error();
        return std::unique_ptr<PayloadEncoder>(std::move(encoder));
    }
    case schema::SchemaFormat::Protobuf: {
        auto encoder = std::make_unique<ProtobufEncoder>();
        if (auto status = encoder->init(encoding); !status)
            return status.error();
        return std::unique_ptr<PayloadEncoder>(std::move(encoder));
    }
    case schema::SchemaFormat::Json:
        break;
    }
    return streamscopeError(SimTr::tr("the simulator encodes Avro and Protobuf topics only"));
}

} // namespace streamscope::sim
