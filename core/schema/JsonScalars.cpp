#include "schema/JsonScalars.h"

#include <charconv>
#include <cmath>
#include <vector>

namespace streamscope::schema {

namespace {

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
void civilFromDays(qint64 z, qint64& y, unsigned& m, unsigned& d) {
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

qint64 floorDiv(qint64 a, qint64 b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// Writes `value` as exactly `digits` decimal digits at p; returns the end.
char* putDigits(char* p, quint64 value, int digits) {
    for (int i = digits; i-- > 0;) {
        p[i] = char('0' + value % 10);
        value /= 10;
    }
    return p + digits;
}

// "YYYY-MM-DD" (at least 4 year digits, a minus before year 0) at p; returns the end.
char* putDate(char* p, qint64 days) {
    qint64 y = 0;
    unsigned m = 0;
    unsigned d = 0;
    civilFromDays(days, y, m, d);
    if (y < 0) {
        *p++ = '-';
        y = -y;
    }
    if (y > 9999)
        p = std::to_chars(p, p + 20, y).ptr;
    else
        p = putDigits(p, quint64(y), 4);
    *p++ = '-';
    p = putDigits(p, m, 2);
    *p++ = '-';
    return putDigits(p, d, 2);
}

// Digits written straight into a stack buffer: snprintf cost more than the rest of a
// timestamp's decoding.
void appendDateTime(std::string& out, qint64 seconds, qint64 fraction, int fractionDigits) {
    const qint64 days = floorDiv(seconds, 86400);
    const auto secondOfDay = quint64(seconds - days * 86400);
    char buffer[64];
    char* p = buffer;
    *p++ = '"';
    p = putDate(p, days);
    *p++ = 'T';
    p = putDigits(p, secondOfDay / 3600, 2);
    *p++ = ':';
    p = putDigits(p, secondOfDay / 60 % 60, 2);
    *p++ = ':';
    p = putDigits(p, secondOfDay % 60, 2);
    *p++ = '.';
    p = putDigits(p, quint64(fraction), fractionDigits);
    *p++ = 'Z';
    *p++ = '"';
    out.append(buffer, size_t(p - buffer));
}

} // namespace

void appendIsoMillis(std::string& out, qint64 epochMs) {
    const qint64 seconds = floorDiv(epochMs, 1000);
    appendDateTime(out, seconds, epochMs - seconds * 1000, 3);
}

void appendIsoMicros(std::string& out, qint64 epochUs) {
    const qint64 seconds = floorDiv(epochUs, 1000000);
    appendDateTime(out, seconds, epochUs - seconds * 1000000, 6);
}

void appendIsoDate(std::string& out, qint64 epochDays) {
    char buffer[32];
    char* p = buffer;
    *p++ = '"';
    p = putDate(p, epochDays);
    *p++ = '"';
    out.append(buffer, size_t(p - buffer));
}

namespace {

// The decimal text of an unscaled value that fits 64 bits, without heap work.
void appendSmallDecimal(std::string& out, QByteArrayView unscaled, int scale) {
    quint64 bits = static_cast<unsigned char>(unscaled[0]) & 0x80 ? ~quint64(0) : 0;
    for (const char byte : unscaled)
        bits = (bits << 8) | static_cast<unsigned char>(byte);
    const auto value = qint64(bits);
    // The magnitude of INT64_MIN does not fit qint64: as unsigned.
    const quint64 magnitude = value < 0 ? quint64(0) - bits : bits;
    char digits[24];
    const int count = int(std::to_chars(digits, digits + sizeof(digits), magnitude).ptr - digits);
    out += '"';
    if (value < 0)
        out += '-';
    if (count <= scale) { // 0.00ddd
        out += "0.";
        out.append(size_t(scale - count), '0');
        out.append(digits, size_t(count));
    } else {
        out.append(digits, size_t(count - scale));
        if (scale > 0) {
            out += '.';
            out.append(digits + (count - scale), size_t(scale));
        }
    }
    out += '"';
}

} // namespace

void appendDecimal(std::string& out, QByteArrayView unscaled, int scale) {
    if (scale < 0)
        scale = 0;
    if (!unscaled.isEmpty() && unscaled.size() <= 8) {
        appendSmallDecimal(out, unscaled, scale);
        return;
    }
    std::vector<unsigned char> magnitude(unscaled.begin(), unscaled.end());
    const bool negative = !magnitude.empty() && (magnitude[0] & 0x80);
    if (negative) { // two's complement: invert and add one
        for (auto& b : magnitude)
            b = static_cast<unsigned char>(~b);
        for (size_t i = magnitude.size(); i-- > 0;)
            if (++magnitude[i] != 0)
                break;
    }
    // Repeated division by 10 of the big-endian magnitude: digits least significant first.
    std::string digits;
    size_t first = 0;
    while (first < magnitude.size() && magnitude[first] == 0)
        ++first;
    while (first < magnitude.size()) {
        unsigned remainder = 0;
        for (size_t i = first; i < magnitude.size(); ++i) {
            const unsigned current = (remainder << 8) | magnitude[i];
            magnitude[i] = static_cast<unsigned char>(current / 10);
            remainder = current % 10;
        }
        digits += char('0' + remainder);
        while (first < magnitude.size() && magnitude[first] == 0)
            ++first;
    }
    while (digits.size() < size_t(scale) + 1)
        digits += '0';
    out += '"';
    if (negative)
        out += '-';
    for (size_t i = digits.size(); i-- > 0;) {
        out += digits[i];
        if (i == size_t(scale) && scale > 0)
            out += '.';
    }
    out += '"';
}

namespace {
template <typename T> void appendFloating(std::string& out, T value) {
    if (std::isnan(value)) {
        out += "\"NaN\"";
        return;
    }
    if (std::isinf(value)) {
        out += value > 0 ? "\"Infinity\"" : "\"-Infinity\"";
        return;
    }
    char buffer[40];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof(buffer), value);
    out.append(buffer, end);
}
} // namespace

void appendDouble(std::string& out, double value) {
    appendFloating(out, value);
}

void appendFloat(std::string& out, float value) {
    appendFloating(out, value);
}

} // namespace streamscope::schema
