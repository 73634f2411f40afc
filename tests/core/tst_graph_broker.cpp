// The graph against the real broker: the simulator's demo scenario (producer side exact from
// sampled headers, the whole graph exact with the scenario's groups, causality from trace ids)
// and traffic made with kcat alone (a topic without identity headers, a CloudEvents URI source
// merging with the consumer group of the same name, a producer that stops: idle, then gone).
//
// Consumer groups reach the graph only through the lag monitor (core/lag). Where a check needs
// groups read from the broker and the lag engine publishes nothing, it is skipped with a message
// that names the missing lag engine; every other check runs against the broker.
#include "CliRunner.h"
#include "TestCluster.h"
#include "graph/GraphEngine.h"
#include "graph/GraphFormats.h"
#include "graph/GroupSource.h"
#include "kafka/KafkaClient.h"
#include "lag/LagMonitor.h"
#include "sim/ScenarioCatalog.h"
#include "throughput/WindowRateCalculator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <thread>

using namespace streamscope;
using namespace streamscope::test;

namespace {

QString kcatPath() {
    return QStringLiteral("kcat");
}

// Produces one record per line of `lines` with kcat, with these headers ("name=value").
bool kcatProduce(const QString& topic, const QStringList& headers, int count) {
    QStringList args = {QStringLiteral("-P"), QStringLiteral("-b"), bootstrap(),
                        QStringLiteral("-t"), topic};
    for (const auto& h : headers)
        args << QStringLiteral("-H") << h;
    QProcess kcat;
    kcat.start(kcatPath(), args);
    if (!kcat.waitForStarted(5000))
        return false;
    for (int i = 0; i < count; ++i)
        kcat.write(QByteArrayLiteral("event-") + QByteArray::number(i) + '\n');
    kcat.closeWriteChannel();
    return kcat.waitForFinished(20000) && kcat.exitCode() == 0;
}

// The topics' offsets now, as rates without rates (one sample): enough to sample records.
ThroughputSnapshotPtr offsetsNow(const QStringList& topics) {
    auto client = KafkaClient::create(brokerProfile());
    if (!client)
        return nullptr;
    auto md = (*client)->fetchTopicMetadata(topics, 10000);
    if (!md || !(*client)->fillOffsets(*md, 10000))
        return nullptr;
    WindowRateCalculator window;
    window.add(*md);
    return std::make_shared<const ThroughputSnapshot>(window.result());
}

QSet<QString> edgeSet(const ServiceGraph& g, std::optional<GraphEdgeKind> kind = {}) {
    QSet<QString> out;
    for (const auto& e : g.edges)
        if (!kind || e.kind == *kind)
            out.insert(e.from + QStringLiteral(" -> ") + e.to);
    return out;
}

QSet<QString> nodeSet(const ServiceGraph& g) {
    QSet<QString> out;
    for (const auto& n : g.nodes)
        out.insert(n.id);
    return out;
}

// "from -> to" of every edge of a `graph --json` output.
QSet<QString> cliEdges(const CliResult& run) {
    QSet<QString> out;
    const QJsonArray edges = QJsonDocument::fromJson(run.stdOut.toUtf8())
                                 .object()
                                 .value(QStringLiteral("edges"))
                                 .toArray();
    for (const auto& e : edges)
        out.insert(e.toObject().value(QStringLiteral("from")).toString() + QStringLiteral(" -> ") +
                   e.toObject().value(QStringLiteral("to")).toString());
    return out;
}

QString describeSet(const QSet<QString>& s) {
    QStringList l(s.begin(), s.end());
    l.sort();
    return l.join(QStringLiteral("; "));
}

// Whether the lag engine publishes groups: fed snapshots for a few seconds.
bool lagEngineAvailable() {
    static const bool available = [] {
        auto client = KafkaClient::create(brokerProfile());
        if (!client)
            return false;
        LagMonitor monitor(brokerProfile());
        monitor.start();
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 8000) {
            if (auto md = (*client)->fetchMetadata(5000); md && (*client)->fillOffsets(*md, 5000))
                monitor.consumeSnapshot(std::make_shared<const ClusterMetadata>(*md));
            if (monitor.latest())
                return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
        }
        return false;
    }();
    return available;
}

