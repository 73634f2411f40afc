// The throughput engine against the real broker (STREAMSCOPE_BOOTSTRAP):
//  - accuracy: a paced producer and the simulator (streamscope's own traffic generator) write at
//    known rates; the tracker's rate over a 30 s window and the CLI's (`streamscope-cli throughput
//    --json`) must be within 3% of the true rate, counted independently from delivery reports
//    over the same interval (the producer's own, and the simulator's acknowledged counter);
//  - topology: a topic created, grown and deleted while sampling every second shows up within two
//    ticks and leaves without errors;
//  - record sampling: mean record sizes (byte-rate estimates) and transaction markers.
#include "TestCluster.h"
#include "kafka/KafkaClient.h"
#include "kafka/RawProduce.h"
#include "session/ClusterSession.h"
#include "sim/ScenarioParser.h"
#include "sim/Simulator.h"
#include "throughput/RecordSampler.h"
#include "throughput/ThroughputTracker.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

using namespace streamscope;

namespace {

constexpr int kPartitions = 3;
constexpr double kTargetRate = 500.0; // msgs/s over all partitions
constexpr qint64 kWindowMs = 30000;
constexpr double kTolerance = 0.03;

// Produces at a steady rate (paced on the steady clock, round-robin over the partitions) and
// records when each record was acknowledged: the independent truth the rates are checked
// against. The delivery report arrives right after the broker appended the record, i.e. when the
// end offset moved.
class PacedProducer {
public:
    PacedProducer(QString topic, double ratePerSec)
        : m_topic(std::move(topic))
        , m_rate(ratePerSec) {}
    ~PacedProducer() { stop(); }

    bool start() {
        // A raw handle: this test needs the delivery-report callback, served on its own thread.
        rd::Conf conf(rd_kafka_conf_new());
        char errstr[256] = {};
        const QByteArray bootstrap = test::bootstrap().toUtf8();
        if (rd_kafka_conf_set(conf.get(), "bootstrap.servers", bootstrap.constData(), errstr,
                              sizeof errstr) != RD_KAFKA_CONF_OK ||
            rd_kafka_conf_set(conf.get(), "linger.ms", "1", errstr, sizeof errstr) !=
                RD_KAFKA_CONF_OK)
            return false;
        rd_kafka_conf_set_opaque(conf.get(), this);
        rd_kafka_conf_set_dr_msg_cb(conf.get(),
                                    [](rd_kafka_t*, const rd_kafka_message_t* m, void* opaque) {
                                        static_cast<PacedProducer*>(opaque)->onDelivery(m);
                                    });
        rd_kafka_t* rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf.get(), errstr, sizeof errstr);
        if (!rk)
            return false;
        conf.release(); // owned by the handle now
        m_handle.reset(rk);
        m_thread = std::thread([this] { run(); });
        return true;
    }
    void stop() {
        m_stop.store(true);
        if (m_thread.joinable())
            m_thread.join();
    }
    // Valid after stop(): monotonic and wall ms of every acknowledged record, ascending.
    const std::vector<qint64>& ackMonotonicMs() const { return m_ackMono; }
    const std::vector<qint64>& ackWallMs() const { return m_ackWall; }
    int failed() const { return m_failed; }

    static qint64 countIn(const std::vector<qint64>& times, qint64 from, qint64 to) {
        // Records acknowledged in (from, to].
        return std::upper_bound(times.begin(), times.end(), to) -
               std::upper_bound(times.begin(), times.end(), from);
    }

private:
    // Runs on the producer thread (inside rd_kafka_poll/flush), so no locking is needed.
    void onDelivery(const rd_kafka_message_t* m) {
        if (m->err) {
            ++m_failed;
            return;
        }
        m_ackMono.push_back(monotonicNowMs());
        m_ackWall.push_back(QDateTime::currentMSecsSinceEpoch());
    }

