#pragma once

#include <QString>

#include <map>
#include <vector>

namespace streamscope::bench {

// One measured read of the bench topics' latest offsets by Kafka's Java tooling.
struct JavaRead {
    double ms = 0;
    qint64 offsetSum = -1;
    int partitions = 0;
};

// GetOffsetShell as a user runs it: a fresh JVM per call (scripts/kafka-tool.sh get-offsets),
// timed from process start to exit. Fails with a message in *error.
bool runGetOffsetShell(const QString& kafkaTool, const QString& bootstrap, const QString& regex,
                       JavaRead* out, QString* error);

// bench/GetOffsetsWarm.java in one JVM: "tool" (GetOffsetShell called repeatedly, warm) and
// "admin" (a long-lived Admin client doing metadata + latest + earliest, like our tick).
bool runWarmJava(const QString& javaSource, const QString& kafkaLibs, const QString& bootstrap,
                 const QString& regex, int reps, std::map<QString, std::vector<JavaRead>>* out,
                 QString* error);

} // namespace streamscope::bench
