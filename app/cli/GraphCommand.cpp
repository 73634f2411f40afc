// streamscope-cli graph: the service dependency graph inferred from live traffic.
//
// Takes two samples of the cluster --window seconds apart (topic rates), reads the newest
// --sample records of every topic (producer identities and trace ids; no group, no commits),
// reads the consumer groups through the lag monitor (members, commits, lag and status), and
// prints the graph the GUI draws: as a table, --json (the contract in README.md) or --dot.
#include "CliContext.h"
#include "ClusterSample.h"
#include "TextTable.h"
#include "graph/GraphEngine.h"
#include "graph/GraphFormats.h"
#include "graph/GroupSource.h"
#include "kafka/KafkaClient.h"
#include "lag/LagMonitor.h"
#include "throughput/WindowRateCalculator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <chrono>
#include <cmath>
#include <thread>

namespace streamscope::cli {

namespace {

constexpr int kTimeoutMs = 10000;

struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)
};

QString figure(double value) {
    return std::isnan(value) ? QStringLiteral("?") : QString::number(value, 'f', 1);
}

QString nameOf(const ServiceGraph& graph, const QString& id) {
    const GraphNode* node = graph.findNode(id);
    if (!node)
        return id;
    return node->kind == GraphNodeKind::Unknown
               ? CliTr::tr("(unknown producer of %1)").arg(node->name)
               : node->name;
}

void printTable(QTextStream& out, const ServiceGraph& graph) {
    int services = 0;
    int topics = 0;
    for (const auto& n : graph.nodes) {
        services += n.kind == GraphNodeKind::Service ? 1 : 0;
        topics += n.kind == GraphNodeKind::Topic ? 1 : 0;
    }
    out << CliTr::tr("%1 services, %2 topics, %3 edges")
               .arg(services)
               .arg(topics)
               .arg(graph.edges.size())
        << '\n';
    QStringList froms;
    QStringList tos;
    for (const auto& e : graph.edges) {
        froms << nameOf(graph, e.from);
        tos << nameOf(graph, e.to);
    }
    const int fromWidth = nameColumnWidth(froms, 20);
    const int toWidth = nameColumnWidth(tos, 20);
    out << QStringLiteral("%1    %2 %3 %4 %5  %6\n")
               .arg(CliTr::tr("FROM"), -fromWidth)
               .arg(CliTr::tr("TO"), -toWidth)
               .arg(CliTr::tr("MSGS/S"), 10)
               .arg(CliTr::tr("LAG"), 10)
               .arg(CliTr::tr("STATUS"), -7)
               .arg(CliTr::tr("NOTE"));
    for (size_t i = 0; i < graph.edges.size(); ++i) {
        const GraphEdge& e = graph.edges[i];
        const bool consume = e.kind == GraphEdgeKind::Consume;
        QStringList notes;
        if (consume)
            notes << CliTr::tr("group %1").arg(e.group);
        else
            notes << CliTr::tr("%1% of records").arg(std::round(e.share * 100.0));
        if (e.inactive)
            notes << CliTr::tr("no members");
        else if (e.idle)
            notes << CliTr::tr("idle");
        if (e.causalityConfirmed)
            notes << CliTr::tr("trace-confirmed");
        out << QStringLiteral("%1 -> %2 %3 %4 %5  %6\n")
                   .arg(froms[static_cast<qsizetype>(i)], -fromWidth)
                   .arg(tos[static_cast<qsizetype>(i)], -toWidth)
                   .arg(figure(e.msgsPerSec), 10)
                   .arg(consume && e.lag ? QString::number(*e.lag) : QString(), 10)
                   .arg(consume ? lagStatusName(e.status) : QString(), -7)
                   .arg(notes.join(QStringLiteral(", ")));
    }
    for (const auto& l : graph.causalLinks)
        out << CliTr::tr("confirmed: %1 -> %2 -> %3 (%n shared trace(s))", nullptr, l.sharedTraces)
                   .arg(l.fromTopic, l.service, l.toTopic)
            << '\n';
}

// Feeds the monitor a fresh sample every second until it published groups or the time is up.
LagSnapshotPtr waitForGroups(LagMonitor& monitor, KafkaClient& client, double waitS) {
    QElapsedTimer clock;
    clock.start();
    const auto waitMs = static_cast<qint64>(waitS * 1000.0);
    while (true) {
        if (auto groups = monitor.latest())
            return groups;
        if (clock.elapsed() >= waitMs)
            return nullptr;
        std::this_thread::sleep_for(
            std::chrono::milliseconds(std::min<qint64>(1000, waitMs - clock.elapsed())));
        if (auto sample = sampleCluster(client, {}, kTimeoutMs))
            monitor.consumeSnapshot(std::make_shared<const ClusterMetadata>(std::move(*sample)));
    }
}

} // namespace

