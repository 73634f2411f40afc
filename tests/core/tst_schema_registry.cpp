// Schema Registry payloads (issue 15) end to end: records encoded by Apache Avro's own Python
// library and by protobuf's Python runtime (tests/scripts/schema_produce.py), registered in the
// real registry of scripts/registry.sh and produced to the real broker, read back through
// `streamscope-cli browse --schema-registry`: every decoded value equals the encoder's input
// (primitive, nested, array, map, union, enum, logical types, a referenced named type, two
// versions of one subject on one topic; Protobuf's canonical JSON). The filter on the decoded
// value, framed bytes that do not decode, unknown ids and a dead registry (raw bytes + reason).
// `check --schema-registry`: the checks run on the decoded values and count versions per
// registered schema (type = record / message name, version = the subject's version, schema_id).
// Needs STREAMSCOPE_SCHEMA_REGISTRY (skips without it) and STREAMSCOPE_BOOTSTRAP.
#include "CliRunner.h"
#include "SchemaTestRegistry.h"
#include "TestCluster.h"
#include "schema/WireFormat.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <map>
#include <set>

using namespace streamscope;
using nlohmann::json;

namespace {

// Equal JSON, with floating-point numbers equal to float precision (Avro floats are 32-bit;
// Python hands the encoder's input back as doubles).
bool sameJson(const json& a, const json& b, QString* where, const QString& path = QString()) {
    if (a.is_number() && b.is_number() && (a.is_number_float() || b.is_number_float())) {
        const double x = a.get<double>();
        const double y = b.get<double>();
        if (std::abs(x - y) <= 1e-6 * std::max(1.0, std::abs(x)))
            return true;
    } else if (a.is_object() && b.is_object() && a.size() == b.size()) {
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!b.contains(it.key()) || !sameJson(it.value(), b[it.key()], where,
                                                   path + u'.' + QString::fromStdString(it.key())))
                return false;
        }
        return true;
    } else if (a.is_array() && b.is_array() && a.size() == b.size()) {
        for (size_t i = 0; i < a.size(); ++i)
            if (!sameJson(a[i], b[i], where, path + QStringLiteral("[%1]").arg(i)))
                return false;
        return true;
    } else if (a == b) {
        return true;
    }
    if (where && where->isEmpty())
        *where = QStringLiteral("%1: expected %2, got %3")
                     .arg(path.isEmpty() ? QStringLiteral("(root)") : path,
                          QString::fromStdString(a.dump()), QString::fromStdString(b.dump()));
    return false;
}

std::vector<json> jsonLines(const QString& text) {
    std::vector<json> lines;
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts))
        lines.push_back(json::parse(line.toStdString()));
    return lines;
}

test::CliResult browse(const QString& topic, const QStringList& extra = {},
                       const QString& registry = test::registryUrl()) {
    return test::runCli(QStringList{QStringLiteral("browse"), QStringLiteral("-b"),
                                    test::bootstrap(), QStringLiteral("-t"), topic,
                                    QStringLiteral("--schema-registry"), registry} +
                            extra,
                        60000);
}

} // namespace

