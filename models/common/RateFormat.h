#pragma once

#include <QLocale>
#include <QString>

namespace streamscope {

// Human numbers for rates and axis labels, in decimal SI steps: 0.42, 12.3, 1.23k, 45.6M, 1.2G.
// Three significant digits at most; trimZeros drops trailing zeros ("1.5k" rather than "1.50k"),
// which reads better on an axis, while tables keep them so a column does not flicker in width.
QString formatCompactNumber(const QLocale& locale, double value, bool trimZeros = false);

// msgs/s for a table cell: "12.3", "1.23k"; "?" for an unknown rate (NaN), never "0".
QString formatRate(const QLocale& locale, double msgsPerSec);
// The same with its unit: "1.23k msgs/s". Translated.
QString formatRateWithUnit(const QLocale& locale, double msgsPerSec);
// Estimated payload bytes/s: "≈ 12.3 kB/s" (decimal units); an em dash when unknown (< 0).
QString formatEstimatedByteRate(const QLocale& locale, double bytesPerSec);
// Skew factor "2.40×"; an em dash when there is no traffic (NaN).
QString formatSkew(const QLocale& locale, double skew);

} // namespace streamscope
