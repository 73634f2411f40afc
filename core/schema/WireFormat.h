#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace streamscope::schema {

// The Confluent wire format of a Schema Registry payload: magic byte 0, the schema id as 4 bytes
// big-endian, then the encoded body (Avro binary; Protobuf's message-index list and message; JSON).
struct ConfluentFrame {
    quint32 schemaId = 0;
    QByteArrayView body; // points into the bytes given to parseConfluentFrame
};

constexpr int kConfluentHeaderSize = 5;

// The frame of `bytes`, or nothing when they do not start with magic 0 and a full id.
std::optional<ConfluentFrame> parseConfluentFrame(QByteArrayView bytes);

// Protobuf bodies start with the path of the message type inside its .proto file: a zigzag varint
// count, then that many zigzag varint indexes (the first top-level message alone is the single
// byte 0). On success `body` is advanced past the list and `indexes` holds the path ([0] for 0).
bool readProtobufMessageIndexes(QByteArrayView& body, std::vector<int>& indexes);

// The inverse, for tests and the simulator: the list as written by Confluent's serializers.
void appendProtobufMessageIndexes(QByteArray& out, const std::vector<int>& indexes);
void appendConfluentHeader(QByteArray& out, quint32 schemaId);

} // namespace streamscope::schema
