// A replay while the broker is halted and restarted (scripts/kafka.sh halt / restart on the
// broker of STREAMSCOPE_STATE, the one the suite runs against): afterwards a read_committed
// reader sees each source record exactly once, and the report's counts agree with it.
#include "TestCluster.h"
#include "kafka/KafkaClient.h"
#include "kafka/PartitionReader.h"
#include "replay/RecordDigest.h"
#include "replay/ReplayJob.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include <set>

using namespace streamscope;

namespace {

// Runs scripts/kafka.sh COMMAND; returns its last stdout line, or a null string on failure.
QString kafkaScript(const QString& command, int timeoutMs) {
    QProcess p;
    p.start(QStringLiteral("bash"),
            {QStringLiteral(STREAMSCOPE_SOURCE_DIR "/scripts/kafka.sh"), command});
    if (!p.waitForFinished(timeoutMs) || p.exitCode() != 0)
        return {};
    const QStringList lines =
        QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QStringLiteral("ok") : lines.last().trimmed();
}

// Source offsets named by the provenance headers of every committed target record.
std::multiset<QByteArray> committedSources(const QString& topic, int partitions, qint64* total) {
    std::multiset<QByteArray> sources;
    auto client = KafkaClient::create(test::brokerProfile());
    std::vector<OffsetQuery> queries;
    for (int p = 0; p < partitions; ++p)
        queries.push_back(OffsetQuery{topic, p, kLatestOffsetQuery});
    auto ends = (*client)->queryOffsets(queries, 15000);
    if (!ends)
        return sources;
    std::vector<PartitionRange> ranges;
    for (const auto& a : *ends)
        if (a.offset > 0)
            ranges.push_back(PartitionRange{topic, a.partition, 0, -1, a.offset});
    auto reader = PartitionReader::create(
        test::brokerProfile(),
        {{QStringLiteral("isolation.level"), QStringLiteral("read_committed")}});
    if (!reader || !(*reader)->assign(ranges, 15000))
        return sources;
    QElapsedTimer t;
    t.start();
    while (!(*reader)->finished() && t.elapsed() < 60000) {
        auto batch = (*reader)->read(ReadLimits{20000, 64 << 20, 200});
        if (!batch)
            continue;
        for (const auto& r : batch->records) {
            ++*total;
            sources.insert(r.headerValue(kReplaySourceHeader));
        }
    }
    return sources;
}

} // namespace

class TestReplayRestart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void brokerRestartMidReplayWritesEachRecordOnce() {
        STREAMSCOPE_REQUIRE_BROKER();
        if (kafkaScript(QStringLiteral("status"), 10000).isNull())
            QSKIP("scripts/kafka.sh status does not know the broker: export STREAMSCOPE_STATE of "
                  "the broker in STREAMSCOPE_BOOTSTRAP");
        constexpr int kRecords = 40000;
        const QString source = test::uniqueTopicName(QStringLiteral("tst-replay-restart"));
        QVERIFY(test::createTopic(source, 2));
        QCOMPARE(test::produceRecords(source, kRecords), kRecords);

        ReplayOptions options;
        options.targetProfile = test::brokerProfile();
        options.targetTopic = QStringLiteral("sandbox.") + source;
        options.rateMessagesPerSecond = 4000; // about 10 s: the halt lands in the middle
        options.chunkMaxMs = 500;
        ReplayJob job(
            ReplaySource::fromRange(test::brokerProfile(), test::wholeTopicRequest(source)),
            options);
        QSignalSpy finished(&job, &ReplayJob::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.progress().committed > 6000, 30000);
        QVERIFY(!kafkaScript(QStringLiteral("halt"), 60000).isNull());
        QTest::qWait(3000);
        const QString again = kafkaScript(QStringLiteral("restart"), 120000);
        QCOMPARE(again, test::bootstrap());
        QVERIFY(finished.wait(180000));
        const auto report = finished.at(0).at(0).value<ReplayReport>();
        qInfo("%s", qPrintable(report.toText()));

        qint64 total = 0;
        const auto sources = committedSources(options.targetTopic, 2, &total);
        // Whatever the outcome, the report's count is what read_committed readers see, and no
        // source record is there twice.
        QCOMPARE(total, report.replayed);
        QCOMPARE(qint64(std::set<QByteArray>(sources.begin(), sources.end()).size()), total);
        // And the replay rode out the outage: everything is there, verified.
        QVERIFY2(report.outcome == ReplayReport::Outcome::Completed, qPrintable(report.toText()));
        QCOMPARE(report.replayed, qint64(kRecords));
        QVERIFY(report.verified);
    }
};

QTEST_GUILESS_MAIN(TestReplayRestart)
#include "tst_replay_restart.moc"