    void run() {
        rd_kafka_t* rk = m_handle.get();
        const QByteArray name = m_topic.toUtf8();
        const QByteArray value(100, 'x');
        using Clock = std::chrono::steady_clock;
        const auto start = Clock::now();
        for (long i = 0; !m_stop.load(); ++i) {
            const auto due = start + std::chrono::duration_cast<Clock::duration>(
                                         std::chrono::duration<double>(double(i) / m_rate));
            // Serve delivery reports while waiting: their timestamps stay within ~1 ms.
            while (Clock::now() < due && !m_stop.load())
                rd_kafka_poll(rk, 1);
            if (produceValue(rk, name.constData(), static_cast<int>(i % kPartitions), value) !=
                RD_KAFKA_RESP_ERR_NO_ERROR)
                ++m_failed;
        }
        rd_kafka_flush(rk, 10000);
    }

    QString m_topic;
    double m_rate;
    rd::Handle m_handle;
    std::thread m_thread;
    std::atomic_bool m_stop{false};
    std::vector<qint64> m_ackMono;
    std::vector<qint64> m_ackWall;
    int m_failed = 0;
};

// Keeps every snapshot the tracker publishes (received queued on the test thread).
struct SnapshotLog {
    std::vector<ThroughputSnapshotPtr> all;
    ThroughputSnapshotPtr last() const { return all.empty() ? nullptr : all.back(); }
    quint64 sequence() const { return all.empty() ? 0 : all.back()->sequence; }
};

double relativeError(double measured, double truth) {
    return std::abs(measured - truth) / truth;
}

// The simulator with one service writing 200 events/s into one 3-partition topic, no consumers.
constexpr double kSimRate = 200.0;
QByteArray simScenario() {
    return R"({
  "name": "throughput-accuracy",
  "topics": [ { "name": "tput.sim", "partitions": 3 } ],
  "event_types": [ { "name": "com.example.tick", "version": 1,
                     "fields": { "n": "{int:1:9}", "label": "tick-{seq}" } } ],
  "services": [
    { "name": "ticker",
      "produces": [ { "topic": "tput.sim", "event_type": "com.example.tick",
                      "rate_per_s": 200 } ] }
  ]
})";
}

// The simulator's acknowledged-record counter over time, polled every 10 ms.
struct DeliveredTimeline {
    std::vector<std::pair<qint64, std::uint64_t>> points; // monotonic ms, delivered so far
    // Delivered at time t: the last poll at or before t (polls are 10 ms apart).
    std::uint64_t at(qint64 t) const {
        auto it = std::upper_bound(points.begin(), points.end(), t,
                                   [](qint64 v, const auto& p) { return v < p.first; });
        return it == points.begin() ? 0 : std::prev(it)->second;
    }
};

} // namespace

