// The browse engine against the real broker: odd payloads (tombstones, null and empty keys,
// binary, invalid UTF-8 and JSON, unicode, null and binary headers, 10 MB) produced with every
// compression codec and read back exactly into the store and through `streamscope-cli browse`;
// start and stop modes; timestamp merge; live tail and cancel; filter while fetching; the memory
// cap; the CLI's JSON Lines against kcat -C -e -J on the same topic.
#include "CliRunner.h"
#include "TestCluster.h"
#include "TimeBudget.h"
#include "browse/BrowseFetcher.h"
#include "browse/Filter.h"
#include "browse/MessageStore.h"
#include "browse/MessageText.h"
#include "kafka/KafkaClient.h"
#include "kafka/RawProduceRecord.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace streamscope;
using nlohmann::json;

namespace {

constexpr int kTimeoutMs = 15000;
const qint64 kBase = QDateTime::currentMSecsSinceEpoch() - 3600000; // an hour ago, whole run

ConsumedRecord make(std::optional<QByteArray> key, std::optional<QByteArray> value,
                    std::vector<RecordHeader> headers = {}, qint64 ts = 0) {
    ConsumedRecord r;
    if (key)
        r.key = key->isEmpty() ? QByteArray("", 0) : *key;
    if (value)
        r.value = value->isEmpty() ? QByteArray("", 0) : *value;
    r.headers = std::move(headers);
    r.timestampMs = ts;
    return r;
}

QByteArray allBytes(bool reverse) {
    QByteArray b(256, '\0');
    for (int i = 0; i < 256; ++i)
        b[i] = char(reverse ? 255 - i : i);
    return b;
}

// About 10 MB of JSON whose text compresses only partly (pseudo-random letters).
QByteArray bigJson() {
    QByteArray text;
    text.reserve(10 << 20);
    text += "{\"big\":\"";
    quint32 x = 12345;
    while (text.size() < (10 << 20) - 16) {
        x = x * 1103515245u + 12345u;
        text += char('a' + (x >> 16) % 26);
    }
    text += "\",\"n\":1}";
    return text;
}

std::vector<ConsumedRecord> oddRecords() {
    std::vector<ConsumedRecord> r;
    r.push_back(make(QByteArray("k"), QByteArray(R"({"a":1,"s":"x"})"),
                     {{"h1", "v1"},
                      {"h-null", QByteArray()},
                      {"bin", QByteArray("\x00\xff", 2)},
                      {"h1", "v2"}}));
    r.push_back(make(std::nullopt, QByteArray("no key")));
    r.push_back(make(QByteArray("gone"), std::nullopt));
    r.push_back(make(QByteArray(""), QByteArray("")));
    r.push_back(make(allBytes(false), allBytes(true)));
    r.push_back(make(QByteArray("caf\xe9"), QByteArray("caf\xe9 \xc3\x28")));
    r.push_back(make(QByteArray("badjson"), QByteArray("{\"a\":")));
    r.push_back(make(QByteArray("uni"), QByteArray("{\"g\":\"Gr\xc3\xbc\xc3\x9f"
                                                   "e \xe6\x9d\xb1\xe4\xba\xac "
                                                   "\xf0\x9f\x8e\x89\"}")));
    r.push_back(make(QByteArray("big"), bigJson()));
    for (size_t i = 0; i < r.size(); ++i)
        r[i].timestampMs = kBase + qint64(i);
    return r;
}

bool produce(const QString& topic, const std::vector<std::pair<int, ConsumedRecord>>& records,
             const QString& codec = QStringLiteral("none")) {
    auto client =
        KafkaClient::create(test::brokerProfile(), KafkaClient::Kind::Producer,
                            {{QStringLiteral("compression.type"), codec},
                             // A retried batch must not land behind a later one: the tests
                             // compare records by offset order and timestamp order.
                             {QStringLiteral("enable.idempotence"), QStringLiteral("true")},
                             {QStringLiteral("linger.ms"), QStringLiteral("20")},
                             {QStringLiteral("message.max.bytes"), QStringLiteral("20000000")}});
    if (!client)
        return false;
    rd_kafka_t* rk = (*client)->handle();
    const QByteArray name = topic.toUtf8();
    for (const auto& [partition, record] : records)
        if (produceRecord(rk, name.constData(), partition, record) != RD_KAFKA_RESP_ERR_NO_ERROR)
            return false;
    return rd_kafka_flush(rk, kTimeoutMs) == RD_KAFKA_RESP_ERR_NO_ERROR;
}

bool createBigTopic(const QString& name, int partitions) {
    auto client = KafkaClient::create(test::brokerProfile());
    if (!client)
        return false;
    return (*client)
        ->createTopic(name, partitions, 1,
                      {{QStringLiteral("max.message.bytes"), QStringLiteral("20000000")}},
                      kTimeoutMs)
        .ok();
}

BrowseOutcome browseInto(MessageStore& store, BrowseRequest request) {
    return runBrowse(test::brokerProfile(), request, storeSink(store), CancelToken{});
}

QString sameRecord(const ConsumedRecord& got, const ConsumedRecord& want) {
    if (got.key.isNull() != want.key.isNull() || got.key != want.key)
        return QStringLiteral("key differs");
    if (got.value.isNull() != want.value.isNull() || got.value != want.value)
        return QStringLiteral("value differs (%1 vs %2 bytes)")
            .arg(got.value.size())
            .arg(want.value.size());
    if (got.headers.size() != want.headers.size())
        return QStringLiteral("header count differs");
    for (size_t i = 0; i < got.headers.size(); ++i)
        if (got.headers[i].name != want.headers[i].name ||
            got.headers[i].value != want.headers[i].value ||
            got.headers[i].value.isNull() != want.headers[i].value.isNull())
            return QStringLiteral("header %1 differs").arg(i);
    if (got.timestampMs != want.timestampMs)
        return QStringLiteral("timestamp differs");
    return {};
}

// Bytes of a JSON Lines field: a string, base64 when "<field>_encoding" says so, or null.
std::optional<QByteArray> jsonBytes(const json& line, const char* field) {
    const json& v = line.at(field);
    if (v.is_null())
        return std::nullopt;
    const QByteArray text = QByteArray::fromStdString(v.get<std::string>());
    const std::string encoding = std::string(field) + "_encoding";
    if (line.contains(encoding) && line.at(encoding) == "base64")
        return QByteArray::fromBase64(text);
    return text.isEmpty() ? QByteArray("", 0) : text;
}

std::vector<json> jsonLines(const QString& text) {
    std::vector<json> lines;
    for (const QString& l : text.split(u'\n', Qt::SkipEmptyParts))
        lines.push_back(json::parse(l.toStdString()));
    return lines;
}

// A three-partition topic with 10 records per partition: record i of partition p is stamped
// kBase + i * 1000 + p * 100 and carries {"p":p,"i":i}.
QString makeModesTopic() {
    const QString topic = test::uniqueTopicName(QStringLiteral("tst-browse-modes"));
    if (!test::createTopic(topic, 3))
        return {};
    std::vector<std::pair<int, ConsumedRecord>> records;
    for (int p = 0; p < 3; ++p)
        for (int i = 0; i < 10; ++i)
            records.emplace_back(p,
                                 make(QByteArray("k") + QByteArray::number(i),
                                      QStringLiteral("{\"p\":%1,\"i\":%2}").arg(p).arg(i).toUtf8(),
                                      {}, kBase + i * 1000 + p * 100));
    return produce(topic, records) ? topic : QString();
}

} // namespace

