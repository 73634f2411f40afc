// `streamscope-cli check` against the real broker (issue 11): a seeded simulator run with
// duplicates, reorderings and two versions of one event type is checked, and the findings equal
// the simulator's --json-stats exactly; flow latency equals the delays computed here from the
// records' own timestamps (within 1 ms); hand-made records produced with kcat (same id with
// another payload, one key on two partitions, a field changing type, invalid JSON) give exact
// counts; --fail-on exit codes.
#include "CliRunner.h"
#include "TestCluster.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>

using namespace streamscope;
using Json = nlohmann::json;

namespace {

Json parse(const QString& text) {
    return Json::parse(text.toStdString(), nullptr, false);
}

double nearestRank(std::vector<double> sorted, double p) {
    std::sort(sorted.begin(), sorted.end());
    const auto rank = size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[rank == 0 ? 0 : rank - 1];
}

// One record produced with kcat to one partition, with headers.
bool kcat(const QString& topic, int partition, const QByteArray& key, const QByteArray& value,
          const QStringList& headers) {
    QStringList args = {QStringLiteral("-P"),
                        QStringLiteral("-b"),
                        test::bootstrap(),
                        QStringLiteral("-t"),
                        topic,
                        QStringLiteral("-p"),
                        QString::number(partition),
                        QStringLiteral("-k"),
                        QString::fromUtf8(key)};
    for (const QString& h : headers)
        args << QStringLiteral("-H") << h;
    QProcess process;
    process.start(QStringLiteral("kcat"), args);
    if (!process.waitForStarted(5000))
        return false;
    process.write(value + '\n');
    process.closeWriteChannel();
    return process.waitForFinished(20000) && process.exitCode() == 0;
}

const char* kScenario = R"({
  "name": "checks-truth",
  "seed": 42,
  "defaults": { "duplicate_ratio": 0.05, "out_of_order_ratio": 0.05, "key_space": 20 },
  "topics": [ { "name": "orders", "partitions": 3 }, { "name": "payments", "partitions": 2 } ],
  "event_types": [
    { "name": "order.placed", "version": 1, "fields": { "total": "{money:1:100}" },
      "newer_version": { "version": 2, "share": 0.3,
                         "fields": { "total": "{money:1:100}", "currency": "EUR" } } },
    { "name": "payment.done", "version": 1, "fields": { "order_total": "{cause.total}" } }
  ],
  "services": [
    { "name": "shop",
      "produces": [ { "topic": "orders", "event_type": "order.placed", "rate_per_s": 40 } ] },
    { "name": "pay", "duplicate_ratio": 0, "out_of_order_ratio": 0,
      "consumes": [ { "topic": "orders", "group": "pay", "processing_rate_per_s": 1000,
                      "reacts_with": [ { "event_type": "payment.done", "topic": "payments" } ] } ] }
  ]
})";

} // namespace

class TestChecksTruth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void simulatorTruthEqualsCheck() {
        STREAMSCOPE_REQUIRE_BROKER();
        QTemporaryDir dir;
        const QString scenarioPath = dir.filePath(QStringLiteral("truth.json"));
        QFile file(scenarioPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kScenario);
        file.close();
        const QString suffix = test::uniqueTopicName(QStringLiteral(".ck"));
        const auto sim =
            test::runCli({QStringLiteral("simulate"), QStringLiteral("-b"), test::bootstrap(),
                          QStringLiteral("--scenario"), scenarioPath, QStringLiteral("--duration"),
                          QStringLiteral("8"), QStringLiteral("--name-suffix"), suffix,
                          QStringLiteral("--json-stats")},
                         60000);
        QVERIFY2(sim.exitCode == 0, qPrintable(test::describe(sim)));
        const Json stats = parse(sim.stdOut);
        QVERIFY(stats.is_object());
        QCOMPARE(stats["failed"].get<int>(), 0);
        const int injectedDuplicates = stats["duplicates"].get<int>();
        const int injectedReorders = stats["reordered"].get<int>();
        QVERIFY2(injectedDuplicates > 0 && injectedReorders > 0, sim.stdOut.toUtf8());

