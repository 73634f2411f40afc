// The graph's inference on constructed inputs (no broker): naming rules, CloudEvents sources,
// library client ids, unknown producers, rates and shares, lag on consume edges, causality from
// trace ids, idle edges and their expiry, and the JSON and DOT shapes.
#include "graph/GraphAging.h"
#include "graph/GraphFormats.h"
#include "graph/GraphInference.h"
#include "graph/ServiceNaming.h"
#include "graph/TraceCausality.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace streamscope;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1'800'000'000'000;

QByteArray traceparent(int trace) {
    return QStringLiteral("00-%1-%2-01")
        .arg(trace, 32, 16, QLatin1Char('0'))
        .arg(7, 16, 16, QLatin1Char('0'))
        .toLatin1();
}

SampledRecord record(qint64 ageMs, const QString& header, const QString& source, int trace = 0) {
    SampledRecord r;
    r.timestampMs = kNow - ageMs;
    if (!header.isEmpty())
        r.headers.push_back({header.toUtf8(), source.toUtf8()});
    if (trace > 0)
        r.headers.push_back({"traceparent", traceparent(trace)});
    return r;
}

TopicRecordSample sample(const QString& topic, std::vector<SampledRecord> records) {
    return {topic, std::move(records), {}};
}

std::vector<SampledRecord> repeat(int n, qint64 ageMs, const QString& source, int firstTrace = 0) {
    std::vector<SampledRecord> out;
    for (int i = 0; i < n; ++i)
        out.push_back(record(ageMs, u"ce_source"_s, source, firstTrace > 0 ? firstTrace + i : 0));
    return out;
}

ThroughputSnapshotPtr rates(std::vector<std::pair<QString, double>> topics) {
    auto snapshot = std::make_shared<ThroughputSnapshot>();
    for (auto& [name, rate] : topics) {
        TopicRate t;
        t.topic = name;
        t.msgsPerSec = rate;
        t.smoothedMsgsPerSec = rate;
        t.partitionCount = 1;
        snapshot->topics.push_back(std::move(t));
    }
    std::sort(snapshot->topics.begin(), snapshot->topics.end(),
              [](const TopicRate& a, const TopicRate& b) { return a.topic < b.topic; });
    return snapshot;
}

struct GroupSpec {
    QString id;
    QStringList clientIds; // one member per id; empty: no members
    QStringList topics;
    qint64 lagPerTopic = 0;
    LagStatus status = LagStatus::Ok;
    double consumeRate = 10;
};

GroupLag makeGroup(const GroupSpec& spec) {
    GroupLag g;
    g.groupId = spec.id;
    g.state = spec.clientIds.isEmpty() ? QStringLiteral("Empty") : QStringLiteral("Stable");
    g.verdict.status = spec.status;
    int n = 0;
    for (const auto& clientId : spec.clientIds) {
        GroupMemberInfo m;
        m.memberId = clientId + QString::number(n);
        m.clientId = clientId;
        m.host = QStringLiteral("/10.0.0.%1").arg(++n);
        for (const auto& t : spec.topics)
            m.assignment.push_back({t, 0});
        g.members.push_back(std::move(m));
    }
    for (const auto& t : spec.topics) {
        GroupTopicLag topic;
        topic.topic = t;
        topic.totalLag = spec.lagPerTopic;
        topic.consumeRatePerSec = spec.consumeRate;
        PartitionLag p;
        p.topic = t;
        p.committed = 100;
        p.lag = spec.lagPerTopic;
        p.verdict.status = spec.status;
        topic.partitions.push_back(p);
        g.topics.push_back(std::move(topic));
    }
    return g;
}

LagSnapshotPtr groups(const std::vector<GroupSpec>& specs) {
    auto snapshot = std::make_shared<LagSnapshot>();
    for (const auto& s : specs)
        snapshot->groups.push_back(makeGroup(s));
    return snapshot;
}

QSet<QString> nodeIds(const ServiceGraph& g) {
    QSet<QString> out;
    for (const auto& n : g.nodes)
        out.insert(n.id);
    return out;
}

QSet<QString> edgeKeys(const ServiceGraph& g) {
    QSet<QString> out;
    for (const auto& e : g.edges)
        out.insert(e.from + QStringLiteral(" -> ") + e.to);
    return out;
}

ServiceGraph infer(const GraphInputs& inputs,
                   const ServiceNamingRules& rules = ServiceNamingRules::defaults()) {
    return inferServiceGraph(inputs, ServiceNamer(rules), GraphSettings{});
}

} // namespace

