// The replay engine and `streamscope-cli replay` against the real broker: 100,000 records with
// headers replayed and compared independently, a selection and a filtered set, refusals that
// write nothing, the rate limit, cancel, and the CLI's contract (exit codes, --json fields).
#include "CliRunner.h"
#include "TestCluster.h"
#include "browse/BrowseFetch.h"
#include "browse/Filter.h"
#include "browse/MessageStore.h"
#include "kafka/KafkaClient.h"
#include "kafka/PartitionReader.h"
#include "kafka/Producer.h"
#include "replay/OffsetList.h"
#include "replay/RecordDigest.h"
#include "replay/ReplayEngine.h"
#include "replay/ReplayJob.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace streamscope;

namespace {

constexpr int kTimeoutMs = 15000;

// count records over `partitions` partitions: key k<i % 97> (some null), a value with the index,
// two headers (one with a null value) and timestamps one ms apart from a fixed past time.
bool produceWithHeaders(const QString& topic, int count, int partitions) {
    auto producer = Producer::create(
        test::brokerProfile(),
        {{QStringLiteral("linger.ms"), QStringLiteral("20")},
         {QStringLiteral("queue.buffering.max.messages"), QStringLiteral("200000")}},
        {});
    if (!producer)
        return false;
    auto raw = KafkaClient::create(test::brokerProfile());
    Q_UNUSED(raw);
    for (int i = 0; i < count; ++i) {
        ProducerRecord r;
        r.topic = topic.toUtf8();
        if (i % 13 != 0)
            r.key = "k" + QByteArray::number(i % 97);
        r.value = R"({"i":)" + QByteArray::number(i) + R"(,"kind":")" +
                  (i % 10 == 0 ? "refund" : "order") + R"(","pad":"xxxxxxxxxxxxxxxxxxxxxxxx"})";
        r.headers.push_back(RecordHeader{"trace", "t-" + QByteArray::number(i)});
        r.headers.push_back(RecordHeader{"empty", QByteArray()});
        if (!(*producer)->produce(r, 10000))
            return false;
    }
    Q_UNUSED(partitions);
    return (*producer)->flush(30000);
}

struct ReadBack {
    // partition -> records in offset order
    std::map<int, std::vector<ConsumedRecord>> byPartition;
    qint64 total = 0;
};

// Everything in the topic, read with the given isolation level.
ReadBack readTopic(const QString& topic, bool committedOnly = true) {
    ReadBack result;
    auto client = KafkaClient::create(test::brokerProfile());
    if (!client)
        return result;
    auto md = (*client)->fetchMetadata(kTimeoutMs);
    if (!md || !md->findTopic(topic))
        return result;
    (void)(*client)->fillOffsets(*md, kTimeoutMs);
    std::vector<PartitionRange> ranges;
    for (const auto& p : md->findTopic(topic)->partitions)
        if (p.endOffset > p.startOffset)
            ranges.push_back(PartitionRange{topic, p.partition, p.startOffset, -1, p.endOffset});
    if (ranges.empty())
        return result;
    auto reader = PartitionReader::create(
        test::brokerProfile(),
        {{QStringLiteral("isolation.level"),
          committedOnly ? QStringLiteral("read_committed") : QStringLiteral("read_uncommitted")}});
    if (!reader || !(*reader)->assign(ranges, kTimeoutMs))
        return result;
    QElapsedTimer t;
    t.start();
    while (!(*reader)->finished() && t.elapsed() < 60000) {
        auto batch = (*reader)->read(ReadLimits{20000, 64 << 20, 200});
        if (!batch)
            continue;
        for (auto& r : batch->records) {
            ++result.total;
            result.byPartition[r.partition].push_back(std::move(r));
        }
    }
    return result;
}

// The topic's record count by end offsets (no read): 0 when it does not exist.
bool topicExists(const QString& topic) {
    auto client = KafkaClient::create(test::brokerProfile());
    auto md = (*client)->fetchMetadata(kTimeoutMs);
    return md && md->findTopic(topic) != nullptr;
}