int runGraph(const QStringList& args) {
    CliContext ctx(QStringLiteral("graph"));
    auto& parser = ctx.parser();
    parser.addOption({QStringLiteral("json"), CliTr::tr("Print JSON instead of a table.")});
    parser.addOption({QStringLiteral("dot"), CliTr::tr("Print Graphviz DOT instead of a table.")});
    parser.addOption({QStringLiteral("sample"),
                      CliTr::tr("Newest records read per topic for producer identities "
                                "(default 200)."),
                      QStringLiteral("records"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("window"),
                      CliTr::tr("Seconds between the two samples that give topic rates "
                                "(default 2)."),
                      QStringLiteral("seconds"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("active"),
                      CliTr::tr("A producer without a record this recent is idle, in seconds "
                                "(default 60)."),
                      QStringLiteral("seconds"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("expiry"),
                      CliTr::tr("Producers whose last record is older are left out, in seconds "
                                "(default 600)."),
                      QStringLiteral("seconds"), QStringLiteral("600")});
    parser.addOption({QStringLiteral("groups-wait"),
                      CliTr::tr("Seconds to wait for the consumer groups (default 15)."),
                      QStringLiteral("seconds"), QStringLiteral("15")});
    parser.addOption({{QStringLiteral("t"), QStringLiteral("topic")},
                      CliTr::tr("Only this topic (repeatable). Default: all topics."),
                      QStringLiteral("topic")});
    parser.addOption({QStringLiteral("rules"),
                      CliTr::tr("Naming rules file (lines \"header NAME\", \"library REGEX\", "
                                "\"rewrite REGEX => REPLACEMENT\"); default: the built-in rules."),
                      QStringLiteral("file")});
    if (!ctx.parse(args))
        return parser.isSet(QStringLiteral("help")) ? kExitOk : kExitUsage;
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("dot")))
        return ctx.usageError(CliTr::tr("--json and --dot exclude each other"));
    QStringList topics = parser.values(QStringLiteral("topic"));
    topics.removeDuplicates();
    if (!ctx.checkTopicNames(QStringLiteral("-t"), topics))
        return kExitUsage;
    const auto sampleN =
        ctx.numberOption(QStringLiteral("sample"), 1, 100000, CliTr::tr("records"));
    const auto windowS = ctx.numberOption(QStringLiteral("window"), 0.5, 600, CliTr::tr("seconds"));
    const auto activeS = ctx.numberOption(QStringLiteral("active"), 1, 86400, CliTr::tr("seconds"));
    const auto expiryS =
        ctx.numberOption(QStringLiteral("expiry"), 1, 7 * 86400, CliTr::tr("seconds"));
    const auto groupsWaitS =
        ctx.numberOption(QStringLiteral("groups-wait"), 0, 600, CliTr::tr("seconds"));
    if (!sampleN || !windowS || !activeS || !expiryS || !groupsWaitS)
        return kExitUsage;
    if (std::floor(*sampleN) != *sampleN)
        return ctx.usageError(CliTr::tr("--sample takes a whole number of records"));
    ServiceNamingRules rules = ServiceNamingRules::defaults();
    if (parser.isSet(QStringLiteral("rules"))) {
        QFile file(parser.value(QStringLiteral("rules")));
        if (!file.open(QIODevice::ReadOnly))
            return ctx.usageError(
                CliTr::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        auto parsed = ServiceNamingRules::parse(QString::fromUtf8(file.read(1024 * 1024)));
        if (!parsed)
            return ctx.usageError(CliTr::tr("%1: %2").arg(file.fileName(), parsed.error().message));
        rules = std::move(*parsed);
    }

    ConnectionProfile profile;
    if (!ctx.buildProfile(&profile))
        return kExitUsage;
    auto created = KafkaClient::create(profile);
    if (!created)
        return ctx.fail(created.error().message);
    KafkaClient& client = **created;

    auto first = sampleCluster(client, {}, kTimeoutMs);
    if (!first)
        return ctx.fail(sampleFailure(client, profile.bootstrapServers, first.error()));
    for (const auto& name : topics)
        if (!first->findTopic(name))
            return ctx.fail(CliTr::tr("unknown topic \"%1\"").arg(name));

    // The groups come from the lag monitor, which reads them on its own thread from the
    // snapshots it is given.
    LagMonitor monitor(profile);
    monitor.start();
    monitor.consumeSnapshot(std::make_shared<const ClusterMetadata>(*first));

    std::this_thread::sleep_for(std::chrono::duration<double>(*windowS));
    auto second = sampleCluster(client, {}, kTimeoutMs);
    if (!second)
        return ctx.fail(CliTr::tr("cannot sample: %1").arg(second.error().message));
    monitor.consumeSnapshot(std::make_shared<const ClusterMetadata>(*second));
    auto keep = [&topics](ClusterMetadata& md) {
        if (!topics.isEmpty())
            std::erase_if(md.topics, [&](const TopicInfo& t) { return !topics.contains(t.name); });
    };
    keep(*first);
    keep(*second);
    WindowRateCalculator window;
    window.add(*first);
    window.add(*second);
    auto rates = std::make_shared<const ThroughputSnapshot>(window.result());

    auto groups = std::make_shared<FixedGroupSource>();
    groups->setGroups(waitForGroups(monitor, client, *groupsWaitS));
    monitor.stop();
    if (!groups->latestGroups())
        ctx.err() << CliTr::tr("warning: no consumer groups within %1 s (the lag monitor "
                               "published none): consume edges are missing")
                         .arg(*groupsWaitS)
                  << Qt::endl;

    GraphEngine engine(
        profile, [rates] { return rates; }, groups);
    GraphEngineSettings settings;
    settings.graph.samplePerTopic = static_cast<int>(*sampleN);
    settings.graph.activityWindowMs = static_cast<qint64>(*activeS * 1000.0);
    settings.graph.expiryMs = static_cast<qint64>(*expiryS * 1000.0);
    settings.sampleTimeoutMs = kTimeoutMs;
    engine.setSettings(settings);
    engine.setNamingRules(rules);
    const ServiceGraphPtr graph = engine.refreshOnce();

    for (const auto& note : graph->notes)
        ctx.err() << CliTr::tr("note: ") << note << Qt::endl;
    if (parser.isSet(QStringLiteral("json")))
        ctx.out() << QString::fromUtf8(serviceGraphToJson(*graph));
    else if (parser.isSet(QStringLiteral("dot")))
        ctx.out() << QString::fromUtf8(serviceGraphToDot(*graph));
    else
        printTable(ctx.out(), *graph);
    ctx.out().flush();
    return kExitOk;
}

} // namespace streamscope::cli