class TestGraphInference : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cloudEventsSourcesAreNormalised_data();
    void cloudEventsSourcesAreNormalised();
    void demoChoreographyIsExact();
    void groupNamesSkipLibraryClientIds();
    void rewriteRulesRenameServices();
    void namingRulesRoundTripAsText();
    void namingRulesRejectBadLines();
    void identityHeaderOrderIsFollowed();
    void unknownProducerCarriesItsShare();
    void groupWithoutMembersIsInactiveEdge();
    void stoppedProducerTurnsIdleThenExpires();
    void vanishedEdgeStaysIdleUntilExpiry();
    void traceIdsConfirmServiceHops();
    void jsonHasTheContractFields();
    void dotIsLeftToRight();
};

void TestGraphInference::cloudEventsSourcesAreNormalised_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("service");
    QTest::newRow("path") << u"/svc/billing"_s << u"billing"_s;
    QTest::newRow("urn") << u"urn:x:billing"_s << u"billing"_s;
    QTest::newRow("url") << u"https://shop.example/svc/billing/"_s << u"billing"_s;
    QTest::newRow("url without path") << u"https://billing.example"_s << u"billing.example"_s;
    QTest::newRow("plain") << u"billing"_s << u"billing"_s;
    QTest::newRow("spaces") << u"  billing  "_s << u"billing"_s;
}

void TestGraphInference::cloudEventsSourcesAreNormalised() {
    QFETCH(QString, source);
    QFETCH(QString, service);
    QCOMPARE(normaliseServiceSource(source), service);
}

// The simulator's demo scenario as the graph sees it: seven services, six topics, each edge.
void TestGraphInference::demoChoreographyIsExact() {
    GraphInputs in;
    in.nowMs = kNow;
    in.rates = rates({{u"shop.clickstream"_s, 150},
                      {u"shop.orders"_s, 78},
                      {u"shop.payments"_s, 40},
                      {u"shop.inventory"_s, 40},
                      {u"shop.shipments"_s, 38},
                      {u"shop.notifications"_s, 20}});
    // order-service produces orders and, reacting to payments, confirmations on the same topic.
    auto orders = repeat(50, 1000, u"order-service"_s, 100);
    in.samples = {sample(u"shop.clickstream"_s, repeat(100, 1000, u"storefront"_s)),
                  sample(u"shop.orders"_s, orders),
                  sample(u"shop.payments"_s, repeat(50, 500, u"payment-service"_s, 100)),
                  sample(u"shop.inventory"_s, repeat(50, 500, u"inventory-service"_s, 100)),
                  sample(u"shop.shipments"_s, repeat(50, 200, u"shipping-service"_s, 100)),
                  sample(u"shop.notifications"_s, repeat(50, 100, u"notification-service"_s))};
    in.groups = groups(
        {{u"order-service"_s, {u"order-service"_s}, {u"shop.payments"_s}},
         {u"payment-service"_s, {u"payment-service"_s, u"payment-service"_s}, {u"shop.orders"_s}},
         {u"inventory-service"_s, {u"inventory-service"_s}, {u"shop.orders"_s}},
         {u"shipping-service"_s, {u"shipping-service"_s}, {u"shop.payments"_s}},
         {u"notification-service"_s,
          {u"notification-service"_s},
          {u"shop.shipments"_s},
          5000,
          LagStatus::Warn},
         {u"analytics-clickstream"_s, {u"analytics-service"_s}, {u"shop.clickstream"_s}},
         {u"analytics-fraud-scoring"_s,
          {u"analytics-service"_s},
          {u"shop.payments"_s},
          900,
          LagStatus::Stall,
          0}});
    const ServiceGraph g = infer(in);

    const QSet<QString> services = {u"storefront"_s,       u"order-service"_s,
                                    u"payment-service"_s,  u"inventory-service"_s,
                                    u"shipping-service"_s, u"notification-service"_s,
                                    u"analytics-service"_s};
    const QSet<QString> topics = {u"shop.clickstream"_s, u"shop.orders"_s,
                                  u"shop.payments"_s,    u"shop.inventory"_s,
                                  u"shop.shipments"_s,   u"shop.notifications"_s};
    QSet<QString> expectedNodes;
    for (const auto& s : services)
        expectedNodes.insert(serviceNodeId(s));
    for (const auto& t : topics)
        expectedNodes.insert(topicNodeId(t));
    QCOMPARE(nodeIds(g), expectedNodes);

    const QSet<QString> expectedEdges = {
        u"service:storefront -> topic:shop.clickstream"_s,
        u"service:order-service -> topic:shop.orders"_s,
        u"service:payment-service -> topic:shop.payments"_s,
        u"service:inventory-service -> topic:shop.inventory"_s,
        u"service:shipping-service -> topic:shop.shipments"_s,
        u"service:notification-service -> topic:shop.notifications"_s,
        u"topic:shop.payments -> service:order-service"_s,
        u"topic:shop.orders -> service:payment-service"_s,
        u"topic:shop.orders -> service:inventory-service"_s,
        u"topic:shop.payments -> service:shipping-service"_s,
        u"topic:shop.shipments -> service:notification-service"_s,
        u"topic:shop.clickstream -> service:analytics-service"_s,
        u"topic:shop.payments -> service:analytics-service"_s,
    };
    QCOMPARE(edgeKeys(g), expectedEdges);
    QCOMPARE(g.edges.size(), size_t(13));

    // Figures: the whole rate goes to the only producer; lag and status on consume edges.
    const GraphEdge* click = g.findEdge(u"service:storefront"_s, u"topic:shop.clickstream"_s);
    QVERIFY(click);
    QCOMPARE(click->msgsPerSec, 150.0);
    QCOMPARE(click->share, 1.0);
    QVERIFY(!click->idle);
    const GraphEdge* notify =
        g.findEdge(u"topic:shop.shipments"_s, u"service:notification-service"_s);
    QVERIFY(notify);
    QCOMPARE(notify->lag.value_or(-1), qint64(5000));
    QCOMPARE(notify->status, LagStatus::Warn);
    QCOMPARE(notify->group, QStringLiteral("notification-service"));
    QCOMPARE(g.findEdge(u"topic:shop.orders"_s, u"service:payment-service"_s)->status,
             LagStatus::Ok);
    const GraphEdge* fraud = g.findEdge(u"topic:shop.payments"_s, u"service:analytics-service"_s);
    QVERIFY(fraud);
    QCOMPARE(fraud->group, QStringLiteral("analytics-fraud-scoring"));
    QCOMPARE(fraud->status, LagStatus::Stall);

    // analytics-service: one node for two groups, with both as detail.
    const GraphNode* analytics = g.findNode(u"service:analytics-service"_s);
    QVERIFY(analytics);
    QCOMPARE(analytics->groups,
             QStringList({u"analytics-clickstream"_s, u"analytics-fraud-scoring"_s}));
    QCOMPARE(analytics->clientIds, QStringList({u"analytics-service"_s}));
    QCOMPARE(g.findNode(u"service:payment-service"_s)->hosts.size(), 2);
}