ReplayOptions sandboxOptions(const QString& targetTopic) {
    ReplayOptions options;
    options.targetProfile = test::brokerProfile(); // not a sandbox: only the prefix allows it
    options.targetTopic = targetTopic;
    return options;
}

QString sandboxTopic(const QString& what) {
    return test::uniqueTopicName(QStringLiteral("sandbox.") + what);
}

} // namespace

class TestReplay : public QObject {
    Q_OBJECT
    QString m_source; // 100,000 records, 3 partitions, shared by the cases
    static constexpr int kRecords = 100000;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        STREAMSCOPE_REQUIRE_BROKER();
        m_source = test::uniqueTopicName(QStringLiteral("tst-replay-src"));
        QVERIFY(test::createTopic(m_source, 3));
        QVERIFY(produceWithHeaders(m_source, kRecords, 3));
    }

    void replays100kExactlyAndInOrder() {
        const QString target = sandboxTopic(QStringLiteral("all"));
        ReplayControl control;
        const ReplayReport report = runReplay(
            ReplaySource::fromRange(test::brokerProfile(), test::wholeTopicRequest(m_source)),
            sandboxOptions(target), control);
        QVERIFY2(report.outcome == ReplayReport::Outcome::Completed, qPrintable(report.toText()));
        QCOMPARE(report.replayed, qint64(kRecords));
        QVERIFY2(report.verified, qPrintable(report.toText()));
        QCOMPARE(report.mismatches, qint64(0));
        QVERIFY(report.topicCreated);

        // Independently of the engine's own verification: every target record against its
        // source, partition by partition, in order.
        const ReadBack source = readTopic(m_source);
        const ReadBack copy = readTopic(target);
        QCOMPARE(copy.total, qint64(kRecords));
        QCOMPARE(copy.byPartition.size(), source.byPartition.size());
        const QByteArray topicUtf8 = target.toUtf8();
        for (const auto& [partition, records] : source.byPartition) {
            const auto& replayed = copy.byPartition.at(partition);
            QCOMPARE(replayed.size(), records.size());
            for (size_t i = 0; i < records.size(); ++i) {
                const auto& s = records[i];
                const auto& t = replayed[i];
                QCOMPARE(recordDigest(MessageView::of(t, topicUtf8), 2),
                         recordDigest(MessageView::of(s, topicUtf8)));
                QCOMPARE(t.key.isNull(), s.key.isNull());
                QCOMPARE(t.timestampMs, s.timestampMs); // original timestamps by default
                QCOMPARE(t.headerValue(kReplaySourceHeader),
                         m_source.toUtf8() + '/' + QByteArray::number(partition) + '/' +
                             QByteArray::number(s.offset));
                QCOMPARE(t.headerValue(kReplayIdHeader), report.replayId.toUtf8());
                QCOMPARE(t.headers.size(), s.headers.size() + 2);
                QCOMPARE(t.headers[1].value.isNull(), s.headers[1].value.isNull());
            }
        }
    }

    void replaysASelectionOfStoreRows() {
        // The browser's selection: rows of a store, every 7th of partition 1.
        auto store = std::make_shared<MessageStore>(m_source);
        BrowseRequest request = test::wholeTopicRequest(m_source);
        request.partitions = {1};
        request.stop = BrowseStop{BrowseStop::Mode::Count, 700};
        const BrowseOutcome fetched =
            runBrowse(test::brokerProfile(), request, storeSink(*store), CancelToken{});
        QCOMPARE(store->size(), size_t(700));
        std::vector<quint32> rows;
        for (quint32 r = 0; r < 700; r += 7)
            rows.push_back(r);
        ReplaySource source = ReplaySource::fromRows(test::brokerProfile(), store, rows,
                                                     QStringLiteral("100 selected"));
        source.topic = m_source;
        ReplayOptions options = sandboxOptions(sandboxTopic(QStringLiteral("sel")));
        options.provenance = false;
        options.timestamps = ReplayTimestamps::Now;
        ReplayControl control;
        const ReplayReport report = runReplay(source, options, control);
        QVERIFY2(report.succeeded(), qPrintable(report.toText()));
        const ReadBack copy = readTopic(options.targetTopic);
        QCOMPARE(copy.total, qint64(100));
        const auto& got = copy.byPartition.at(1);
        for (size_t i = 0; i < got.size(); ++i) {
            QCOMPARE(got[i].value, store->record(rows[i]).value);
            QCOMPARE(got[i].headers.size(), size_t(2)); // no provenance headers
            QVERIFY(got[i].timestampMs > QDateTime::currentMSecsSinceEpoch() - 120000);
        }
    }

    void filteredReplayWritesExactlyTheMatches() {
        FilterError error;
        auto filter = CompiledFilter::compile(QStringLiteral(R"(value.kind == "refund")"), &error);
        if (!filter)
            QSKIP(qPrintable(QStringLiteral("needs the filter language of core/browse (branch "
                                            "browse): ") +
                             error.message));
        BrowseRequest request = test::wholeTopicRequest(m_source);
        request.filter = std::make_shared<const CompiledFilter>(std::move(*filter));
        ReplayOptions options = sandboxOptions(sandboxTopic(QStringLiteral("refunds")));
        options.partitioning = ReplayPartitioning::Key;
        ReplayControl control;
        const ReplayReport report =
            runReplay(ReplaySource::fromRange(test::brokerProfile(), request), options, control);
        QVERIFY2(report.succeeded(), qPrintable(report.toText()));
        QCOMPARE(report.replayed, qint64(kRecords / 10));
        const ReadBack copy = readTopic(options.targetTopic);
        QCOMPARE(copy.total, qint64(kRecords / 10));
        for (const auto& [partition, records] : copy.byPartition)
            for (const auto& r : records)
                QVERIFY(r.value.contains(R"("kind":"refund")"));
    }

    void refusesNonSandboxAndSourceWritingNothing() {
        // Not a sandbox cluster and no prefix: refused, and the topic is not created.
        const QString plain = test::uniqueTopicName(QStringLiteral("tst-replay-plain"));
        ReplayControl control;
        ReplayReport report = runReplay(
            ReplaySource::fromRange(test::brokerProfile(), test::wholeTopicRequest(m_source)),
            sandboxOptions(plain), control);
        QCOMPARE(report.outcome, ReplayReport::Outcome::Refused);
        QVERIFY(report.reason.contains(QStringLiteral("sandbox")));
        QCOMPARE(report.replayed, qint64(0));
        QVERIFY(!topicExists(plain));

        // The source itself, even with a sandbox profile: refused, source unchanged.
        ReplayOptions self = sandboxOptions(m_source);
        self.targetProfile.sandbox = true;
        ReplayControl control2;
        report = runReplay(
            ReplaySource::fromRange(test::brokerProfile(), test::wholeTopicRequest(m_source)), self,
            control2);
        QCOMPARE(report.outcome, ReplayReport::Outcome::Refused);
        QCOMPARE(readTopic(m_source, false).total, qint64(kRecords));

        // The CLI: exit 3, the reason, nothing created; --json carries the contract's fields.
        const QString boot = test::bootstrap();
        auto refused = test::runCli({QStringLiteral("replay"), QStringLiteral("-b"), boot,
                                     QStringLiteral("--topic"), m_source, QStringLiteral("--to"),
                                     plain, QStringLiteral("--json")},
                                    60000);
        QVERIFY2(refused.exitCode == 3, qPrintable(test::describe(refused)));
        QVERIFY(refused.stdErr.contains(QStringLiteral("sandbox")));
        QVERIFY(!topicExists(plain));
        auto bad = test::runCli({QStringLiteral("replay"), QStringLiteral("-b"), boot,
                                 QStringLiteral("--topic"), m_source, QStringLiteral("--to"), plain,
                                 QStringLiteral("--partitioning"), QStringLiteral("hash")});
        QVERIFY2(bad.exitCode == 2, qPrintable(test::describe(bad)));
        auto badFilter =
            test::runCli({QStringLiteral("replay"), QStringLiteral("-b"), boot,
                          QStringLiteral("--topic"), m_source, QStringLiteral("--to"), plain,
                          QStringLiteral("--filter"), QStringLiteral("value ==")});
        QVERIFY2(badFilter.exitCode == 2, qPrintable(test::describe(badFilter)));
    }

    void cliReplaysAPartitionRangeAndReportsJson() {
        const QString target = sandboxTopic(QStringLiteral("cli"));
        const QString boot = test::bootstrap();
        auto run = test::runCli(
            {QStringLiteral("replay"), QStringLiteral("-b"), boot, QStringLiteral("--topic"),
             m_source, QStringLiteral("--partition"), QStringLiteral("2"), QStringLiteral("--from"),
             QStringLiteral("offset:10"), QStringLiteral("--until"), QStringLiteral("count:500"),
             QStringLiteral("--to"), target, QStringLiteral("--json")},
            60000);
        QVERIFY2(run.exitCode == 0, qPrintable(test::describe(run)));
        const QJsonObject json = QJsonDocument::fromJson(run.stdOut.toUtf8()).object();
        for (const char* field : {"replay_id", "target", "replayed", "verified", "mismatches"})
            QVERIFY2(json.contains(QLatin1String(field)), field);
        QCOMPARE(json.value(QStringLiteral("target")).toString(), target);
        QCOMPARE(json.value(QStringLiteral("replayed")).toInt(), 500);
        QCOMPARE(json.value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("mismatches")).toInt(), 0);
        const ReadBack copy = readTopic(target);
        QCOMPARE(copy.total, qint64(500));
        QCOMPARE(copy.byPartition.at(2).front().headerValue(kReplaySourceHeader),
                 m_source.toUtf8() + "/2/10");

        // Dry run: counts and spread, nothing written.
        const QString dryTarget = sandboxTopic(QStringLiteral("dry"));
        auto dry = test::runCli({QStringLiteral("replay"), QStringLiteral("-b"), boot,
                                 QStringLiteral("--topic"), m_source, QStringLiteral("--until"),
                                 QStringLiteral("count:300"), QStringLiteral("--to"), dryTarget,
                                 QStringLiteral("--partitioning"), QStringLiteral("roundrobin"),
                                 QStringLiteral("--dry-run"), QStringLiteral("--json")},
                                60000);
        QVERIFY2(dry.exitCode == 0, qPrintable(test::describe(dry)));
        const QJsonObject dryJson = QJsonDocument::fromJson(dry.stdOut.toUtf8()).object();
        QCOMPARE(dryJson.value(QStringLiteral("read")).toInt(), 300);
        QCOMPARE(dryJson.value(QStringLiteral("partition_spread")).toObject().size(), 3);
        QVERIFY(!topicExists(dryTarget));
    }

    void listedOffsetsReplayExactlyThoseRecords() {
        // The engine: a range made from a pasted list yields exactly the listed records.
        const std::vector<PartitionOffset> pairs = {{0, 3}, {0, 5}, {1, 7}, {1, 8}, {1, 9}};
        auto request = offsetListRequest(m_source, pairs);
        QVERIFY2(request, qPrintable(request ? QString() : request.error().message));
        const QString target = sandboxTopic(QStringLiteral("listed"));
        ReplayControl control;
        const ReplayReport report =
            runReplay(ReplaySource::fromRange(test::brokerProfile(), *request,
                                              describeOffsetList(m_source, pairs)),
                      sandboxOptions(target), control);
        QVERIFY2(report.succeeded(), qPrintable(report.toText()));
        QCOMPARE(report.replayed, qint64(pairs.size()));
        QVERIFY(report.source.contains(QStringLiteral("5")));
        const ReadBack copy = readTopic(target);
        QStringList sources;
        for (const auto& [partition, records] : copy.byPartition)
            for (const auto& r : records)
                sources << QString::fromUtf8(r.headerValue(kReplaySourceHeader));
        sources.sort();
        QStringList expected;
        for (const auto& p : pairs)
            expected << QStringLiteral("%1/%2/%3").arg(m_source).arg(p.partition).arg(p.offset);
        expected.sort();
        QCOMPARE(sources, expected);
    }

    void listedOffsetsReadOnlyTheirPartitionsAndRanges() {
        // Far-apart offsets in two of three partitions: each listed partition is read from its
        // own lowest listed offset to its own highest, and partition 2 not at all (reading every
        // partition from the lowest listed offset would fetch about 5,000 records here).
        const std::vector<PartitionOffset> pairs = {{0, 10}, {0, 12}, {1, 5000}, {1, 5002}};
        auto request = offsetListRequest(m_source, pairs);
        QVERIFY(request);
        std::vector<std::pair<int, qint64>> kept;
        const BrowseOutcome outcome = runBrowse(
            test::brokerProfile(), *request,
            [&kept](const MessageView& r) {
                kept.emplace_back(r.partition, r.offset);
                return true;
            },
            CancelToken{});
        QVERIFY2(outcome.end == BrowseOutcome::End::CountReached ||
                     outcome.end == BrowseOutcome::End::Finished,
                 qPrintable(outcome.error.message));
        QCOMPARE(kept,
                 (std::vector<std::pair<int, qint64>>{{0, 10}, {0, 12}, {1, 5000}, {1, 5002}}));
        QVERIFY2(outcome.recordsRead <= 6, qPrintable(QString::number(outcome.recordsRead)));
        QCOMPARE(outcome.partitions.size(), size_t(2));
        for (const auto& p : outcome.partitions) {
            QCOMPARE(p.startOffset, p.partition == 0 ? qint64(10) : qint64(5000));
            QCOMPARE(p.endOffset, p.partition == 0 ? qint64(13) : qint64(5003));
        }

        // The replay of that list writes exactly those records.
        const QString target = sandboxTopic(QStringLiteral("listed-ranges"));
        ReplayControl control;
        const ReplayReport report =
            runReplay(ReplaySource::fromRange(test::brokerProfile(), *request),
                      sandboxOptions(target), control);
        QVERIFY2(report.succeeded(), qPrintable(report.toText()));
        QCOMPARE(report.replayed, qint64(4));
        QCOMPARE(readTopic(target).total, qint64(4));
    }

    void cliRefusesOffsetFilesThatAreNotTextOrTooLarge() {
        QTemporaryDir dir;
        const QString binary = dir.filePath(QStringLiteral("offsets.bin"));
        {
            QFile out(binary);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QByteArray("0:5\n\0\x01\x02", 7));
        }
        const QString target = sandboxTopic(QStringLiteral("cli-offsets-file"));
        const QString boot = test::bootstrap();
        auto run = [&](const QString& file) {
            return test::runCli({QStringLiteral("replay"), QStringLiteral("-b"), boot,
                                 QStringLiteral("--topic"), m_source, QStringLiteral("--offsets"),
                                 file, QStringLiteral("--to"), target},
                                30000);
        };
        const auto notText = run(binary);
        QCOMPARE(notText.exitCode, 2);
        QVERIFY2(notText.stdErr.contains(QStringLiteral("not a text file")),
                 qPrintable(test::describe(notText)));
        // A device that never ends is cut at the limit instead of read forever.
        const auto endless = run(QStringLiteral("/dev/zero"));
        QCOMPARE(endless.exitCode, 2);
        QVERIFY2(endless.stdErr.contains(QStringLiteral("larger than 4 MiB")),
                 qPrintable(test::describe(endless)));
        const auto missing = run(dir.filePath(QStringLiteral("nope.txt")));
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.stdErr.contains(QStringLiteral("nope.txt")),
                 qPrintable(test::describe(missing)));
        QVERIFY(!topicExists(target));
    }

    void cliReplaysOffsetsFromAFileAndFlags() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("offsets.txt"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            // Pairs as people paste them, and a provenance header value.
            out.write("0:5\n(1, 7), 1:8\n2 100 2 101\n" + m_source.toUtf8() + "/0/9\n");
        }
        const QString target = sandboxTopic(QStringLiteral("cli-listed"));
        const QString boot = test::bootstrap();
        auto run = test::runCli({QStringLiteral("replay"), QStringLiteral("-b"), boot,
                                 QStringLiteral("--topic"), m_source, QStringLiteral("--offsets"),
                                 file, QStringLiteral("--offset"), QStringLiteral("2:102"),
                                 QStringLiteral("--to"), target, QStringLiteral("--json")},
                                60000);
        QVERIFY2(run.exitCode == 0, qPrintable(test::describe(run)));
        const QJsonObject json = QJsonDocument::fromJson(run.stdOut.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("replayed")).toInt(), 7);
        QCOMPARE(json.value(QStringLiteral("verified")).toBool(), true);
        const ReadBack copy = readTopic(target);
        QCOMPARE(copy.total, qint64(7));
        std::vector<qint64> offsetsOf2;
        for (const auto& r : copy.byPartition.at(2))
            offsetsOf2.push_back(
                QByteArray(r.headerValue(kReplaySourceHeader)).split('/').last().toLongLong());
        QCOMPARE(offsetsOf2, (std::vector<qint64>{100, 101, 102})); // order kept

        // Bad lists and a range beside a list are usage errors (exit 2), nothing written.
        const QString untouched = sandboxTopic(QStringLiteral("cli-listed-bad"));
        auto bad = test::runCli({QStringLiteral("replay"), QStringLiteral("-b"), boot,
                                 QStringLiteral("--topic"), m_source, QStringLiteral("--offset"),
                                 QStringLiteral("zero:1"), QStringLiteral("--to"), untouched},
                                30000);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.stdErr.contains(QStringLiteral("zero")), qPrintable(test::describe(bad)));
        auto both = test::runCli({QStringLiteral("replay"), QStringLiteral("-b"), boot,
                                  QStringLiteral("--topic"), m_source, QStringLiteral("--offset"),
                                  QStringLiteral("0:1"), QStringLiteral("--from"),
                                  QStringLiteral("offset:3"), QStringLiteral("--to"), untouched},
                                 30000);
        QCOMPARE(both.exitCode, 2);
        QVERIFY(!topicExists(untouched));
    }

    void rateLimitHoldsWithinTenPercent() {
        BrowseRequest request = test::wholeTopicRequest(m_source);
        request.partitions = {0};
        request.stop = BrowseStop{BrowseStop::Mode::Count, 3001};
        ReplayOptions options = sandboxOptions(sandboxTopic(QStringLiteral("rate")));
        options.rateMessagesPerSecond = 1000;
        options.verify = false;
        ReplayControl control;
        const ReplayReport report =
            runReplay(ReplaySource::fromRange(test::brokerProfile(), request), options, control);
        QVERIFY2(report.succeeded(), qPrintable(report.toText()));
        // 3,001 records at 1,000/s: the last goes 3.0 s after the first.
        const double rate = 3000.0 / (double(report.writeMs) / 1000.0);
        qInfo("rate %.1f msgs/s over %lld ms", rate, report.writeMs);
        QVERIFY2(rate > 900 && rate < 1100, qPrintable(QString::number(rate)));
    }

    void cancelLeavesACorrectReport() {
        ReplayOptions options = sandboxOptions(sandboxTopic(QStringLiteral("cancel")));
        options.rateMessagesPerSecond = 4000;
        options.chunkMaxMs = 300;
        ReplayJob job(
            ReplaySource::fromRange(test::brokerProfile(), test::wholeTopicRequest(m_source)),
            options);
        QSignalSpy finished(&job, &ReplayJob::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.progress().committed > 2000, 20000);
        job.pause();
        QTest::qWait(500);
        const qint64 whilePaused = job.progress().read;
        QTest::qWait(500);
        QCOMPARE(job.progress().read, whilePaused); // paused: nothing taken
        job.resume();
        QTest::qWait(300);
        job.cancel();
        QVERIFY(finished.wait(30000));
        const auto report = finished.at(0).at(0).value<ReplayReport>();
        QCOMPARE(report.outcome, ReplayReport::Outcome::Cancelled);
        QVERIFY(report.replayed > 2000 && report.replayed < kRecords);
        QCOMPARE(report.read, report.replayed + report.aborted);
        // What the report says is committed is exactly what a read_committed reader sees, and
        // it is intact.
        QCOMPARE(readTopic(options.targetTopic).total, report.replayed);
        QVERIFY(!report.verified); // cancelled: not read back, and the report says so
        QVERIFY(report.toText().contains(QStringLiteral("cancelled")));
    }
};

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