class TestSchemaRegistry : public QObject {
    Q_OBJECT

private:
    // Every record of `topic` decoded equals its expected line.
    void compareAll(const QString& topic, const std::vector<json>& expected) {
        const auto result = browse(topic);
        QVERIFY2(result.exitCode == 0, qPrintable(test::describe(result)));
        const auto got = jsonLines(result.stdOut);
        QCOMPARE(got.size(), expected.size());
        for (size_t i = 0; i < got.size(); ++i) {
            QString where;
            QVERIFY2(got[i].contains("value_format"),
                     qPrintable(QStringLiteral("record %1 not decoded: %2")
                                    .arg(i)
                                    .arg(QString::fromStdString(got[i].dump()))));
            QCOMPARE(got[i]["value_schema_id"].get<int>(), expected[i]["schema_id"].get<int>());
            QCOMPARE(got[i]["value_format"].get<std::string>(),
                     expected[i]["format"].get<std::string>());
            QVERIFY2(sameJson(expected[i]["expected"], got[i]["value"], &where),
                     qPrintable(QStringLiteral("record %1: %2").arg(i).arg(where)));
            QVERIFY(!got[i].contains("value_encoding"));
        }
    }

private Q_SLOTS:
    void avroEveryTypeAndTwoVersions() {
        STREAMSCOPE_REQUIRE_REGISTRY();
        const QString topic = test::uniqueTopicName(QStringLiteral("schema-avro"));
        QVERIFY(test::createTopic(topic, 1));
        QTemporaryDir work;
        const auto expected = test::produceWithPython(topic, QStringLiteral("avro"), work.path());
        QCOMPARE(expected.size(), size_t(32));
        // Schema evolution: two ids of one subject on the topic.
        std::set<int> ids;
        for (const auto& e : expected)
            ids.insert(e["schema_id"].get<int>());
        QCOMPARE(ids.size(), size_t(3));
        compareAll(topic, expected);

        // The filter reads the decoded value: amounts are 100 * n for n in 0..19 on v1 and v2.
        const auto count =
            browse(topic, {QStringLiteral("--filter"), QStringLiteral("value.amount > 500"),
                           QStringLiteral("--count")});
        QVERIFY2(count.exitCode == 0, qPrintable(test::describe(count)));
        QCOMPARE(count.stdOut.trimmed(), QStringLiteral("14"));
        const auto nested =
            browse(topic, {QStringLiteral("--filter"), QStringLiteral("value.home.zip == 10003"),
                           QStringLiteral("--count")});
        QCOMPARE(nested.stdOut.trimmed(), QStringLiteral("1"));
        const auto colour =
            browse(topic, {QStringLiteral("--filter"), QStringLiteral("value.colour == \"BLUE\""),
                           QStringLiteral("--count")});
        QCOMPARE(colour.stdOut.trimmed(), QStringLiteral("4"));
        test::deleteTopic(topic);
    }

    void protobufMessagesAndIndexes() {
        STREAMSCOPE_REQUIRE_REGISTRY();
        const QString topic = test::uniqueTopicName(QStringLiteral("schema-proto"));
        QVERIFY(test::createTopic(topic, 1));
        QTemporaryDir work;
        const auto expected =
            test::produceWithPython(topic, QStringLiteral("protobuf"), work.path());
        QCOMPARE(expected.size(), size_t(15));
        compareAll(topic, expected);
        const auto refunds = browse(topic, {QStringLiteral("--filter"),
                                            QStringLiteral("value.orderId matches \"^o\" and "
                                                           "value.cents"),
                                            QStringLiteral("--count")});
        QCOMPARE(refunds.stdOut.trimmed(), QStringLiteral("5"));
        test::deleteTopic(topic);
    }

    // Framed bytes that do not decode: raw bytes (base64) and the reason, never a crash; plain
    // values beside them stay as they were.
    void undecodableBytesShowRawAndReason() {
        STREAMSCOPE_REQUIRE_REGISTRY();
        const QString topic = test::uniqueTopicName(QStringLiteral("schema-bad"));
        QVERIFY(test::createTopic(topic, 1));
        QTemporaryDir work;
        const auto expected = test::produceWithPython(topic, QStringLiteral("avro"), work.path());
        QVERIFY(!expected.empty());
        quint32 orderV1 = 0; // the id of a record with only id and amount: Order v1
        for (const auto& e : expected)
            if (e["expected"].size() == 2 && e["expected"].contains("amount"))
                orderV1 = e["schema_id"].get<quint32>();
        QVERIFY(orderV1 != 0);
        QByteArray truncated;
        schema::appendConfluentHeader(truncated, orderV1);
        truncated += QByteArray("\x06o1", 3); // a string, then the long is missing
        QByteArray unknownId;
        schema::appendConfluentHeader(unknownId, 987654);
        unknownId += "xyz";
        QByteArray trailing;
        schema::appendConfluentHeader(trailing, orderV1);
        trailing += QByteArray("\x04o1\x02\x02\x02", 6); // one record plus bytes left over
        QVERIFY(test::produceRaw(topic, {truncated, unknownId, trailing,
                                         QByteArray("{\"plain\":1}"), QByteArray("\x00\x01", 2)}));
        const auto result = browse(topic, {QStringLiteral("--from"), QStringLiteral("-5")});
        QVERIFY2(result.exitCode == 0, qPrintable(test::describe(result)));
        const auto got = jsonLines(result.stdOut);
        QCOMPARE(got.size(), size_t(5));
        for (int i : {0, 1, 2}) {
            QVERIFY2(got[i].contains("value_decode_error"), got[i].dump().c_str());
            QVERIFY(!got[i].contains("value_format"));
            QCOMPARE(got[i]["value_encoding"], json("base64"));
        }
        QCOMPARE(got[0]["value"].get<std::string>(), truncated.toBase64().toStdString());
        QCOMPARE(got[1]["value_schema_id"].get<int>(), 987654);
        QVERIFY(got[1]["value_decode_error"].get<std::string>().find("987654") !=
                std::string::npos);
        QCOMPARE(got[3]["value"], json("{\"plain\":1}"));
        QVERIFY(!got[3].contains("value_schema_id"));
        QVERIFY(!got[4].contains("value_schema_id")); // too short for a frame: plain bytes
        test::deleteTopic(topic);
    }