void TestGraphInference::groupNamesSkipLibraryClientIds() {
    GraphInputs in;
    in.nowMs = kNow;
    in.rates = rates({{u"t"_s, 1}});
    in.groups = groups({{u"kcat-readers"_s, {u"rdkafka"_s}, {u"t"_s}},
                        {u"java-billing"_s,
                         {u"consumer-java-billing-1"_s, u"consumer-java-billing-2"_s},
                         {u"t"_s}},
                        {u"console-consumer-4711"_s, {u"console-consumer-4711"_s}, {u"t"_s}},
                        {u"mixed"_s, {u"alpha"_s, u"beta"_s}, {u"t"_s}},
                        {u"by-client"_s, {u"ledger"_s}, {u"t"_s}}});
    const ServiceGraph g = infer(in);
    QCOMPARE(nodeIds(g),
             (QSet<QString>{u"topic:t"_s, u"service:kcat-readers"_s, u"service:java-billing"_s,
                            u"service:console-consumer-4711"_s, u"service:mixed"_s,
                            u"service:ledger"_s}));
}

void TestGraphInference::rewriteRulesRenameServices() {
    auto rules = ServiceNamingRules::defaults();
    rules.rewrites.push_back({u"-(v\\d+|canary)$"_s, u""_s});
    GraphInputs in;
    in.nowMs = kNow;
    in.rates = rates({{u"t"_s, 10}, {u"u"_s, 10}});
    in.samples = {sample(u"t"_s, repeat(10, 100, u"/svc/billing-v2"_s))};
    in.groups = groups({{u"billing-canary"_s, {u"rdkafka"_s}, {u"u"_s}}});
    const ServiceGraph g = infer(in, rules);
    QCOMPARE(nodeIds(g), (QSet<QString>{u"topic:t"_s, u"topic:u"_s, u"service:billing"_s}));
    QVERIFY(g.findEdge(u"service:billing"_s, u"topic:t"_s));
    QVERIFY(g.findEdge(u"topic:u"_s, u"service:billing"_s));
}

