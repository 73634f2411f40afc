#pragma once

#include <QString>

#include <array>

namespace streamscope {

// The spans a rate chart can show, newest data at the right edge.
enum class TimeWindow { OneMinute, FiveMinutes, FifteenMinutes, OneHour, OneDay };

inline constexpr std::array<TimeWindow, 5> kTimeWindows{
    TimeWindow::OneMinute, TimeWindow::FiveMinutes, TimeWindow::FifteenMinutes, TimeWindow::OneHour,
    TimeWindow::OneDay};

qint64 timeWindowMs(TimeWindow window);
// "1m", "5m", "15m", "1h", "24h" (translated), and a longer tooltip ("Last 15 minutes").
QString timeWindowLabel(TimeWindow window);
QString timeWindowToolTip(TimeWindow window);
// Stable names for settings ("1m" ...), and back; unknown names give `fallback`.
QString timeWindowKey(TimeWindow window);
TimeWindow timeWindowFromKey(const QString& key, TimeWindow fallback);

} // namespace streamscope