constexpr const char* kNoLagEngine =
    "the lag engine (core/lag LagMonitor) publishes no groups in this build: consume edges "
    "from the broker cannot be checked";

} // namespace

class TestGraphBroker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void demoScenarioIsInferredExactly();
    void kcatTrafficIsInferredExactly();
    void stoppedProducerTurnsIdleThenDisappears();

private:
    QString m_suffix;
    QProcess m_simulator;
    QStringList m_topicsToDelete;
};

void TestGraphBroker::initTestCase() {
    STREAMSCOPE_REQUIRE_BROKER();
    registerGraphMetaTypes();
    m_suffix = QStringLiteral(".g%1").arg(QRandomGenerator::global()->generate() % 1000000);
    auto scenario = sim::loadScenario(QStringLiteral("demo"));
    QVERIFY(scenario.ok());
    for (const auto& t : scenario->topics)
        m_topicsToDelete << t.name + m_suffix;
    m_simulator.start(cliPath(), {QStringLiteral("simulate"), QStringLiteral("-b"), bootstrap(),
                                  QStringLiteral("--scenario"), QStringLiteral("demo"),
                                  QStringLiteral("--name-suffix"), m_suffix,
                                  QStringLiteral("--duration"), QStringLiteral("50")});
    QVERIFY(m_simulator.waitForStarted(5000));
}

void TestGraphBroker::cleanupTestCase() {
    if (m_simulator.state() != QProcess::NotRunning) {
        m_simulator.terminate();
        m_simulator.waitForFinished(5000);
    }
    for (const auto& t : m_topicsToDelete)
        deleteTopic(t);
}

