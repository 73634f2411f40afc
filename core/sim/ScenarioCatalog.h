#pragma once

#include "common/Expected.h"
#include "sim/Scenario.h"

#include <QString>
#include <QStringList>

namespace streamscope::sim {

// Scenarios compiled into the binary (Qt resources under :/streamscope/scenarios), so an
// installed streamscope-cli finds "demo" anywhere.
QStringList builtinScenarioNames();

// A built-in scenario by name ("demo") or a scenario file by path. Fails with a message that
// says which: an unknown name lists the built-in ones, a bad file names the file and the problem.
// Topics with a "schema" (Avro or Protobuf through a Schema Registry) are left out, with what
// writes and reads them (withoutSchemaTopics), unless withSchemaTopics.
Expected<Scenario> loadScenario(const QString& nameOrPath, bool withSchemaTopics = false);

} // namespace streamscope::sim
