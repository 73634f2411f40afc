// The traffic simulator: scenario parsing (no broker), then the demo scenario against the real
// broker, checked from outside the simulator (end offsets, committed offsets, group listing,
// records read back), never through its own counters.
#include "CliRunner.h"
#include "TestCluster.h"
#include "kafka/KafkaClient.h"
#include "kafka/RdHandles.h"
#include "sim/EventFactory.h"
#include "sim/ScenarioCatalog.h"
#include "sim/ScenarioParser.h"
#include "sim/ScenarioRates.h"
#include "sim/Simulator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>
#include <QtTest>

#include <chrono>
#include <thread>

using namespace streamscope;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kTimeoutMs = 10000;

// A small valid scenario; tests break one thing at a time.
QByteArray miniScenario() {
    return R"({
  "name": "mini",
  "topics": [ { "name": "t1", "partitions": 2 } ],
  "event_types": [ { "name": "com.example.thing", "version": 2,
                     "fields": { "n": "{int:1:4}", "label": "x-{seq}" } } ],
  "services": [
    { "name": "s1",
      "produces": [ { "topic": "t1", "event_type": "com.example.thing", "rate_per_s": 5 } ] }
  ]
})";
}

QString parseError(const QByteArray& json) {
    auto scenario = sim::parseScenario(json, QStringLiteral("test.json"));
    return scenario ? QString() : scenario.error().message;
}

QByteArray replaced(QByteArray json, const char* before, const char* after) {
    const QByteArray from(before);
    Q_ASSERT(json.contains(from));
    return json.replace(from, QByteArray(after));
}

std::vector<OffsetQuery> allPartitions(const QString& topic, int partitions) {
    std::vector<OffsetQuery> queries;
    for (int p = 0; p < partitions; ++p)
        queries.push_back(OffsetQuery{topic, p, kLatestOffsetQuery});
    return queries;
}

// End offsets of every partition; a partition whose answer failed (a transient leader error on
// a loaded machine) is asked again, and stays -1 only if it keeps failing.
std::vector<qint64> endOffsets(KafkaClient& client, const QString& topic, int partitions) {
    std::vector<qint64> ends;
    for (int attempt = 0; attempt < 3; ++attempt) {
        ends.clear();
        auto answers = client.queryOffsets(allPartitions(topic, partitions), kTimeoutMs);
        bool complete = answers.ok();
        if (answers) {
            for (const auto& a : *answers) {
                ends.push_back(a.offset);
                complete = complete && a.offset >= 0;
            }
        }
        if (complete)
            break;
        std::this_thread::sleep_for(100ms);
    }
    return ends;
}

// Sum of offsets; -1 (and a failed test) when one of them is unknown, so a failed offset query
// never passes for a low reading.
qint64 sum(const std::vector<qint64>& values) {
    qint64 total = 0;
    for (qint64 v : values) {
        if (v < 0) {
            qWarning("unknown offset in a reading");
            return -1;
        }
        total += v;
    }
    return values.empty() ? -1 : total;
}

// Records a group has processed: a partition without a committed offset counts as 0 (the
// simulator's topics start at offset 0).
qint64 sumCommitted(const std::vector<qint64>& committed) {
    qint64 total = 0;
    for (qint64 v : committed)
        total += std::max<qint64>(0, v);
    return total;
}

// Committed offsets of a group, read with an OffsetFetch (the reader does not join the group).
std::vector<qint64> committedOffsets(const QString& group, const QString& topic, int partitions) {
    auto reader = KafkaClient::create(test::brokerProfile(), KafkaClient::Kind::Consumer,
                                      {{QStringLiteral("group.id"), group}});
    std::vector<qint64> offsets;
    if (!reader)
        return offsets;
    rd::PartitionList list(rd_kafka_topic_partition_list_new(partitions));
    for (int p = 0; p < partitions; ++p)
        rd_kafka_topic_partition_list_add(list.get(), topic.toUtf8().constData(), p);
    if (rd_kafka_committed((*reader)->handle(), list.get(), kTimeoutMs) !=
        RD_KAFKA_RESP_ERR_NO_ERROR)
        return offsets;
    for (int i = 0; i < list->cnt; ++i)
        offsets.push_back(list->elems[i].offset);
    return offsets;
}

