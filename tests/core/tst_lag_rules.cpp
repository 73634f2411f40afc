// The lag engine's pure logic on scripted sample sequences (no broker): every Burrow status,
// time lag by interpolation over end offsets, the catch-up estimate, the calculator's totals
// and "no commit", and the lag history rings.
#include "SyntheticCluster.h"
#include "lag/EndOffsetTable.h"
#include "lag/LagCalculator.h"
#include "lag/LagHistory.h"
#include "lag/LagRules.h"
#include "throughput/HistoryFileWriter.h"
#include "throughput/HistoryStore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(streamscope::LagStatus)

using namespace streamscope;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kTickMs = 2000;

// A window of samples at kTickMs steps: committed[i] (negative: none) against end[i].
LagWindow script(const std::vector<qint64>& committed, const std::vector<qint64>& end,
                 qint64 start = 0) {
    LagWindow w;
    for (std::size_t i = 0; i < committed.size(); ++i) {
        LagSample s;
        s.timeMs = static_cast<qint64>(i) * kTickMs;
        if (committed[i] >= 0)
            s.committed = committed[i];
        s.endOffset = end[i];
        s.startOffset = start;
        w.push_back(s);
    }
    return w;
}

bool within(double value, double truth, double share) {
    return std::abs(value - truth) <= std::abs(truth) * share;
}

// One group with committed offsets on one topic, as a LagReader would hand it over.
GroupReadout readout(const QString& group, const QString& topic,
                     const std::vector<qint64>& committed, const QString& state = u"Stable"_s,
                     bool withMember = true) {
    GroupReadout g;
    g.listing = {group, state, false};
    ConsumerGroupDescription d;
    d.groupId = group;
    d.state = state;
    d.assignor = u"range"_s;
    d.coordinatorId = 0;
    if (withMember) {
        ConsumerGroupMember m{u"member-1"_s, u"client-1"_s, u"/10.0.0.1"_s, {}};
        for (std::size_t p = 0; p < committed.size(); ++p)
            m.assignment.push_back({topic, static_cast<int>(p)});
        d.members.push_back(m);
    }
    g.description = d;
    g.offsets.groupId = group;
    for (std::size_t p = 0; p < committed.size(); ++p) {
        if (committed[p] >= 0)
            g.offsets.offsets.push_back({topic, static_cast<int>(p), committed[p], 0});
    }
    return g;
}

// One partition's verdict after each tick (2 s apart, end offset 200, window of 4 samples) of a
// group committing `commits` in turn, with a live member or as an Empty group without one.
std::vector<LagVerdict> verdictsOverTicks(const std::vector<qint64>& commits, bool withMember) {
    LagRuleConfig config;
    config.windowSamples = 4;
    LagCalculator calculator(config);
    std::vector<LagVerdict> verdicts;
    for (std::size_t i = 0; i < commits.size(); ++i) {
        auto md = test::SyntheticCluster()
                      .sampledAt(1000000 + static_cast<qint64>(i) * kTickMs,
                                 static_cast<qint64>(i) * kTickMs)
                      .topic(u"t"_s, 1)
                      .endOffsets({200})
                      .metadata();
        calculator.addEndOffsets(md);
        LagReadout r;
        r.groups.push_back(readout(u"g"_s, u"t"_s, {commits[i]},
                                   withMember ? u"Stable"_s : u"Empty"_s, withMember));
        verdicts.push_back(calculator.compute(md, r, {}).groups[0].topics[0].partitions[0].verdict);
    }
    return verdicts;
}

} // namespace

class TestLagRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Each status from a scripted window; the explanation names the numbers behind it.
    void statusOfScriptedWindow_data() {
        QTest::addColumn<std::vector<qint64>>("committed");
        QTest::addColumn<std::vector<qint64>>("end");
        QTest::addColumn<qint64>("logStart");
        QTest::addColumn<bool>("consumerActive");
        QTest::addColumn<LagStatus>("status");
        QTest::addColumn<QStringList>("numbers");
        using V = std::vector<qint64>;
        QTest::newRow("caught up: OK")
            << V{100} << V{100} << qint64(0) << true << LagStatus::Ok << QStringList{u"100"_s};
        // Lag goes up and down while the committed offset moves: a consumer that keeps up.
        QTest::newRow("keeping up: OK")
            << V{0, 90, 210, 290, 400} << V{100, 200, 300, 400, 500} << qint64(0) << true
            << LagStatus::Ok << QStringList{u"400"_s};
        QTest::newRow("growing lag: WARN")
            << V{0, 50, 100, 150, 200} << V{100, 200, 300, 400, 500} << qint64(0) << true
            << LagStatus::Warn << QStringList{u"100"_s, u"300"_s};
        QTest::newRow("frozen commit, live member: STALL")
            << V{50, 50, 50, 50} << V{100, 200, 300, 400} << qint64(0) << true << LagStatus::Stall
            << QStringList{u"50"_s, u"350"_s};
        // One commit seen and never again, nobody owning the partition: there is no span of
        // commits to compare the silence with, and the sentence says who is missing instead.
        QTest::newRow("frozen commit, no consumer: STOP")
            << V{50, 50, 50, 50} << V{100, 100, 100, 100} << qint64(0) << false << LagStatus::Stop
            << QStringList{u"50"_s, u"6.0 s"_s, u"no consumer owns"_s};
        // Burrow's rules beyond the basic cases: a lag of 0 anywhere in the window is OK; a
        // group that committed progress and then stopped is STOP once the silence is longer
        // than the span of its commits (commits at 0, 2, 4 s; silent until 12 s > 4 s); a live
        // consumer whose lag never shrinks while it commits progress is WARN (constant lag too).
        QTest::newRow("lag 0 within the window: OK")
            << V{50, 50, 100, 100} << V{100, 100, 100, 200} << qint64(0) << true << LagStatus::Ok
            << QStringList{u"100"_s};
        QTest::newRow("moved, then silent longer than its commits span: STOP")
            << V{10, 20, 30, 30, 30, 30, 30} << V{100, 100, 100, 100, 100, 100, 100} << qint64(0)
            << false << LagStatus::Stop << QStringList{u"8"_s, u"4"_s, u"70"_s, u"30"_s};
        QTest::newRow("moved, silent shorter than its commits span: OK")
            << V{10, 20, 30, 40, 40} << V{100, 100, 100, 100, 100} << qint64(0) << false
            << LagStatus::Ok << QStringList{u"60"_s};
        QTest::newRow("constant lag while committing: WARN")
            << V{0, 100, 200, 300} << V{100, 200, 300, 400} << qint64(0) << true << LagStatus::Warn
            << QStringList{u"100"_s};
        QTest::newRow("committed went back: REWIND")
            << V{100, 200, 20, 60} << V{300, 300, 300, 300} << qint64(0) << true
            << LagStatus::Rewind << QStringList{u"200"_s, u"20"_s};
        // Below the log start: retention deleted what the group had not read.
        QTest::newRow("below the log start: ERR")
            << V{10, 10, 10} << V{500, 500, 500} << qint64(100) << true << LagStatus::Error
            << QStringList{u"90"_s};
        // Beyond the end in every one of the last samples: the topic was re-created.
        QTest::newRow("beyond the end: ERR") << V{900, 900, 900} << V{10, 10, 10} << qint64(0)
                                             << true << LagStatus::Error << QStringList{u"900"_s};
        // Beyond it once (a commit read just after the tick): caught up, not an error.
        QTest::newRow("beyond the end once: OK") << V{90, 95, 105} << V{100, 100, 100} << qint64(0)
                                                 << true << LagStatus::Ok << QStringList{u"105"_s};
        QTest::newRow("two samples: UNKNOWN") << V{50, 60} << V{100, 200} << qint64(0) << true
                                              << LagStatus::Unknown << QStringList{u"2"_s};
        QTest::newRow("no commit: UNKNOWN") << V{-1, -1, -1} << V{100, 200, 300} << qint64(0)
                                            << true << LagStatus::Unknown << QStringList{};
    }
    void statusOfScriptedWindow() {
        QFETCH(std::vector<qint64>, committed);
        QFETCH(std::vector<qint64>, end);
        QFETCH(qint64, logStart);
        QFETCH(bool, consumerActive);
        QFETCH(LagStatus, status);
        QFETCH(QStringList, numbers);
        const LagVerdict v =
            LagRules().evaluatePartition(script(committed, end, logStart), consumerActive);
        QCOMPARE(lagStatusName(v.status), lagStatusName(status));
        for (const QString& n : numbers)
            QVERIFY2(v.explanation.contains(n), qPrintable(v.explanation));
    }
    void silenceCountsFromWhenTheOffsetWasFirstSeen() {
        // Burrow dates a commit by its own time; we by the sample at which the offset changed,
        // carried while it stays: after the window slid past the change, the silence still
        // counts from it (12 s at the last sample, not the window's 6 s).
        const auto verdicts = verdictsOverTicks({10, 20, 20, 20, 20, 20, 20, 20}, false);
        const LagVerdict& last = verdicts.back();
        QCOMPARE(lagStatusName(last.status), lagStatusName(LagStatus::Stop));
        QVERIFY2(last.explanation.contains(u"12"_s), qPrintable(last.explanation));
    }
    void windowSlides() {
        // An old rewind slid out of the window: no longer REWIND.
        const auto verdicts = verdictsOverTicks({100, 20, 40, 60, 80, 100}, true);
        for (std::size_t i = 1; i <= 3; ++i)
            QCOMPARE(verdicts[i].status, LagStatus::Rewind);
        QCOMPARE(verdicts.back().status, LagStatus::Ok);
    }
    void groupTakesWorstPartitionAndThresholds() {
        GroupLag g;
        g.groupId = u"g"_s;
        g.totalLag = 5000;
        GroupTopicLag t;
        t.topic = u"orders"_s;
        PartitionLag ok;
        ok.topic = u"orders"_s;
        ok.partition = 0;
        ok.committed = 10;
        ok.verdict = {LagStatus::Ok, u"fine"_s};
        PartitionLag stalled = ok;
        stalled.partition = 3;
        stalled.verdict = {LagStatus::Stall, u"stuck at 10"_s};
        t.partitions = {ok, stalled};
        g.topics = {t};
        auto v = LagRules::evaluateGroup(g, {});
        QCOMPARE(v.status, LagStatus::Stall);
        QVERIFY2(v.explanation.contains(u"orders-3"_s) && v.explanation.contains(u"stuck at 10"_s),
                 qPrintable(v.explanation));

        g.topics[0].partitions = {ok};
        LagThresholds limits;
        limits.maxLagMessages = 1000;
        v = LagRules::evaluateGroup(g, limits);
        QCOMPARE(v.status, LagStatus::Warn);
        QVERIFY2(v.explanation.contains(u"1,000"_s) || v.explanation.contains(u"1000"_s),
                 qPrintable(v.explanation));
        LagThresholds seconds;
        seconds.maxTimeLagSeconds = 30;
        g.timeLagSeconds = 45;
        v = LagRules::evaluateGroup(g, seconds);
        QCOMPARE(v.status, LagStatus::Warn);
        QVERIFY2(v.explanation.contains(u"45"_s), qPrintable(v.explanation));

        g.error = u"coordinator not available"_s;
        v = LagRules::evaluateGroup(g, {});
        QCOMPARE(v.status, LagStatus::Unknown);
        QVERIFY(v.explanation.contains(u"coordinator not available"_s));
    }

    void timeLagInterpolatesEndOffsets() {
        // A producer at 100 msgs/s sampled every 2 s (with jitter); the consumer committed the
        // offset the end had at t = 31.3 s. Truth at now = 90 s: 58.7 s.
        EndOffsetTable table;
        for (qint64 t = 0; t <= 90000; t += kTickMs) {
            const qint64 jitter = (t / kTickMs) % 3 * 50;
            table.add(t + jitter, (t + jitter) / 10);
        }
        const auto lag = table.timeLagSeconds(3130, 90000);
        QVERIFY(lag);
        QVERIFY2(within(*lag, 58.7, 0.10), qPrintable(QString::number(*lag)));
        QCOMPARE(*table.timeLagSeconds(9000, 90000), 0.0);
    }
    void timeLagOfAFlatRunIsItsEnd() {
        // End offset 500 from 0 s to 40 s, then 100 msgs/s: a committed 500 was last the end
        // offset at 40 s.
        EndOffsetTable table;
        for (qint64 t = 0; t <= 40000; t += kTickMs)
            table.add(t, 500);
        for (qint64 t = 42000; t <= 60000; t += kTickMs)
            table.add(t, 500 + (t - 40000) / 10);
        QVERIFY(table.points().size() < 20); // the flat run keeps two points
        QVERIFY(within(*table.timeLagSeconds(500, 60000), 20.0, 0.10));
    }
    void timeLagReachesBackAfterThinning() {
        // Far more samples than the table holds: thinning keeps the old end at a coarser grain.
        EndOffsetTable table(64);
        for (qint64 t = 0; t <= 3600000; t += kTickMs)
            table.add(t, t / 20); // 50 msgs/s
        QVERIFY(table.points().size() <= 64);
        // The end offset was 10,000 at 200 s: 3400 s ago.
        QVERIFY2(within(*table.timeLagSeconds(10000, 3600000), 3400.0, 0.10),
                 qPrintable(QString::number(*table.timeLagSeconds(10000, 3600000))));
        // Before the oldest point: extrapolated at the mean rate.
        EndOffsetTable shortTable;
        for (qint64 t = 100000; t <= 120000; t += kTickMs)
            shortTable.add(t, t / 20);
        QVERIFY(within(*shortTable.timeLagSeconds(4000, 120000), 40.0, 0.10));
    }

    void catchUpEstimate() {
        auto e = CatchUpEstimate::from(3000, 150, 100);
        QVERIFY(e.etaSeconds);
        QCOMPARE(*e.etaSeconds, 60.0);
        QVERIFY(!e.fallingBehindPerSec);
        e = CatchUpEstimate::from(3000, 80, 100);
        QVERIFY(!e.etaSeconds);
        QCOMPARE(*e.fallingBehindPerSec, 20.0);
        // Keeping pace within the tolerance: the lag holds, neither an ETA nor a loss.
        e = CatchUpEstimate::from(26, 19.5, 20.1);
        QVERIFY(!e.etaSeconds);
        QCOMPARE(*e.fallingBehindPerSec, 0.0);
        e = CatchUpEstimate::from(26, 20.6, 20.1);
        QVERIFY(!e.etaSeconds);
        QCOMPARE(*e.fallingBehindPerSec, 0.0);
        e = CatchUpEstimate::from(0, 0, 100);
        QCOMPARE(*e.etaSeconds, 0.0);
        e = CatchUpEstimate::from(10, kUnknownRate, 100);
        QVERIFY(!e.etaSeconds && !e.fallingBehindPerSec);
    }
    void calculatorScriptedCatchUpAndTimeLag() {
        // Producer 100 msgs/s into one partition, consumer at 150 msgs/s starting 6,000 behind.
        // Truth after 20 s: lag 6000 - 20 * 50 = 5000, ETA 5000 / 50 = 100 s, time lag 5000 /
        // 100 = 50 s (the end offset passed the committed offset 50 s ago).
        LagCalculator calculator;
        LagSnapshot last;
        for (qint64 t = 0; t <= 80000; t += kTickMs) {
            const qint64 end = 10000 + t / 10; // 100/s
            const qint64 wall = 1700000000000 + t;
            auto md = test::SyntheticCluster()
                          .sampledAt(wall, t)
                          .topic(u"orders"_s, 1)
                          .endOffsets({end})
                          .metadata();
            calculator.addEndOffsets(md);
            if (t < 60000)
                continue; // the end-offset table fills for a minute before the group shows up
            const qint64 committed = 10000 + (t - 60000) * 15 / 100; // 150/s
            LagReadout r;
            r.groups.push_back(readout(u"g"_s, u"orders"_s, {committed}));
            last = calculator.compute(md, r, {});
        }
        const GroupLag& g = last.groups.at(0);
        // At t = 80 s: end 18,000; committed 10,000 + 3,000 = 13,000; lag 5,000.
        QCOMPARE(g.totalLag, 5000);
        QCOMPARE(g.topics[0].partitions[0].lag, std::optional<qint64>(5000));
        QVERIFY(g.etaSeconds);
        QVERIFY2(within(*g.etaSeconds, 100.0, 0.10), qPrintable(QString::number(*g.etaSeconds)));
        QVERIFY(g.timeLagSeconds);
        QVERIFY2(within(*g.timeLagSeconds, 50.0, 0.10),
                 qPrintable(QString::number(*g.timeLagSeconds)));
        QVERIFY(within(g.consumeRatePerSec, 150.0, 0.10));
        QVERIFY(within(g.produceRatePerSec, 100.0, 0.10));
        QCOMPARE(g.verdict.status, LagStatus::Ok);
        QCOMPARE(g.topics[0].partitions[0].clientId, QString(u"client-1"_s));
    }
    void calculatorNoCommitAndTotals() {
        LagCalculator calculator;
        auto md = test::SyntheticCluster()
                      .sampledAt(1700000000000, 0)
                      .topic(u"a"_s, 3)
                      .endOffsets({100, 50, 7})
                      .topic(u"b"_s, 1)
                      .endOffsets({40})
                      .metadata();
        calculator.addEndOffsets(md);
        LagReadout r;
        GroupReadout g = readout(u"g"_s, u"a"_s, {60, -1, 7});
        g.offsets.offsets.push_back({u"b"_s, 0, 10, 0});
        r.groups.push_back(g);
        const LagSnapshot s = calculator.compute(md, r, {});
        const GroupLag& lag = s.groups.at(0);
        QCOMPARE(lag.topics.size(), std::size_t(2));
        const PartitionLag& none = lag.topics[0].partitions[1];
        QVERIFY(!none.committed);
        QVERIFY(!none.lag); // u"no commit"_s: never 0, never negative
        QCOMPARE(none.endOffset, 50);
        QCOMPARE(lag.topics[0].totalLag, 40);
        QCOMPARE(lag.topics[0].partitionsWithoutCommit, 1);
        QCOMPARE(lag.topics[1].totalLag, 30);
        QCOMPARE(lag.totalLag, 70);
        QCOMPARE(lag.partitionsWithoutCommit, 1);
        QCOMPARE(lag.memberCount(), 1);
    }
    void calculatorKip848GroupKeepsOffsets() {
        LagCalculator calculator;
        auto md =
            test::SyntheticCluster().sampledAt(1, 0).topic(u"t"_s, 1).endOffsets({10}).metadata();
        LagReadout r;
        GroupReadout g = readout(u"new-protocol"_s, u"t"_s, {4});
        g.description->errorCode = 69; // GROUP_ID_NOT_FOUND: not a classic group
        g.description->error = u"Group new-protocol is not a classic group."_s;
        r.groups.push_back(g);
        const GroupLag lag = calculator.compute(md, r, {}).groups.at(0);
        QVERIFY(!lag.membersDescribed);
        QVERIFY2(lag.membersNote.contains(u"KIP-848"_s), qPrintable(lag.membersNote));
        QCOMPARE(lag.totalLag, 6);
        QVERIFY(lag.members.empty());
        QVERIFY(lag.error.isEmpty());
    }
    void calculatorUnreadableGroupIsUnknownAndRecovers() {
        LagCalculator calculator;
        auto md =
            test::SyntheticCluster().sampledAt(1, 0).topic(u"t"_s, 1).endOffsets({10}).metadata();
        LagReadout r;
        GroupReadout g = readout(u"g"_s, u"t"_s, {4});
        g.offsets.errorCode = 15;
        g.offsets.error = u"Coordinator not available"_s;
        r.groups.push_back(g);
        GroupLag lag = calculator.compute(md, r, {}).groups.at(0);
        QCOMPARE(lag.verdict.status, LagStatus::Unknown);
        QVERIFY(lag.verdict.explanation.contains(u"Coordinator not available"_s));
        r.groups[0] = readout(u"g"_s, u"t"_s, {10});
        lag = calculator.compute(md, r, {}).groups.at(0);
        QCOMPARE(lag.verdict.status, LagStatus::Ok);
        // The whole cluster away: the last groups stay, each UNKNOWN with the reason.
        const LagSnapshot failed = calculator.failed(md, u"No broker answered"_s);
        QCOMPARE(failed.groups.size(), std::size_t(1));
        QCOMPARE(failed.groups[0].verdict.status, LagStatus::Unknown);
        QVERIFY(failed.groups[0].verdict.explanation.contains(u"No broker answered"_s));
    }

    void historyPerGroupTopicAndPartition() {
        LagHistory history;
        const qint64 t0 = 1700000000000;
        for (int i = 0; i < 5; ++i) {
            LagSnapshot s;
            GroupLag g;
            g.groupId = u"g"_s;
            g.totalLag = 100 * i;
            g.timeLagSeconds = i;
            GroupTopicLag t;
            t.topic = u"orders"_s;
            t.totalLag = 100 * i;
            PartitionLag p;
            p.topic = u"orders"_s;
            p.partition = 2;
            p.committed = 0;
            p.lag = 100 * i;
            t.partitions = {p};
            g.topics = {t};
            s.groups = {g};
            if (i == 3)
                history.markGap();
            history.append(s, t0 + i * kTickMs, kTickMs);
        }
        const auto group = history.lag().series({u"g"_s, QString(), -1}, t0, t0 + 10 * kTickMs);
        QCOMPARE(group.values.size(), std::size_t(5));
        QCOMPARE(group.values[4], 400.0f);
        QVERIFY(std::isnan(group.values[3])); // the gap
        const auto part = history.lag().series({u"g"_s, u"orders"_s, 2}, t0, t0 + 10 * kTickMs);
        QCOMPARE(part.values.size(), std::size_t(5));
        QCOMPARE(part.values[2], 200.0f);
        QCOMPARE(history.timeLag()
                     .series({u"g"_s, u"orders"_s, -1}, t0, t0 + 10 * kTickMs)
                     .values.size(),
                 std::size_t(0)); // no topic time lag was given: no series
        QCOMPARE(history.timeLag().series({u"g"_s, QString(), -1}, t0, t0 + 10 * kTickMs).values[1],
                 1.0f);
        QVERIFY(history.lag()
                    .series({u"other"_s, QString(), -1}, t0, t0 + 10 * kTickMs)
                    .values.empty());
        QVERIFY(history.lag().newestTimeMs() == t0 + 4 * kTickMs);
    }
    void historySavedAndRestoredBesideThroughput() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60000;
        const auto md = test::SyntheticCluster().clusterId(u"c1"_s).sampledAt(t0, 0).metadata();
        auto snapshotAt = [](int i) {
            LagSnapshot s;
            GroupLag g;
            g.groupId = u"g"_s;
            g.totalLag = 10 * (i + 1);
            s.groups = {g};
            return s;
        };
        {
            auto writer = std::make_shared<HistoryFileWriter>();
            LagHistory history;
            history.keepOnDisk(HistoryStore(dir.path()), writer, u"broker:9092"_s);
            history.restoreIfDue(md);
            for (int i = 0; i < 4; ++i) {
                history.append(snapshotAt(i), t0 + i * kTickMs, kTickMs);
                history.savedIfDue();
            }
            history.saveInBackground();
        } // the writer's destructor finishes the writes
        // One file per metric, none of them the throughput file of the cluster.
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 3);
        QVERIFY2(!files.contains(u"cluster-c1.tphist"_s), qPrintable(files.join(u' ')));
        LagHistory restored;
        restored.keepOnDisk(HistoryStore(dir.path()), std::make_shared<HistoryFileWriter>(),
                            u"broker:9092"_s);
        restored.restoreIfDue(md);
        const auto series =
            restored.lag().series({u"g"_s, QString(), -1}, t0 - 1000, t0 + 10 * kTickMs);
        QCOMPARE(series.values.size(), std::size_t(4));
        QCOMPARE(series.values[3], 40.0f);
        // Another cluster's files are not this one's.
        LagHistory other;
        other.keepOnDisk(HistoryStore(dir.path()), std::make_shared<HistoryFileWriter>(),
                         u"elsewhere:9092"_s);
        other.restoreIfDue(test::SyntheticCluster().clusterId(u"c2"_s).sampledAt(t0, 0).metadata());
        QVERIFY(other.lag()
                    .series({u"g"_s, QString(), -1}, t0 - 1000, t0 + 10 * kTickMs)
                    .values.empty());
    }
};

QTEST_GUILESS_MAIN(TestLagRules)
#include "tst_lag_rules.moc"