void TestGraphInference::namingRulesRoundTripAsText() {
    auto rules = ServiceNamingRules::defaults();
    rules.rewrites.push_back({u"-(v\\d+)$"_s, u""_s});
    rules.rewrites.push_back({u"^team-"_s, u"x-"_s});
    auto parsed = ServiceNamingRules::parse(rules.toText());
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QVERIFY(*parsed == rules);
}

void TestGraphInference::namingRulesRejectBadLines() {
    auto bad = ServiceNamingRules::parse(u"header ce_source\nrewrite ([ => x\n"_s);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.startsWith(u"Line 2"_s), qPrintable(bad.error().message));
    QVERIFY(!ServiceNamingRules::parse(u"colour red\n"_s).ok());
    QVERIFY(!ServiceNamingRules::parse(u"rewrite abc\n"_s).ok());
    QVERIFY(ServiceNamingRules::parse(u"# only a comment\n\n"_s).ok());
}

void TestGraphInference::identityHeaderOrderIsFollowed() {
    SampledRecord r;
    r.headers = {{"app", "from-app"}, {"ce_source", "urn:shop:from-ce"}};
    QCOMPARE(ServiceNamer(ServiceNamingRules::defaults()).producerOf(r.headers),
             QStringLiteral("from-ce"));
    auto rules = ServiceNamingRules::defaults();
    rules.identityHeaders = {u"app"_s, u"ce_source"_s};
    QCOMPARE(ServiceNamer(rules).producerOf(r.headers), QStringLiteral("from-app"));
    // An empty identity header does not name anyone: the next one does.
    r.headers = {{"ce_source", ""}, {"service", "svc"}};
    QCOMPARE(ServiceNamer(ServiceNamingRules::defaults()).producerOf(r.headers),
             QStringLiteral("svc"));
}

void TestGraphInference::unknownProducerCarriesItsShare() {
    GraphInputs in;
    in.nowMs = kNow;
    in.rates = rates({{u"mixed"_s, 100}, {u"anon"_s, 20}});
    auto records = repeat(30, 100, u"billing"_s);
    for (int i = 0; i < 10; ++i)
        records.push_back(record(100, QString(), QString()));
    in.samples = {sample(u"mixed"_s, records),
                  sample(u"anon"_s, {record(50, u"other-header"_s, u"x"_s)})};
    const ServiceGraph g = infer(in);
    QCOMPARE(nodeIds(g), (QSet<QString>{u"topic:mixed"_s, u"topic:anon"_s, u"service:billing"_s,
                                        u"unknown:mixed"_s, u"unknown:anon"_s}));
    const GraphEdge* known = g.findEdge(u"service:billing"_s, u"topic:mixed"_s);
    const GraphEdge* unknown = g.findEdge(u"unknown:mixed"_s, u"topic:mixed"_s);
    QVERIFY(known && unknown);
    QCOMPARE(known->share, 0.75);
    QCOMPARE(unknown->share, 0.25);
    QCOMPARE(known->msgsPerSec, 75.0);
    QCOMPARE(unknown->msgsPerSec, 25.0);
    QCOMPARE(g.findNode(u"unknown:mixed"_s)->unknownShare, 0.25);
    QCOMPARE(g.findNode(u"unknown:anon"_s)->unknownShare, 1.0);
}

void TestGraphInference::groupWithoutMembersIsInactiveEdge() {
    GraphInputs in;
    in.nowMs = kNow;
    in.rates = rates({{u"t"_s, 5}});
    in.groups = groups({{u"sleeper"_s, {}, {u"t"_s}, 42}});
    const ServiceGraph g = infer(in);
    const GraphEdge* e = g.findEdge(u"topic:t"_s, u"service:sleeper"_s);
    QVERIFY(e);
    QVERIFY(e->inactive);
    QVERIFY(e->idle);
    QCOMPARE(e->lag.value_or(-1), qint64(42));
    // Inactive consume edges stay while the group exists, however long.
    GraphAging aging;
    aging.apply(g, kNow, 1000);
    const ServiceGraph later = aging.apply(infer(in), kNow + 3'600'000, 1000);
    QVERIFY(later.findEdge(u"topic:t"_s, u"service:sleeper"_s));
}

