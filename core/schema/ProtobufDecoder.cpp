#include "schema/ProtobufDecoder.h"

#include <QCoreApplication>

#include <google/protobuf/compiler/parser.h>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/util/json_util.h>

namespace streamscope::schema {

namespace gp = google::protobuf;

namespace {

struct ProtobufTr {
    Q_DECLARE_TR_FUNCTIONS(ProtobufDecoder)
};

// Collects the parser's and the pool's complaints into one message.
class Complaints : public gp::io::ErrorCollector, public gp::DescriptorPool::ErrorCollector {
public:
    void AddError(int line, int column, const std::string& message) override {
        add(QStringLiteral("line %1:%2: %3")
                .arg(line + 1)
                .arg(column + 1)
                .arg(QString::fromStdString(message)));
    }
    void AddError(const std::string& filename, const std::string& element, const gp::Message*,
                  ErrorLocation, const std::string& message) override {
        add(QStringLiteral("%1 %2: %3")
                .arg(QString::fromStdString(filename), QString::fromStdString(element),
                     QString::fromStdString(message)));
    }
    QString text;

private:
    void add(const QString& line) {
        if (!text.isEmpty())
            text += QStringLiteral("; ");
        text += line;
    }
};

Expected<gp::FileDescriptorProto> parseProto(const QString& fileName, const QString& text) {
    const std::string source = text.toStdString();
    gp::io::ArrayInputStream input(source.data(), int(source.size()));
    Complaints complaints;
    gp::io::Tokenizer tokenizer(&input, &complaints);
    gp::compiler::Parser parser;
    parser.RecordErrorsTo(&complaints);
    gp::FileDescriptorProto file;
    if (!parser.Parse(&tokenizer, &file))
        return streamscopeError(ProtobufTr::tr("the .proto text of %1 does not parse: %2")
                                    .arg(fileName, complaints.text));
    file.set_name(fileName.toStdString());
    return file;
}

} // namespace

struct ProtobufDecoder::Impl {
    // The generated pool underneath: imports of google/protobuf/*.proto resolve without being
    // registered as references.
    gp::DescriptorPool pool{gp::DescriptorPool::generated_pool()};
    gp::DynamicMessageFactory factory{&pool};
    const gp::FileDescriptor* file = nullptr;
    std::string jsonScratch;

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
    Complaints complaints;
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

std::string ProtobufDecoder::messageName(const std::vector<int>& indexes) const {
    const auto* d = m_impl->descriptorAt(indexes);
    return d ? d->full_name() : std::string();
}

Status ProtobufDecoder::decode(const std::vector<int>& indexes, QByteArrayView bytes,
                               std::string& json) {
    const gp::Descriptor* descriptor = m_impl->descriptorAt(indexes);
    if (!descriptor)
        return streamscopeError(ProtobufTr::tr("the message index does not name a message type"));
    std::unique_ptr<gp::Message> message(m_impl->factory.GetPrototype(descriptor)->New());
    if (!message->ParseFromArray(bytes.data(), int(bytes.size())))
        return streamscopeError(ProtobufTr::tr("the bytes do not match the Protobuf message %1")
                                    .arg(QString::fromStdString(descriptor->full_name())));
    m_impl->jsonScratch.clear();
    gp::util::JsonPrintOptions options; // the canonical mapping: lowerCamelCase, int64 as strings
    const auto status = gp::util::MessageToJsonString(*message, &m_impl->jsonScratch, options);
    if (!status.ok())
        return streamscopeError(ProtobufTr::tr("the Protobuf message cannot be shown as JSON: %1")
                                    .arg(QString::fromStdString(std::string(status.message()))));
    json += m_impl->jsonScratch;
    return {};
}

} // namespace streamscope::schema
