// streamscope-cli simulate: runs a scenario (resources/scenarios/README.md) against a cluster
// until --duration ends or SIGINT/SIGTERM arrives, printing a status line every few seconds to
// stderr and a summary at the end to stdout.
#include "CliContext.h"
#include "SchemaRegistryOptions.h"
#include "cluster/TopicName.h"
#include "sim/ScenarioCatalog.h"
#include "sim/Simulator.h"

#include "common/InputLimits.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <optional>
#include <thread>

namespace streamscope::cli {

namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

constexpr auto kTick = 100ms;
constexpr auto kStatusInterval = 5s;
constexpr double kMaxDurationSeconds = 365.0 * 24 * 3600;

// The "CommandLineTool" translation context shared by every command.
struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)
};

// Set by SIGINT/SIGTERM. A signal handler may only touch lock-free atomics, so this one flag is
// the command's only process-wide state.
std::atomic_bool g_stopRequested{false};
static_assert(std::atomic_bool::is_always_lock_free);

extern "C" void onStopSignal(int) {
    // A second Ctrl-C means "now": skip the clean shutdown (_Exit is async-signal-safe).
    if (g_stopRequested.exchange(true))
        std::_Exit(130);
}

// Routes SIGINT and SIGTERM to g_stopRequested for its lifetime.
class StopSignalGuard {
public:
    StopSignalGuard() {
        g_stopRequested = false;
        struct sigaction action = {};
        action.sa_handler = &onStopSignal;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &m_previousInt);
        sigaction(SIGTERM, &action, &m_previousTerm);
    }
    ~StopSignalGuard() {
        sigaction(SIGINT, &m_previousInt, nullptr);
        sigaction(SIGTERM, &m_previousTerm, nullptr);
    }
    StopSignalGuard(const StopSignalGuard&) = delete;
    StopSignalGuard& operator=(const StopSignalGuard&) = delete;

private:
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
};

struct SimulateOptions {
    QString scenario = QStringLiteral("demo");
    std::optional<double> durationSeconds;
    std::optional<std::uint64_t> seed;
    QString namePrefix;
    QString nameSuffix;
    bool jsonStats = false;
};

