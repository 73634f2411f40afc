#pragma once

#include "browse/MessageView.h"

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

// A JSON string literal (quotes included) for valid UTF-8.
void appendJsonString(std::string& out, std::string_view utf8);

} // namespace streamscope
