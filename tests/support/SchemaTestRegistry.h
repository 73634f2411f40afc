#pragma once

#include "TestCluster.h"

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>

#include <vector>

namespace streamscope::test {

// The Schema Registry of scripts/registry.sh (STREAMSCOPE_SCHEMA_REGISTRY); empty when unset.
QString registryUrl();
// Runs the independent encoders of tests/scripts/schema_produce.py (Apache Avro's and protobuf's
// Python libraries; kind "avro", "protobuf", …): registers their schemas, produces the records
// and returns the expected lines (schema_id, format, decoded value), one per record in topic
// order; empty on failure (the script's complaint is logged).
std::vector<nlohmann::json> produceWithPython(const QString& topic, const QString& kind,
                                              const QString& workDir);
// Produces raw values in order to partition 0 with kcat (one file per message).
bool produceRaw(const QString& topic, const std::vector<QByteArray>& values);

} // namespace streamscope::test

// Use at the start of a registry test function: fails without a broker, skips without a registry.
#define STREAMSCOPE_REQUIRE_REGISTRY()                                                             \
    do {                                                                                           \
        STREAMSCOPE_REQUIRE_BROKER();                                                              \
        if (streamscope::test::registryUrl().isEmpty())                                            \
            QSKIP("STREAMSCOPE_SCHEMA_REGISTRY is not set: scripts/test.sh starts "                \
                  "scripts/registry.sh and sets it");                                              \
    } while (false)
