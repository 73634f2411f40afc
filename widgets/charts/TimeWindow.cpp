#include "charts/TimeWindow.h"

#include "common/WidgetsTr.h"

namespace streamscope {

qint64 timeWindowMs(TimeWindow window) {
    switch (window) {
    case TimeWindow::OneMinute:
        return 60'000;
    case TimeWindow::FiveMinutes:
        return 5 * 60'000;
    case TimeWindow::FifteenMinutes:
        return 15 * 60'000;
    case TimeWindow::OneHour:
        return 3'600'000;
    case TimeWindow::OneDay:
        return 24 * 3'600'000;
    }
    return 5 * 60'000;
}

QString timeWindowLabel(TimeWindow window) {
    switch (window) {
    case TimeWindow::OneMinute:
        return WidgetsTr::tr("1m");
    case TimeWindow::FiveMinutes:
        return WidgetsTr::tr("5m");
    case TimeWindow::FifteenMinutes:
        return WidgetsTr::tr("15m");
    case TimeWindow::OneHour:
        return WidgetsTr::tr("1h");
    case TimeWindow::OneDay:
        return WidgetsTr::tr("24h");
    }
    return {};
}

QString timeWindowToolTip(TimeWindow window) {
    switch (window) {
    case TimeWindow::OneMinute:
        return WidgetsTr::tr("Last minute");
    case TimeWindow::FiveMinutes:
        return WidgetsTr::tr("Last 5 minutes");
    case TimeWindow::FifteenMinutes:
        return WidgetsTr::tr("Last 15 minutes");
    case TimeWindow::OneHour:
        return WidgetsTr::tr("Last hour");
    case TimeWindow::OneDay:
        return WidgetsTr::tr("Last 24 hours (one-minute means)");
    }
    return {};
}

QString timeWindowKey(TimeWindow window) {
    switch (window) {
    case TimeWindow::OneMinute:
        return QStringLiteral("1m");
    case TimeWindow::FiveMinutes:
        return QStringLiteral("5m");
    case TimeWindow::FifteenMinutes:
        return QStringLiteral("15m");
    case TimeWindow::OneHour:
        return QStringLiteral("1h");
    case TimeWindow::OneDay:
        return QStringLiteral("24h");
    }
    return {};
}

TimeWindow timeWindowFromKey(const QString& key, TimeWindow fallback) {
    for (TimeWindow window : kTimeWindows)
        if (timeWindowKey(window) == key)
            return window;
    return fallback;
}

} // namespace streamscope
