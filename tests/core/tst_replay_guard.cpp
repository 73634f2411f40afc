// The replay's pure parts without a broker: the sandbox guard, Java's murmur2 partitioning, the
// record digest, the history file (and its lines read back as reports), the report text, and the
// rewound buffers the replay reuses.
#include "browse/Filter.h"
#include "browse/MessageStore.h"
#include "browse/MessageView.h"
#include "replay/KeyPartitioner.h"
#include "replay/OffsetList.h"
#include "replay/RecordDigest.h"
#include "replay/ReplayHistory.h"
#include "replay/ReplayTypes.h"
#include "replay/SandboxGuard.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace streamscope;

namespace {

ReplayEndpoint endpoint(const QString& bootstrap, const QString& clusterId, const QString& topic,
                        bool sandbox = false, const QString& prefix = QStringLiteral("sandbox.")) {
    ReplayEndpoint e;
    e.profile.name = QStringLiteral("p-") + bootstrap;
    e.profile.bootstrapServers = bootstrap;
    e.profile.sandbox = sandbox;
    e.profile.sandboxPrefix = prefix;
    e.clusterId = clusterId;
    e.topic = topic;
    return e;
}

ConsumedRecord record(QByteArray key, QByteArray value, std::vector<RecordHeader> headers) {
    ConsumedRecord r;
    r.topic = QStringLiteral("t");
    r.key = std::move(key);
    r.value = std::move(value);
    r.headers = std::move(headers);
    return r;
}

uint64_t digestOf(const ConsumedRecord& r, int drop = 0) {
    static const QByteArray topic = "t";
    return recordDigest(MessageView::of(r, topic), drop);
}

} // namespace

class TestReplayGuard : public QObject {
    Q_OBJECT
    qint64 m_heldAfterFirstRound = 0;

private Q_SLOTS:
    void sandboxProfileAllowsAnyTopicButTheSource() {
        const auto source =
            endpoint(QStringLiteral("prod:9092"), QStringLiteral("P"), QStringLiteral("orders"));
        auto target = endpoint(QStringLiteral("lab:9092"), QStringLiteral("L"),
                               QStringLiteral("orders"), true);
        QVERIFY(checkReplayTarget(source, target).allowed);
        target.topic = QStringLiteral("anything");
        QVERIFY(checkReplayTarget(source, target).allowed);
        // The same cluster flagged sandbox: still never into the source topic.
        auto self = endpoint(QStringLiteral("prod:9092"), QStringLiteral("P"),
                             QStringLiteral("orders"), true);
        const auto refused = checkReplayTarget(source, self);
        QVERIFY(!refused.allowed);
        QVERIFY(refused.reason.contains(QStringLiteral("source topic")));
    }

    void prefixOnlyOnTheSameCluster() {
        const auto source =
            endpoint(QStringLiteral("prod:9092"), QStringLiteral("P"), QStringLiteral("orders"));
        auto target = endpoint(QStringLiteral("prod:9092"), QStringLiteral("P"),
                               QStringLiteral("sandbox.orders"));
        QVERIFY(checkReplayTarget(source, target).allowed);
        target.topic = QStringLiteral("orders-copy");
        auto refused = checkReplayTarget(source, target);
        QVERIFY(!refused.allowed);
        QVERIFY(refused.reason.contains(QStringLiteral("sandbox.")));
        // The prefix alone is not a topic; the prefix on another, non-sandbox cluster is refused.
        target.topic = QStringLiteral("sandbox.");
        QVERIFY(!checkReplayTarget(source, target).allowed);
        auto other = endpoint(QStringLiteral("other:9092"), QStringLiteral("O"),
                              QStringLiteral("sandbox.orders"));
        QVERIFY(!checkReplayTarget(source, other).allowed);
        // An empty prefix allows nothing; a custom one is honoured.
        target = endpoint(QStringLiteral("prod:9092"), QStringLiteral("P"),
                          QStringLiteral("sandbox.orders"), false, QString());
        QVERIFY(!checkReplayTarget(source, target).allowed);
        target = endpoint(QStringLiteral("prod:9092"), QStringLiteral("P"),
                          QStringLiteral("lab-orders"), false, QStringLiteral("lab-"));
        QVERIFY(checkReplayTarget(source, target).allowed);
    }

