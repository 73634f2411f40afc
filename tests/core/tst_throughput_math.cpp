// Throughput arithmetic with synthetic cluster snapshots (no broker): rates from offset deltas
// over measured time, sums, unreadable and new partitions, re-created and deleted topics,
// smoothing, skew and hot partitions, notes, window rates, and the tracker's publishing.
#include "throughput/RecordStatsStore.h"
#include "throughput/ThroughputCalculator.h"
#include "throughput/ThroughputTracker.h"
#include "throughput/WindowRateCalculator.h"

#include "SyntheticCluster.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <librdkafka/rdkafka.h>

#include <cmath>
#include <map>

using namespace streamscope;

namespace {

constexpr qint64 kUnreadable = -100; // marker in the synthetic offset lists below
constexpr qint64 kEpochMs = 1700000000000;

// A cluster snapshot taken at monotonic time `ms` with the given end offsets per topic.
// An end offset of kUnreadable makes that partition unreadable (as librdkafka reports it).
ClusterMetadata snapshotAt(qint64 ms, const std::map<QString, std::vector<qint64>>& ends,
                           const std::map<QString, QString>& policies = {}) {
    test::SyntheticCluster cluster;
    cluster.clusterId(QString()).sampledAt(kEpochMs + ms, ms);
    for (const auto& [name, offsets] : ends) {
        cluster.topic(name).replicasOn({}).leader(1).endOffsets(offsets);
        for (size_t i = 0; i < offsets.size(); ++i)
            if (offsets[i] == kUnreadable)
                cluster.unreadable(static_cast<int>(i), RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION);
        if (auto it = policies.find(name); it != policies.end())
            cluster.cleanupPolicy(it->second);
    }
    return cluster.metadata();
}

ThroughputSettings noSmoothing() {
    ThroughputSettings s;
    s.smoothingMs = 0;
    return s;
}

} // namespace