// Group id -> state, from the ListConsumerGroups admin API.
QHash<QString, rd_kafka_consumer_group_state_t> listGroups(KafkaClient& client) {
    QHash<QString, rd_kafka_consumer_group_state_t> groups;
    rd_kafka_t* rk = client.handle();
    rd::Queue queue(rd_kafka_queue_new(rk));
    rd::AdminOptions options(rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS));
    rd_kafka_ListConsumerGroups(rk, options.get(), queue.get());
    rd::Event event(rd_kafka_queue_poll(queue.get(), kTimeoutMs));
    if (!event || rd_kafka_event_error(event.get()))
        return groups;
    size_t count = 0;
    const auto* listings = rd_kafka_ListConsumerGroups_result_valid(
        rd_kafka_event_ListConsumerGroups_result(event.get()), &count);
    for (size_t i = 0; i < count; ++i)
        groups.insert(QString::fromUtf8(rd_kafka_ConsumerGroupListing_group_id(listings[i])),
                      rd_kafka_ConsumerGroupListing_state(listings[i]));
    return groups;
}

void deleteGroups(KafkaClient& client, const QStringList& names) {
    using DeleteGroup =
        std::unique_ptr<rd_kafka_DeleteGroup_t, rd::Deleter<rd_kafka_DeleteGroup_destroy>>;
    rd_kafka_t* rk = client.handle();
    std::vector<DeleteGroup> owned;
    std::vector<rd_kafka_DeleteGroup_t*> raw;
    for (const auto& name : names) {
        owned.emplace_back(rd_kafka_DeleteGroup_new(name.toUtf8().constData()));
        raw.push_back(owned.back().get());
    }
    rd::Queue queue(rd_kafka_queue_new(rk));
    rd::AdminOptions options(rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_DELETEGROUPS));
    rd_kafka_DeleteGroups(rk, raw.data(), raw.size(), options.get(), queue.get());
    rd::Event event(rd_kafka_queue_poll(queue.get(), kTimeoutMs));
}

struct ReadRecord {
    QByteArray key;
    QByteArray value;
    QHash<QByteArray, QByteArray> headers;
};

// Reads a topic from the beginning without a group, up to max records or the end.
std::vector<ReadRecord> readRecords(const QString& topic, int partitions, int max) {
    std::vector<ReadRecord> records;
    auto reader =
        KafkaClient::create(test::brokerProfile(), KafkaClient::Kind::Consumer,
                            {{QStringLiteral("group.id"), QStringLiteral("tst-simulator-reader")},
                             {QStringLiteral("enable.partition.eof"), QStringLiteral("true")},
                             {QStringLiteral("enable.auto.commit"), QStringLiteral("false")}});
    if (!reader)
        return records;
    rd_kafka_t* rk = (*reader)->handle();
    rd_kafka_poll_set_consumer(rk);
    rd::PartitionList list(rd_kafka_topic_partition_list_new(partitions));
    for (int p = 0; p < partitions; ++p)
        rd_kafka_topic_partition_list_add(list.get(), topic.toUtf8().constData(), p)->offset =
            RD_KAFKA_OFFSET_BEGINNING;
    rd_kafka_assign(rk, list.get());
    int partitionsAtEnd = 0;
    QElapsedTimer timer;
    timer.start();
    while (static_cast<int>(records.size()) < max && partitionsAtEnd < partitions &&
           timer.elapsed() < kTimeoutMs) {
        rd::Message message(rd_kafka_consumer_poll(rk, 100));
        if (!message)
            continue;
        if (message->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            ++partitionsAtEnd;
            continue;
        }
        if (message->err)
            continue;
        ReadRecord record;
        record.key = QByteArray(static_cast<const char*>(message->key),
                                static_cast<qsizetype>(message->key_len));
        record.value = QByteArray(static_cast<const char*>(message->payload),
                                  static_cast<qsizetype>(message->len));
        rd_kafka_headers_t* headers = nullptr;
        if (rd_kafka_message_headers(message.get(), &headers) == RD_KAFKA_RESP_ERR_NO_ERROR) {
            const char* name = nullptr;
            const void* value = nullptr;
            size_t size = 0;
            for (size_t i = 0; !rd_kafka_header_get_all(headers, i, &name, &value, &size); ++i)
                record.headers.insert(QByteArray(name), QByteArray(static_cast<const char*>(value),
                                                                   static_cast<qsizetype>(size)));
        }
        records.push_back(std::move(record));
    }
    rd_kafka_assign(rk, nullptr);
    return records;
}