class TestBrowseBroker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oddPayloadsRoundTripWithEveryCodec_data() {
        QTest::addColumn<QString>("codec");
        for (const char* codec : {"none", "gzip", "snappy", "lz4", "zstd"})
            QTest::newRow(codec) << QString::fromLatin1(codec);
    }

    void oddPayloadsRoundTripWithEveryCodec() {
        STREAMSCOPE_REQUIRE_BROKER();
        QFETCH(QString, codec);
        const QString topic = test::uniqueTopicName(QStringLiteral("tst-browse-odd-") + codec);
        QVERIFY(createBigTopic(topic, 1));
        const auto want = oddRecords();
        std::vector<std::pair<int, ConsumedRecord>> records;
        for (const auto& r : want)
            records.emplace_back(0, r);
        QVERIFY(produce(topic, records, codec));

        MessageStore store(topic, qint64(256) << 20);
        BrowseRequest request;
        request.topic = topic;
        const BrowseOutcome outcome = browseInto(store, request);
        QVERIFY2(outcome.end == BrowseOutcome::End::Finished, qPrintable(outcome.error.message));
        QCOMPARE(store.size(), want.size());
        for (size_t i = 0; i < want.size(); ++i) {
            const QString diff = sameRecord(store.record(i), want[i]);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("record %1: %2").arg(i).arg(diff)));
            QCOMPARE(store.offset(i), qint64(i));
        }
        // Lazy text stays bounded for the 10 MB payload; binary shows as hex, null as nothing.
        QElapsedTimer t;
        t.start();
        const QString preview = previewText(store.value(8), 200);
        QVERIFY(preview.size() <= 201);
        QVERIFY(t.elapsed() < test::budgetMs(200));
        QCOMPARE(classifyBytes(store.value(2)), BytesKind::Null);
        QCOMPARE(classifyBytes(store.value(4)), BytesKind::Binary);
        QCOMPARE(classifyBytes(store.value(5)), BytesKind::Binary);
        QCOMPARE(classifyBytes(store.value(7)), BytesKind::Text);
        // The filter reads the stored bytes: JSON fields, invalid JSON, the big payload.
        auto filter = CompiledFilter::compile(QStringLiteral("value.a == 1 or value.n == 1"));
        QVERIFY(filter.ok());
        QCOMPARE(filter->matchingRows(store, 0, store.size()), (std::vector<quint32>{0, 8}));

        // The CLI's JSON Lines carry the same bytes (base64 where not UTF-8).
        const auto cli = test::runCli({QStringLiteral("browse"), QStringLiteral("-b"),
                                       test::bootstrap(), QStringLiteral("--topic"), topic},
                                      60000);
        QVERIFY2(cli.exitCode == 0, qPrintable(test::describe(cli)));
        const auto lines = jsonLines(cli.stdOut);
        QCOMPARE(lines.size(), want.size());
        for (size_t i = 0; i < want.size(); ++i) {
            const json& line = lines[i];
            QCOMPARE(QString::fromStdString(line.at("topic")), topic);
            QCOMPARE(line.at("partition").get<int>(), 0);
            QCOMPARE(line.at("offset").get<qint64>(), qint64(i));
            QCOMPARE(line.at("timestamp").get<qint64>(), want[i].timestampMs);
            const auto key = jsonBytes(line, "key");
            QCOMPARE(key.has_value(), !want[i].key.isNull());
            if (key)
                QCOMPARE(*key, want[i].key);
            const auto value = jsonBytes(line, "value");
            QCOMPARE(value.has_value(), !want[i].value.isNull());
            if (value)
                QVERIFY(*value == want[i].value);
            QVERIFY(line.at("headers").is_object());
        }
        // Headers: the last of a repeated name, null and base64 values.
        const json& headers = lines[0].at("headers");
        QCOMPARE(QString::fromStdString(headers.at("h1")), QStringLiteral("v2"));
        QVERIFY(headers.at("h-null").is_null());
        QCOMPARE(QByteArray::fromBase64(QByteArray::fromStdString(headers.at("bin"))),
                 QByteArray("\x00\xff", 2));
        QCOMPARE(lines[0].at("header_encodings").at("bin"), "base64");
        QCOMPARE(lines[4].at("key_encoding"), "base64");
        QCOMPARE(lines[5].at("value_encoding"), "base64");
        QVERIFY(!lines[7].contains("value_encoding"));
    }

    void startAndStopModes() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString topic = makeModesTopic();
        QVERIFY(!topic.isEmpty());
        struct Mode {
            const char* from;
            const char* until;
            size_t expected;
            std::function<bool(int p, int i)> expectedRecord;
        };
        const QString t5 = QDateTime::fromMSecsSinceEpoch(kBase + 5000, QTimeZone::utc())
                               .toString(Qt::ISODateWithMs);
        const QString t3 = QDateTime::fromMSecsSinceEpoch(kBase + 3000, QTimeZone::utc())
                               .toString(Qt::ISODateWithMs);
        const std::vector<Mode> modes = {
            {"beginning", "end", 30, [](int, int) { return true; }},
            {"-3", "end", 9, [](int, int i) { return i >= 7; }},
            {"offset:5", "end", 15, [](int, int i) { return i >= 5; }},
            {"end", "end", 0, [](int, int) { return false; }},
            {nullptr, nullptr, 15, [](int, int i) { return i >= 5; }}, // time:t5 .. end
            {nullptr, nullptr, 9, [](int, int i) { return i <= 2; }},  // beginning .. time:t3
            {"beginning", "count:7", 7, {}},
            // Per partition: only the named partitions, each from its own offset.
            {"offset:0=2,2=8", "end", 10,
             [](int p, int i) { return (p == 0 && i >= 2) || (p == 2 && i >= 8); }},
            {"beginning", "offset:4", 12, [](int, int i) { return i < 4; }},
            {"offset:0=2,2=8", "offset:0=5,2=9", 4,
             [](int p, int i) { return (p == 0 && i >= 2 && i < 5) || (p == 2 && i == 8); }},
        };
        for (size_t m = 0; m < modes.size(); ++m) {
            const QString from = modes[m].from ? QString::fromLatin1(modes[m].from)
                                 : m == 4      ? QStringLiteral("time:") + t5
                                               : QStringLiteral("beginning");
            const QString until = modes[m].until ? QString::fromLatin1(modes[m].until)
                                  : m == 5       ? QStringLiteral("time:") + t3
                                                 : QStringLiteral("end");
            BrowseRequest request;
            request.topic = topic;
            request.start = *parseBrowseStart(from);
            request.stop = *parseBrowseStop(until);
            MessageStore store(topic, qint64(64) << 20);
            const auto outcome = browseInto(store, request);
            const QString what = from + QStringLiteral(" .. ") + until;
            QVERIFY2(outcome.end == BrowseOutcome::End::Finished ||
                         outcome.end == BrowseOutcome::End::CountReached,
                     qPrintable(what + outcome.error.message));
            QVERIFY2(store.size() == modes[m].expected,
                     qPrintable(what + QStringLiteral(": %1 records").arg(store.size())));
            if (modes[m].expectedRecord) {
                for (size_t r = 0; r < store.size(); ++r) {
                    const auto doc = json::parse(store.record(r).value.toStdString());
                    QVERIFY2(modes[m].expectedRecord(doc.at("p"), doc.at("i")), qPrintable(what));
                    QCOMPARE(store.partition(r), doc.at("p").get<int>());
                    QCOMPARE(store.timestampMs(r),
                             kBase + doc.at("i").get<int>() * 1000 + doc.at("p").get<int>() * 100);
                }
            }
            // The CLI agrees.
            const auto cli =
                test::runCli({QStringLiteral("browse"), QStringLiteral("-b"), test::bootstrap(),
                              QStringLiteral("--topic"), topic, QStringLiteral("--from"), from,
                              QStringLiteral("--until"), until, QStringLiteral("--count")});
            QVERIFY2(cli.exitCode == 0, qPrintable(test::describe(cli)));
            QCOMPARE(cli.stdOut.trimmed().toULongLong(), modes[m].expected);
        }
        // Chosen partitions only.
        BrowseRequest one;
        one.topic = topic;
        one.partitions = {1};
        MessageStore store(topic, qint64(64) << 20);
        browseInto(store, one);
        QCOMPARE(store.size(), size_t(10));
        for (size_t r = 0; r < store.size(); ++r)
            QCOMPARE(store.partition(r), 1);
    }

    void mergeOrdersByTimestamp() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString topic = makeModesTopic();
        QVERIFY(!topic.isEmpty());
        BrowseRequest request;
        request.topic = topic;
        request.mergeByTimestamp = true;
        MessageStore store(topic, qint64(64) << 20);
        QCOMPARE(browseInto(store, request).end, BrowseOutcome::End::Finished);
        QCOMPARE(store.size(), size_t(30));
        QString order;
        for (size_t r = 0; r < store.size(); ++r)
            order += QStringLiteral(" %1@%2:%3")
                         .arg(store.timestampMs(r) - kBase)
                         .arg(store.partition(r))
                         .arg(store.offset(r));
        for (size_t r = 1; r < store.size(); ++r)
            QVERIFY2(store.timestampMs(r - 1) <= store.timestampMs(r), qPrintable(order));
        const auto cli =
            test::runCli({QStringLiteral("browse"), QStringLiteral("-b"), test::bootstrap(),
                          QStringLiteral("--topic"), topic, QStringLiteral("--merge")});
        const auto lines = jsonLines(cli.stdOut);
        QCOMPARE(lines.size(), size_t(30));
        for (size_t r = 1; r < lines.size(); ++r)
            QVERIFY(lines[r - 1].at("timestamp").get<qint64>() <=
                    lines[r].at("timestamp").get<qint64>());
    }

    void liveTailSeesNewRecordsAndCancels() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString topic = test::uniqueTopicName(QStringLiteral("tst-browse-live"));
        QVERIFY(test::createTopic(topic, 2));
        QCOMPARE(test::produceRecords(topic, 4, 2), 4);
        BrowseRequest request;
        request.topic = topic;
        request.start.mode = BrowseStart::Mode::FromEnd; // only what arrives from now on
        request.stop.mode = BrowseStop::Mode::Live;
        auto store = std::make_shared<MessageStore>(topic, qint64(64) << 20);
        BrowseFetcher fetcher(test::brokerProfile(), request, store);
        QSignalSpy finished(&fetcher, &BrowseFetcher::finished);
        fetcher.start();
        QVERIFY(fetcher.isRunning());
        QTest::qWait(1500); // assigned and at the log end
        QCOMPARE(test::produceRecords(topic, 6, 2), 6);
        QTRY_COMPARE_WITH_TIMEOUT(store->size(), size_t(6), 10000);
        QVERIFY(fetcher.progress().recordsKept >= 6);
        QElapsedTimer t;
        t.start();
        fetcher.cancel();
        QVERIFY(finished.wait(3000));
        QVERIFY(t.elapsed() < 1500);
        const auto outcome = finished.first().first().value<BrowseOutcome>();
        QCOMPARE(outcome.end, BrowseOutcome::End::Cancelled);
        QVERIFY(!fetcher.isRunning());
    }

    void filterWhileFetchingAndMemoryCap() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString topic = test::uniqueTopicName(QStringLiteral("tst-browse-cap"));
        QVERIFY(test::createTopic(topic, 2));
        std::vector<std::pair<int, ConsumedRecord>> records;
        const QByteArray pad(400, 'x');
        for (int n = 0; n < 20000; ++n)
            records.emplace_back(n % 2,
                                 make(QByteArray::number(n), "{\"n\":" + QByteArray::number(n) +
                                                                 ",\"pad\":\"" + pad + "\"}"));
        QVERIFY(produce(topic, records, QStringLiteral("lz4")));

        BrowseRequest filtered;
        filtered.topic = topic;
        filtered.filter = std::make_shared<CompiledFilter>(
            *CompiledFilter::compile(QStringLiteral("value.n < 100 or key == \"19999\"")));
        MessageStore kept(topic, qint64(64) << 20);
        const auto outcome = browseInto(kept, filtered);
        QCOMPARE(outcome.end, BrowseOutcome::End::Finished);
        QCOMPARE(outcome.recordsRead, qint64(20000));
        QCOMPARE(outcome.recordsKept, qint64(101));
        QCOMPARE(kept.size(), size_t(101));

        // An 8 MiB cap (a row chunk and one arena block): the fetch stops with the notice, the
        // store stays within it.
        BrowseRequest all;
        all.topic = topic;
        auto store = std::make_shared<MessageStore>(topic, qint64(8) << 20);
        BrowseFetcher fetcher(test::brokerProfile(), all, store);
        QSignalSpy finished(&fetcher, &BrowseFetcher::finished);
        fetcher.start();
        QVERIFY(finished.wait(kTimeoutMs));
        const auto capped = finished.first().first().value<BrowseOutcome>();
        QCOMPARE(capped.end, BrowseOutcome::End::MemoryCap);
        QVERIFY(store->capReached());
        QVERIFY(store->memoryBytes() <= store->memoryCap());
        QVERIFY(store->size() > 1000 && store->size() < 20000);
        QVERIFY(store->capNotice().contains(QStringLiteral("8 MiB")));
    }

    void cliMatchesKcat() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString kcat = QStandardPaths::findExecutable(QStringLiteral("kcat"));
        QVERIFY2(!kcat.isEmpty(), "kcat is not installed (scripts/install-deps.sh)");
        const QString topic = test::uniqueTopicName(QStringLiteral("tst-browse-kcat"));
        QVERIFY(test::createTopic(topic, 3));
        std::vector<std::pair<int, ConsumedRecord>> records;
        for (int n = 0; n < 300; ++n) {
            std::optional<QByteArray> key;
            if (n % 7)
                key = QByteArray("key-") + QByteArray::number(n);
            std::optional<QByteArray> value;
            if (n % 11)
                value = QStringLiteral("{\"n\":%1,\"text\":\"Gr\u00fc\u00dfe \\\"%1\\\"\"}")
                            .arg(n)
                            .toUtf8();
            std::vector<RecordHeader> headers;
            if (n % 3 == 0)
                headers = {{"service", "svc-" + QByteArray::number(n % 5)}, {"trace", "t"}};
            records.emplace_back(n % 3, make(key, value, headers, kBase + n));
        }
        QVERIFY(produce(topic, records, QStringLiteral("snappy")));

        const auto cli =
            test::runCli({QStringLiteral("browse"), QStringLiteral("-b"), test::bootstrap(),
                          QStringLiteral("--topic"), topic, QStringLiteral("--jsonl")});
        QVERIFY2(cli.exitCode == 0, qPrintable(test::describe(cli)));
        QProcess k;
        k.start(kcat,
                {QStringLiteral("-b"), test::bootstrap(), QStringLiteral("-C"),
                 QStringLiteral("-e"), QStringLiteral("-J"), QStringLiteral("-q"),
                 QStringLiteral("-t"), topic, QStringLiteral("-o"), QStringLiteral("beginning")});
        QVERIFY(k.waitForFinished(30000));
        QCOMPARE(k.exitCode(), 0);

        std::map<std::pair<int, qint64>, json> ours;
        for (const auto& line : jsonLines(cli.stdOut))
            ours[{line.at("partition"), line.at("offset")}] = line;
        std::map<std::pair<int, qint64>, json> theirs;
        for (const auto& line : jsonLines(QString::fromUtf8(k.readAllStandardOutput())))
            theirs[{line.at("partition"), line.at("offset")}] = line;
        QCOMPARE(ours.size(), size_t(300));
        QCOMPARE(theirs.size(), ours.size());
        for (const auto& [where, mine] : ours) {
            const json& other = theirs.at(where);
            QCOMPARE(mine.at("key"), other.at("key"));
            QCOMPARE(mine.at("value"), other.at("payload"));
            QCOMPARE(mine.at("timestamp"), other.at("ts"));
            json headers = json::object();
            if (other.contains("headers"))
                for (size_t i = 0; i + 1 < other.at("headers").size(); i += 2)
                    headers[other.at("headers")[i].get<std::string>()] = other.at("headers")[i + 1];
            QCOMPARE(mine.at("headers"), headers);
        }
        // --filter --count against the same selection made here by hand.
        const auto count = test::runCli(
            {QStringLiteral("browse"), QStringLiteral("-b"), test::bootstrap(),
             QStringLiteral("--topic"), topic, QStringLiteral("--filter"),
             QStringLiteral("value.n >= 100 and header.service"), QStringLiteral("--count")});
        QCOMPARE(count.exitCode, 0);
        int expected = 0;
        for (const auto& [p, r] : records)
            expected += (!r.value.isNull() && r.headers.size() > 0 &&
                         json::parse(r.value.toStdString()).at("n").get<int>() >= 100);
        QCOMPARE(count.stdOut.trimmed().toInt(), expected);
    }

    void badFilterExitsTwoWithThePosition() {
        const auto cli = test::runCli(
            {QStringLiteral("browse"), QStringLiteral("-b"), QStringLiteral("127.0.0.1:9"),
             QStringLiteral("--topic"), QStringLiteral("t"), QStringLiteral("--filter"),
             QStringLiteral("key == \"a\" and vlaue"), QStringLiteral("--count")});
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.stdErr.contains(QStringLiteral("position 15")), qPrintable(cli.stdErr));
        QVERIFY(cli.stdErr.contains(QStringLiteral("unknown field")));
        QVERIFY(cli.stdOut.isEmpty());
        const auto bad = test::runCli({QStringLiteral("browse"), QStringLiteral("-b"),
                                       QStringLiteral("127.0.0.1:9"), QStringLiteral("--topic"),
                                       QStringLiteral("t"), QStringLiteral("--from"),
                                       QStringLiteral("yesterday")});
        QCOMPARE(bad.exitCode, 2);
    }

    // Per-message overhead beyond key, value and header bytes: at most 64 bytes.
    void storeOverheadPerMessage() {
        MessageStore store(QStringLiteral("t"), qint64(1) << 30);
        ConsumedRecord r;
        r.partition = 3;
        r.key = "order-000000";
        r.headers = {{"service", "orders"}, {"trace", "0123456789"}};
        const int n = 300000;
        for (int i = 0; i < n; ++i) {
            r.offset = i;
            r.value = QByteArray(150 + i % 100, 'v');
            QVERIFY(store.append(r));
        }
        const double overhead =
            double(store.memoryBytes() - store.payloadBytes()) / double(store.size());
        qInfo("store: %.1f bytes per message beyond the payload", overhead);
        QVERIFY(overhead <= 64);
        QCOMPARE(store.record(12345).value.size(), 150 + 12345 % 100);
        QCOMPARE(store.record(12345).headers.size(), size_t(2));
        QCOMPARE(store.offset(299999), qint64(299999));
    }
};

QTEST_GUILESS_MAIN(TestBrowseBroker)
#include "tst_browse_broker.moc"
