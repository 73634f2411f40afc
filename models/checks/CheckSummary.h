#pragma once

#include "checks/CheckReport.h"

#include <QColor>
#include <QLocale>
#include <QString>

#include <vector>

namespace streamscope {

// The checks of a report in the order the page lists them.
enum class CheckKind { Duplicates, Order, KeysOnPartitions, Versions, Malformed, Latency };
inline constexpr int kCheckKindCount = 6;

// How a check came out: green, amber, red, or grey when the records give it nothing to check
// (no traceparent, no event types).
enum class CheckHealth { Clean, Warning, Problem, NotApplicable };

// One summary line: the check's name, its health and one sentence with its numbers.
struct CheckSummary {
    CheckKind kind = CheckKind::Duplicates;
    CheckHealth health = CheckHealth::Clean;
    QString title;
    QString sentence;
};

// One line per check, in CheckKind order. Pure: the page, the tests and any report use it.
std::vector<CheckSummary> summarizeChecks(const CheckReport& report, const QLocale& locale);

// Green, amber, red, grey: the Lag page's status colours, so colours mean the same everywhere.
QColor checkHealthColor(CheckHealth health);
QString checkHealthName(CheckHealth health);

// A delay for people: "0.4 ms", "42 ms", then the Lag page's durations ("1.2 s", "3 min 20 s").
QString formatDelayMs(const QLocale& locale, double ms);
// Where a record is: "orders, partition 2, offset 1234" (offsets unformatted, to copy).
QString formatRecordRef(const CheckRecordRef& ref);

} // namespace streamscope
