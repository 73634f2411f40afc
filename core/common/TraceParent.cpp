#include "common/TraceParent.h"

#include <array>

namespace streamscope {

namespace {

constexpr size_t kVersion00Size = 55; // 2 + 1 + 32 + 1 + 16 + 1 + 2

// Lowercase hex digit values, 0xff for every other byte: one load per digit, no branches (the
// checks parse a traceparent per record).
constexpr std::array<std::uint8_t, 256> kHexDigits = [] {
    std::array<std::uint8_t, 256> table{};
    table.fill(0xff);
    for (int c = '0'; c <= '9'; ++c)
        table[size_t(c)] = std::uint8_t(c - '0');
    for (int c = 'a'; c <= 'f'; ++c)
        table[size_t(c)] = std::uint8_t(c - 'a' + 10);
    return table;
}();

// The value of `digits` lowercase hex digits (at most 16), or nothing.
std::optional<std::uint64_t> hexValue(std::string_view digits) {
    std::uint64_t value = 0;
    std::uint8_t invalid = 0;
    for (const char c : digits) {
        const std::uint8_t digit = kHexDigits[static_cast<unsigned char>(c)];
        invalid |= digit & 0xf0;
        value = (value << 4) | (digit & 0x0f);
    }
    if (invalid)
        return std::nullopt;
    return value;
}

std::string_view trimmed(std::string_view text) {
    const auto blank = [](char c) { return c == ' ' || c == '\t'; };
    while (!text.empty() && blank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && blank(text.back()))
        text.remove_suffix(1);
    return text;
}

// `n` characters from `pos` of a text already known to be long enough (substr's bounds check
// made each an out-of-line call).
std::string_view digitsAt(std::string_view text, size_t pos, size_t n) {
    return std::string_view(text.data() + pos, n);
}

bool parseInto(std::string_view text, TraceParent& out) {
    if (text.size() < kVersion00Size || text[2] != '-' || text[35] != '-' || text[52] != '-')
        return false;
    const auto version = hexValue(digitsAt(text, 0, 2));
    if (!version || *version == 0xff)
        return false;
    // Version 00 has exactly four fields; later versions may append more after a dash.
    if (text.size() > kVersion00Size && (*version == 0 || text[kVersion00Size] != '-'))
        return false;
    const auto high = hexValue(digitsAt(text, 3, 16));
    const auto low = hexValue(digitsAt(text, 19, 16));
    const auto parent = hexValue(digitsAt(text, 36, 16));
    const auto flags = hexValue(digitsAt(text, 53, 2));
    if (!high || !low || !parent || !flags)
        return false;
    if ((*high == 0 && *low == 0) || *parent == 0)
        return false;
    out.traceIdHex = digitsAt(text, 3, 32);
    out.parentIdHex = digitsAt(text, 36, 16);
    out.traceId = TraceId{*high, *low};
    out.flags = std::uint8_t(*flags);
    return true;
}

} // namespace

std::optional<TraceParent> parseTraceparent(std::string_view text) {
    // One named result on every path, so it is built where the caller wants it: a local
    // TraceParent converted on return was copied with `rep movs`, a fifth of this function's
    // time in the checks' profile (a traceparent per record).
    std::optional<TraceParent> result(std::in_place);
    if (!parseInto(trimmed(text), *result))
        result.reset();
    return result;
}

} // namespace streamscope