class TestThroughputMath : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstSampleIsABaselineWithoutRates() {
        ThroughputCalculator calc(noSmoothing());
        const auto out = calc.update(snapshotAt(1000, {{QStringLiteral("a"), {10, 20}}}));
        QCOMPARE(out.sequence, 1u);
        QCOMPARE(out.elapsedMs, 0);
        const TopicRate* a = out.findTopic(QStringLiteral("a"));
        QVERIFY(a);
        QVERIFY(!hasValue(a->msgsPerSec));
        QCOMPARE(a->readablePartitions, 2);
        QCOMPARE(a->ratedPartitions, 0);
        QVERIFY(a->partitions[0].readable);
        QVERIFY(!hasValue(a->partitions[0].msgsPerSec)); // unknown, not 0
        QCOMPARE(a->partitions[1].endOffset, 20);
        QCOMPARE(a->producedSinceStart, 0);
        QVERIFY(!hasValue(out.clusterMsgsPerSec));
    }

    void ratesUseMeasuredElapsedTimeNotTheNominalTick() {
        ThroughputCalculator calc(noSmoothing());
        calc.update(snapshotAt(1000, {{QStringLiteral("a"), {100, 0}}}));
        // The tick was nominally 2 s but the sample came 2.5 s later.
        const auto out = calc.update(snapshotAt(3500, {{QStringLiteral("a"), {600, 50}}}));
        QCOMPARE(out.elapsedMs, 2500);
        const TopicRate* a = out.findTopic(QStringLiteral("a"));
        QCOMPARE(a->partitions[0].msgsPerSec, 200.0);
        QCOMPARE(a->partitions[1].msgsPerSec, 20.0);
        QCOMPARE(a->msgsPerSec, 220.0);
        QCOMPARE(a->producedSinceStart, 550);
        QCOMPARE(out.clusterMsgsPerSec, 220.0);
        QCOMPARE(out.clusterProducedSinceStart, 550);
    }

    void clusterSumsTopicsAndTotalsAccumulate() {
        ThroughputCalculator calc(noSmoothing());
        calc.update(snapshotAt(0, {{QStringLiteral("a"), {0}}, {QStringLiteral("b"), {0, 0}}}));
        calc.update(snapshotAt(1000, {{QStringLiteral("a"), {10}}, {QStringLiteral("b"), {5, 5}}}));
        const auto out = calc.update(
            snapshotAt(2000, {{QStringLiteral("a"), {30}}, {QStringLiteral("b"), {5, 5}}}));
        QCOMPARE(out.findTopic(QStringLiteral("a"))->msgsPerSec, 20.0);
        QCOMPARE(out.findTopic(QStringLiteral("b"))->msgsPerSec, 0.0); // idle is a real 0
        QCOMPARE(out.clusterMsgsPerSec, 20.0);
        QCOMPARE(out.findTopic(QStringLiteral("a"))->producedSinceStart, 30);
        QCOMPARE(out.findTopic(QStringLiteral("b"))->producedSinceStart, 10);
        QCOMPARE(out.clusterProducedSinceStart, 40);
        QCOMPARE(out.topics.size(), 2u);
        QCOMPARE(out.topics[0].topic, QStringLiteral("a")); // sorted by name
    }

    void unreadablePartitionIsMarkedAndLeftOutNeverZero() {
        ThroughputCalculator calc(noSmoothing());
        calc.update(snapshotAt(0, {{QStringLiteral("a"), {0, 0, 0}}}));
        auto out = calc.update(snapshotAt(1000, {{QStringLiteral("a"), {100, kUnreadable, 50}}}));
        const TopicRate* a = out.findTopic(QStringLiteral("a"));
        QVERIFY(!a->partitions[1].readable);
        QCOMPARE(a->partitions[1].errorCode, int(RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION));
        QVERIFY(!hasValue(a->partitions[1].msgsPerSec));
        QCOMPARE(a->partitions[1].endOffset, -1);
        QCOMPARE(a->msgsPerSec, 150.0);
        QCOMPARE(a->readablePartitions, 2);
        QCOMPARE(a->ratedPartitions, 2);
        QVERIFY(!a->complete());
        QCOMPARE(out.unreadablePartitions, 1);
        // Readable again: the rate covers the whole gap since its last good sample.
        out = calc.update(snapshotAt(3000, {{QStringLiteral("a"), {300, 600, 150}}}));
        a = out.findTopic(QStringLiteral("a"));
        QCOMPARE(a->partitions[1].msgsPerSec, 200.0); // 600 offsets over 3 s
        QVERIFY(a->complete());
        QCOMPARE(a->producedSinceStart, 1050);
    }

    void allOffsetsFailingGivesNoRateAnywhere() {
        ThroughputCalculator calc(noSmoothing());
        calc.update(snapshotAt(0, {{QStringLiteral("a"), {0, 0}}}));
        const auto out =
            calc.update(snapshotAt(1000, {{QStringLiteral("a"), {kUnreadable, kUnreadable}}}));
        QVERIFY(!hasValue(out.findTopic(QStringLiteral("a"))->msgsPerSec));
        QVERIFY(!hasValue(out.clusterMsgsPerSec));
        QCOMPARE(out.unreadablePartitions, 2);
    }

    void newPartitionHasNoRateUntilItsSecondSample() {
        ThroughputCalculator calc(noSmoothing());
        calc.update(snapshotAt(0, {{QStringLiteral("a"), {0}}}));
        auto out = calc.update(snapshotAt(1000, {{QStringLiteral("a"), {10, 4}}}));
        const TopicRate* a = out.findTopic(QStringLiteral("a"));
        QCOMPARE(a->partitionCount, 2);
        QCOMPARE(a->partitions[0].msgsPerSec, 10.0);
        QVERIFY(a->partitions[1].readable);
        QVERIFY(!hasValue(a->partitions[1].msgsPerSec));
        // Created after tracking began, so its 4 records count as produced since start.
        QCOMPARE(a->producedSinceStart, 14);
        out = calc.update(snapshotAt(2000, {{QStringLiteral("a"), {20, 10}}}));
        QCOMPARE(out.findTopic(QStringLiteral("a"))->partitions[1].msgsPerSec, 6.0);
        QCOMPARE(out.findTopic(QStringLiteral("a"))->msgsPerSec, 16.0);
    }

    void topicCreatedLaterCountsFromLogStartButExistingOnesDoNot() {
        ThroughputCalculator calc(noSmoothing());
        calc.update(snapshotAt(0, {{QStringLiteral("old"), {500}}}));
        const auto out = calc.update(
            snapshotAt(1000, {{QStringLiteral("old"), {500}}, {QStringLiteral("new"), {7}}}));
        QCOMPARE(out.findTopic(QStringLiteral("old"))->producedSinceStart, 0);
        QCOMPARE(out.findTopic(QStringLiteral("new"))->producedSinceStart, 7);
        QVERIFY(!hasValue(out.findTopic(QStringLiteral("new"))->msgsPerSec));
    }

    void offsetsGoingBackwardsRestartThePartition() {
        ThroughputCalculator calc(noSmoothing());
        calc.update(snapshotAt(0, {{QStringLiteral("a"), {1000}}}));
        calc.update(snapshotAt(1000, {{QStringLiteral("a"), {1100}}}));
        // Deleted and re-created between two ticks: the new log is at 30.
        auto out = calc.update(snapshotAt(2000, {{QStringLiteral("a"), {30}}}));
        const TopicRate* a = out.findTopic(QStringLiteral("a"));
        QVERIFY(!hasValue(a->partitions[0].msgsPerSec)); // no negative rate, no bogus rate
        QVERIFY(a->partitions[0].readable);
        QCOMPARE(a->producedSinceStart, 130); // 100 before + 30 in the new log
        out = calc.update(snapshotAt(3000, {{QStringLiteral("a"), {80}}}));
        QCOMPARE(out.findTopic(QStringLiteral("a"))->msgsPerSec, 50.0);
    }

    void deletedTopicDisappearsButClusterTotalKeepsIt() {
        ThroughputCalculator calc(noSmoothing());
        calc.update(snapshotAt(0, {{QStringLiteral("a"), {0}}, {QStringLiteral("b"), {0}}}));
        calc.update(snapshotAt(1000, {{QStringLiteral("a"), {10}}, {QStringLiteral("b"), {20}}}));
        auto out = calc.update(snapshotAt(2000, {{QStringLiteral("a"), {10}}}));
        QVERIFY(!out.findTopic(QStringLiteral("b")));
        QCOMPARE(out.topics.size(), 1u);
        QCOMPARE(out.clusterProducedSinceStart, 30);
        // The same name again is a new topic, counted from its log start.
        out = calc.update(
            snapshotAt(3000, {{QStringLiteral("a"), {10}}, {QStringLiteral("b"), {5}}}));
        QVERIFY(!hasValue(out.findTopic(QStringLiteral("b"))->msgsPerSec));
        QCOMPARE(out.findTopic(QStringLiteral("b"))->producedSinceStart, 5);
        QCOMPARE(out.clusterProducedSinceStart, 35);
    }

    void smoothingIsAnExponentialAverageOverRealTime() {
        ThroughputSettings s;
        s.smoothingMs = 2000;
        ThroughputCalculator calc(s);
        calc.update(snapshotAt(0, {{QStringLiteral("a"), {0}}}));
        auto out = calc.update(snapshotAt(1000, {{QStringLiteral("a"), {0}}}));
        QCOMPARE(out.findTopic(QStringLiteral("a"))->smoothedMsgsPerSec, 0.0);
        // A step to 100 msgs/s lasting one time constant reaches 1 - 1/e of it.
        out = calc.update(snapshotAt(3000, {{QStringLiteral("a"), {200}}}));
        const TopicRate* a = out.findTopic(QStringLiteral("a"));
        QCOMPARE(a->msgsPerSec, 100.0);
        QVERIFY(std::abs(a->smoothedMsgsPerSec - 100.0 * (1 - std::exp(-1.0))) < 1e-9);
        QVERIFY(std::abs(a->partitions[0].smoothedMsgsPerSec - a->smoothedMsgsPerSec) < 1e-9);
        QVERIFY(std::abs(out.clusterSmoothedMsgsPerSec - a->smoothedMsgsPerSec) < 1e-9);

        // Off: smoothed equals raw.
        calc.setSettings(noSmoothing());
        out = calc.update(snapshotAt(4000, {{QStringLiteral("a"), {250}}}));
        QCOMPARE(out.findTopic(QStringLiteral("a"))->partitions[0].smoothedMsgsPerSec, 50.0);
    }

    void skewAndHotPartition() {
        ThroughputCalculator calc(noSmoothing());
        calc.update(snapshotAt(0, {{QStringLiteral("hot"), {0, 0, 0}},
                                   {QStringLiteral("even"), {0, 0, 0}},
                                   {QStringLiteral("idle"), {0, 0}},
                                   {QStringLiteral("single"), {0}}}));
        const auto out = calc.update(snapshotAt(1000, {{QStringLiteral("hot"), {90, 5, 5}},
                                                       {QStringLiteral("even"), {10, 10, 10}},
                                                       {QStringLiteral("idle"), {0, 0}},
                                                       {QStringLiteral("single"), {40}}}));
        const TopicRate* hot = out.findTopic(QStringLiteral("hot"));
        QVERIFY(std::abs(hot->skew - 2.7) < 1e-9); // 90 / mean(90, 5, 5)
        QVERIFY(hot->hotPartition);
        QCOMPARE(hot->hottestPartition, 0);
        QVERIFY(std::abs(hot->hottestShare - 0.9) < 1e-9);
        const TopicRate* even = out.findTopic(QStringLiteral("even"));
        QCOMPARE(even->skew, 1.0);
        QVERIFY(!even->hotPartition);
        const TopicRate* idle = out.findTopic(QStringLiteral("idle"));
        QVERIFY(!hasValue(idle->skew));
        QVERIFY(!idle->hotPartition);
        QCOMPARE(idle->hottestPartition, -1);
        const TopicRate* single = out.findTopic(QStringLiteral("single"));
        QCOMPARE(single->skew, 1.0);
        QVERIFY(!single->hotPartition); // one partition carrying everything is not skew
    }

    void hotFlagNeedsRealTraffic() {
        ThroughputCalculator calc(noSmoothing());
        calc.update(snapshotAt(0, {{QStringLiteral("t"), {0, 0}}}));
        // 0.5 msgs/s in one partition: too little to call hot.
        const auto out = calc.update(snapshotAt(2000, {{QStringLiteral("t"), {1, 0}}}));
        QVERIFY(!out.findTopic(QStringLiteral("t"))->hotPartition);
        QCOMPARE(out.findTopic(QStringLiteral("t"))->skew, 2.0);
    }

    void notesAndEstimatedByteRates() {
        ThroughputCalculator calc(noSmoothing());
        TopicRecordStatsMap stats;
        stats.insert(QStringLiteral("tx"), TopicRecordStats{200.0, true});
        calc.update(snapshotAt(0, {{QStringLiteral("c"), {0}}, {QStringLiteral("tx"), {0}}},
                               {{QStringLiteral("c"), QStringLiteral("compact,delete")}}),
                    stats);
        const auto out = calc.update(
            snapshotAt(1000, {{QStringLiteral("c"), {10}}, {QStringLiteral("tx"), {50}}},
                       {{QStringLiteral("c"), QStringLiteral("compact,delete")}}),
            stats);
        const TopicRate* c = out.findTopic(QStringLiteral("c"));
        QVERIFY(hasNote(c->offsetNotes, OffsetNote::Compacted));
        QVERIFY(!hasNote(c->offsetNotes, OffsetNote::TransactionMarkers));
        QCOMPARE(c->estimatedBytesPerSec, -1.0); // never sampled: unknown, not 0
        const TopicRate* tx = out.findTopic(QStringLiteral("tx"));
        QVERIFY(hasNote(tx->offsetNotes, OffsetNote::TransactionMarkers));
        QCOMPARE(tx->estimatedBytesPerSec, 10000.0);
        QVERIFY(describeOffsetNotes(tx->offsetNotes).contains(QStringLiteral("transaction")));
        QVERIFY(describeOffsetNotes(0).isEmpty());
    }

    // Configs the ACLs hide (issue 12): "configs not authorized", and skipped offsets are then
    // not taken for transaction markers (compaction could explain them).
    void hiddenConfigsAreNotedNotGuessed() {
        auto hidden = [](ClusterMetadata md) {
            for (auto& t : md.topics)
                t.configsAuthorized = false;
            return md;
        };
        ThroughputCalculator calc(noSmoothing());
        calc.update(hidden(snapshotAt(0, {{QStringLiteral("h"), {0}}})));
        const auto out = calc.update(hidden(snapshotAt(1000, {{QStringLiteral("h"), {10}}})));
        const TopicRate* h = out.findTopic(QStringLiteral("h"));
        QVERIFY(hasNote(h->offsetNotes, OffsetNote::ConfigsNotAuthorized));
        QVERIFY(!hasNote(h->offsetNotes, OffsetNote::Compacted));
        QVERIFY(describeOffsetNotes(h->offsetNotes).contains(QStringLiteral("not authorized")));
        QCOMPARE(h->msgsPerSec, 10.0); // the rate itself is unaffected

        WindowRateCalculator w;
        w.add(hidden(snapshotAt(0, {{QStringLiteral("h"), {0}}})));
        w.add(hidden(snapshotAt(1000, {{QStringLiteral("h"), {10}}})));
        QVERIFY(hasNote(w.result().findTopic(QStringLiteral("h"))->offsetNotes,
                        OffsetNote::ConfigsNotAuthorized));
    }

    void windowRatesUseFirstAndLastReadableSamples() {
        WindowRateCalculator w;
        w.add(snapshotAt(0, {{QStringLiteral("a"), {0, kUnreadable}}}));
        w.add(snapshotAt(1000, {{QStringLiteral("a"), {100, 1000}}, {QStringLiteral("n"), {3}}}));
        w.add(snapshotAt(2000, {{QStringLiteral("a"), {250, 1500}}, {QStringLiteral("n"), {13}}}));
        w.add(snapshotAt(4000,
                         {{QStringLiteral("a"), {400, kUnreadable}}, {QStringLiteral("n"), {33}}}));
        QCOMPARE(w.sampleCount(), 4);
        QCOMPARE(w.windowMs(), 4000);
        const auto out = w.result();
        const TopicRate* a = out.findTopic(QStringLiteral("a"));
        QCOMPARE(a->partitions[0].msgsPerSec, 100.0); // 400 over 4 s
        QCOMPARE(a->partitions[1].msgsPerSec, 500.0); // 500 over its readable 1 s
        QVERIFY(!a->partitions[1].readable);
        QCOMPARE(a->partitions[1].endOffset, 1500); // the newest offset that was read
        QCOMPARE(a->msgsPerSec, 600.0);
        QCOMPARE(a->producedSinceStart, 900);
        const TopicRate* n = out.findTopic(QStringLiteral("n")); // created during the window
        QCOMPARE(n->msgsPerSec, 10.0);
        QCOMPARE(out.clusterMsgsPerSec, 610.0);
    }

    void windowDropsDeletedTopicsAndRestartsRecreatedOnes() {
        WindowRateCalculator w;
        w.add(snapshotAt(0, {{QStringLiteral("a"), {500}}, {QStringLiteral("gone"), {1}}}));
        w.add(snapshotAt(1000, {{QStringLiteral("a"), {600}}}));
        w.add(snapshotAt(2000, {{QStringLiteral("a"), {10}}})); // re-created
        w.add(snapshotAt(3000, {{QStringLiteral("a"), {30}}}));
        const auto out = w.result();
        QVERIFY(!out.findTopic(QStringLiteral("gone")));
        // The new topic began empty after the sample at 1000: 30 offsets over 2 s, not 20 over 1.
        QCOMPARE(out.findTopic(QStringLiteral("a"))->msgsPerSec, 15.0);
        QCOMPARE(w.vanishedTopics(), QStringList{QStringLiteral("gone")});
        QCOMPARE(w.recreatedTopics().value(QStringLiteral("a"), -1), 2000);
    }

    // Deleted (missing from a sample), created again and written to: every offset of the new
    // topic counts, from the sample where it was missing; it used to be measured from its first
    // reappearance only, so a topic written once after re-creation showed 0 msgs/s.
    void windowMeasuresATopicRecreatedAfterMissingFromOnlyItsNewOffsets() {
        WindowRateCalculator w;
        w.add(snapshotAt(0, {{QStringLiteral("r"), {0, 0}}}));
        w.add(snapshotAt(1000, {})); // deleted
        w.add(snapshotAt(2000, {{QStringLiteral("r"), {40, 60}}}));
        w.add(snapshotAt(3000, {{QStringLiteral("r"), {40, 60}}}));
        const auto out = w.result();
        const TopicRate* r = out.findTopic(QStringLiteral("r"));
        QVERIFY(r);
        QCOMPARE(r->msgsPerSec, 50.0); // 100 offsets over the 2 s since the sample at 1000
        QCOMPARE(r->producedSinceStart, 100);
        QCOMPARE(w.recreatedTopics().value(QStringLiteral("r"), -1), 2000);
        QVERIFY(w.vanishedTopics().isEmpty());
        // Fewer partitions than before is a re-creation too.
        WindowRateCalculator fewer;
        fewer.add(snapshotAt(0, {{QStringLiteral("f"), {5, 5}}}));
        fewer.add(snapshotAt(1000, {{QStringLiteral("f"), {8}}}));
        QCOMPARE(fewer.recreatedTopics().value(QStringLiteral("f"), -1), 1000);
        QCOMPARE(fewer.result().findTopic(QStringLiteral("f"))->msgsPerSec, 8.0);
    }

    void windowWithOneSampleHasNoRate() {
        WindowRateCalculator w;
        w.add(snapshotAt(0, {{QStringLiteral("a"), {5}}}));
        const auto out = w.result();
        QVERIFY(!hasValue(out.findTopic(QStringLiteral("a"))->msgsPerSec));
        QCOMPARE(out.findTopic(QStringLiteral("a"))->partitions[0].endOffset, 5);
    }

    void trackerPublishesFromThePollingThreadQueuedToTheGuiThread() {
        ThroughputTracker tracker(HistoryConfig::forTickInterval(1000));
        auto stats = std::make_shared<RecordStatsStore>();
        stats->set(QStringLiteral("a"), TopicRecordStats{100.0, false});
        tracker.setRecordStats(stats);
        tracker.setSmoothingMs(0);
        QVERIFY(!tracker.latest());
        QThread* guiThread = QThread::currentThread();
        int received = 0;
        bool onGuiThread = true;
        ThroughputSnapshotPtr last;
        connect(&tracker, &ThroughputTracker::updated, this, [&](const ThroughputSnapshotPtr& s) {
            ++received;
            onGuiThread = onGuiThread && QThread::currentThread() == guiThread;
            last = s;
        });
        // Feed two snapshots from a worker thread, as the cluster poller does.
        std::unique_ptr<QThread> poller(QThread::create([&tracker] {
            tracker.consumeSnapshot(std::make_shared<const ClusterMetadata>(
                snapshotAt(0, {{QStringLiteral("a"), {0, 0}}})));
            tracker.consumeSnapshot(std::make_shared<const ClusterMetadata>(
                snapshotAt(2000, {{QStringLiteral("a"), {100, 300}}})));
        }));
        poller->start();
        QVERIFY(poller->wait(5000));
        QTRY_COMPARE(received, 2);
        QVERIFY(onGuiThread);
        QVERIFY(last);
        QCOMPARE(last->sequence, 2u);
        QCOMPARE(tracker.latest(), last);
        const TopicRate* a = last->findTopic(QStringLiteral("a"));
        QCOMPARE(a->msgsPerSec, 200.0);
        QCOMPARE(a->estimatedBytesPerSec, 20000.0);
        QCOMPARE(tracker.history().tickCount(), 2u);
        const auto series = tracker.history().topicSeries(QStringLiteral("a"), 0, kEpochMs * 2);
        QCOMPARE(series.values.size(), 1u); // the series starts at its first rate
        QCOMPARE(series.values.back(), 200.0f);

        tracker.reset();
        tracker.consumeSnapshot(std::make_shared<const ClusterMetadata>(
            snapshotAt(3000, {{QStringLiteral("a"), {500, 500}}})));
        QCOMPARE(tracker.latest()->sequence, 1u);
        QVERIFY(!hasValue(tracker.latest()->findTopic(QStringLiteral("a"))->msgsPerSec));
        QCOMPARE(tracker.history().tickCount(), 1u);
    }
};

QTEST_GUILESS_MAIN(TestThroughputMath)
#include "tst_throughput_math.moc"
