#pragma once

#include "cluster/ConnectionProfile.h"
#include "common/Expected.h"
#include "schema/SchemaRegistryClient.h"
#include "sim/Scenario.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace streamscope::sim {

struct SimulatorOptions {
    ConnectionProfile profile;
    // Added around every topic and group name, so test runs (or two demos) on one cluster do
    // not collide: "shop.orders" becomes namePrefix + "shop.orders" + nameSuffix.
    QString namePrefix;
    QString nameSuffix;
    // Makes keys, field values, duplicates and reorderings repeatable. Ids (ce_id, trace ids)
    // stay random so that two runs never share them.
    std::optional<std::uint64_t> seed;
    int connectTimeoutMs = 10000;
    // Budget for delivering queued records at stop().
    int flushTimeoutMs = 5000;
    // Where the schemas of the scenario's schema topics are registered (subject
    // "<topic>-value"); needed when the scenario has any.
    schema::RegistryOptions registry;
};

struct SimTopicStats {
    QString declaredName;
    QString name;
    int partitions = 0;
    double expectedRecordsPerSecond = 0; // steady state (ScenarioRates)
    std::uint64_t delivered = 0;         // acknowledged by the broker
    std::uint64_t failed = 0;
    std::uint64_t duplicates = 0;
    std::uint64_t reordered = 0;
    // Records sent per event type and version, copies included.
    std::map<std::pair<QString, int>, std::uint64_t> sentByVersion;
};

struct SimGroupStats {
    QString declaredName;
    QString name;
    QString topic; // declared name
    QString service;
    double processingRatePerSecond = 0;
    double expectedRecordsPerSecond = 0;
    std::uint64_t consumed = 0;
    std::uint64_t reactions = 0;
    bool stalled = false; // declared with processing rate 0
    bool paused = false;  // the stalled group has committed and frozen
};

struct SimulatorStats {
    qint64 elapsedMs = 0; // since producing started
    std::vector<SimTopicStats> topics;
    std::vector<SimGroupStats> groups;
    QString lastClientError; // most recent error any client reported, empty if none
};

// Runs a scenario against a cluster: one producer thread per service, one consumer thread per
// group (see ServiceRunner and GroupWorker). start() and stop() block and are meant for one
// controlling thread; stats() may be called from any thread, but not during start() or stop().
class Simulator {
public:
    Simulator(Scenario scenario, SimulatorOptions options);
    ~Simulator(); // stops
    Simulator(const Simulator&) = delete;
    Simulator& operator=(const Simulator&) = delete;

    // Checks the cluster is reachable (fails within connectTimeoutMs if not), creates missing
    // topics, then starts producing and consuming. A set cancel flag aborts the start.
    Status start(const std::atomic_bool* cancel = nullptr);
    // Stops consumers (they leave their groups), then delivers what producers still queue (at
    // most flushTimeoutMs). Idempotent.
    void stop();
    bool running() const;

    SimulatorStats stats() const;
    // Non-fatal findings of start(), e.g. an existing topic with another partition count.
    QStringList warnings() const;
    const Scenario& scenario() const;
    // The run's seed (the given one, or the random one picked), to repeat a run with --seed.
    std::uint64_t seed() const;
    QString topicName(const QString& declaredName) const;
    // "subject -> id (format)" per schema topic registered by start().
    QStringList registeredSchemas() const;
    QString groupName(const QString& declaredName) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace streamscope::sim