    // A registry that does not answer: every framed record shows raw bytes and the reason, the
    // browse still ends (each id is asked once, then remembered as failing for a while).
    void deadRegistry() {
        STREAMSCOPE_REQUIRE_REGISTRY();
        const QString topic = test::uniqueTopicName(QStringLiteral("schema-dead"));
        QVERIFY(test::createTopic(topic, 1));
        QTemporaryDir work;
        const auto expected = test::produceWithPython(topic, QStringLiteral("avro"), work.path());
        QVERIFY(!expected.empty());
        QElapsedTimer timer;
        timer.start();
        const auto result = browse(topic, {}, QStringLiteral("http://127.0.0.1:1/apis/ccompat/v7"));
        QVERIFY2(result.exitCode == 0, qPrintable(test::describe(result)));
        QVERIFY2(timer.elapsed() < 30000, qPrintable(test::describe(result)));
        const auto got = jsonLines(result.stdOut);
        QCOMPARE(got.size(), expected.size());
        for (const auto& line : got) {
            QVERIFY(line.contains("value_decode_error"));
            QCOMPARE(line["value_encoding"], json("base64"));
        }
        test::deleteTopic(topic);
    }

    // The checks see decoded values: versions per schema (the Everything schema once, Order v1 and
    // v2 with the field v2 added), a framed record that does not decode is malformed with its
    // reason, and --fail-on versions fires on the two versions of shop.Order.
    void checkCountsVersionsPerSchema() {
        STREAMSCOPE_REQUIRE_REGISTRY();
        const QString topic = test::uniqueTopicName(QStringLiteral("schema-check"));
        QVERIFY(test::createTopic(topic, 1));
        QTemporaryDir work;
        const auto expected = test::produceWithPython(topic, QStringLiteral("avro"), work.path());
        QCOMPARE(expected.size(), size_t(32));
        std::map<int, int> perId; // schema id -> records
        std::map<int, std::set<std::string>> fieldsOf;
        for (const auto& e : expected) {
            ++perId[e["schema_id"].get<int>()];
            for (auto it = e["expected"].begin(); it != e["expected"].end(); ++it)
                fieldsOf[e["schema_id"].get<int>()].insert(it.key());
        }
        QCOMPARE(perId.size(), size_t(3));
        int everythingId = 0, v1 = 0, v2 = 0;
        for (const auto& [id, fields] : fieldsOf) {
            if (fields.count("colour"))
                everythingId = id;
            else if (fields.count("note"))
                v2 = id;
            else
                v1 = id;
        }
        QVERIFY(everythingId && v1 && v2);
        QByteArray truncated;
        schema::appendConfluentHeader(truncated, quint32(v1));
        truncated += QByteArray("\x06o1", 3);
        QVERIFY(test::produceRaw(topic, {truncated}));

        const QStringList args{QStringLiteral("check"),
                               QStringLiteral("-b"),
                               test::bootstrap(),
                               QStringLiteral("-t"),
                               topic,
                               QStringLiteral("--schema-registry"),
                               test::registryUrl(),
                               QStringLiteral("--json")};
        const auto result = test::runCli(args, 60000);
        QVERIFY2(result.exitCode == 0, qPrintable(test::describe(result)));
        const json report = json::parse(result.stdOut.toStdString());
        QCOMPARE(report["records"].get<int>(), 33);
        std::map<int, json> versions; // by schema id
        for (const auto& v : report["versions"]) {
            QVERIFY2(v.contains("schema_id"), v.dump().c_str());
            versions[v["schema_id"].get<int>()] = v;
        }
        QCOMPARE(versions.size(), size_t(3));
        const json& everything = versions[everythingId];
        QCOMPARE(everything["type"], json("shop.Everything"));
        QCOMPARE(everything["version"], json("1"));
        QCOMPARE(everything["count"].get<int>(), 12);
        QCOMPARE(everything["subject"],
                 json(QString(topic + QStringLiteral("-shop.Everything")).toStdString()));
        const json& order1 = versions[v1];
        const json& order2 = versions[v2];
        QCOMPARE(order1["type"], json("shop.Order"));
        QCOMPARE(order2["type"], json("shop.Order"));
        QCOMPARE(order1["version"], json("1"));
        QCOMPARE(order2["version"], json("2"));
        // The registry shares one id among subjects with the same schema text (earlier runs
        // registered Order v1 under their own topics): the subject is the first it names.
        const auto subject = order1["subject"].get<std::string>();
        QVERIFY2(subject.size() > 6 && subject.compare(subject.size() - 6, 6, "-value") == 0,
                 subject.c_str());
        // The truncated v1 record counts for its schema; shapes come from the decoded ones.
        QCOMPARE(order1["count"].get<int>(), 11);
        QCOMPARE(order2["count"].get<int>(), 10);
        QCOMPARE(order2["fields_added"], json::array({"note"}));
        QCOMPARE(order2["fields_removed"], json::array());
        // The decoded shape: amount is a number, the nested address an object.
        bool amountIsNumber = false;
        for (const auto& f : order1["fields"])
            amountIsNumber |= f["path"] == "amount" && f["type"] == "number";
        QVERIFY2(amountIsNumber, order1.dump().c_str());
        QCOMPARE(report["malformed"]["invalid_json"].get<int>(), 1);
        const auto reason = report["malformed"]["examples"][0]["reason"].get<std::string>();
        QVERIFY2(reason.find("not decodable with schema " + std::to_string(v1)) == 0,
                 reason.c_str());
        QCOMPARE(report["malformed"]["examples"][0]["offset"].get<int>(), 32);

        // The same records without the registry are binary: no versions by schema, no JSON.
        const auto plain =
            test::runCli(args.mid(0, 5) + QStringList{QStringLiteral("--json")}, 60000);
        QVERIFY2(plain.exitCode == 0, qPrintable(test::describe(plain)));
        for (const auto& v : json::parse(plain.stdOut.toStdString())["versions"])
            QVERIFY(!v.contains("schema_id"));

        const auto failOn = test::runCli(
            args + QStringList{QStringLiteral("--fail-on"), QStringLiteral("versions")}, 60000);
        QCOMPARE(failOn.exitCode, 4);
        test::deleteTopic(topic);
    }

