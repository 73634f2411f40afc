#include "schema/ProtoText.h"

#include <QCoreApplication>

#include <google/protobuf/compiler/parser.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

namespace streamscope::schema {

namespace gp = google::protobuf;

namespace {

struct ProtobufTr {
    Q_DECLARE_TR_FUNCTIONS(ProtobufDecoder)
};

} // namespace

void ProtoComplaints::AddError(int line, int column, const std::string& message) {
    add(QStringLiteral("line %1:%2: %3")
            .arg(line + 1)
            .arg(column + 1)
            .arg(QString::fromStdString(message)));
}

void ProtoComplaints::AddError(const std::string& filename, const std::string& element,
                               const gp::Message*, ErrorLocation, const std::string& message) {
    add(QStringLiteral("%1 %2: %3")
            .arg(QString::fromStdString(filename), QString::fromStdString(element),
                 QString::fromStdString(message)));
}

void ProtoComplaints::add(const QString& line) {
    if (!text.isEmpty())
        text += QStringLiteral("; ");
    text += line;
}

Expected<gp::FileDescriptorProto> parseProto(const QString& fileName, const QString& text) {
    const std::string source = text.toStdString();
    gp::io::ArrayInputStream input(source.data(), int(source.size()));
    ProtoComplaints complaints;
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

} // namespace streamscope::schema
