#include "schema/ProtobufDecoder.h"

#include "schema/ProtoText.h"

#include <QCoreApplication>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/type_resolver.h>
#include <google/protobuf/util/type_resolver_util.h>
#include <google/protobuf/wire_format_lite.h>

#include <unordered_map>

namespace streamscope::schema {

namespace gp = google::protobuf;

namespace {

struct ProtobufTr {
    Q_DECLARE_TR_FUNCTIONS(ProtobufDecoder)
};

constexpr char kTypeUrlPrefix[] = "type.googleapis.com";

// The pool's resolver with every answer kept: protobuf's binary-to-JSON path asks for the types
// of a message (and of its nested messages and enums) once per call, and converting descriptors
// to google.protobuf.Type each time would cost more than the conversion itself. Not
// thread-safe, like the decoder that owns it.
class CachingTypeResolver : public gp::util::TypeResolver {
public:
    explicit CachingTypeResolver(const gp::DescriptorPool* pool)
        : m_inner(gp::util::NewTypeResolverForDescriptorPool(kTypeUrlPrefix, pool)) {}

    gp::util::Status ResolveMessageType(const std::string& url, gp::Type* type) override {
        return resolve(m_types, url, type, [this](const std::string& u, gp::Type* t) {
            return m_inner->ResolveMessageType(u, t);
        });
    }
    gp::util::Status ResolveEnumType(const std::string& url, gp::Enum* type) override {
        return resolve(m_enums, url, type, [this](const std::string& u, gp::Enum* t) {
            return m_inner->ResolveEnumType(u, t);
        });
    }

private:
    template <typename T, typename Resolve>
    gp::util::Status resolve(std::unordered_map<std::string, T>& cache, const std::string& url,
                             T* out, Resolve&& inner) {
        if (auto it = cache.find(url); it != cache.end()) {
            *out = it->second;
            return gp::util::Status();
        }
        T resolved;
        const auto status = inner(url, &resolved);
        if (!status.ok())
            return status;
        *out = resolved;
        cache.emplace(url, std::move(resolved));
        return status;
    }

    std::unique_ptr<gp::util::TypeResolver> m_inner;
    std::unordered_map<std::string, gp::Type> m_types;
    std::unordered_map<std::string, gp::Enum> m_enums;
};

// Whether `bytes` are a well-formed message on the wire (tags, lengths, groups), without building
// one: the binary-to-JSON path does not refuse every truncated or malformed input by itself.
bool wellFormed(QByteArrayView bytes) {
    gp::io::CodedInputStream input(reinterpret_cast<const quint8*>(bytes.data()),
                                   int(bytes.size()));
    return gp::internal::WireFormatLite::SkipMessage(&input) && input.ConsumedEntireMessage() &&
           input.CurrentPosition() == int(bytes.size());
}

} // namespace

struct ProtobufDecoder::Impl {
    // The generated pool underneath: imports of google/protobuf/*.proto resolve without being
    // registered as references.
    gp::DescriptorPool pool{gp::DescriptorPool::generated_pool()};
    const gp::FileDescriptor* file = nullptr;
    // One resolver per schema, made once (protobuf's MessageToJsonString makes one per call for
    // a pool that is not the generated one, and serializes the message again first).
    CachingTypeResolver resolver{&pool};
    std::unordered_map<const gp::Descriptor*, std::string> typeUrls;
    std::string jsonScratch;

    const std::string& typeUrl(const gp::Descriptor* descriptor) {
        auto& url = typeUrls[descriptor];
        if (url.empty())
            url = std::string(kTypeUrlPrefix) + '/' + descriptor->full_name();
        return url;
    }

    const gp::Descriptor* descriptorAt(const std::vector<int>& indexes) const {
        if (!file || indexes.empty())
            return nullptr;
        if (indexes[0] < 0 || indexes[0] >= file->message_type_count())
            return nullptr;
        const gp::Descriptor* d = file->message_type(indexes[0]);
        for (size_t i = 1; i < indexes.size(); ++i) {
            if (indexes[i] < 0 || indexes[i] >= d->nested_type_count())
                return nullptr;
            d = d->nested_type(indexes[i]);
        }
        return d;
    }
};

Expected<std::unique_ptr<ProtobufDecoder>>
ProtobufDecoder::compile(const RegisteredSchema& schema) {
    auto impl = std::make_unique<Impl>();
    ProtoComplaints complaints;
    // References come in dependency order; each is a file named by its import path.
    for (const auto& ref : schema.references) {
        if (impl->pool.FindFileByName(ref.name.toStdString()))
            continue; // a well-known type the generated pool already has
        auto proto = parseProto(ref.name, ref.text);
        if (!proto)
            return proto.error();
        if (!impl->pool.BuildFileCollectingErrors(*proto, &complaints))
            return streamscopeError(ProtobufTr::tr("the imported %1 does not build: %2")
                                        .arg(ref.name, complaints.text));
    }
    const QString name = QStringLiteral("schema-%1.proto").arg(schema.id);
    auto proto = parseProto(name, schema.text);
    if (!proto)
        return proto.error();
    impl->file = impl->pool.BuildFileCollectingErrors(*proto, &complaints);
    if (!impl->file)
        return streamscopeError(ProtobufTr::tr("Protobuf schema %1 does not build: %2")
                                    .arg(schema.id)
                                    .arg(complaints.text));
    return std::unique_ptr<ProtobufDecoder>(new ProtobufDecoder(std::move(impl)));
}

ProtobufDecoder::ProtobufDecoder(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}

ProtobufDecoder::~ProtobufDecoder() = default;

const std::string& ProtobufDecoder::messageName(const std::vector<int>& indexes) const {
    static const std::string none;
    const auto* d = m_impl->descriptorAt(indexes);
    return d ? d->full_name() : none;
}

Status ProtobufDecoder::decode(const std::vector<int>& indexes, QByteArrayView bytes,
                               std::string& json) {
    const gp::Descriptor* descriptor = m_impl->descriptorAt(indexes);
    if (!descriptor)
        return streamscopeError(ProtobufTr::tr("the message index does not name a message type"));
    if (!wellFormed(bytes))
        return streamscopeError(ProtobufTr::tr("the bytes do not match the Protobuf message %1")
                                    .arg(QString::fromStdString(descriptor->full_name())));
    // Straight from the wire to canonical JSON (lowerCamelCase names, int64 as strings), with
    // the schema's resolver.
    gp::io::ArrayInputStream input(bytes.data(), int(bytes.size()));
    m_impl->jsonScratch.clear();
    gp::io::StringOutputStream output(&m_impl->jsonScratch);
    gp::util::JsonPrintOptions options;
    auto status = gp::util::BinaryToJsonStream(&m_impl->resolver, m_impl->typeUrl(descriptor),
                                               &input, &output, options);
    if (!status.ok())
        return streamscopeError(ProtobufTr::tr("the bytes do not match the Protobuf message %1: %2")
                                    .arg(QString::fromStdString(descriptor->full_name()),
                                         QString::fromStdString(std::string(status.message()))));
    json += m_impl->jsonScratch;
    return {};
}

} // namespace streamscope::schema