        const QString orders = QStringLiteral("orders") + suffix;
        const QString payments = QStringLiteral("payments") + suffix;
        const auto check =
            test::runCli({QStringLiteral("check"), QStringLiteral("-b"), test::bootstrap(),
                          QStringLiteral("--topic"), orders, QStringLiteral("--topic"), payments,
                          QStringLiteral("--json")});
        QVERIFY2(check.exitCode == 0, qPrintable(test::describe(check)));
        const Json report = parse(check.stdOut);
        QVERIFY(report.is_object());
        int delivered = 0;
        for (const auto& topic : stats["topics"])
            delivered += topic["delivered"].get<int>();
        QCOMPARE(report["records"].get<int>(), delivered);
        QCOMPARE(report["duplicates"]["count"].get<int>(), injectedDuplicates);
        QCOMPARE(report["duplicates"]["same_payload"].get<int>(), injectedDuplicates);
        QCOMPARE(report["duplicates"]["different_payload"].get<int>(), 0);
        QCOMPARE(report["order_violations"]["count"].get<int>(), injectedReorders);
        QCOMPARE(report["keys_on_several_partitions"].get<int>(), 0);

        std::map<std::pair<std::string, std::string>, int> injected, found;
        for (const auto& v : stats["versions"])
            injected[{v["type"].get<std::string>(), std::to_string(v["version"].get<int>())}] =
                v["records"].get<int>();
        for (const auto& v : report["versions"])
            found[{v["type"].get<std::string>(), v["version"].get<std::string>()}] =
                v["count"].get<int>();
        QCOMPARE(found, injected);
        QCOMPARE(injected.size(), size_t(3)); // order.placed 1 and 2, payment.done 1
        for (const auto& v : report["versions"])
            if (v["version"] == "2")
                QCOMPARE(v["fields_added"], Json::array({"currency"}));

        // Flow latency from the records themselves: each payment's ce_causationid names the
        // order it followed; the delay is the difference of their timestamps.
        std::map<std::string, qint64> orderTime;
        std::vector<double> delays;
        for (const QString& topic : {orders, payments}) {
            const auto browse = test::runCli({QStringLiteral("browse"), QStringLiteral("-b"),
                                              test::bootstrap(), QStringLiteral("-t"), topic});
            QVERIFY2(browse.exitCode == 0, qPrintable(test::describe(browse)));
            for (const QString& line : browse.stdOut.split(u'\n', Qt::SkipEmptyParts)) {
                const Json record = parse(line);
                const auto& headers = record["headers"];
                const std::string id = headers["ce_id"].get<std::string>();
                const qint64 ts = record["timestamp"].get<qint64>();
                if (topic == orders) {
                    orderTime.emplace(id, ts); // the first copy is the event
                    continue;
                }
                const auto cause = orderTime.find(headers["ce_causationid"].get<std::string>());
                QVERIFY(cause != orderTime.end());
                delays.push_back(double(ts - cause->second));
            }
        }
        QCOMPARE(report["latency"].size(), size_t(1));
        const Json& step = report["latency"][0];
        QCOMPARE(step["from_type"].get<std::string>(), std::string("order.placed"));
        QCOMPARE(step["to_type"].get<std::string>(), std::string("payment.done"));
        QCOMPARE(step["count"].get<size_t>(), delays.size());
        QVERIFY(std::abs(step["p50_ms"].get<double>() - nearestRank(delays, 50)) <= 1.0);
        QVERIFY(std::abs(step["p95_ms"].get<double>() - nearestRank(delays, 95)) <= 1.0);
        QVERIFY(std::abs(step["p99_ms"].get<double>() - nearestRank(delays, 99)) <= 1.0);
        QVERIFY(std::abs(step["max_ms"].get<double>() - nearestRank(delays, 100)) <= 1.0);