void addOptions(QCommandLineParser& parser) {
    parser.addOption({QStringLiteral("scenario"),
                      CliTr::tr("Scenario: a built-in name (demo) or a JSON file. Default: demo."),
                      QStringLiteral("file|name"), QStringLiteral("demo")});
    parser.addOption({QStringLiteral("duration"),
                      CliTr::tr("Stop after this many seconds (default: run until interrupted)."),
                      QStringLiteral("seconds")});
    parser.addOption({QStringLiteral("seed"),
                      CliTr::tr("Seed for keys, field values, duplicates and reorderings."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("name-prefix"),
                      CliTr::tr("Prefix added to every topic and group name."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("name-suffix"),
                      CliTr::tr("Suffix added to every topic and group name."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("json-stats"), CliTr::tr("Print the final summary as JSON.")});
    parser.addOption({QStringLiteral("list-scenarios"), CliTr::tr("List the built-in scenarios.")});
    // With a registry the scenario's Avro and Protobuf topics run too (their schemas are
    // registered); without one they are left out.
    addSchemaRegistryOptions(parser);
}

// Reads the simulate-specific options; on a bad value prints why and returns nothing.
std::optional<SimulateOptions> readOptions(CliContext& ctx) {
    const QCommandLineParser& parser = ctx.parser();
    SimulateOptions options;
    options.scenario = parser.value(QStringLiteral("scenario"));
    if (parser.isSet(QStringLiteral("duration"))) {
        // Bounded above: 1e16 s overflowed the clock's duration and ran for 0 s; NaN and
        // infinities are refused.
        const auto seconds = ctx.numberOption(QStringLiteral("duration"), 0.1, kMaxDurationSeconds,
                                              CliTr::tr("seconds"));
        if (!seconds)
            return std::nullopt;
        options.durationSeconds = *seconds;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        const std::uint64_t seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            ctx.usageError(CliTr::tr("--seed expects a non-negative integer, got \"%1\"")
                               .arg(printableExcerpt(parser.value(QStringLiteral("seed")), 40)));
            return std::nullopt;
        }
        options.seed = seed;
    }
    options.namePrefix = parser.value(QStringLiteral("name-prefix"));
    options.nameSuffix = parser.value(QStringLiteral("name-suffix"));
    // Prefix and suffix become part of topic names: the same characters as Kafka allows there
    // (the length of each full name is checked once the scenario is loaded).
    for (const auto& [option, text] :
         {std::pair{QStringLiteral("--name-prefix"), options.namePrefix},
          std::pair{QStringLiteral("--name-suffix"), options.nameSuffix}}) {
        for (const QChar c : text) {
            if (!isTopicNameCharacter(c)) {
                ctx.usageError(
                    CliTr::tr("%1 \"%2\" contains \"%3\": topic names allow only "
                              "letters, digits, '.', '_' and '-'")
                        .arg(option, printableExcerpt(text, 60), printableExcerpt(QString(c), 4)));
                return std::nullopt;
            }
        }
    }
    options.jsonStats = parser.isSet(QStringLiteral("json-stats"));
    return options;
}

double perSecond(std::uint64_t count, double seconds);

// The topic a group consumes, as the run measured it (null if the scenario lost it).
const sim::SimTopicStats* topicOf(const sim::SimGroupStats& group,
                                  const sim::SimulatorStats& stats) {
    for (const auto& topic : stats.topics)
        if (topic.declaredName == group.topic)
            return &topic;
    return nullptr;
}

// Records its topic received that the group has not consumed (0 if it consumed more, e.g. older
// records of a reused topic).
std::uint64_t measuredLag(const sim::SimGroupStats& group, const sim::SimulatorStats& stats) {
    const sim::SimTopicStats* topic = topicOf(group, stats);
    return topic && topic->delivered > group.consumed ? topic->delivered - group.consumed : 0;
}

// The state from what was measured (consumed records and the lag behind the topic), never from
// the declared rates: a group that consumed nothing because the broker died does not "keep up".
QString groupState(const sim::SimGroupStats& group, const sim::SimulatorStats& stats) {
    if (group.consumed == 0)
        return CliTr::tr("consumed nothing");
    if (group.stalled && group.paused)
        return CliTr::tr("stalled");
    const sim::SimTopicStats* topic = topicOf(group, stats);
    const double topicRate =
        topic ? perSecond(topic->delivered, static_cast<double>(stats.elapsedMs) / 1000.0) : 0.0;
    // Consumers stop before producers flush, and a poll is in flight: a few seconds' worth of
    // records behind at the end is still keeping up.
    const double tolerance = std::max(20.0, 3.0 * topicRate);
    const std::uint64_t lag = measuredLag(group, stats);
    if (static_cast<double>(lag) > tolerance)
        return CliTr::tr("falls behind (%n records behind)", nullptr, static_cast<int>(lag));
    return CliTr::tr("keeps up");
}

double perSecond(std::uint64_t count, double seconds) {
    return seconds > 0 ? static_cast<double>(count) / seconds : 0.0;
}

// One line: total and per-topic produce rates, then per-group consume rates, over the interval
// since the previous status line.
void printStatus(QTextStream& err, const sim::SimulatorStats& now,
                 const sim::SimulatorStats& before) {
    const double seconds = static_cast<double>(now.elapsedMs - before.elapsedMs) / 1000.0;
    QString topics;
    double total = 0;
    for (size_t i = 0; i < now.topics.size(); ++i) {
        const double rate =
            perSecond(now.topics[i].delivered - before.topics[i].delivered, seconds);
        total += rate;
        topics += QStringLiteral(" %1 %2").arg(now.topics[i].declaredName).arg(rate, 0, 'f', 1);
    }
    QString groups;
    for (size_t i = 0; i < now.groups.size(); ++i) {
        const auto& group = now.groups[i];
        if (group.stalled && group.paused) {
            groups += QStringLiteral(" %1 %2").arg(group.declaredName, CliTr::tr("stalled"));
            continue;
        }
        const double rate = perSecond(group.consumed - before.groups[i].consumed, seconds);
        groups += QStringLiteral(" %1 %2").arg(group.declaredName).arg(rate, 0, 'f', 1);
    }
    err << QStringLiteral("[%1s] ").arg(now.elapsedMs / 1000, 4)
        << CliTr::tr("produced %1/s:").arg(total, 0, 'f', 1) << topics << QStringLiteral(" |")
        << CliTr::tr(" consumed/s:") << groups;
    if (!now.lastClientError.isEmpty())
        err << QStringLiteral(" | ") << CliTr::tr("last error: ") << now.lastClientError;
    err << Qt::endl;
}

void printSummary(QTextStream& out, const sim::Simulator& simulator,
                  const sim::SimulatorStats& stats) {
    const double seconds = static_cast<double>(stats.elapsedMs) / 1000.0;
    out << CliTr::tr("Scenario %1 ran %2 s (seed %3)\n")
               .arg(simulator.scenario().name)
               .arg(seconds, 0, 'f', 1)
               .arg(simulator.seed());
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(CliTr::tr("TOPIC"), -32)
               .arg(CliTr::tr("PARTITIONS"), 10)
               .arg(CliTr::tr("DELIVERED"), 10)
               .arg(CliTr::tr("RATE/S"), 8)
               .arg(CliTr::tr("EXPECTED/S"), 10)
               .arg(CliTr::tr("DUPLICATES"), 10)
               .arg(CliTr::tr("REORDERED"), 9)
               .arg(CliTr::tr("FAILED"), 7);
    for (const auto& topic : stats.topics) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(topic.name, -32)
                   .arg(topic.partitions, 10)
                   .arg(topic.delivered, 10)
                   .arg(perSecond(topic.delivered, seconds), 8, 'f', 1)
                   .arg(topic.expectedRecordsPerSecond, 10, 'f', 1)
                   .arg(topic.duplicates, 10)
                   .arg(topic.reordered, 9)
                   .arg(topic.failed, 7);
    }
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(CliTr::tr("GROUP"), -32)
               .arg(CliTr::tr("TOPIC"), -24)
               .arg(CliTr::tr("CONSUMED"), 10)
               .arg(CliTr::tr("RATE/S"), 8)
               .arg(CliTr::tr("EXPECTED/S"), 10)
               .arg(CliTr::tr("STATE"));
    for (const auto& group : stats.groups) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(group.name, -32)
                   .arg(simulator.topicName(group.topic), -24)
                   .arg(group.consumed, 10)
                   .arg(perSecond(group.consumed, seconds), 8, 'f', 1)
                   .arg(group.expectedRecordsPerSecond, 10, 'f', 1)
                   .arg(groupState(group, stats));
    }
}

