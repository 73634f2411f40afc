#pragma once

#include "sim/Scenario.h"

#include <QHash>
#include <QString>

namespace streamscope::sim {

// The steady-state traffic a scenario should produce once every group has joined: records per
// second written to each topic (new events, follow-up events and duplicates) and records per
// second each group processes (its processing rate, or less when its input is slower).
struct ScenarioRates {
    QHash<QString, double> topicRecordsPerSecond; // by declared topic name
    QHash<QString, double> groupRecordsPerSecond; // by declared group name
    // Records per second directly paced by "produces" entries (no follow-ups): what a topic
    // writes from the first second on, before any consumer has joined.
    QHash<QString, double> topicPacedRecordsPerSecond;
};

ScenarioRates computeScenarioRates(const Scenario& scenario);

} // namespace streamscope::sim
