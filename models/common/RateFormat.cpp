#include "common/RateFormat.h"

#include "common/ModelsTr.h"

#include <array>
#include <cmath>

namespace streamscope {

namespace {

struct CompactParts {
    QString number; // "12.3"
    QString prefix; // "", "k", "M", ...
};

// value must be finite.
CompactParts compactParts(const QLocale& locale, double value, bool trimZeros) {
    static constexpr std::array<const char*, 6> kSuffixes{"", "k", "M", "G", "T", "P"};
    const double magnitude = std::abs(value);
    if (magnitude == 0)
        return {QStringLiteral("0"), QString()};
    // A trickle is not nothing: "0.00" would read as zero.
    if (magnitude < 0.005)
        return {(value < 0 ? QStringLiteral(">") + locale.negativeSign() : QStringLiteral("<")) +
                    locale.toString(0.01, 'f', 2),
                QString()};
    std::size_t step = 0;
    double scaled = magnitude;
    while (scaled >= 999.5 && step + 1 < kSuffixes.size()) {
        scaled /= 1000.0;
        ++step;
    }
    // Three significant digits: 1.23, 12.3, 123.
    const int decimals = scaled < 9.995 ? 2 : scaled < 99.95 ? 1 : 0;
    QString text = locale.toString(scaled, 'f', decimals);
    if (trimZeros && decimals > 0) {
        const QString point = locale.decimalPoint();
        if (text.contains(point)) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(point))
                text.chop(point.size());
        }
    }
    if (value < 0)
        text.prepend(locale.negativeSign());
    return {text, QLatin1String(kSuffixes[step])};
}

} // namespace

QString formatCompactNumber(const QLocale& locale, double value, bool trimZeros) {
    if (std::isnan(value))
        return QStringLiteral("?");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("\u221e") : QStringLiteral("-\u221e");
    const CompactParts parts = compactParts(locale, value, trimZeros);
    return parts.number + parts.prefix;
}

QString formatRate(const QLocale& locale, double msgsPerSec) {
    return formatCompactNumber(locale, msgsPerSec);
}

QString formatRateWithUnit(const QLocale& locale, double msgsPerSec) {
    return ModelsTr::tr("%1 msgs/s").arg(formatCompactNumber(locale, msgsPerSec));
}

QString formatEstimatedByteRate(const QLocale& locale, double bytesPerSec) {
    if (std::isnan(bytesPerSec) || bytesPerSec < 0)
        return QStringLiteral("\u2014");
    if (std::isinf(bytesPerSec))
        return QStringLiteral("\u2014");
    const CompactParts parts = compactParts(locale, bytesPerSec, false);
    // "%1 %2B/s": number, then the SI prefix (k, M, ...) glued to the unit.
    return ModelsTr::tr("\u2248 %1 %2B/s").arg(parts.number, parts.prefix);
}

QString formatSkew(const QLocale& locale, double skew) {
    if (std::isnan(skew))
        return QStringLiteral("\u2014");
    return locale.toString(skew, 'f', 2) + QStringLiteral("\u00d7");
}

} // namespace streamscope
