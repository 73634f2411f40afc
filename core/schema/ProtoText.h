#pragma once

#include "common/Expected.h"

#include <QString>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/io/tokenizer.h>

// .proto text as a registry (or the simulator) holds it, parsed at run time: the one copy the
// decoder and the simulator's encoder share.
namespace streamscope::schema {

// Collects the parser's and a DescriptorPool's complaints into one "; "-joined message.
class ProtoComplaints : public google::protobuf::io::ErrorCollector,
                        public google::protobuf::DescriptorPool::ErrorCollector {
public:
    void AddError(int line, int column, const std::string& message) override;
    void AddError(const std::string& filename, const std::string& element,
                  const google::protobuf::Message* descriptor, ErrorLocation location,
                  const std::string& message) override;
    QString text;

private:
    void add(const QString& line);
};

// The .proto text parsed into a file named fileName (what imports of it name), not yet built
// into a pool; the parser's complaints as the error.
Expected<google::protobuf::FileDescriptorProto> parseProto(const QString& fileName,
                                                           const QString& text);

} // namespace streamscope::schema