// The demo scenario's producers from record headers alone (the CLI, as users run it), then the
// whole graph with the scenario's groups handed in as the lag monitor would report them.
void TestGraphBroker::demoScenarioIsInferredExactly() {
    auto scenario = sim::loadScenario(QStringLiteral("demo"));
    QVERIFY(scenario.ok());
    // What the scenario declares: produce edges (its own events and reactions), consume edges.
    QSet<QString> produceEdges;
    QSet<QString> consumeEdges;
    QSet<QString> nodes;
    QStringList topics;
    for (const auto& t : scenario->topics) {
        topics << t.name + m_suffix;
        nodes.insert(topicNodeId(t.name + m_suffix));
    }
    auto groups = std::make_shared<LagSnapshot>();
    for (const auto& s : scenario->services) {
        nodes.insert(serviceNodeId(s.name));
        for (const auto& p : s.produces)
            produceEdges.insert(serviceNodeId(s.name) + QStringLiteral(" -> ") +
                                topicNodeId(p.topic + m_suffix));
        for (const auto& c : s.consumes) {
            consumeEdges.insert(topicNodeId(c.topic + m_suffix) + QStringLiteral(" -> ") +
                                serviceNodeId(s.name));
            for (const auto& r : c.reactions)
                produceEdges.insert(serviceNodeId(s.name) + QStringLiteral(" -> ") +
                                    topicNodeId(r.topic + m_suffix));
            GroupLag g;
            g.groupId = c.group + m_suffix;
            g.state = QStringLiteral("Stable");
            g.members.push_back({QStringLiteral("m-") + c.group,
                                 s.name,
                                 QStringLiteral("/127.0.0.1"),
                                 {{c.topic + m_suffix, 0}}});
            GroupTopicLag lag;
            lag.topic = c.topic + m_suffix;
            lag.consumeRatePerSec = c.processingRatePerSecond;
            g.topics.push_back(lag);
            groups->groups.push_back(std::move(g));
        }
    }
    QSet<QString> producerNodes;
    for (const auto& e : produceEdges)
        producerNodes.insert(e.section(QStringLiteral(" -> "), 0, 0));

    // Let every producer and reaction write (reactions follow their causes).
    QTest::qWait(12000);
    QCOMPARE(m_simulator.state(), QProcess::Running);

    QStringList args = {QStringLiteral("graph"),
                        QStringLiteral("-b"),
                        bootstrap(),
                        QStringLiteral("--json"),
                        QStringLiteral("--groups-wait"),
                        QStringLiteral("0"),
                        QStringLiteral("--window"),
                        QStringLiteral("1")};
    for (const auto& t : topics)
        args << QStringLiteral("-t") << t;
    const CliResult run = runCli(args, 60000);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject json = QJsonDocument::fromJson(run.stdOut.toUtf8()).object();
    QSet<QString> cliNodes;
    for (const auto& n : json.value(QStringLiteral("nodes")).toArray())
        cliNodes.insert(n.toObject().value(QStringLiteral("id")).toString());
    QSet<QString> producerEdges;
    for (const auto& e : json.value(QStringLiteral("edges")).toArray()) {
        const QJsonObject o = e.toObject();
        // With --groups-wait 0 the lag engine may or may not have read the groups yet: the
        // consume side is checked below, this part checks the producer side.
        if (o.value(QStringLiteral("kind")).toString() == QStringLiteral("consume"))
            continue;
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("produce"));
        QVERIFY2(o.value(QStringLiteral("msgs_per_s")).toDouble() > 0,
                 qPrintable(o.value(QStringLiteral("from")).toString()));
        producerEdges.insert(o.value(QStringLiteral("from")).toString() + QStringLiteral(" -> ") +
                             o.value(QStringLiteral("to")).toString());
    }
    QVERIFY2(producerEdges == produceEdges,
             qPrintable(QStringLiteral("got %1\nwant %2")
                            .arg(describeSet(producerEdges), describeSet(produceEdges))));
    QSet<QString> producerSide = producerNodes;
    for (const auto& t : topics)
        producerSide.insert(topicNodeId(t));
    // Every producer-side node, and nothing the scenario does not have (consumer services may
    // already be there when the groups were read in time).
    QVERIFY2(cliNodes.contains(producerSide) && nodes.contains(cliNodes),
             qPrintable(describeSet(cliNodes)));

    // The whole graph: the same sampled records, the scenario's groups.
    auto source = std::make_shared<FixedGroupSource>();
    source->setGroups(groups);
    const ThroughputSnapshotPtr offsets = offsetsNow(topics);
    QVERIFY(offsets);
    GraphEngine engine(
        brokerProfile(), [offsets] { return offsets; }, source);
    const ServiceGraphPtr graph = engine.refreshOnce();
    QVERIFY2(edgeSet(*graph, GraphEdgeKind::Produce) == produceEdges,
             qPrintable(describeSet(edgeSet(*graph, GraphEdgeKind::Produce))));
    QVERIFY2(edgeSet(*graph, GraphEdgeKind::Consume) == consumeEdges,
             qPrintable(describeSet(edgeSet(*graph, GraphEdgeKind::Consume))));
    QVERIFY2(nodeSet(*graph) == nodes, qPrintable(describeSet(nodeSet(*graph))));
    // analytics-service: one node for its two groups.
    QCOMPARE(graph->findNode(serviceNodeId(QStringLiteral("analytics-service")))->groups.size(), 2);

    // Trace ids confirm hops the scenario has, and only those.
    QVERIFY2(!graph->causalLinks.empty(), "no hop confirmed by shared trace ids");
    for (const auto& l : graph->causalLinks) {
        const QString in =
            topicNodeId(l.fromTopic) + QStringLiteral(" -> ") + serviceNodeId(l.service);
        const QString out =
            serviceNodeId(l.service) + QStringLiteral(" -> ") + topicNodeId(l.toTopic);
        QVERIFY2(consumeEdges.contains(in) && produceEdges.contains(out),
                 qPrintable(l.fromTopic + QStringLiteral(" -> ") + l.toTopic));
    }
    const QString ordersToPayments = topicNodeId(QStringLiteral("shop.orders") + m_suffix);
    bool paymentHop = false;
    for (const auto& l : graph->causalLinks)
        paymentHop |= l.fromTopic == QStringLiteral("shop.orders") + m_suffix &&
                      l.toTopic == QStringLiteral("shop.payments") + m_suffix &&
                      l.service == QStringLiteral("payment-service");
    QVERIFY2(paymentHop, qPrintable(ordersToPayments));

    // The groups read from the broker by the lag engine give the same consume edges.
    if (!lagEngineAvailable())
        QSKIP(kNoLagEngine);
    args.removeAt(args.indexOf(QStringLiteral("0")));
    args.removeAt(args.indexOf(QStringLiteral("--groups-wait")));
    const CliResult full = runCli(args, 90000);
    QVERIFY2(full.exitCode == 0, qPrintable(describe(full)));
    const QSet<QString> fullEdges = cliEdges(full);
    QVERIFY2(fullEdges == (produceEdges | consumeEdges), qPrintable(describeSet(fullEdges)));
}

