#pragma once

namespace streamscope::schema {

// Gives Avro C an allocator that keeps freed small blocks per thread for reuse. Avro C mallocs
// and frees a buffer (and a wrapper) for every string, bytes and fixed value it reads into a
// generic value: with ~10 such values per record, malloc and free took a sixth of the decoding
// time. Every block still comes from malloc and is exactly as large as Avro C asked for, so
// blocks made before the switch, or freed on another thread, are handled alike. Idempotent;
// AvroDecoder::compile calls it.
void installAvroAllocator();

} // namespace streamscope::schema