void TestGraphInference::stoppedProducerTurnsIdleThenExpires() {
    GraphSettings settings;
    settings.activityWindowMs = 60'000;
    settings.expiryMs = 600'000;
    const ServiceNamer namer(ServiceNamingRules::defaults());
    GraphAging aging;

    GraphInputs in;
    in.rates = rates({{u"t"_s, 10}});
    // The producer's records, all written at kNow - 1 s; then it stops.
    std::vector<SampledRecord> records = repeat(20, 0, u"billing"_s);
    for (auto& r : records)
        r.timestampMs = kNow - 1000;
    in.samples = {sample(u"t"_s, records)};

    in.nowMs = kNow;
    ServiceGraph g =
        aging.apply(inferServiceGraph(in, namer, settings), in.nowMs, settings.expiryMs);
    QVERIFY(!g.findEdge(u"service:billing"_s, u"topic:t"_s)->idle);

    in.nowMs = kNow + 120'000; // past the activity window: idle, 0 msgs/s, still drawn
    in.rates = rates({{u"t"_s, 0}});
    g = aging.apply(inferServiceGraph(in, namer, settings), in.nowMs, settings.expiryMs);
    const GraphEdge* idle = g.findEdge(u"service:billing"_s, u"topic:t"_s);
    QVERIFY(idle);
    QVERIFY(idle->idle);
    QCOMPARE(idle->msgsPerSec, 0.0);
    QVERIFY(g.findNode(u"service:billing"_s));

    in.nowMs = kNow + 602'000; // past the expiry: gone, with its nodes
    g = aging.apply(inferServiceGraph(in, namer, settings), in.nowMs, settings.expiryMs);
    QVERIFY(!g.findEdge(u"service:billing"_s, u"topic:t"_s));
    QVERIFY(!g.findNode(u"service:billing"_s));
    QVERIFY(!g.findNode(u"topic:t"_s));
}