using test::cliPath;
using test::CliResult;
using test::runCli;

QByteArray traceIdOf(const ReadRecord& record) {
    return record.headers.value("traceparent").mid(3, 32);
}

} // namespace

class TestSimulator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoScenarioParses();
    void malformedJsonNamesThePosition();
    void missingFieldNamesThePath();
    void invalidValuesNameTheProblem_data();
    void invalidValuesNameTheProblem();
    void unknownScenarioNameIsAnError();
    void ratesFollowTheChoreography();
    void eventsAreCloudEvents();
    void unreachableBrokerFailsFast();
    void demoRunsAtDeclaredRates();
    void cliReportsErrors();
    void cliStopsCleanlyOnSigterm();
    void cleanupTestCase();

private:
    QStringList m_topicsToDelete;
    QStringList m_groupsToDelete;
};

void TestSimulator::demoScenarioParses() {
    QVERIFY(sim::builtinScenarioNames().contains(QStringLiteral("demo")));
    auto scenario = sim::loadScenario(QStringLiteral("demo"));
    QVERIFY2(scenario, qPrintable(scenario ? QString() : scenario.error().message));
    QCOMPARE(scenario->topics.size(), size_t(6));
    QVERIFY(scenario->services.size() >= 6);
    int stalled = 0;
    for (const auto& service : scenario->services) {
        for (const auto& consume : service.consumes)
            stalled += consume.stalled() ? 1 : 0;
    }
    QCOMPARE(stalled, 1);
    for (const auto& topic : scenario->topics)
        QVERIFY(topic.partitions >= 3 && topic.partitions <= 6);
}

