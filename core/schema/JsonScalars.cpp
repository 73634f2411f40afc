#include "schema/JsonScalars.h"

#include "browse/MessageText.h"
#include "browse/RecordJson.h"

#include <QByteArray>
#include <QString>

#include <charconv>
#include <cmath>
#include <cstdio>
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

void appendDateTime(std::string& out, qint64 seconds, qint64 fraction, int fractionDigits) {
    const qint64 days = floorDiv(seconds, 86400);
    const qint64 secondOfDay = seconds - days * 86400;
    qint64 y = 0;
    unsigned m = 0;
    unsigned d = 0;
    civilFromDays(days, y, m, d);
    char buffer[64];
    const int n = std::snprintf(
        buffer, sizeof(buffer), "\"%04lld-%02u-%02uT%02d:%02d:%02d.%0*lldZ\"",
        static_cast<long long>(y), m, d, int(secondOfDay / 3600), int(secondOfDay / 60 % 60),
        int(secondOfDay % 60), fractionDigits, static_cast<long long>(fraction));
    out.append(buffer, size_t(n));
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
    qint64 y = 0;
    unsigned m = 0;
    unsigned d = 0;
    civilFromDays(epochDays, y, m, d);
    char buffer[32];
    const int n = std::snprintf(buffer, sizeof(buffer), "\"%04lld-%02u-%02u\"",
                                static_cast<long long>(y), m, d);
    out.append(buffer, size_t(n));
}

void appendDecimal(std::string& out, QByteArrayView unscaled, int scale) {
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
    if (scale < 0)
        scale = 0;
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

void appendBase64(std::string& out, QByteArrayView bytes) {
    out += '"';
    out += QByteArray::fromRawData(bytes.data(), bytes.size()).toBase64().toStdString();
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

void appendInteger(std::string& out, qint64 value) {
    char buffer[24];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof(buffer), value);
    out.append(buffer, end);
}

void appendUtf8String(std::string& out, QByteArrayView text) {
    if (isValidUtf8(text))
        appendJsonString(out, std::string_view(text.data(), size_t(text.size())));
    else
        appendJsonString(out, QString::fromUtf8(text).toStdString());
}

} // namespace streamscope::schema
