// Ring buffer and rate history (no broker): fixed memory, fine and coarse ranges, bucket means,
// pruning of deleted topics, lazy series for idle partitions, concurrent readers.
#include "SyntheticRates.h"
#include "throughput/RingBuffer.h"
#include "throughput/ThroughputHistory.h"

#include <QtTest>

#include <atomic>
#include <cmath>
#include <map>
#include <thread>

using namespace streamscope;

namespace {

constexpr qint64 kT0 = 1700000040000; // a minute boundary (divisible by 60000)

ThroughputSnapshot tick(qint64 wallMs, qint64 elapsedMs, const test::Rates& rates) {
    return test::syntheticTick(wallMs, elapsedMs, rates);
}

} // namespace

class TestThroughputHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ringOverwritesTheOldest() {
        RingBuffer<int> r(3);
        QVERIFY(r.empty());
        for (int i = 1; i <= 5; ++i)
            r.push(i);
        QCOMPARE(r.size(), 3u);
        QVERIFY(r.full());
        QCOMPARE(r.oldest(), 3);
        QCOMPARE(r.newest(), 5);
        QCOMPARE(r.at(1), 4);
        QCOMPARE(r.fromNewest(2), 3);
        QCOMPARE(r.pushed(), 5u);
        r.setNewest(9);
        QCOMPARE(r.newest(), 9);
        QCOMPARE(r.memoryBytes(), 3 * sizeof(int));
    }

    void fineRangeCopiesJustTheRequestedTicks() {
        ThroughputHistory h(HistoryConfig{100, 60000, 10});
        for (int i = 0; i < 10; ++i)
            h.append(tick(kT0 + i * 1000, 1000, {{QStringLiteral("a"), {double(i), 1.0}}}));
        const auto s = h.topicSeries(QStringLiteral("a"), kT0 + 3000, kT0 + 5000);
        QVERIFY(!s.coarse);
        QCOMPARE(s.timesMs, (std::vector<qint64>{kT0 + 3000, kT0 + 4000, kT0 + 5000}));
        QCOMPARE(s.values, (std::vector<float>{4.0f, 5.0f, 6.0f}));
        QCOMPARE(s.resolutionMs, 1000);
        const auto p = h.partitionSeries(QStringLiteral("a"), 1, kT0, kT0 + 1000);
        QCOMPARE(p.values, (std::vector<float>{1.0f, 1.0f}));
        const auto c = h.clusterSeries(kT0 + 9000, kT0 + 9000);
        QCOMPARE(c.values, (std::vector<float>{10.0f}));
        QVERIFY(h.topicSeries(QStringLiteral("nope"), 0, kT0 * 2).values.empty());
        QVERIFY(h.partitionSeries(QStringLiteral("a"), 7, 0, kT0 * 2).values.empty());
        QCOMPARE(h.sparkline(QStringLiteral("a"), 3), (std::vector<float>{8.0f, 9.0f, 10.0f}));
        QCOMPARE(h.sparkline(QStringLiteral("a"), 100).size(), 10u);
    }

    void memoryStaysFlatOnceTheRingsAreFull() {
        ThroughputHistory h(HistoryConfig{50, 10000, 20});
        auto rates = [](int i) {
            return std::map<QString, std::vector<double>>{
                {QStringLiteral("a"), {double(i % 7), 1.0, 2.0}}, {QStringLiteral("b"), {3.0}}};
        };
        for (int i = 0; i < 300; ++i) // past both the tick (50) and bucket (20 x 10 s) rings
            h.append(tick(kT0 + i * 1000, 1000, rates(i)));
        const std::size_t full = h.memoryBytes();
        for (int i = 300; i < 5000; ++i)
            h.append(tick(kT0 + i * 1000, 1000, rates(i)));
        QCOMPARE(h.memoryBytes(), full);
        QCOMPARE(h.tickCount(), 50u);
        QCOMPARE(h.oldestTickMs(), kT0 + 4950 * 1000);
        QCOMPARE(h.newestTickMs(), kT0 + 4999 * 1000);
    }

    void idlePartitionsCostNoRing() {
        // 10,000 idle partitions (500 topics x 20) for an hour of 2 s ticks.
        ThroughputHistory h;
        std::map<QString, std::vector<double>> idle;
        for (int t = 0; t < 500; ++t)
            idle[QStringLiteral("topic-%1").arg(t, 3, 10, QLatin1Char('0'))] =
                std::vector<double>(20, 0.0);
        for (int i = 0; i < 30; ++i)
            h.append(tick(kT0 + i * 2000, 2000, idle));
        const std::size_t idleBytes = h.memoryBytes();
        QVERIFY2(idleBytes < 4u * 1024 * 1024, qPrintable(QString::number(idleBytes)));
        // Traffic in one partition allocates that partition's and its topic's rings only.
        idle[QStringLiteral("topic-007")][3] = 5.0;
        h.append(tick(kT0 + 30 * 2000, 2000, idle));
        const std::size_t oneBusy = h.memoryBytes();
        const std::size_t ringBytes = 1800 * sizeof(float);
        QVERIFY(oneBusy - idleBytes >= 3 * ringBytes); // partition + topic + cluster
        QVERIFY(oneBusy - idleBytes < 4 * ringBytes);
        // The back-filled zeros make the partition's history read as it was: idle, then busy.
        const auto s = h.partitionSeries(QStringLiteral("topic-007"), 3, kT0, kT0 * 2);
        QVERIFY(!s.coarse);
        QCOMPARE(s.values.size(), 31u);
        QCOMPARE(s.values.front(), 0.0f);
        QCOMPARE(s.values.back(), 5.0f);
        qInfo("10,000 idle partitions: %zu KiB of history", idleBytes / 1024);
    }

    void busyClusterMemoryIsBounded() {
        // Upper bound with every one of 10,000 partitions busy, rings full.
        ThroughputHistory h(HistoryConfig::forTickInterval(2000));
        std::map<QString, std::vector<double>> busy;
        for (int t = 0; t < 500; ++t)
            busy[QStringLiteral("topic-%1").arg(t, 3, 10, QLatin1Char('0'))] =
                std::vector<double>(20, 1.0);
        for (int i = 0; i < 31; ++i) // past a minute: the bucket rings are allocated too
            h.append(tick(kT0 + i * 2000, 2000, busy));
        const std::size_t bytes = h.memoryBytes();
        const std::size_t perSeries = (1800 + 1440) * sizeof(float);
        QVERIFY(bytes < (10000 + 500 + 1) * perSeries + 4u * 1024 * 1024);
        qInfo("10,000 busy partitions: %zu MiB of history (bounded)", bytes / (1024 * 1024));
    }

    void olderRangesComeFromTimeWeightedBuckets() {
        ThroughputHistory h(HistoryConfig{10, 60000, 100});
        // Ticks every 10 s: five at 10 msgs/s, one at 70, then twelve at 5.
        qint64 t = kT0;
        for (int i = 0; i < 5; ++i)
            h.append(tick(t += 10000, 10000, {{QStringLiteral("a"), {10.0}}}));
        h.append(tick(t += 10000, 10000, {{QStringLiteral("a"), {70.0}}})); // kT0 + 60 s
        // Minutes 1 and 2: steady 5.
        for (int i = 0; i < 12; ++i)
            h.append(tick(t += 10000, 10000, {{QStringLiteral("a"), {5.0}}}));
        // The tick ring (10 ticks = 100 s) no longer reaches kT0: the buckets answer.
        const auto s = h.topicSeries(QStringLiteral("a"), kT0, t);
        QVERIFY(s.coarse);
        QCOMPARE(s.resolutionMs, 60000);
        QCOMPARE(s.timesMs.front(), kT0);
        // kT0's bucket holds ticks at +10..+50 s (10 msgs/s); the +60 s tick opens the next one.
        QCOMPARE(s.values[0], 10.0f);
        QCOMPARE(s.values[1], (70.0f + 5 * 5.0f) / 6.0f);
        QCOMPARE(s.timesMs.back(), t - (t % 60000)); // the open bucket keeps the edge live
        QCOMPARE(s.values.back(), 5.0f);
        QCOMPARE(h.oldestBucketMs(), kT0);
        // A recent range still comes at tick resolution.
        QVERIFY(!h.topicSeries(QStringLiteral("a"), t - 50000, t).coarse);
    }

    void ticksAnswerWhileNothingOlderExists() {
        // Ten minutes after connecting, at a 10 s tick: the 1 h ring is not full, nine buckets
        // are closed. A 15 min window must not fall back to minute means.
        ThroughputHistory h(HistoryConfig{360, 60000, 100});
        qint64 t = kT0;
        for (int i = 0; i < 60; ++i)
            h.append(tick(t += 10000, 10000, {{QStringLiteral("a"), {double(i)}}}));
        QVERIFY(h.oldestBucketMs() >= 0);
        const auto s = h.topicSeries(QStringLiteral("a"), t - 15 * 60000, t);
        QVERIFY(!s.coarse);
        QCOMPARE(s.values.size(), std::size_t(60));
        QCOMPARE(s.values.front(), 0.0f);
        QCOMPARE(s.values.back(), 59.0f);
        // Same for the 24 h window: every tick, none averaged away.
        QVERIFY(!h.topicSeries(QStringLiteral("a"), t - 86400000, t).coarse);
    }

    void aFullRingStillAnswersANearlyCoveredWindow() {
        // A 10-tick ring at 10 s covers 90 s of a 95 s window: ticks. Of a 200 s window it
        // covers under half: buckets.
        ThroughputHistory h(HistoryConfig{10, 60000, 100});
        qint64 t = kT0;
        for (int i = 0; i < 30; ++i)
            h.append(tick(t += 10000, 10000, {{QStringLiteral("a"), {1.0}}}));
        QCOMPARE(h.oldestTickMs(), t - 90000);
        QVERIFY(!h.topicSeries(QStringLiteral("a"), t - 95000, t).coarse);
        QVERIFY(h.topicSeries(QStringLiteral("a"), t - 200000, t).coarse);
    }

    void deletedTopicsArePruned() {
        ThroughputHistory h(HistoryConfig{10, 60000, 10});
        h.append(tick(kT0, 1000, {{QStringLiteral("a"), {1.0}}, {QStringLiteral("b"), {2.0}}}));
        h.append(tick(kT0 + 1000, 1000, {{QStringLiteral("b"), {2.0}}}));
        QCOMPARE(h.topics(), QStringList{QStringLiteral("b")});
        QVERIFY(h.topicSeries(QStringLiteral("a"), 0, kT0 * 2).values.empty());
        // Fewer partitions (re-created topic): the extra series go too.
        h.append(tick(kT0 + 2000, 1000, {{QStringLiteral("b"), {2.0, 3.0, 4.0}}}));
        h.append(tick(kT0 + 3000, 1000, {{QStringLiteral("b"), {2.0}}}));
        QVERIFY(h.partitionSeries(QStringLiteral("b"), 2, 0, kT0 * 2).values.empty());
        h.clear();
        QCOMPARE(h.tickCount(), 0u);
        QVERIFY(h.topics().isEmpty());
    }

    void seriesStartAtTheirFirstRateAndKeepGaps() {
        ThroughputHistory h(HistoryConfig{10, 60000, 10});
        const double nan = kNoRate;
        h.append(tick(kT0, 0, {{QStringLiteral("a"), {nan}}}));
        h.append(tick(kT0 + 1000, 1000, {{QStringLiteral("a"), {4.0}}}));
        h.append(tick(kT0 + 2000, 1000, {{QStringLiteral("a"), {nan}}})); // unreadable
        h.append(tick(kT0 + 3000, 1000, {{QStringLiteral("a"), {6.0}}}));
        const auto s = h.partitionSeries(QStringLiteral("a"), 0, 0, kT0 * 2);
        QCOMPARE(s.timesMs.front(), kT0 + 1000);
        QCOMPARE(s.values.size(), 3u);
        QVERIFY(std::isnan(s.values[1])); // a gap, not 0
        QCOMPARE(s.values[2], 6.0f);
    }

    void wallClockGoingBackwardsKeepsKeysIncreasing() {
        ThroughputHistory h(HistoryConfig{10, 60000, 10});
        h.append(tick(kT0 + 5000, 1000, {{QStringLiteral("a"), {1.0}}}));
        h.append(tick(kT0, 1000, {{QStringLiteral("a"), {2.0}}}));
        const auto s = h.topicSeries(QStringLiteral("a"), 0, kT0 * 2);
        QCOMPARE(s.timesMs.size(), 2u);
        QVERIFY(s.timesMs[1] > s.timesMs[0]);
    }

    void readersRunWhileTheWriterAppends() {
        ThroughputHistory h(HistoryConfig{200, 1000, 50});
        std::atomic_bool done{false};
        std::atomic<long> reads{0};
        std::thread reader([&] {
            while (!done.load()) {
                const auto s = h.topicSeries(QStringLiteral("a"), 0, kT0 * 2);
                QVERIFY(s.values.size() == s.timesMs.size());
                for (size_t i = 1; i < s.timesMs.size(); ++i)
                    QVERIFY(s.timesMs[i] > s.timesMs[i - 1]);
                h.sparkline(QStringLiteral("a"), 50);
                ++reads;
            }
        });
        for (int i = 0; i < 20000; ++i)
            h.append(tick(kT0 + i * 100, 100, {{QStringLiteral("a"), {double(i % 10), 1.0}}}));
        done.store(true);
        reader.join();
        QVERIFY(reads.load() > 0);
    }
};

QTEST_GUILESS_MAIN(TestThroughputHistory)
#include "tst_throughput_history.moc"