// Whether the run did what was asked: every produced record delivered, and the clients not
// stuck on an error at the end.
struct RunOutcome {
    bool ok = true;
    std::uint64_t failed = 0;
    qint64 stuckForMs = 0; // no record delivered or consumed for this long at the end
    QString lastError;     // the last client error seen while running
};

nlohmann::json summaryJson(const sim::Simulator& simulator, const sim::SimulatorStats& stats,
                           const RunOutcome& outcome) {
    const double seconds = static_cast<double>(stats.elapsedMs) / 1000.0;
    nlohmann::json topics = nlohmann::json::array();
    // What the run injected, summed over topics: the truth `check --json` must report.
    std::uint64_t duplicates = 0;
    std::uint64_t reordered = 0;
    std::map<std::pair<QString, int>, std::uint64_t> allVersions;
    for (const auto& topic : stats.topics) {
        duplicates += topic.duplicates;
        reordered += topic.reordered;
        nlohmann::json versions = nlohmann::json::array();
        for (const auto& [typeVersion, count] : topic.sentByVersion) {
            versions.push_back({{"type", typeVersion.first.toStdString()},
                                {"version", typeVersion.second},
                                {"records", count}});
            allVersions[typeVersion] += count;
        }
        topics.push_back({{"name", topic.name.toStdString()},
                          {"declared_name", topic.declaredName.toStdString()},
                          {"partitions", topic.partitions},
                          {"delivered", topic.delivered},
                          {"failed", topic.failed},
                          {"duplicates", topic.duplicates},
                          {"reordered", topic.reordered},
                          {"versions", versions},
                          {"rate_per_s", perSecond(topic.delivered, seconds)},
                          {"expected_rate_per_s", topic.expectedRecordsPerSecond}});
    }
    nlohmann::json groups = nlohmann::json::array();
    for (const auto& group : stats.groups) {
        groups.push_back({{"name", group.name.toStdString()},
                          {"declared_name", group.declaredName.toStdString()},
                          {"service", group.service.toStdString()},
                          {"topic", simulator.topicName(group.topic).toStdString()},
                          {"consumed", group.consumed},
                          {"reactions", group.reactions},
                          {"rate_per_s", perSecond(group.consumed, seconds)},
                          {"processing_rate_per_s", group.processingRatePerSecond},
                          {"expected_rate_per_s", group.expectedRecordsPerSecond},
                          {"stalled", group.stalled},
                          {"lag", measuredLag(group, stats)},
                          {"state", groupState(group, stats).toStdString()}});
    }
    nlohmann::json versions = nlohmann::json::array();
    for (const auto& [typeVersion, count] : allVersions)
        versions.push_back({{"type", typeVersion.first.toStdString()},
                            {"version", typeVersion.second},
                            {"records", count}});
    return {{"scenario", simulator.scenario().name.toStdString()},
            {"seed", simulator.seed()},
            {"elapsed_s", seconds},
            {"topics", topics},
            {"groups", groups},
            {"duplicates", duplicates},
            {"reordered", reordered},
            {"versions", versions},
            {"complete", outcome.ok},
            {"failed", outcome.failed},
            {"error", outcome.lastError.isEmpty()
                          ? nlohmann::json(nullptr)
                          : nlohmann::json(outcome.lastError.toStdString())}};
}

