#include "sim/Simulator.h"

#include "kafka/KafkaClient.h"
#include "sim/GroupWorker.h"
#include "sim/ScenarioRates.h"
#include "sim/ServiceRunner.h"
#include "sim/SimCounters.h"
#include "sim/SimTr.h"
#include "sim/TopicProvisioner.h"

#include <QHash>

#include <chrono>
#include <random>

namespace streamscope::sim {

namespace {

// Independent, repeatable random streams per service and group from one run seed.
std::uint64_t deriveSeed(std::uint64_t runSeed, const QString& name) {
    return runSeed ^ (static_cast<std::uint64_t>(qHash(name, 0)) * 0x9e3779b97f4a7c15ULL);
}

} // namespace

struct Simulator::Impl {
    Scenario scenario;
    SimulatorOptions options;
    ScenarioRates rates;
    std::uint64_t seed = 0;
    SimCounters counters;
    std::atomic_bool stopRequested{false};
    std::atomic_bool isRunning{false};
    std::chrono::steady_clock::time_point startedAt;
    std::chrono::steady_clock::time_point stoppedAt; // stats after stop() cover the run only
    QStringList warnings;
    // Runners are declared before workers: workers send through their runner's emitter, so
    // they must be destroyed first (members are destroyed in reverse order).
    std::vector<std::unique_ptr<ServiceRunner>> runners;
    std::vector<std::unique_ptr<GroupWorker>> workers;