        const auto failOn =
            test::runCli({QStringLiteral("check"), QStringLiteral("-b"), test::bootstrap(),
                          QStringLiteral("--topic"), orders, QStringLiteral("--fail-on"),
                          QStringLiteral("duplicates,order")});
        QVERIFY2(failOn.exitCode == 4, qPrintable(test::describe(failOn)));
        QVERIFY(failOn.stdOut.contains(QStringLiteral("duplicates: %1").arg(injectedDuplicates)));
    }

    void handMadeRecordsWithKcat() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString topic = test::uniqueTopicName(QStringLiteral("checks-kcat"));
        QVERIFY(test::createTopic(topic, 2));
        const QString type = QStringLiteral("ce_type=thing.made");
        // Same id, another payload: a real bug, not a retry.
        QVERIFY(kcat(topic, 0, "a", R"({"schema_version":1,"n":1,"seq":1})",
                     {QStringLiteral("ce_id=x1"), type}));
        QVERIFY(kcat(topic, 0, "a", R"({"schema_version":1,"n":2,"seq":2})",
                     {QStringLiteral("ce_id=x1"), type}));
        // Key "a" on a second partition, going back in seq there only relative to partition 0.
        QVERIFY(kcat(topic, 1, "a", R"({"schema_version":1,"n":3,"seq":0})",
                     {QStringLiteral("ce_id=x2"), type}));
        // Version 2: n becomes a string.
        QVERIFY(kcat(topic, 0, "b", R"({"schema_version":2,"n":"four","seq":5})",
                     {QStringLiteral("ce_id=x3"), type}));
        QVERIFY(kcat(topic, 0, "b", R"({"schema_version":2,"n":"five","seq":4})",
                     {QStringLiteral("ce_id=x4"), type}));
        // Invalid JSON among JSON records.
        QVERIFY(
            kcat(topic, 1, "c", R"({"schema_version":2,"n":)", {QStringLiteral("ce_id=x5"), type}));

        const auto check =
            test::runCli({QStringLiteral("check"), QStringLiteral("-b"), test::bootstrap(),
                          QStringLiteral("--topic"), topic, QStringLiteral("--json")});
        QVERIFY2(check.exitCode == 0, qPrintable(test::describe(check)));
        const Json report = parse(check.stdOut);
        QCOMPARE(report["records"].get<int>(), 6);
        QCOMPARE(report["duplicates"]["count"].get<int>(), 1);
        QCOMPARE(report["duplicates"]["different_payload"].get<int>(), 1);
        QCOMPARE(report["duplicates"]["same_payload"].get<int>(), 0);
        QCOMPARE(report["order_violations"]["count"].get<int>(), 1);  // b: 4 after 5
        QCOMPARE(report["keys_on_several_partitions"].get<int>(), 1); // a
        QCOMPARE(report["malformed"]["invalid_json"].get<int>(), 1);
        bool sawV2 = false;
        for (const auto& v : report["versions"]) {
            if (v["version"] != "2")
                continue;
            sawV2 = true;
            QCOMPARE(v["count"].get<int>(), 2); // the invalid record has no readable version
            QCOMPARE(v["fields_changed_type"], Json::array({"n: number -> string"}));
        }
        QVERIFY(sawV2);

        auto exitOf = [&](const QString& failOn) {
            return test::runCli({QStringLiteral("check"), QStringLiteral("-b"), test::bootstrap(),
                                 QStringLiteral("--topic"), topic, QStringLiteral("--fail-on"),
                                 failOn})
                .exitCode;
        };
        QCOMPARE(exitOf(QStringLiteral("duplicates")), 4);
        QCOMPARE(exitOf(QStringLiteral("malformed")), 4);
        QCOMPARE(exitOf(QStringLiteral("latency")), 0); // no traces: nothing incomplete
        QCOMPARE(exitOf(QStringLiteral("bogus")), 2);
        const auto missing =
            test::runCli({QStringLiteral("check"), QStringLiteral("-b"), test::bootstrap(),
                          QStringLiteral("--topic"), topic + QStringLiteral("-missing")});
        QCOMPARE(missing.exitCode, 1);
        test::deleteTopic(topic);
    }
};

QTEST_GUILESS_MAIN(TestChecksTruth)
#include "tst_checks_truth.moc"
