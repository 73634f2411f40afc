#pragma once

#include "common/Expected.h"
#include "schema/RegisteredSchema.h"

#include <QByteArrayView>

#include <memory>
#include <string>
#include <vector>

namespace streamscope::schema {

// One registered .proto file (and its imports, from the schema's references or protobuf's
// well-known types) parsed at run time into a descriptor pool; bodies are decoded with dynamic
// messages into protobuf's canonical JSON mapping. Not thread-safe: one per thread.
class ProtobufDecoder {
public:
    static Expected<std::unique_ptr<ProtobufDecoder>> compile(const RegisteredSchema& schema);
    ~ProtobufDecoder();
    ProtobufDecoder(const ProtobufDecoder&) = delete;
    ProtobufDecoder& operator=(const ProtobufDecoder&) = delete;

    // Appends the JSON of the message at `messageIndexes` (the Confluent message-index path,
    // [0] = the file's first message) parsed from `message`.
    Status decode(const std::vector<int>& messageIndexes, QByteArrayView message,
                  std::string& json);
    // The full name of the message type at that path ("shop.Order"), empty when there is none.
    const std::string& messageName(const std::vector<int>& messageIndexes) const;

    struct Impl;

private:
    explicit ProtobufDecoder(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace streamscope::schema
