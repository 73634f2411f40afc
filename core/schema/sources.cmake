# Schema Registry payloads (issue 15): the Confluent wire format, the registry's REST API (Qt
# Network), a shared schema cache, and decoders to plain JSON: Avro with Avro C, Protobuf with
# protobuf's run-time .proto parser and dynamic messages, JSON Schema passed through.
target_sources(streamscope_core PRIVATE
    schema/WireFormat.h
    schema/WireFormat.cpp
    schema/RegisteredSchema.h
    schema/SchemaRegistryClient.h
    schema/SchemaRegistryClient.cpp
    schema/SchemaCache.h
    schema/SchemaCache.cpp
    schema/JsonScalars.h
    schema/JsonScalars.cpp
    schema/AvroAllocator.h
    schema/AvroAllocator.cpp
    schema/AvroDecoder.h
    schema/AvroDecoder.cpp
    schema/ProtoText.h
    schema/ProtoText.cpp
    schema/ProtobufDecoder.h
    schema/ProtobufDecoder.cpp
    schema/PayloadDecoder.h
    schema/PayloadDecoder.cpp
    schema/RecordDecoding.h
    schema/RecordDecoding.cpp
    schema/DecodedPayloads.h
    schema/DecodedPayloads.cpp
)