void TestGraphInference::vanishedEdgeStaysIdleUntilExpiry() {
    GraphAging aging;
    GraphInputs in;
    in.nowMs = kNow;
    in.rates = rates({{u"t"_s, 10}});
    in.samples = {sample(u"t"_s, repeat(5, 100, u"old-producer"_s))};
    aging.apply(infer(in), kNow, 600'000);
    // The old producer's records rolled out of the sample: another producer fills it now.
    in.nowMs = kNow + 5000;
    in.samples = {sample(u"t"_s, repeat(5, 100, u"new-producer"_s))};
    ServiceGraph g = aging.apply(infer(in), in.nowMs, 600'000);
    const GraphEdge* old = g.findEdge(u"service:old-producer"_s, u"topic:t"_s);
    QVERIFY(old);
    QVERIFY(old->idle);
    QCOMPARE(old->msgsPerSec, 0.0);
    QVERIFY(!g.findEdge(u"service:new-producer"_s, u"topic:t"_s)->idle);
    in.nowMs = kNow + 700'000; // the new producer still writes; the old one is gone
    for (auto& r : in.samples[0].records)
        r.timestampMs = in.nowMs - 100;
    g = aging.apply(infer(in), in.nowMs, 600'000);
    QVERIFY(!g.findEdge(u"service:old-producer"_s, u"topic:t"_s));
    QVERIFY(g.findEdge(u"service:new-producer"_s, u"topic:t"_s));
}

void TestGraphInference::traceIdsConfirmServiceHops() {
    GraphInputs in;
    in.nowMs = kNow;
    in.rates = rates({{u"orders"_s, 10}, {u"payments"_s, 10}, {u"audit"_s, 10}});
    // payments carry the trace ids of orders, written later; audit shares none.
    in.samples = {sample(u"orders"_s, repeat(10, 2000, u"shop"_s, 1)),
                  sample(u"payments"_s, repeat(10, 1000, u"payment"_s, 1)),
                  sample(u"audit"_s, repeat(10, 1000, u"auditor"_s, 500))};
    in.groups = groups({{u"payment"_s, {u"payment"_s}, {u"orders"_s}},
                        {u"auditor"_s, {u"auditor"_s}, {u"orders"_s}}});
    const ServiceGraph g = infer(in);
    QCOMPARE(g.causalLinks.size(), size_t(1));
    QCOMPARE(g.causalLinks[0].fromTopic, QStringLiteral("orders"));
    QCOMPARE(g.causalLinks[0].toTopic, QStringLiteral("payments"));
    QCOMPARE(g.causalLinks[0].service, QStringLiteral("payment"));
    QCOMPARE(g.causalLinks[0].sharedTraces, 10);
    QVERIFY(g.findEdge(u"topic:orders"_s, u"service:payment"_s)->causalityConfirmed);
    QVERIFY(g.findEdge(u"service:payment"_s, u"topic:payments"_s)->causalityConfirmed);
    QVERIFY(!g.findEdge(u"topic:orders"_s, u"service:auditor"_s)->causalityConfirmed);
    QVERIFY(!g.findEdge(u"service:auditor"_s, u"topic:audit"_s)->causalityConfirmed);

    // Effects before their causes confirm nothing.
    in.samples = {sample(u"orders"_s, repeat(10, 1000, u"shop"_s, 1)),
                  sample(u"payments"_s, repeat(10, 2000, u"payment"_s, 1))};
    QVERIFY(infer(in).causalLinks.empty());
}

void TestGraphInference::jsonHasTheContractFields() {
    GraphInputs in;
    in.nowMs = kNow;
    in.rates = rates({{u"t"_s, 10}});
    auto records = repeat(3, 100, u"billing"_s);
    records.push_back(record(100, QString(), QString()));
    in.samples = {sample(u"t"_s, records)};
    in.groups = groups({{u"ledger"_s, {u"ledger"_s}, {u"t"_s}, 7, LagStatus::Ok, 9}});
    const QJsonDocument doc = QJsonDocument::fromJson(serviceGraphToJson(infer(in)));
    QVERIFY(doc.isObject());
    const QJsonArray nodes = doc.object().value(u"nodes"_s).toArray();
    const QJsonArray edges = doc.object().value(u"edges"_s).toArray();
    QCOMPARE(nodes.size(), 4);
    QCOMPARE(edges.size(), 3);
    QSet<QString> kinds;
    for (const auto& n : nodes) {
        for (const char* field : {"id", "kind", "name"})
            QVERIFY2(n.toObject().contains(QLatin1StringView(field)), field);
        kinds.insert(n.toObject().value(u"kind"_s).toString());
    }
    QCOMPARE(kinds, (QSet<QString>{u"service"_s, u"topic"_s, u"unknown"_s}));
    for (const auto& e : edges) {
        const QJsonObject o = e.toObject();
        for (const char* field : {"from", "to", "kind", "msgs_per_s", "group", "lag", "status"})
            QVERIFY2(o.contains(QLatin1StringView(field)), field);
        if (o.value(u"kind"_s).toString() == u"consume"_s) {
            QCOMPARE(o.value(u"from"_s).toString(), QStringLiteral("topic:t"));
            QCOMPARE(o.value(u"to"_s).toString(), QStringLiteral("service:ledger"));
            QCOMPARE(o.value(u"group"_s).toString(), QStringLiteral("ledger"));
            QCOMPARE(o.value(u"lag"_s).toInt(), 7);
            QCOMPARE(o.value(u"status"_s).toString(), QStringLiteral("OK"));
            QCOMPARE(o.value(u"msgs_per_s"_s).toDouble(), 9.0);
        } else {
            QCOMPARE(o.value(u"kind"_s).toString(), QStringLiteral("produce"));
            QCOMPARE(o.value(u"to"_s).toString(), QStringLiteral("topic:t"));
            QVERIFY(o.value(u"group"_s).isNull());
            QVERIFY(o.value(u"status"_s).isNull());
            const QString from = o.value(u"from"_s).toString();
            QVERIFY(from == u"service:billing"_s || from == u"unknown:t"_s);
            QCOMPARE(o.value(u"msgs_per_s"_s).toDouble(), from == u"unknown:t"_s ? 2.5 : 7.5);
        }
    }
}

void TestGraphInference::dotIsLeftToRight() {
    GraphInputs in;
    in.nowMs = kNow;
    in.rates = rates({{u"t"_s, 10}});
    in.samples = {sample(u"t"_s, repeat(3, 100, u"say \"hi\""_s))};
    const QByteArray dot = serviceGraphToDot(infer(in));
    QVERIFY(dot.startsWith("digraph"));
    QVERIFY(dot.contains("rankdir=LR"));
    QVERIFY(dot.contains("\"service:say \\\"hi\\\"\" -> \"topic:t\""));
    QVERIFY(dot.contains("shape=cylinder"));
}

QTEST_GUILESS_MAIN(TestGraphInference)
#include "tst_graph_inference.moc"