class TestThroughputBroker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerThroughputMetaTypes(); }

    void rateOverThirtySecondsMatchesTheProducedCount() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString topic = test::uniqueTopicName(QStringLiteral("tst-tput-rate"));
        QVERIFY(test::createTopic(topic, kPartitions));

        ClusterSession session(test::brokerProfile());
        session.setIntervalMs(1000);
        ThroughputTracker tracker(HistoryConfig::forTickInterval(1000));
        tracker.setSmoothingMs(0);
        SnapshotLog log;
        connect(&tracker, &ThroughputTracker::updated, this,
                [&log](const ThroughputSnapshotPtr& s) { log.all.push_back(s); });
        session.addConsumer(&tracker);
        auto recordStats = std::make_shared<RecordStatsStore>();
        tracker.setRecordStats(recordStats);
        RecordSamplerSettings samplerSettings;
        samplerSettings.roundIntervalMs = 3000;
        RecordSampler sampler(
            test::brokerProfile(), recordStats, [&tracker] { return tracker.latest(); },
            samplerSettings);
        session.start();
        sampler.start();
        QTRY_VERIFY_WITH_TIMEOUT(log.last() && log.last()->findTopic(topic), 10000);

        PacedProducer producer(topic, kTargetRate);
        QVERIFY(producer.start());
        auto scenario = sim::parseScenario(simScenario(), QStringLiteral("accuracy.json"));
        QVERIFY2(scenario, qPrintable(scenario ? QString() : scenario.error().message));
        sim::SimulatorOptions simOptions;
        simOptions.profile = test::brokerProfile();
        simOptions.nameSuffix = QStringLiteral("-") + topic;
        sim::Simulator simulator(*scenario, simOptions);
        const Status simStarted = simulator.start();
        QVERIFY2(simStarted, qPrintable(simStarted.ok() ? QString() : simStarted.error().message));
        const QString simTopic = simulator.topicName(QStringLiteral("tput.sim"));
        DeliveredTimeline simDelivered;
        QTimer simPoll;
        connect(&simPoll, &QTimer::timeout, this, [&simulator, &simTopic, &simDelivered] {
            for (const auto& t : simulator.stats().topics) {
                if (t.name == simTopic)
                    simDelivered.points.emplace_back(monotonicNowMs(), t.delivered);
            }
        });
        simPoll.start(10);
        QTest::qWait(2000); // past the producer's connection set-up: steady state

        // The CLI measures the same traffic at the same time, from its own process.
        QProcess cli;
        cli.setProcessChannelMode(QProcess::SeparateChannels);
        cli.start(QStringLiteral(STREAMSCOPE_CLI_PATH),
                  {QStringLiteral("throughput"), QStringLiteral("-b"), test::bootstrap(),
                   QStringLiteral("--topic"), topic, QStringLiteral("--window"),
                   QString::number(kWindowMs / 1000), QStringLiteral("--interval"),
                   QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY(cli.waitForStarted(5000));
        const size_t windowStart = log.all.size();
        QTRY_VERIFY_WITH_TIMEOUT(log.all.size() > windowStart &&
                                     log.last()->sampledAtMonotonicMs -
                                             log.all[windowStart]->sampledAtMonotonicMs >=
                                         kWindowMs,
                                 kWindowMs + 10000);
        // (waitForFinished() is false for a process that already finished during the wait.)
        QVERIFY(cli.state() == QProcess::NotRunning || cli.waitForFinished(kWindowMs + 15000));
        simPoll.stop();
        simulator.stop();
        producer.stop();
        sampler.stop();
        session.stop();
        QCOMPARE(producer.failed(), 0);

        // The tracker's window: from snapshot a to snapshot b, its own per-tick rates averaged
        // over the measured time each tick covers.
        const ThroughputSnapshot& a = *log.all[windowStart];
        const ThroughputSnapshot& b = *log.last();
        double weighted = 0;
        qint64 covered = 0;
        for (size_t i = windowStart + 1; i < log.all.size(); ++i) {
            const TopicRate* t = log.all[i]->findTopic(topic);
            QVERIFY(t);
            QVERIFY2(t->complete(), "every partition readable and rated on every tick");
            weighted += t->msgsPerSec * double(log.all[i]->elapsedMs);
            covered += log.all[i]->elapsedMs;
        }
        const qint64 windowMs = b.sampledAtMonotonicMs - a.sampledAtMonotonicMs;
        QCOMPARE(covered, windowMs);
        const double trackerRate = weighted / double(covered);
        const qint64 trueCount = PacedProducer::countIn(
            producer.ackMonotonicMs(), a.sampledAtMonotonicMs, b.sampledAtMonotonicMs);
        const double trueRate = double(trueCount) * 1000.0 / double(windowMs);
        const qint64 offsetCount =
            b.findTopic(topic)->producedSinceStart - a.findTopic(topic)->producedSinceStart;
        qInfo("tracker: %.2f msgs/s over %lld ms (%lld offsets); truth %.2f msgs/s (%lld acks); "
              "error %.3f%%",
              trackerRate, windowMs, offsetCount, trueRate, trueCount,
              100.0 * relativeError(trackerRate, trueRate));
        QVERIFY(trueRate > 0.9 * kTargetRate); // the producer really kept its pace
        QVERIFY(relativeError(trackerRate, trueRate) < kTolerance);
        // The simulator's topic over the same window, against its acknowledged counter.
        {
            double simWeighted = 0;
            for (size_t i = windowStart + 1; i < log.all.size(); ++i) {
                const TopicRate* t = log.all[i]->findTopic(simTopic);
                QVERIFY(t && t->complete());
                simWeighted += t->msgsPerSec * double(log.all[i]->elapsedMs);
            }
            const double simRate = simWeighted / double(covered);
            const auto simCount = qint64(simDelivered.at(b.sampledAtMonotonicMs) -
                                         simDelivered.at(a.sampledAtMonotonicMs));
            const double simTrue = double(simCount) * 1000.0 / double(windowMs);
            qInfo("simulator: tracker %.2f msgs/s; truth %.2f msgs/s (%lld acknowledged, declared "
                  "%.0f/s); error %.3f%%",
                  simRate, simTrue, simCount, kSimRate, 100.0 * relativeError(simRate, simTrue));
            QVERIFY(simTrue > 0.8 * kSimRate);
            QVERIFY(relativeError(simRate, simTrue) < kTolerance);
        }

        // Byte rates: the sampler read some of the 100-byte records meanwhile.
        const TopicRate* last = b.findTopic(topic);
        QCOMPARE(last->meanRecordBytes, 100.0);
        QVERIFY(std::abs(last->estimatedBytesPerSec - 100.0 * last->smoothedMsgsPerSec) < 1e-6);
        QVERIFY(!hasNote(last->offsetNotes, OffsetNote::TransactionMarkers));
        // The per-partition history holds the same ticks.
        const auto series = tracker.history().topicSeries(topic, a.sampledAtMs + 1, b.sampledAtMs);
        QCOMPARE(series.values.size(), log.all.size() - windowStart - 1);

        // The CLI over its own window.
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        const QByteArray cliErr = cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, cliErr.constData());
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(cli.readAllStandardOutput(), &parseError);
        QVERIFY2(doc.isObject(), qPrintable(parseError.errorString()));
        const QJsonArray topics = doc[QStringLiteral("topics")].toArray();
        QCOMPARE(topics.size(), 1);
        const QJsonObject cliTopic = topics.first().toObject();
        QCOMPARE(cliTopic[QStringLiteral("topic")].toString(), topic);
        const QJsonArray partitions = cliTopic[QStringLiteral("partitions")].toArray();
        QCOMPARE(partitions.size(), kPartitions);
        for (const auto& p : partitions) {
            QVERIFY(p.toObject()[QStringLiteral("msgs_per_s")].isDouble());
            QVERIFY(p.toObject()[QStringLiteral("end_offset")].toInteger() > 0);
        }
        const double cliRate = cliTopic[QStringLiteral("msgs_per_s")].toDouble();
        const auto cliFrom = doc[QStringLiteral("window_start_ms")].toInteger();
        const auto cliTo = doc[QStringLiteral("window_end_ms")].toInteger();
        const qint64 cliTrueCount = PacedProducer::countIn(producer.ackWallMs(), cliFrom, cliTo);
        const double cliTrueRate = double(cliTrueCount) * 1000.0 / double(cliTo - cliFrom);
        qInfo("cli: %.2f msgs/s over %.3f s; truth %.2f msgs/s (%lld acks); error %.3f%%", cliRate,
              doc[QStringLiteral("measured_window_s")].toDouble(), cliTrueRate, cliTrueCount,
              100.0 * relativeError(cliRate, cliTrueRate));
        QCOMPARE(doc[QStringLiteral("samples")].toInt(), 16); // 0, 2, ..., 30 s
        QVERIFY(relativeError(cliRate, cliTrueRate) < kTolerance);
        QVERIFY(test::deleteTopic(topic));
        QVERIFY(test::deleteTopic(simTopic));
    }

    void topicsCreatedGrownAndDeletedAreFollowedWithinTwoTicks() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString topic = test::uniqueTopicName(QStringLiteral("tst-tput-topology"));
        auto client = KafkaClient::create(test::brokerProfile());
        QVERIFY(client.ok());

        ClusterSession session(test::brokerProfile());
        session.setIntervalMs(1000);
        ThroughputTracker tracker(HistoryConfig::forTickInterval(1000));
        SnapshotLog log;
        connect(&tracker, &ThroughputTracker::updated, this,
                [&log](const ThroughputSnapshotPtr& s) { log.all.push_back(s); });
        bool stateErrors = false;
        connect(&session, &ClusterSession::stateChanged, this,
                [&stateErrors](ConnectionState state, const QString& message) {
                    if (state == ConnectionState::Unreachable || state == ConnectionState::Failed) {
                        stateErrors = true;
                        qWarning() << "session:" << message;
                    }
                });
        session.addConsumer(&tracker);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(log.last(), 10000);

        // Ticks from the moment an admin call returned until the tracker shows its effect.
        auto ticksUntil = [&log](const std::function<bool(const ThroughputSnapshot&)>& seen,
                                 quint64 since) -> qint64 {
            QElapsedTimer wait;
            wait.start();
            while (wait.elapsed() < 10000) {
                if (log.last() && log.last()->sequence > since && seen(*log.last()))
                    return qint64(log.last()->sequence - since);
                QTest::qWait(20);
            }
            return -1;
        };

        QElapsedTimer timer;
        timer.start();
        QVERIFY((*client)->createTopic(topic, 2, 1, {}, 10000).ok());
        // A compacted one next to it: the poller's cleanup.policy lookup becomes an offset note.
        const QString compacted = topic + QStringLiteral("-compacted");
        QVERIFY((*client)
                    ->createTopic(compacted, 1, 1,
                                  {{QStringLiteral("cleanup.policy"), QStringLiteral("compact")}},
                                  10000)
                    .ok());
        quint64 since = log.sequence();
        timer.restart();
        const qint64 createTicks = ticksUntil(
            [&](const ThroughputSnapshot& s) { return s.findTopic(topic) != nullptr; }, since);
        const qint64 createMs = timer.elapsed();
        QVERIFY2(createTicks >= 1 && createTicks <= 2, qPrintable(QString::number(createTicks)));
        QCOMPARE(log.last()->findTopic(topic)->partitionCount, 2);
        QVERIFY(!hasNote(log.last()->findTopic(topic)->offsetNotes, OffsetNote::Compacted));
        QTRY_VERIFY_WITH_TIMEOUT(log.last()->findTopic(compacted), 5000);
        QVERIFY(hasNote(log.last()->findTopic(compacted)->offsetNotes, OffsetNote::Compacted));
        QVERIFY((*client)->deleteTopics({compacted}, 10000).ok());

        QCOMPARE(test::produceRecords(topic, 40, 2), 40);
        QVERIFY((*client)->createPartitions(topic, 5, 10000).ok());
        since = log.sequence();
        timer.restart();
        const qint64 growTicks = ticksUntil(
            [&](const ThroughputSnapshot& s) {
                const TopicRate* t = s.findTopic(topic);
                return t && t->partitionCount == 5;
            },
            since);
        const qint64 growMs = timer.elapsed();
        QVERIFY2(growTicks >= 1 && growTicks <= 2, qPrintable(QString::number(growTicks)));
        // The new partitions are read at once; they get a rate from their second sample on.
        const quint64 grownAt = log.sequence();
        QTRY_VERIFY_WITH_TIMEOUT(log.sequence() >= grownAt + 1, 5000);
        const TopicRate* grown = log.last()->findTopic(topic);
        QVERIFY(grown);
        QCOMPARE(grown->readablePartitions, 5);
        QCOMPARE(grown->ratedPartitions, 5);
        QCOMPARE(grown->msgsPerSec, 0.0); // idle, and a real 0: every partition was read

        QVERIFY((*client)->deleteTopics({topic}, 10000).ok());
        since = log.sequence();
        timer.restart();
        const qint64 deleteTicks = ticksUntil(
            [&](const ThroughputSnapshot& s) { return s.findTopic(topic) == nullptr; }, since);
        const qint64 deleteMs = timer.elapsed();
        QVERIFY2(deleteTicks >= 1 && deleteTicks <= 2, qPrintable(QString::number(deleteTicks)));
        const quint64 deletedAt = log.sequence();
        QTRY_VERIFY_WITH_TIMEOUT(log.sequence() >= deletedAt + 2, 5000);
        session.stop();

        qInfo("topology: created seen after %lld tick(s) / %lld ms, partitions added after %lld / "
              "%lld ms, deleted gone after %lld / %lld ms",
              createTicks, createMs, growTicks, growMs, deleteTicks, deleteMs);
        // Without errors: the session stayed connected, the topic never showed an unreadable
        // partition while it existed, and it did not come back after it was gone.
        QVERIFY(!stateErrors);
        int unreadable = 0;
        bool gone = false;
        bool reappeared = false;
        for (const auto& s : log.all) {
            const TopicRate* t = s->findTopic(topic);
            if (!t) {
                gone = gone || s->sequence > since;
                continue;
            }
            reappeared = reappeared || gone;
            unreadable += t->partitionCount - t->readablePartitions;
        }
        QCOMPARE(unreadable, 0);
        QVERIFY(!reappeared);
    }

    void recordSamplerEstimatesSizesAndSpotsTransactionMarkers() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString plain = test::uniqueTopicName(QStringLiteral("tst-tput-plain"));
        const QString txn = test::uniqueTopicName(QStringLiteral("tst-tput-txn"));
        QVERIFY(test::createTopic(plain, 1));
        QVERIFY(test::createTopic(txn, 1));
        QCOMPARE(test::produceRecords(plain, 60, 1), 60); // values "record-0" .. "record-59"
        const int txnRecords = produceTransactionally(txn, 3, 10);
        QCOMPARE(txnRecords, 30);

        // Rates as the tracker would publish them: both topics busy.
        auto client = KafkaClient::create(test::brokerProfile());
        QVERIFY(client.ok());
        // The broker writes commit markers after EndTxn has returned, and the end offsets are
        // read committed (the last stable offset): wait until the last marker is in.
        auto md = (*client)->fetchTopicMetadata({plain, txn}, 10000);
        QVERIFY(md.ok());
        QVERIFY((*client)->fillOffsets(*md, 10000).ok());
        QElapsedTimer markersWaited;
        markersWaited.start();
        const auto txnEnd = [&] {
            const TopicInfo* topic = md->findTopic(txn);
            return topic ? topic->partitions.front().endOffset : qint64{-1};
        };
        while (txnEnd() < 33 && markersWaited.elapsed() < 10000) {
            QThread::msleep(100);
            md = (*client)->fetchTopicMetadata({plain, txn}, 10000);
            QVERIFY(md.ok());
            QVERIFY((*client)->fillOffsets(*md, 10000).ok());
        }
        auto rates = std::make_shared<ThroughputSnapshot>();
        rates->sampledAtMonotonicMs = md->sampledAtMonotonicMs;
        for (const auto& t : md->topics) {
            TopicRate topic;
            topic.topic = t.name;
            topic.smoothedMsgsPerSec = 10;
            topic.partitionCount = 1;
            PartitionRate p;
            p.readable = true;
            p.smoothedMsgsPerSec = 10;
            p.startOffset = t.partitions.front().startOffset;
            p.endOffset = t.partitions.front().endOffset;
            topic.partitions.push_back(p);
            rates->topics.push_back(topic);
        }
        // 3 transactions of 10 records: 33 offsets, the markers being the 3 extra ones.
        QCOMPARE(rates->findTopic(txn)->partitions.front().endOffset, 33);

        auto store = std::make_shared<RecordStatsStore>();
        RecordSamplerSettings settings;
        settings.recordsPerSample = 40;
        RecordSampler sampler(
            test::brokerProfile(), store, [rates] { return rates; }, settings);
        QCOMPARE(sampler.sampleRound(), 2);
        const auto stats = store->all();
        QVERIFY(stats.contains(plain) && stats.contains(txn));
        // The newest 40 of 60 values: "record-20" .. "record-59", 9 bytes each.
        QCOMPARE(stats[plain].meanRecordBytes, 9.0);
        QVERIFY(!stats[plain].transactionMarkersSeen);
        QCOMPARE(stats[txn].meanRecordBytes, 100.0);
        QVERIFY(stats[txn].transactionMarkersSeen);
        QVERIFY(describeOffsetNotes(static_cast<unsigned>(OffsetNote::TransactionMarkers))
                    .contains(QStringLiteral("marker")));
        QCOMPARE(sampler.sampleRound(), 0); // fresh estimates are not read again

        QVERIFY(test::deleteTopic(plain));
        QVERIFY(test::deleteTopic(txn));
    }

    void offsetQueriesAreChunkedAndKeepPartialAnswers() {
        STREAMSCOPE_REQUIRE_BROKER();
        // More partitions than one chunk (250), so the query runs in parallel chunks.
        constexpr int kMany = 260;
        const QString topic = test::uniqueTopicName(QStringLiteral("tst-tput-chunks"));
        QVERIFY(test::createTopic(topic, kMany));
        // One record in every 7th partition: answers must come back in query order.
        int expectedSum = 0;
        for (int p = 0; p < kMany; p += 7) {
            QCOMPARE(produceTo(topic, p, 1 + p % 3), 1 + p % 3);
            expectedSum += 1 + p % 3;
        }
        auto client = KafkaClient::create(test::brokerProfile());
        QVERIFY(client.ok());
        std::vector<OffsetQuery> queries;
        for (int p = 0; p < kMany; ++p)
            queries.push_back(OffsetQuery{topic, p, kLatestOffsetQuery});
        // A partition that does not exist must not blank out the others.
        queries.push_back(OffsetQuery{topic, kMany + 5, kLatestOffsetQuery});
        Expected<std::vector<OffsetAnswer>> answers = streamscopeError(QString());
        QTRY_VERIFY_WITH_TIMEOUT((answers = (*client)->queryOffsets(queries, 10000)).ok() &&
                                     answers->at(0).errorCode == 0,
                                 10000);
        QCOMPARE(answers->size(), queries.size());
        int sum = 0;
        for (int p = 0; p < kMany; ++p) {
            const OffsetAnswer& a = answers->at(size_t(p));
            QCOMPARE(a.partition, p);
            QCOMPARE(a.errorCode, 0);
            QCOMPARE(a.offset, qint64(p % 7 == 0 ? 1 + p % 3 : 0));
            sum += int(a.offset);
        }
        QCOMPARE(sum, expectedSum);
        QVERIFY(answers->back().errorCode != 0);
        QCOMPARE(answers->back().offset, kUnknownOffset);

        auto md = (*client)->fetchTopicMetadata({topic}, 10000);
        QVERIFY(md.ok());
        QVERIFY((*client)->fillOffsets(*md, 10000).ok());
        QCOMPARE(md->findTopic(topic)->messageCount(), qint64(expectedSum));
        QVERIFY(test::deleteTopic(topic));
    }