    void clusterIdentity() {
        // Ids decide when both are known, even if the addresses differ.
        QVERIFY(sameCluster(endpoint(QStringLiteral("a:1"), QStringLiteral("X"), {}),
                            endpoint(QStringLiteral("b:1"), QStringLiteral("X"), {})));
        QVERIFY(!sameCluster(endpoint(QStringLiteral("a:1"), QStringLiteral("X"), {}),
                             endpoint(QStringLiteral("a:1"), QStringLiteral("Y"), {})));
        // Without ids: the set of addresses, ignoring order, case and spaces.
        QVERIFY(sameCluster(endpoint(QStringLiteral("A:1, b:2"), {}, {}),
                            endpoint(QStringLiteral("b:2,a:1"), {}, {})));
        QVERIFY(!sameCluster(endpoint(QStringLiteral("a:1"), {}, {}),
                             endpoint(QStringLiteral("a:2"), {}, {})));
        QVERIFY(!sameCluster(endpoint(QString(), {}, {}), endpoint(QString(), {}, {})));
    }

    void invalidOrMissingTargetTopic() {
        const auto source =
            endpoint(QStringLiteral("lab:1"), QStringLiteral("L"), QStringLiteral("orders"), true);
        QVERIFY(!checkReplayTarget(source, endpoint(QStringLiteral("lab:1"), QStringLiteral("L"),
                                                    QString(), true))
                     .allowed);
        QVERIFY(!checkReplayTarget(source, endpoint(QStringLiteral("lab:1"), QStringLiteral("L"),
                                                    QStringLiteral("bad name!"), true))
                     .allowed);
    }

    void javaMurmur2MatchesTheJavaClient() {
        // Values from librdkafka's rdmurmur2.c unit test and Kafka's UtilsTest.
        QCOMPARE(quint32(javaMurmur2("kafka")), 0xd067cf64u);
        QCOMPARE(quint32(javaMurmur2("giberish123456789")), 0x8f552b0cu);
        QCOMPARE(quint32(javaMurmur2("1234")), 0x9fc97b14u);
        QCOMPARE(quint32(javaMurmur2("")), 0x106e08d9u);
        QCOMPARE(javaMurmur2("21"), -973932308);
        for (int n : {1, 3, 12}) {
            const int p = javaKeyPartition("some-key", n);
            QVERIFY(p >= 0 && p < n);
        }
    }

    void digestSeesKeyValueHeadersAndNull() {
        const auto base = record("k", "v", {{"h", "1"}});
        QCOMPARE(digestOf(base), digestOf(record("k", "v", {{"h", "1"}})));
        QVERIFY(digestOf(base) != digestOf(record("k", "v", {{"h", "2"}})));
        QVERIFY(digestOf(base) != digestOf(record("k", "v2", {{"h", "1"}})));
        QVERIFY(digestOf(base) != digestOf(record("k2", "v", {{"h", "1"}})));
        QVERIFY(digestOf(base) != digestOf(record("k", "v", {})));
        // Null differs from empty; field boundaries count.
        QVERIFY(digestOf(record(QByteArray(), "v", {})) != digestOf(record("", "v", {})));
        QVERIFY(digestOf(record("ab", "c", {})) != digestOf(record("a", "bc", {})));
        // Provenance headers appended by a replay are left out on request.
        auto replayed = base;
        replayed.headers.push_back({kReplayIdHeader, "id"});
        replayed.headers.push_back({kReplaySourceHeader, "t/0/1"});
        QVERIFY(digestOf(replayed) != digestOf(base));
        QCOMPARE(digestOf(replayed, 2), digestOf(base));
    }