    // Protobuf: one schema, two message types told apart by the message index.
    void checkTypesProtobufMessages() {
        STREAMSCOPE_REQUIRE_REGISTRY();
        const QString topic = test::uniqueTopicName(QStringLiteral("schema-check-proto"));
        QVERIFY(test::createTopic(topic, 1));
        QTemporaryDir work;
        const auto expected =
            test::produceWithPython(topic, QStringLiteral("protobuf"), work.path());
        QCOMPARE(expected.size(), size_t(15));
        const auto result =
            test::runCli({QStringLiteral("check"), QStringLiteral("-b"), test::bootstrap(),
                          QStringLiteral("-t"), topic, QStringLiteral("--schema-registry"),
                          test::registryUrl(), QStringLiteral("--json")},
                         60000);
        QVERIFY2(result.exitCode == 0, qPrintable(test::describe(result)));
        const json report = json::parse(result.stdOut.toStdString());
        std::map<std::string, int> counts;
        for (const auto& v : report["versions"]) {
            QCOMPARE(v["schema_id"].get<int>(), expected[0]["schema_id"].get<int>());
            QCOMPARE(v["version"], json("1"));
            counts[v["type"].get<std::string>()] = v["count"].get<int>();
        }
        QCOMPARE(counts, (std::map<std::string, int>{{"shop.Order", 10}, {"shop.Refund", 5}}));
        QCOMPARE(report["malformed"]["invalid_json"].get<int>(), 0);
        test::deleteTopic(topic);
    }

    void badOptions() {
        const auto result =
            test::runCli({QStringLiteral("browse"), QStringLiteral("-b"),
                          QStringLiteral("127.0.0.1:1"), QStringLiteral("-t"), QStringLiteral("x"),
                          QStringLiteral("--schema-registry"), QStringLiteral("ftp://nowhere")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.stdErr.contains(QStringLiteral("--schema-registry")));
    }
};

QTEST_GUILESS_MAIN(TestSchemaRegistry)
#include "tst_schema_registry.moc"
