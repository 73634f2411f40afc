#pragma once

#include "common/Expected.h"
#include "sim/Scenario.h"

#include <QByteArray>
#include <QString>

namespace streamscope::sim {

// Parses and validates a scenario (format: resources/scenarios/README.md). Errors name the
// source, then the JSON position or the field path and what is wrong with it, e.g.
// "shop.json: services[2].consumes[0].topic: unknown topic \"paymnets\"".
Expected<Scenario> parseScenario(const QByteArray& json, const QString& sourceName);

} // namespace streamscope::sim