private:
    static int produceTo(const QString& topic, int partition, int count) {
        auto producer = KafkaClient::create(test::brokerProfile());
        if (!producer)
            return -1;
        rd_kafka_t* rk = (*producer)->handle();
        const QByteArray name = topic.toUtf8();
        int produced = 0;
        for (int i = 0; i < count; ++i) {
            if (produceValue(rk, name.constData(), partition, "x") == RD_KAFKA_RESP_ERR_NO_ERROR)
                ++produced;
        }
        return rd_kafka_flush(rk, 10000) == RD_KAFKA_RESP_ERR_NO_ERROR ? produced : -1;
    }

    // Writes `transactions` committed transactions of `perTransaction` 100-byte records; returns
    // the number of records committed.
    static int produceTransactionally(const QString& topic, int transactions, int perTransaction) {
        auto producer = KafkaClient::create(test::brokerProfile(), KafkaClient::Kind::Producer,
                                            {{QStringLiteral("transactional.id"),
                                              test::uniqueTopicName(QStringLiteral("tst-tx"))}});
        if (!producer)
            return -1;
        rd_kafka_t* rk = (*producer)->handle();
        auto ok = [](rd_kafka_error_t* error) {
            if (!error)
                return true;
            qWarning() << rd_kafka_error_string(error);
            rd_kafka_error_destroy(error);
            return false;
        };
        if (!ok(rd_kafka_init_transactions(rk, 30000)))
            return -1;
        const QByteArray name = topic.toUtf8();
        const QByteArray value(100, 't');
        int committed = 0;
        for (int t = 0; t < transactions; ++t) {
            if (!ok(rd_kafka_begin_transaction(rk)))
                return -1;
            for (int i = 0; i < perTransaction; ++i) {
                if (produceValue(rk, name.constData(), 0, value) != RD_KAFKA_RESP_ERR_NO_ERROR)
                    return -1;
            }
            if (!ok(rd_kafka_commit_transaction(rk, 30000)))
                return -1;
            committed += perTransaction;
        }
        return committed;
    }
};

QTEST_GUILESS_MAIN(TestThroughputBroker)
#include "tst_throughput_broker.moc"
