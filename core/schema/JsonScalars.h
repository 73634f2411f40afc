#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <string>

namespace streamscope::schema {

// The JSON text of the scalar values a decoded schema payload maps to (see AvroDecoder); strings,
// base64 and integers are common/JsonText's.

// "2026-12-02T10:00:00.123Z" from ms since the epoch (3 fraction digits).
void appendIsoMillis(std::string& out, qint64 epochMs);
// "2026-12-02T10:00:00.123456Z" from µs since the epoch (6 fraction digits).
void appendIsoMicros(std::string& out, qint64 epochUs);
// "2026-12-02" from days since the epoch.
void appendIsoDate(std::string& out, qint64 epochDays);
// An Avro decimal: the big-endian two's-complement unscaled integer and the scale, as an exact
// decimal string ("-12.340" for -12340 at scale 3).
void appendDecimal(std::string& out, QByteArrayView unscaledBigEndian, int scale);
// Shortest round-trip text; NaN and the infinities (no JSON numbers) as strings.
void appendDouble(std::string& out, double value);
void appendFloat(std::string& out, float value);

} // namespace streamscope::schema