void TestSimulator::malformedJsonNamesThePosition() {
    const QString error = parseError("{\n  \"name\": \"x\",\n  \"topics\": [ }\n}");
    QVERIFY2(error.startsWith(QStringLiteral("test.json: ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("line 3")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral("json.exception")), qPrintable(error));
}

void TestSimulator::missingFieldNamesThePath() {
    QVERIFY(parseError(miniScenario()).isEmpty());
    const QString error = parseError(replaced(miniScenario(), R"(, "rate_per_s": 5)", ""));
    QVERIFY2(error.contains(QStringLiteral("services[0].produces[0].rate_per_s")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));

    const QString noName = parseError(replaced(miniScenario(), R"("name": "mini",)", ""));
    QVERIFY2(noName.contains(QStringLiteral("name: required field is missing")),
             qPrintable(noName));
}

void TestSimulator::invalidValuesNameTheProblem_data() {
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown topic")
        << QByteArray(R"("topic": "t1")") << QByteArray(R"("topic": "t2")")
        << QStringLiteral("services[0].produces[0].topic: unknown topic \"t2\"");
    QTest::newRow("typo") << QByteArray(R"("rate_per_s")") << QByteArray(R"("rate_per_sec")")
                          << QStringLiteral("services[0].produces[0].rate_per_sec: unknown field");
    QTest::newRow("wrong type") << QByteArray(R"("partitions": 2)")
                                << QByteArray(R"("partitions": "two")")
                                << QStringLiteral("topics[0].partitions: expected a number");
    QTest::newRow("bad template") << QByteArray("{int:1:4}") << QByteArray("{integer:1:4}")
                                  << QStringLiteral("event_types[0].fields.n: unknown placeholder");
    QTest::newRow("negative rate")
        << QByteArray(R"("rate_per_s": 5)") << QByteArray(R"("rate_per_s": -1)")
        << QStringLiteral("rate_per_s: must be between");
}

void TestSimulator::invalidValuesNameTheProblem() {
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, expected);
    const QString error =
        parseError(replaced(miniScenario(), before.constData(), after.constData()));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestSimulator::unknownScenarioNameIsAnError() {
    auto unknown = sim::loadScenario(QStringLiteral("no-such-scenario"));
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().message.contains(QStringLiteral("unknown scenario")),
             qPrintable(unknown.error().message));
    QVERIFY(unknown.error().message.contains(QStringLiteral("demo")));
    auto missingFile = sim::loadScenario(QStringLiteral("/nonexistent/scenario.json"));
    QVERIFY(!missingFile);
    QVERIFY2(missingFile.error().message.contains(QStringLiteral("/nonexistent/scenario.json")),
             qPrintable(missingFile.error().message));
}

void TestSimulator::ratesFollowTheChoreography() {
    auto scenario = sim::loadScenario(QStringLiteral("demo"));
    QVERIFY(scenario);
    const sim::ScenarioRates rates = sim::computeScenarioRates(*scenario);
    double total = 0;
    for (double rate : rates.topicRecordsPerSecond)
        total += rate;
    QVERIFY2(total >= 200 && total <= 500, qPrintable(QString::number(total)));
    for (const auto& service : scenario->services) {
        for (const auto& consume : service.consumes) {
            const double input = rates.topicRecordsPerSecond.value(consume.topic);
            QVERIFY(input > 0); // every consumed topic carries traffic
        }
    }
    // One group falls behind: it processes less than its topic receives.
    QVERIFY(rates.groupRecordsPerSecond.value(QStringLiteral("notification-service")) <
            rates.topicRecordsPerSecond.value(QStringLiteral("shop.shipments")) * 0.8);
    QCOMPARE(rates.groupRecordsPerSecond.value(QStringLiteral("analytics-fraud-scoring")), 0.0);
}

void TestSimulator::eventsAreCloudEvents() {
    auto scenario = sim::parseScenario(
        R"({"name":"m","topics":[{"name":"t","partitions":1}],
            "event_types":[{"name":"com.example.paid","version":4,"key_field":"customer_id",
              "fields":{"amount":"{cause.total}","items":"{cause.items}","n":"{int:2:2}",
                        "ref":"R-{int:7:7}","flag":true}}],
            "services":[{"name":"pay","produces":[{"topic":"t","event_type":"com.example.paid",
                                                   "rate_per_s":1}]}]})",
        QStringLiteral("inline"));
    QVERIFY2(scenario, qPrintable(scenario ? QString() : scenario.error().message));
    sim::EventFactory factory(QStringLiteral("pay"), 1);
    const QByteArray traceId = QByteArray(32, 'a');
    const ProducerRecord record =
        factory.build(sim::EventRequest{&scenario->eventTypes.front(),
                                        "cust-7",
                                        3,
                                        traceId,
                                        R"({"total": 12.5, "items": [1, 2]})",
                                        {}},
                      "t");
    QHash<QByteArray, QByteArray> headers;
    for (const auto& h : record.headers)
        headers.insert(h.name, h.value);
    QCOMPARE(headers.value("ce_source"), QByteArray("pay"));
    QCOMPARE(headers.value("ce_type"), QByteArray("com.example.paid"));
    QCOMPARE(headers.value("ce_specversion"), QByteArray("1.0"));
    QCOMPARE(headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(headers.value("ce_id").size(), 36);
    QVERIFY(headers.value("traceparent").startsWith(QByteArray("00-" + traceId + "-")));
    QCOMPARE(record.key, QByteArray("cust-7"));

    const QJsonObject payload = QJsonDocument::fromJson(record.value).object();
    QCOMPARE(payload.value(QStringLiteral("schema_version")).toInt(), 4);
    QCOMPARE(payload.value(QStringLiteral("id")).toString().toUtf8(), headers.value("ce_id"));
    QCOMPARE(payload.value(QStringLiteral("seq")).toInt(), 3);
    QCOMPARE(payload.value(QStringLiteral("customer_id")).toString(), QStringLiteral("cust-7"));
    QCOMPARE(payload.value(QStringLiteral("amount")).toDouble(), 12.5);
    QCOMPARE(payload.value(QStringLiteral("items")).toArray().size(), 2);
    QCOMPARE(payload.value(QStringLiteral("n")).toInt(), 2);
    QCOMPARE(payload.value(QStringLiteral("ref")).toString(), QStringLiteral("R-7"));
    QCOMPARE(payload.value(QStringLiteral("flag")).toBool(), true);
}

void TestSimulator::unreachableBrokerFailsFast() {
    auto scenario = sim::parseScenario(miniScenario(), QStringLiteral("mini"));
    QVERIFY(scenario);
    sim::SimulatorOptions options;
    options.profile.bootstrapServers = QStringLiteral("127.0.0.1:1");
    sim::Simulator simulator(std::move(*scenario), options);
    QElapsedTimer timer;
    timer.start();
    const Status status = simulator.start();
    QVERIFY(!status);
    QVERIFY2(status.error().message.contains(QStringLiteral("127.0.0.1:1")),
             qPrintable(status.error().message));
    QVERIFY2(timer.elapsed() < 12000, qPrintable(QString::number(timer.elapsed())));
}

void TestSimulator::demoRunsAtDeclaredRates() {
    STREAMSCOPE_REQUIRE_BROKER();
    auto scenario = sim::loadScenario(QStringLiteral("demo"));
    QVERIFY(scenario);
    const sim::ScenarioRates rates = sim::computeScenarioRates(*scenario);
    sim::SimulatorOptions options;
    options.profile = test::brokerProfile();
    options.nameSuffix = QStringLiteral("-tst%1-%2")
                             .arg(QDateTime::currentMSecsSinceEpoch())
                             .arg(QRandomGenerator::global()->bounded(100000));
    options.seed = 7;
    sim::Simulator simulator(*scenario, options);
    for (const auto& topic : scenario->topics)
        m_topicsToDelete.append(simulator.topicName(topic.name));
    for (const auto& service : scenario->services) {
        for (const auto& consume : service.consumes)
            m_groupsToDelete.append(simulator.groupName(consume.group));
    }

    const Status started = simulator.start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    const auto startedAt = Clock::now();

    auto client = KafkaClient::create(test::brokerProfile());
    QVERIFY(client);
    KafkaClient& admin = **client;

    // Every topic exists with the declared partition count.
    auto metadata = admin.fetchTopicMetadata(m_topicsToDelete, kTimeoutMs);
    QVERIFY(metadata);
    for (const auto& topic : scenario->topics) {
        const TopicInfo* info = metadata->findTopic(simulator.topicName(topic.name));
        QVERIFY2(info, qPrintable(topic.name));
        QCOMPARE(static_cast<int>(info->partitions.size()), topic.partitions);
    }

    const QString payments = simulator.topicName(QStringLiteral("shop.payments"));
    const QString shipments = simulator.topicName(QStringLiteral("shop.shipments"));
    const QString stalledGroup = simulator.groupName(QStringLiteral("analytics-fraud-scoring"));
    const QString behindGroup = simulator.groupName(QStringLiteral("notification-service"));
    const QString keepsUpGroup = simulator.groupName(QStringLiteral("payment-service"));
    const QString orders = simulator.topicName(QStringLiteral("shop.orders"));

    // The stalled group commits once, after its first records.
    QElapsedTimer waitForStall;
    waitForStall.start();
    auto stalledPaused = [&] {
        for (const auto& g : simulator.stats().groups) {
            if (g.name == stalledGroup)
                return g.paused;
        }
        return false;
    };
    while (!stalledPaused() && waitForStall.elapsed() < 9000)
        std::this_thread::sleep_for(100ms);
    QVERIFY2(stalledPaused(), "the stalled group never made its one commit");

    // First reading once every group has joined and the follow-up chain is flowing.
    std::this_thread::sleep_until(std::max(Clock::now(), startedAt + 5s));
    // When each topic's offsets were read (the middle of its request): on a busy machine one
    // request can take seconds, so one clock reading for all topics would skew their rates.
    QHash<QString, Clock::time_point> readAt;
    QHash<QString, double> readWindow; // seconds between a topic's first and second reading
    auto readAll = [&] {
        QHash<QString, qint64> ends;
        for (const auto& topic : scenario->topics) {
            const auto before = Clock::now();
            ends.insert(topic.name,
                        sum(endOffsets(admin, simulator.topicName(topic.name), topic.partitions)));
            const auto at = before + (Clock::now() - before) / 2;
            if (readAt.contains(topic.name) && !readWindow.contains(topic.name))
                readWindow.insert(
                    topic.name,
                    std::chrono::duration<double>(at - readAt.value(topic.name)).count());
            readAt.insert(topic.name, at);
        }
        return ends;
    };
    const auto firstEnds = readAll();
    const auto stalledFirst = committedOffsets(stalledGroup, payments, 4);
    const auto behindFirst = committedOffsets(behindGroup, shipments, 3);
    const qint64 shipmentsFirst = sum(endOffsets(admin, shipments, 3));

    std::this_thread::sleep_until(startedAt + 12s);
    const auto secondEnds = readAll();
    const auto stalledSecond = committedOffsets(stalledGroup, payments, 4);
    const auto behindSecond = committedOffsets(behindGroup, shipments, 3);
    const qint64 shipmentsSecond = sum(endOffsets(admin, shipments, 3));
    const auto keepsUpCommitted = committedOffsets(keepsUpGroup, orders, 6);
    const qint64 ordersEnd = sum(endOffsets(admin, orders, 6));
    const auto groups = listGroups(admin);

    QElapsedTimer stopTimer;
    stopTimer.start();
    simulator.stop();
    const qint64 stopMs = stopTimer.elapsed();
    const double runSeconds = static_cast<double>(simulator.stats().elapsedMs) / 1000.0;
    const auto finalEnds = readAll();

    // The engine stops quickly.
    qInfo("stop took %lld ms after %.1f s", stopMs, runSeconds);
    QVERIFY2(stopMs < 2000, qPrintable(QStringLiteral("stop took %1 ms").arg(stopMs)));

    // Steady-state rates between the two readings, within 15% of the scenario's.
    for (const auto& topic : scenario->topics) {
        const double window = readWindow.value(topic.name);
        const double expected = rates.topicRecordsPerSecond.value(topic.name);
        const double measured =
            static_cast<double>(secondEnds.value(topic.name) - firstEnds.value(topic.name)) /
            window;
        qInfo("%-20s %6.1f/s (expected %6.1f/s; %lld -> %lld records)", qPrintable(topic.name),
              measured, expected, firstEnds.value(topic.name), secondEnds.value(topic.name));
        QVERIFY(firstEnds.value(topic.name) >= 0 && secondEnds.value(topic.name) >= 0);
        QVERIFY2(std::abs(measured - expected) <= 0.15 * expected,
                 qPrintable(QStringLiteral("%1: %2/s, expected %3/s")
                                .arg(topic.name)
                                .arg(measured)
                                .arg(expected)));
    }
    // Topics written only by paced producers hold rate x elapsed records from the first second.
    for (const auto& topic : scenario->topics) {
        const double paced = rates.topicPacedRecordsPerSecond.value(topic.name);
        if (paced <= 0 || paced != rates.topicRecordsPerSecond.value(topic.name))
            continue;
        const double expected = paced * runSeconds;
        const auto count = static_cast<double>(finalEnds.value(topic.name));
        QVERIFY2(std::abs(count - expected) <= 0.15 * expected,
                 qPrintable(QStringLiteral("%1: %2 records in %3 s, expected %4")
                                .arg(topic.name)
                                .arg(count)
                                .arg(runSeconds)
                                .arg(expected)));
    }

    // Every group exists; the stalled one is still a live member (Stable), not gone.
    for (const auto& group : m_groupsToDelete)
        QVERIFY2(groups.contains(group), qPrintable(group));
    QCOMPARE(groups.value(stalledGroup), RD_KAFKA_CONSUMER_GROUP_STATE_STABLE);

    // The stalled group's committed offsets are frozen while its topic grows.
    QCOMPARE(stalledFirst.size(), size_t(4));
    for (qint64 offset : stalledFirst)
        QVERIFY2(offset >= 0, "the stalled group has a committed offset on every partition");
    QCOMPARE(stalledSecond, stalledFirst);
    QVERIFY(secondEnds.value(QStringLiteral("shop.payments")) >
            firstEnds.value(QStringLiteral("shop.payments")) + 100);

    // The group that falls behind: its lag grows. The one that keeps up: little lag.
    const qint64 behindLagFirst = shipmentsFirst - sumCommitted(behindFirst);
    const qint64 behindLagSecond = shipmentsSecond - sumCommitted(behindSecond);
    QVERIFY2(behindLagSecond > behindLagFirst + 50,
             qPrintable(QStringLiteral("lag %1 -> %2").arg(behindLagFirst).arg(behindLagSecond)));
    QVERIFY2(sumCommitted(behindSecond) > sumCommitted(behindFirst),
             "the slow group still makes progress");
    const qint64 keepsUpLag = ordersEnd - sumCommitted(keepsUpCommitted);
    QVERIFY2(keepsUpLag < 3 * rates.topicRecordsPerSecond.value(QStringLiteral("shop.orders")),
             qPrintable(QStringLiteral("payment-service lag %1").arg(keepsUpLag)));

    // Records carry CloudEvents binary-mode headers, a traceparent and versioned JSON.
    QSet<QString> services;
    for (const auto& service : scenario->services)
        services.insert(service.name);
    static const QRegularExpression traceparent(
        QStringLiteral("^00-[0-9a-f]{32}-[0-9a-f]{16}-01$"));
    for (const auto& topic : scenario->topics) {
        const auto records = readRecords(simulator.topicName(topic.name), topic.partitions, 5);
        QVERIFY2(!records.empty(), qPrintable(topic.name));
        for (const auto& record : records) {
            QVERIFY(services.contains(QString::fromUtf8(record.headers.value("ce_source"))));
            const auto* type =
                scenario->findEventType(QString::fromUtf8(record.headers.value("ce_type")));
            QVERIFY2(type, record.headers.value("ce_type").constData());
            QCOMPARE(record.headers.value("ce_specversion"), QByteArray("1.0"));
            QCOMPARE(record.headers.value("ce_id").size(), 36);
            QVERIFY(traceparent.match(QString::fromLatin1(record.headers.value("traceparent")))
                        .hasMatch());
            const QJsonObject payload = QJsonDocument::fromJson(record.value).object();
            QCOMPARE(payload.value(QStringLiteral("schema_version")).toInt(), type->version);
            QCOMPARE(payload.value(QStringLiteral("id")).toString().toUtf8(),
                     record.headers.value("ce_id"));
            QCOMPARE(payload.value(type->keyField).toString().toUtf8(), record.key);
        }
    }

    // Follow-ups continue the trace of the event that caused them.
    QSet<QByteArray> orderTraces;
    for (const auto& record : readRecords(orders, 6, 100000))
        orderTraces.insert(traceIdOf(record));
    const auto paymentRecords = readRecords(payments, 4, 50);
    QVERIFY(!paymentRecords.empty());
    for (const auto& record : paymentRecords)
        QVERIFY2(orderTraces.contains(traceIdOf(record)), traceIdOf(record).constData());
}

void TestSimulator::cliReportsErrors() {
    if (!QFileInfo::exists(cliPath()))
        QFAIL("streamscope-cli is not built next to this test (set STREAMSCOPE_CLI)");
    const QString bootstrap =
        test::bootstrap().isEmpty() ? QStringLiteral("127.0.0.1:9") : test::bootstrap();

    const CliResult unknown = runCli({QStringLiteral("simulate"), QStringLiteral("-b"), bootstrap,
                                      QStringLiteral("--scenario"), QStringLiteral("nope")});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY2(unknown.stdErr.contains(QStringLiteral("unknown scenario \"nope\"")),
             qPrintable(unknown.stdErr));

    QTemporaryFile bad;
    QVERIFY(bad.open());
    bad.write("{\n  \"name\": \"x\",\n  \"topics\": [ }\n");
    bad.close();
    const CliResult malformed = runCli({QStringLiteral("simulate"), QStringLiteral("-b"), bootstrap,
                                        QStringLiteral("--scenario"), bad.fileName()});
    QVERIFY(malformed.exitCode != 0);
    QVERIFY2(malformed.stdErr.contains(QStringLiteral("line 3, column")),
             qPrintable(malformed.stdErr));

    const CliResult unreachable =
        runCli({QStringLiteral("simulate"), QStringLiteral("-b"), QStringLiteral("127.0.0.1:1"),
                QStringLiteral("--duration"), QStringLiteral("5")});
    QVERIFY(unreachable.exitCode != 0);
    QVERIFY2(unreachable.stdErr.contains(QStringLiteral("cannot reach 127.0.0.1:1")),
             qPrintable(unreachable.stdErr));
    QVERIFY(unreachable.elapsedMs < 12000);
}

void TestSimulator::cliStopsCleanlyOnSigterm() {
    STREAMSCOPE_REQUIRE_BROKER();
    if (!QFileInfo::exists(cliPath()))
        QFAIL("streamscope-cli is not built next to this test (set STREAMSCOPE_CLI)");
    auto scenario = sim::loadScenario(QStringLiteral("demo"));
    QVERIFY(scenario);
    const QString suffix = QStringLiteral("-tstcli%1-%2")
                               .arg(QDateTime::currentMSecsSinceEpoch())
                               .arg(QRandomGenerator::global()->bounded(100000));
    for (const auto& topic : scenario->topics)
        m_topicsToDelete.append(topic.name + suffix);
    for (const auto& service : scenario->services) {
        for (const auto& consume : service.consumes)
            m_groupsToDelete.append(consume.group + suffix);
    }

    // No --duration: runs until the signal.
    QProcess process;
    process.start(cliPath(),
                  {QStringLiteral("simulate"), QStringLiteral("-b"), test::bootstrap(),
                   QStringLiteral("--name-suffix"), suffix, QStringLiteral("--json-stats"),
                   QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY(process.waitForStarted());
    QVERIFY(!process.waitForFinished(5000)); // still running after 5 s
    QElapsedTimer stopTimer;
    stopTimer.start();
    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(5000));
    QVERIFY2(stopTimer.elapsed() < 3000, qPrintable(QString::number(stopTimer.elapsed())));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);

    const QJsonObject stats = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(stats.value(QStringLiteral("seed")).toInteger(), 5);
    const QJsonArray topics = stats.value(QStringLiteral("topics")).toArray();
    QCOMPARE(topics.size(), static_cast<qsizetype>(scenario->topics.size()));
    for (const auto& topic : topics) {
        const QJsonObject t = topic.toObject();
        QVERIFY2(t.value(QStringLiteral("name")).toString().endsWith(suffix),
                 qPrintable(t.value(QStringLiteral("name")).toString()));
        QVERIFY2(t.value(QStringLiteral("delivered")).toInteger() > 0,
                 qPrintable(t.value(QStringLiteral("name")).toString()));
        QCOMPARE(t.value(QStringLiteral("failed")).toInteger(), 0);
    }
}

void TestSimulator::cleanupTestCase() {
    if (m_topicsToDelete.isEmpty() || test::bootstrap().isEmpty())
        return;
    auto client = KafkaClient::create(test::brokerProfile());
    if (!client)
        return;
    (*client)->deleteTopics(m_topicsToDelete, kTimeoutMs);
    deleteGroups(**client, m_groupsToDelete);
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