    QString decorate(const QString& name) const {
        return options.namePrefix + name + options.nameSuffix;
    }
    Status open();
    void shutDown();
    // Registers each schema topic's schema as "<topic>-value" and hands its encoding to the
    // topic's counters (read by the producers, which start later).
    Status registerSchemas();
    QStringList registered;
};

Status Simulator::Impl::registerSchemas() {
    registered.clear();
    const schema::SchemaRegistryClient client(options.registry);
    for (size_t i = 0; i < scenario.topics.size(); ++i) {
        const TopicSpec& topic = scenario.topics[i];
        if (!topic.schema)
            continue;
        auto encoding = std::make_shared<TopicEncoding>();
        encoding->format = topic.schema->format;
        encoding->text = topic.schema->text;
        encoding->subject = decorate(topic.name) + QStringLiteral("-value");
        auto id = client.registerSchema(encoding->subject, encoding->format, encoding->text);
        if (!id)
            return Error{id.error().code, SimTr::tr("registering the schema of %1: %2")
                                              .arg(decorate(topic.name), id.error().message)};
        encoding->schemaId = *id;
        // The encoder is tried once here: a scenario whose schema does not compile stops now.
        if (auto encoder = PayloadEncoder::create(*encoding); !encoder)
            return streamscopeError(SimTr::tr("the schema of %1: %2")
                                        .arg(decorate(topic.name), encoder.error().message));
        registered.append(QStringLiteral("%1 -> %2 (%3)")
                              .arg(encoding->subject)
                              .arg(*id)
                              .arg(QString::fromLatin1(schema::formatName(encoding->format))));
        counters.topics[i]->encoding = std::move(encoding);
    }
    return {};
}

Simulator::Simulator(Scenario scenario, SimulatorOptions options)
    : d(std::make_unique<Impl>()) {
    d->scenario = std::move(scenario);
    d->options = std::move(options);
    d->rates = computeScenarioRates(d->scenario);
    d->seed = d->options.seed    ? *d->options.seed
              : d->scenario.seed ? *d->scenario.seed
                                 : std::random_device()();
    for (const auto& topic : d->scenario.topics) {
        auto counters = std::make_unique<TopicCounters>();
        counters->declaredName = topic.name;
        counters->name = d->decorate(topic.name);
        counters->partitions = topic.partitions;
        // Any type may land on any topic (reactions name their own); a few idle slots are
        // cheaper than a lock per send.
        for (const auto& type : d->scenario.eventTypes) {
            counters->trackVersion(&type);
            for (const auto& newer : type.newer)
                counters->trackVersion(&newer);
        }
        d->counters.topics.push_back(std::move(counters));
    }
    for (const auto& service : d->scenario.services) {
        for (const auto& consume : service.consumes) {
            auto counters = std::make_unique<GroupCounters>();
            counters->declaredName = consume.group;
            counters->name = d->decorate(consume.group);
            counters->topic = consume.topic;
            counters->service = service.name;
            counters->processingRatePerSecond = consume.processingRatePerSecond;
            d->counters.groups.push_back(std::move(counters));
        }
    }
}

Simulator::~Simulator() {
    stop();
}

Status Simulator::start(const std::atomic_bool* cancel) {
    if (d->isRunning)
        return streamscopeError(SimTr::tr("the simulation is already running"));
    auto admin = KafkaClient::create(d->options.profile);
    if (!admin)
        return admin.error();
    auto probe = (*admin)->fetchMetadata(d->options.connectTimeoutMs, cancel);
    if (!probe) {
        const QString detail = (*admin)->lastBrokerError();
        return Error{probe.error().code,
                     SimTr::tr("cannot reach %1: %2")
                         .arg(d->options.profile.bootstrapServers,
                              detail.isEmpty() ? probe.error().message : detail)};
    }
    if (d->scenario.hasSchemaTopics() && !d->options.registry.isSet())
        return streamscopeError(SimTr::tr("the scenario has Avro or Protobuf topics: give a "
                                          "Schema Registry (--schema-registry URL)"));
    std::vector<TopicSpec> topics = d->scenario.topics;
    for (auto& topic : topics)
        topic.name = d->decorate(topic.name);
    auto provisioned = provisionTopics(**admin, topics, d->options.connectTimeoutMs, cancel);
    if (!provisioned)
        return provisioned.error();
    d->warnings = *provisioned;
    if (auto status = d->registerSchemas(); !status)
        return status;

    if (auto status = d->open(); !status) {
        d->runners.clear();
        d->workers.clear();
        return status;
    }
    d->stopRequested = false;
    d->startedAt = std::chrono::steady_clock::now();
    d->stoppedAt = {};
    for (auto& runner : d->runners)
        runner->start(d->stopRequested);
    for (auto& worker : d->workers)
        worker->start(d->stopRequested);
    d->isRunning = true;
    return {};
}

Status Simulator::Impl::open() {
    for (const auto& service : scenario.services) {
        auto runner = std::make_unique<ServiceRunner>(service, scenario, counters,
                                                      deriveSeed(seed, service.name));
        if (auto status = runner->open(options.profile); !status)
            return status;
        for (const auto& consume : service.consumes) {
            GroupCounters* group = nullptr;
            for (const auto& g : counters.groups) {
                if (g->declaredName == consume.group)
                    group = g.get();
            }
            auto worker =
                std::make_unique<GroupWorker>(consume, scenario, *group, counters,
                                              runner->emitter(), deriveSeed(seed, consume.group));
            if (auto status = worker->open(options.profile, decorate(consume.topic)); !status)
                return Error{status.error().code,
                             SimTr::tr("group %1: %2").arg(group->name, status.error().message)};
            workers.push_back(std::move(worker));
        }
        runners.push_back(std::move(runner));
    }
    return {};
}

void Simulator::stop() {
    if (!d->isRunning)
        return;
    d->shutDown();
    d->isRunning = false;
}

void Simulator::Impl::shutDown() {
    stoppedAt = std::chrono::steady_clock::now();
    stopRequested = true;
    // Consumers first: they close in parallel on their own threads (leave group, final
    // commit) and may still send follow-ups until they stop.
    for (auto& worker : workers)
        worker->join();
    for (auto& runner : runners)
        runner->join();
    // One shared budget, so a dead broker costs flushTimeoutMs in total, not per service.
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(options.flushTimeoutMs);
    for (auto& runner : runners)
        runner->finish(deadline);
    workers.clear();
    runners.clear();
}

bool Simulator::running() const {
    return d->isRunning;
}

SimulatorStats Simulator::stats() const {
    SimulatorStats stats;
    if (d->startedAt != std::chrono::steady_clock::time_point()) {
        const auto end = d->isRunning ? std::chrono::steady_clock::now() : d->stoppedAt;
        stats.elapsedMs =
            std::chrono::duration_cast<std::chrono::milliseconds>(end - d->startedAt).count();
    }
    constexpr auto relaxed = std::memory_order_relaxed;
    for (const auto& t : d->counters.topics) {
        stats.topics.push_back(SimTopicStats{t->declaredName, t->name, t->partitions,
                                             d->rates.topicRecordsPerSecond.value(t->declaredName),
                                             t->delivered.load(relaxed), t->failed.load(relaxed),
                                             t->duplicates.load(relaxed),
                                             t->reordered.load(relaxed), t->sentByVersion()});
    }
    for (const auto& g : d->counters.groups) {
        stats.groups.push_back(SimGroupStats{
            g->declaredName, g->name, g->topic, g->service, g->processingRatePerSecond,
            d->rates.groupRecordsPerSecond.value(g->declaredName), g->consumed.load(relaxed),
            g->reactions.load(relaxed), g->processingRatePerSecond <= 0, g->paused.load(relaxed)});
    }
    if (d->isRunning) {
        for (const auto& runner : d->runners) {
            if (const QString error = runner->lastError(); !error.isEmpty())
                stats.lastClientError = runner->name() + QStringLiteral(": ") + error;
        }
        for (const auto& worker : d->workers) {
            if (const QString error = worker->lastError(); !error.isEmpty())
                stats.lastClientError = worker->groupName() + QStringLiteral(": ") + error;
        }
    }
    return stats;
}

QStringList Simulator::warnings() const {
    return d->warnings;
}

const Scenario& Simulator::scenario() const {
    return d->scenario;
}

std::uint64_t Simulator::seed() const {
    return d->seed;
}

QStringList Simulator::registeredSchemas() const {
    return d->registered;
}

QString Simulator::topicName(const QString& declaredName) const {
    return d->decorate(declaredName);
}

QString Simulator::groupName(const QString& declaredName) const {
    return d->decorate(declaredName);
}

} // namespace streamscope::sim