    void historyIsOwnerOnlyJsonLines() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/replay-history.jsonl"));
        ReplayReport report;
        report.replayId = QStringLiteral("r1");
        report.outcome = ReplayReport::Outcome::Refused;
        report.reason = QStringLiteral("not a sandbox");
        QVERIFY(ReplayHistory::append(report, path));
        report.replayId = QStringLiteral("r2");
        report.outcome = ReplayReport::Outcome::Completed;
        report.replayed = 5;
        QVERIFY(ReplayHistory::append(report, path));
        const auto entries = ReplayHistory::load(10, path);
        QCOMPARE(entries.size(), size_t(2));
        QCOMPARE(entries[0].value(QStringLiteral("outcome")).toString(), QStringLiteral("refused"));
        QCOMPARE(entries[1].value(QStringLiteral("replayed")).toInt(), 5);
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QCOMPARE(ReplayHistory::load(1, path).size(), size_t(1));
    }

    void historyLinesReadBackAsReports() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("replay-history.jsonl"));
        ReplayReport written;
        written.replayId = QStringLiteral("r9");
        written.outcome = ReplayReport::Outcome::Cancelled;
        written.startedAt = QDateTime::fromMSecsSinceEpoch(1764670000123, Qt::UTC);
        written.finishedAt = written.startedAt.addSecs(12);
        written.source = QStringLiteral("the filtered set (12 messages)");
        written.sourceTopic = QStringLiteral("orders");
        written.target = QStringLiteral("sandbox.orders @ lab");
        written.targetTopic = QStringLiteral("sandbox.orders");
        written.reason = QStringLiteral("Cancelled: 7 committed");
        written.read = 12;
        written.replayed = 7;
        written.aborted = 5;
        written.transactions = 3;
        written.retriedChunks = 1;
        written.topicCreated = true;
        written.verifyRequested = false;
        written.verifiedCount = 0;
        written.mismatches = 0;
        written.replayMs = 1234;
        written.verifyMs = 0;
        written.events = {QStringLiteral("one"), QStringLiteral("two")};
        QVERIFY(ReplayHistory::append(written, path));
        const auto reports = ReplayHistory::loadReports(10, path);
        QCOMPARE(reports.size(), size_t(1));
        const ReplayReport& r = reports.front();
        QCOMPARE(r.replayId, written.replayId);
        QCOMPARE(r.outcome, written.outcome);
        QCOMPARE(r.startedAt, written.startedAt);
        QCOMPARE(r.finishedAt, written.finishedAt);
        QCOMPARE(r.source, written.source);
        QCOMPARE(r.sourceTopic, written.sourceTopic);
        QCOMPARE(r.target, written.target);
        QCOMPARE(r.targetTopic, written.targetTopic);
        QCOMPARE(r.reason, written.reason);
        QCOMPARE(r.read, written.read);
        QCOMPARE(r.replayed, written.replayed);
        QCOMPARE(r.aborted, written.aborted);
        QCOMPARE(r.transactions, written.transactions);
        QCOMPARE(r.retriedChunks, written.retriedChunks);
        QCOMPARE(r.topicCreated, true);
        QCOMPARE(r.verifyRequested, false);
        QCOMPARE(r.replayMs, written.replayMs);
        QCOMPARE(r.events, written.events);
        // Every outcome survives the round trip; an unknown one reads as failed, and a line from
        // before verify_requested existed means verification was requested.
        for (const auto outcome : {ReplayReport::Outcome::Completed, ReplayReport::Outcome::DryRun,
                                   ReplayReport::Outcome::Refused, ReplayReport::Outcome::Cancelled,
                                   ReplayReport::Outcome::Failed}) {
            written.outcome = outcome;
            QCOMPARE(ReplayHistory::fromJson(ReplayHistory::toJson(written)).outcome, outcome);
        }
        QJsonObject old{{QStringLiteral("outcome"), QStringLiteral("exploded")},
                        {QStringLiteral("verified"), true}};
        const ReplayReport fromOld = ReplayHistory::fromJson(old);
        QCOMPARE(fromOld.outcome, ReplayReport::Outcome::Failed);
        QVERIFY(fromOld.verifyRequested);
        QVERIFY(fromOld.verified);
    }

    void rewoundStoreReusesItsMemory() {
        MessageStore store(QStringLiteral("t"), qint64(64) << 20);
        const QByteArray big(3 << 20, 'b'); // most of a 4 MiB block
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < 1000; ++i) {
                const auto r = record("k" + QByteArray::number(i), "v" + QByteArray::number(i),
                                      {{"h", QByteArray::number(round)}});
                QVERIFY(store.append(MessageView::of(r, store.topicUtf8())));
            }
            // A record larger than a block gets (and then keeps) a block of its own.
            QVERIFY(store.append(MessageView::of(record("big", big, {}), store.topicUtf8())));
            QVERIFY(store.append(
                MessageView::of(record("huge", QByteArray(5 << 20, 'h'), {}), store.topicUtf8())));
            QCOMPARE(store.size(), size_t(1002));
            const qint64 held = store.memoryBytes();
            QCOMPARE(store.record(999).value, QByteArray("v999"));
            QCOMPARE(store.record(999).headers.at(0).value, QByteArray::number(round));
            QCOMPARE(store.record(1000).value, big);
            QCOMPARE(store.record(1001).value.size(), 5 << 20);
            store.rewind();
            QCOMPARE(store.size(), size_t(0));
            QCOMPARE(store.payloadBytes(), qint64(0));
            // Nothing freed, and refilling allocates nothing new.
            QCOMPARE(store.memoryBytes(), held);
            if (round > 0)
                QCOMPARE(held, m_heldAfterFirstRound);
            else
                m_heldAfterFirstRound = held;
        }
        store.clear();
        QCOMPARE(store.memoryBytes(), qint64(0));
    }

    void offsetListsReadAsPeoplePasteThem() {
        auto pairs = parseOffsetList(QStringLiteral("0:5\n(1, 7); 1,8\n2 100 2 101\norders/0/9\n\n"
                                                    "0:5"));
        QVERIFY2(pairs, qPrintable(pairs ? QString() : pairs.error().message));
        const std::vector<PartitionOffset> expected = {{0, 5}, {0, 9},   {1, 7},
                                                       {1, 8}, {2, 100}, {2, 101}};
        QCOMPARE(*pairs, expected); // sorted, the repeated 0:5 once
        auto bad = parseOffsetList(QStringLiteral("0:5\n1:x7"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("Line 2")),
                 qPrintable(bad.error().message));
        QVERIFY(!parseOffsetList(QStringLiteral("  \n ")));
        QString many;
        for (int i = 0; i <= kMaxListedOffsets; ++i)
            many += QStringLiteral("0:%1\n").arg(i);
        QVERIFY(!parseOffsetList(many));
    }

    void offsetListBecomesARangeThatKeepsOnlyTheListedRecords() {
        const std::vector<PartitionOffset> pairs = {{0, 5}, {0, 6}, {0, 7},
                                                    {0, 8}, {2, 3}, {2, 11}};
        auto request = offsetListRequest(QStringLiteral("orders"), pairs);
        QVERIFY(request);
        QCOMPARE(request->partitions, (std::vector<int>{0, 2}));
        // Each listed partition is read from its own lowest listed offset to its highest.
        QCOMPARE(request->offsetRanges, (std::vector<PartitionOffsetRange>{{0, 5, 8}, {2, 3, 11}}));
        QCOMPARE(request->start.mode, BrowseStart::Mode::Offset);
        QCOMPARE(request->start.value, qint64(3));
        QCOMPARE(request->stop.mode, BrowseStop::Mode::Count);
        QCOMPARE(request->stop.value, qint64(6));
        QVERIFY(request->filter);
        // Independent check: every (partition, offset) in a grid matches iff it is listed.
        FilterScratch scratch;
        const QByteArray topic = "orders";
        for (int partition = 0; partition < 3; ++partition)
            for (qint64 offset = 0; offset < 20; ++offset) {
                ConsumedRecord r;
                r.topic = QStringLiteral("orders");
                r.partition = partition;
                r.offset = offset;
                const bool listed = std::find(pairs.begin(), pairs.end(),
                                              PartitionOffset{partition, offset}) != pairs.end();
                QVERIFY2(request->filter->matches(MessageView::of(r, topic), scratch) == listed,
                         qPrintable(QStringLiteral("%1:%2").arg(partition).arg(offset)));
            }
        QVERIFY(
            describeOffsetList(QStringLiteral("orders"), pairs).contains(QStringLiteral("0, 2")));
    }
};

QTEST_GUILESS_MAIN(TestReplayGuard)
#include "tst_replay_guard.moc"