std::uint64_t progressCount(const sim::SimulatorStats& stats) {
    std::uint64_t sum = 0;
    for (const auto& topic : stats.topics)
        sum += topic.delivered;
    for (const auto& group : stats.groups)
        sum += group.consumed;
    return sum;
}

// Runs until the duration ends or a stop signal arrives, printing status lines meanwhile.
// Watches progress: how long nothing was delivered or consumed at the end, and the last error.
void runUntilDone(sim::Simulator& simulator, const SimulateOptions& options, QTextStream& err,
                  RunOutcome* outcome) {
    const auto startedAt = Clock::now();
    const auto deadline =
        options.durationSeconds
            ? startedAt + std::chrono::duration_cast<Clock::duration>(
                              std::chrono::duration<double>(*options.durationSeconds))
            : Clock::time_point::max();
    auto nextStatus = startedAt + kStatusInterval;
    sim::SimulatorStats previous = simulator.stats();
    std::uint64_t progress = progressCount(previous);
    auto progressedAt = startedAt;
    while (!g_stopRequested.load() && Clock::now() < deadline) {
        std::this_thread::sleep_for(kTick);
        if (Clock::now() >= nextStatus) {
            sim::SimulatorStats current = simulator.stats();
            printStatus(err, current, previous);
            previous = std::move(current);
            nextStatus += kStatusInterval;
        }
        // Every second is enough to tell a dead cluster from a live one.
        if (Clock::now() - progressedAt >= 1s) {
            const sim::SimulatorStats now = simulator.stats();
            if (!now.lastClientError.isEmpty())
                outcome->lastError = now.lastClientError;
            if (const std::uint64_t count = progressCount(now); count != progress) {
                progress = count;
                progressedAt = Clock::now();
                outcome->lastError.clear();
            }
        }
    }
    outcome->stuckForMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - progressedAt).count();
    if (g_stopRequested.load())
        err << CliTr::tr("Stopping (interrupted)...") << Qt::endl;
}

} // namespace

