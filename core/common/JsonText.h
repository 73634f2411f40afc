#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>

namespace streamscope {

// Pieces of JSON text appended to a std::string, shared by `browse --jsonl` (browse/RecordJson)
// and the schema decoders (schema/JsonScalars): one implementation of each, tuned for many short
// values per record.

// A JSON string literal (quotes included) of valid UTF-8: quotes, backslashes and control
// characters escaped, everything else copied as it is.
void appendJsonString(std::string& out, std::string_view utf8);
// The same for bytes that need not be UTF-8: sequences that are not become U+FFFD, so the
// output stays JSON. Pure ASCII (the common case) is checked and escaped in one pass.
void appendJsonStringLossy(std::string& out, std::string_view bytes);
// Standard base64 with padding, quoted.
void appendJsonBase64(std::string& out, std::string_view bytes);
void appendJsonInteger(std::string& out, qint64 value);

} // namespace streamscope