void TestGraphBroker::kcatTrafficIsInferredExactly() {
    const QString billing = uniqueTopicName(QStringLiteral("graph-billing"));
    const QString anonymous = uniqueTopicName(QStringLiteral("graph-anon"));
    const QString mixed = uniqueTopicName(QStringLiteral("graph-mixed"));
    m_topicsToDelete << billing << anonymous << mixed;
    QVERIFY(createTopic(billing, 2));
    QVERIFY(createTopic(anonymous, 1));
    QVERIFY(createTopic(mixed, 1));
    QVERIFY(kcatProduce(billing, {QStringLiteral("ce_source=/svc/billing")}, 30));
    QVERIFY(kcatProduce(anonymous, {QStringLiteral("content-type=text/plain")}, 20));
    QVERIFY(kcatProduce(mixed, {QStringLiteral("service=urn:shop:ledger")}, 30));
    QVERIFY(kcatProduce(mixed, {}, 10));

    const CliResult run =
        runCli({QStringLiteral("graph"), QStringLiteral("-b"), bootstrap(),
                QStringLiteral("--json"), QStringLiteral("--groups-wait"), QStringLiteral("0"),
                QStringLiteral("--window"), QStringLiteral("1"), QStringLiteral("-t"), billing,
                QStringLiteral("-t"), anonymous, QStringLiteral("-t"), mixed},
               60000);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject json = QJsonDocument::fromJson(run.stdOut.toUtf8()).object();
    QSet<QString> nodes;
    QHash<QString, double> unknownShare;
    for (const auto& n : json.value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject o = n.toObject();
        nodes.insert(o.value(QStringLiteral("id")).toString());
        if (o.value(QStringLiteral("kind")).toString() == QStringLiteral("unknown"))
            unknownShare.insert(o.value(QStringLiteral("name")).toString(),
                                o.value(QStringLiteral("share")).toDouble());
    }
    QSet<QString> edges;
    for (const auto& e : json.value(QStringLiteral("edges")).toArray())
        edges.insert(e.toObject().value(QStringLiteral("from")).toString() +
                     QStringLiteral(" -> ") + e.toObject().value(QStringLiteral("to")).toString());
    const QSet<QString> wantNodes = {serviceNodeId(QStringLiteral("billing")),
                                     serviceNodeId(QStringLiteral("ledger")),
                                     topicNodeId(billing),
                                     topicNodeId(anonymous),
                                     topicNodeId(mixed),
                                     unknownNodeId(anonymous),
                                     unknownNodeId(mixed)};
    QVERIFY2(nodes == wantNodes, qPrintable(describeSet(nodes)));
    const QSet<QString> wantEdges = {
        serviceNodeId(QStringLiteral("billing")) + QStringLiteral(" -> ") + topicNodeId(billing),
        serviceNodeId(QStringLiteral("ledger")) + QStringLiteral(" -> ") + topicNodeId(mixed),
        unknownNodeId(anonymous) + QStringLiteral(" -> ") + topicNodeId(anonymous),
        unknownNodeId(mixed) + QStringLiteral(" -> ") + topicNodeId(mixed)};
    QVERIFY2(edges == wantEdges, qPrintable(describeSet(edges)));
    QCOMPARE(unknownShare.value(anonymous), 1.0);
    QCOMPARE(unknownShare.value(mixed), 0.25);

    // A consumer group made by kcat (client id "rdkafka": the group id names the service) named
    // like the CloudEvents source: one node "billing" that produces and consumes.
    QProcess consumer;
    consumer.start(kcatPath(), {QStringLiteral("-b"), bootstrap(), QStringLiteral("-G"),
                                QStringLiteral("billing"), QStringLiteral("-o"),
                                QStringLiteral("beginning"), QStringLiteral("-q"), billing});
    QVERIFY(consumer.waitForStarted(5000));
    auto stopConsumer = qScopeGuard([&consumer] {
        consumer.terminate();
        consumer.waitForFinished(5000);
    });
    if (!lagEngineAvailable())
        QSKIP(kNoLagEngine);
    QTest::qWait(5000); // joined and committed
    const CliResult full = runCli({QStringLiteral("graph"), QStringLiteral("-b"), bootstrap(),
                                   QStringLiteral("--json"), QStringLiteral("-t"), billing,
                                   QStringLiteral("--window"), QStringLiteral("1")},
                                  90000);
    QVERIFY2(full.exitCode == 0, qPrintable(describe(full)));
    const QSet<QString> fullEdges = cliEdges(full);
    QVERIFY2(fullEdges == (QSet<QString>{serviceNodeId(QStringLiteral("billing")) +
                                             QStringLiteral(" -> ") + topicNodeId(billing),
                                         topicNodeId(billing) + QStringLiteral(" -> ") +
                                             serviceNodeId(QStringLiteral("billing"))}),
             qPrintable(describeSet(fullEdges)));
}