int runSimulate(const QStringList& args) {
    CliContext ctx(QStringLiteral("simulate"));
    addOptions(ctx.parser());
    if (!ctx.parse(args))
        return ctx.parser().isSet(QStringLiteral("help")) ? kExitOk : kExitUsage;
    if (ctx.parser().isSet(QStringLiteral("list-scenarios"))) {
        for (const auto& name : sim::builtinScenarioNames())
            ctx.out() << name << '\n';
        return 0;
    }
    const auto options = readOptions(ctx);
    if (!options)
        return kExitUsage;
    std::optional<schema::RegistryOptions> registry;
    if (!readSchemaRegistryOptions(ctx, &registry))
        return kExitUsage;
    // A scenario that cannot be loaded is a bad --scenario value: nothing was tried yet.
    auto scenario = sim::loadScenario(options->scenario, registry.has_value());
    if (!scenario)
        return ctx.usageError(scenario.error().message);
    for (const auto& topic : scenario->topics) {
        const QString name = options->namePrefix + topic.name + options->nameSuffix;
        if (!ctx.checkTopicNames(QStringLiteral("--name-prefix/--name-suffix"), {name}))
            return kExitUsage;
    }
    ConnectionProfile profile;
    if (!ctx.buildProfile(&profile))
        return kExitUsage;

    sim::SimulatorOptions simOptions;
    simOptions.profile = profile;
    simOptions.namePrefix = options->namePrefix;
    simOptions.nameSuffix = options->nameSuffix;
    simOptions.seed = options->seed;
    if (registry)
        simOptions.registry = *registry;
    sim::Simulator simulator(std::move(*scenario), simOptions);

    const StopSignalGuard signalGuard;
    if (auto status = simulator.start(&g_stopRequested); !status)
        return g_stopRequested.load() ? 130 : ctx.fail(status.error().message);
    for (const auto& warning : simulator.warnings())
        ctx.err() << CliTr::tr("warning: ") << warning << Qt::endl;
    for (const auto& subject : simulator.registeredSchemas())
        ctx.err() << CliTr::tr("schema registered: ") << subject << Qt::endl;
    ctx.err() << CliTr::tr("Simulating %1 on %2 (seed %3, %4). Ctrl-C stops.")
                     .arg(simulator.scenario().name, profile.bootstrapServers)
                     .arg(simulator.seed())
                     .arg(options->durationSeconds
                              ? CliTr::tr("%1 s").arg(*options->durationSeconds)
                              : CliTr::tr("until interrupted"))
              << Qt::endl;

    RunOutcome outcome;
    runUntilDone(simulator, *options, ctx.err(), &outcome);
    if (const QString error = simulator.stats().lastClientError; !error.isEmpty())
        outcome.lastError = error;
    simulator.stop();
    const sim::SimulatorStats stats = simulator.stats();
    for (const auto& topic : stats.topics)
        outcome.failed += topic.failed;
    // Stuck with an error for a few seconds at the end: the cluster stopped answering, even if
    // nothing was queued to fail.
    constexpr qint64 kStuckMs = 3000;
    const bool stuck = !outcome.lastError.isEmpty() && outcome.stuckForMs >= kStuckMs;
    outcome.ok = outcome.failed == 0 && !stuck;
    if (outcome.ok)
        outcome.lastError.clear(); // a transient error the run recovered from is no verdict
    if (options->jsonStats)
        ctx.out() << QString::fromStdString(summaryJson(simulator, stats, outcome).dump(2)) << '\n';
    else
        printSummary(ctx.out(), simulator, stats);
    ctx.out().flush();
    if (outcome.ok)
        return 0;
    QString why =
        outcome.failed > 0
            ? CliTr::tr("%n record(s) could not be delivered", nullptr,
                        static_cast<int>(std::min<std::uint64_t>(outcome.failed, INT_MAX)))
            : CliTr::tr("nothing was delivered or consumed in the last %1 s")
                  .arg(static_cast<double>(outcome.stuckForMs) / 1000.0, 0, 'f', 1);
    if (!outcome.lastError.isEmpty())
        why += CliTr::tr(" (last error: %1)").arg(outcome.lastError);
    return ctx.fail(CliTr::tr("the simulation did not run as asked: %1").arg(why));
}

} // namespace streamscope::cli
