#include "common/JsonText.h"

#include <QString>

#include <simdjson.h>

#include <array>
#include <charconv>
#include <cstring>

namespace streamscope {

namespace {

// What each byte needs inside a JSON string: 0 copy, 1 escape (quote, backslash, control),
// 2 not ASCII (only copied as it is once the whole text is known to be UTF-8).
constexpr std::array<unsigned char, 256> kByteClass = [] {
    std::array<unsigned char, 256> table{};
    for (int c = 0; c < 0x20; ++c)
        table[size_t(c)] = 1;
    table['"'] = 1;
    table['\\'] = 1;
    for (int c = 0x80; c < 0x100; ++c)
        table[size_t(c)] = 2;
    return table;
}();

void appendEscape(std::string& out, unsigned char c) {
    static constexpr char hex[] = "0123456789abcdef";
    switch (c) {
    case '"':
        out += "\\\"";
        break;
    case '\\':
        out += "\\\\";
        break;
    case '\n':
        out += "\\n";
        break;
    case '\r':
        out += "\\r";
        break;
    case '\t':
        out += "\\t";
        break;
    default: {
        const char escaped[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
        out.append(escaped, 6);
    }
    }
}

// The body of the literal (no quotes) for text whose bytes >= 0x80 may be copied.
void appendEscapedBody(std::string& out, std::string_view text) {
    size_t plainFrom = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (kByteClass[c] != 1)
            continue;
        out.append(text.data() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        appendEscape(out, c);
    }
    out.append(text.data() + plainFrom, text.size() - plainFrom);
}

// Whether any of the 8 bytes of `word` is a control character, a quote, a backslash or not
// ASCII (the classic "has less than" / "has zero byte" bit tricks; false alarms cannot happen
// for a word without such a byte, and a word with one is looked at byte by byte anyway).
bool mayNeedWork(quint64 word) {
    constexpr quint64 ones = ~quint64(0) / 255;
    constexpr quint64 highs = ones * 0x80;
    const auto hasZero = [](quint64 v) { return (v - ones) & ~v & highs; };
    const quint64 control = (word - ones * 0x20) & ~word & highs;
    return (control | hasZero(word ^ (ones * '"')) | hasZero(word ^ (ones * '\\')) |
            (word & highs)) != 0;
}

} // namespace

void appendJsonString(std::string& out, std::string_view utf8) {
    out += '"';
    appendEscapedBody(out, utf8);
    out += '"';
}

void appendJsonStringLossy(std::string& out, std::string_view bytes) {
    out += '"';
    // One pass for the common case: ASCII, escaping as we go; eight plain bytes at a time.
    size_t plainFrom = 0;
    size_t i = 0;
    for (; i < bytes.size(); ++i) {
        while (i + 8 <= bytes.size()) {
            quint64 word = 0;
            std::memcpy(&word, bytes.data() + i, 8);
            if (mayNeedWork(word))
                break;
            i += 8;
        }
        if (i >= bytes.size())
            break;
        const auto c = static_cast<unsigned char>(bytes[i]);
        const unsigned char kind = kByteClass[c];
        if (kind == 0)
            continue;
        out.append(bytes.data() + plainFrom, i - plainFrom);
        if (kind == 2) { // not ASCII: the rest is copied when it is UTF-8, else decoded lossy
            const std::string_view rest = bytes.substr(i);
            if (simdjson::validate_utf8(rest.data(), rest.size()))
                appendEscapedBody(out, rest);
            else
                appendEscapedBody(
                    out, QString::fromUtf8(rest.data(), qsizetype(rest.size())).toStdString());
            out += '"';
            return;
        }
        plainFrom = i + 1;
        appendEscape(out, c);
    }
    out.append(bytes.data() + plainFrom, bytes.size() - plainFrom);
    out += '"';
}

void appendJsonBase64(std::string& out, std::string_view bytes) {
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const size_t start = out.size();
    out.resize(start + 2 + (bytes.size() + 2) / 3 * 4);
    char* p = out.data() + start;
    *p++ = '"';
    const auto* in = reinterpret_cast<const unsigned char*>(bytes.data());
    size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const unsigned n = (unsigned(in[i]) << 16) | (unsigned(in[i + 1]) << 8) | in[i + 2];
        *p++ = alphabet[(n >> 18) & 63];
        *p++ = alphabet[(n >> 12) & 63];
        *p++ = alphabet[(n >> 6) & 63];
        *p++ = alphabet[n & 63];
    }
    if (const size_t left = bytes.size() - i; left > 0) {
        const unsigned n = (unsigned(in[i]) << 16) | (left == 2 ? unsigned(in[i + 1]) << 8 : 0u);
        *p++ = alphabet[(n >> 18) & 63];
        *p++ = alphabet[(n >> 12) & 63];
        *p++ = left == 2 ? alphabet[(n >> 6) & 63] : '=';
        *p++ = '=';
    }
    *p = '"';
}

void appendJsonInteger(std::string& out, qint64 value) {
    char buffer[24];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof(buffer), value);
    out.append(buffer, end);
}

} // namespace streamscope