// kcat writes as "payroll" for a while, then stops: the edge turns idle once its newest record
// leaves the activity window, and disappears once it is older than the expiry.
void TestGraphBroker::stoppedProducerTurnsIdleThenDisappears() {
    const QString topic = uniqueTopicName(QStringLiteral("graph-stop"));
    m_topicsToDelete << topic;
    QVERIFY(createTopic(topic, 1));
    QVERIFY(kcatProduce(topic, {QStringLiteral("ce-source=payroll")}, 10));

    const ThroughputSnapshotPtr offsets = offsetsNow({topic});
    QVERIFY(offsets);
    GraphEngine engine(
        brokerProfile(), [offsets] { return offsets; }, std::make_shared<FixedGroupSource>());
    GraphEngineSettings settings;
    settings.graph.activityWindowMs = 3000;
    settings.graph.expiryMs = 7000;
    engine.setSettings(settings);
    const QString from = serviceNodeId(QStringLiteral("payroll"));
    const QString to = topicNodeId(topic);

    ServiceGraphPtr graph = engine.refreshOnce();
    const GraphEdge* edge = graph->findEdge(from, to);
    QVERIFY2(edge, qPrintable(QString::fromUtf8(serviceGraphToJson(*graph))));
    QVERIFY(!edge->idle);

    QTest::qWait(4000);
    graph = engine.refreshOnce();
    edge = graph->findEdge(from, to);
    QVERIFY(edge);
    QVERIFY(edge->idle);
    QCOMPARE(edge->msgsPerSec, 0.0);

    QTest::qWait(4000);
    graph = engine.refreshOnce();
    QVERIFY(!graph->findEdge(from, to));
    QVERIFY(!graph->findNode(from));
}

QTEST_GUILESS_MAIN(TestGraphBroker)
#include "tst_graph_broker.moc"
