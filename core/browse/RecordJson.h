#pragma once

#include "browse/MessageView.h"
#include "common/JsonText.h"
#include "schema/PayloadDecoder.h"

#include <string>

namespace streamscope {

// One message as a JSON Lines object, the contract of `streamscope-cli browse --jsonl` and the
// browser's JSON Lines export:
//   {"topic","partition","offset","timestamp","timestamp_type","key","headers":{..},"value"}
// Text (valid UTF-8) is a JSON string; other bytes are base64 with "key_encoding" /
// "value_encoding": "base64" (header values likewise, named in "header_encodings"). A null key,
// a tombstone's value and a null header value are JSON null; timestamp is ms since the epoch or
// null. With repeated header names the last one wins (as in the filter). Appends a newline.
void appendJsonLine(std::string& out, const MessageView& message);

// The same with the key and value decoded through a Schema Registry (null: not decoded). A
// Decoded payload is written as its JSON with "value_schema_id": N and "value_format":
// "avro"|"protobuf"|"json"; a Failed one as its raw bytes with "value_schema_id" and
// "value_decode_error": the reason (likewise "key_..." for keys); a Plain one as above.
void appendJsonLine(std::string& out, const MessageView& message, const schema::DecodedPayload* key,
                    const schema::DecodedPayload* value);

} // namespace streamscope
