// ClusterSession: the polling thread behind every view. Real broker for the happy path; a dead
// port and librdkafka's mock cluster (fault injection: broker down, then up) for failures.
#include "TestCluster.h"
#include "common/ThreadPriority.h"
#include "kafka/KafkaClient.h"
#include "session/ClusterSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

#include <librdkafka/rdkafka_mock.h>

#include <atomic>
#include <limits>

using namespace streamscope;

namespace {

// A librdkafka mock cluster with one broker, owned by a throwaway producer handle.
class MockCluster {
public:
    explicit MockCluster(int brokers = 1, int replication = 1) {
        char errstr[256];
        rd_kafka_conf_t* conf = rd_kafka_conf_new();
        rd_kafka_conf_set(conf, "log_level", "0", errstr, sizeof errstr);
        m_owner.reset(rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr));
        m_cluster = rd_kafka_mock_cluster_new(m_owner.get(), brokers);
        rd_kafka_mock_topic_create(m_cluster, "mock-topic", 3, replication);
    }
    ~MockCluster() { rd_kafka_mock_cluster_destroy(m_cluster); }
    QString bootstrap() const {
        return QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(m_cluster));
    }
    void setBrokerUp(bool up) {
        if (up)
            rd_kafka_mock_broker_set_up(m_cluster, 1);
        else
            rd_kafka_mock_broker_set_down(m_cluster, 1);
    }
    void moveLeader(int partition, int broker) {
        rd_kafka_mock_partition_set_leader(m_cluster, "mock-topic", partition, broker);
    }

private:
    rd::Handle m_owner;
    rd_kafka_mock_cluster_t* m_cluster = nullptr;
};

// Nice value of every librdkafka thread of this process ("rdk:main", "rdk:broker1", ...) by
// "tid name", from /proc (Linux).
QMap<QString, int> rdkafkaThreadNiceValues() {
    QMap<QString, int> values;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        const QString name = QString::fromUtf8(comm.readAll().trimmed());
        if (!name.startsWith(QStringLiteral("rdk:")))
            continue;
        // Fields after "(comm)": state is field 3, nice is field 19.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 16)
            values.insert(tid + QLatin1Char(' ') + name, fields[16].toInt());
    }
    return values;
}

} // namespace

class TestClusterSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<ClusterSnapshot>();
        qRegisterMetaType<ConnectionState>();
    }

    void connectsAndPublishesSnapshotsWithOffsets() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString topic = test::uniqueTopicName(QStringLiteral("tst-session"));
        QVERIFY(test::createTopic(topic, 3));
        QCOMPARE(test::produceRecords(topic, 30, 3), 30);

        ClusterSession session(test::brokerProfile());
        session.setIntervalMs(1000);
        QSignalSpy states(&session, &ClusterSession::stateChanged);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(session.snapshot() && session.snapshot()->findTopic(topic) &&
                                     session.snapshot()->findTopic(topic)->messageCount() == 30,
                                 10000);
        const ClusterSnapshot snap = session.snapshot();
        QCOMPARE(snap->findTopic(topic)->partitions.size(), size_t(3));
        QVERIFY(snap->findTopic(topic)->allOffsetsKnown());
        QVERIFY(snap->sampledAt.isValid());
        QVERIFY(!states.isEmpty());
        QVERIFY(session.stateMessage().contains(test::bootstrap()));

        // Snapshots keep coming at the interval and are new objects (immutable values).
        QSignalSpy updates(&session, &ClusterSession::snapshotUpdated);
        QVERIFY(updates.wait(3000));
        QVERIFY(session.snapshot() != snap);
        QVERIFY(session.snapshot()->sampledAtMonotonicMs > snap->sampledAtMonotonicMs);
        session.stop();
        QVERIFY(test::deleteTopic(topic));
    }

    void pollingRunsBelowTheGuiThreadsPriority() {
        STREAMSCOPE_REQUIRE_BROKER();
        // The consumer runs on the polling thread: it reads that thread's nice value there.
        struct NiceProbe : SnapshotConsumer {
            std::atomic_int nice{std::numeric_limits<int>::min()};
            void consumeSnapshot(const ClusterSnapshot&) override { nice = currentThreadNice(); }
        } probe;
        const int guiNice = currentThreadNice();
        ClusterSession session(test::brokerProfile());
        session.addConsumer(&probe);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(probe.nice != std::numeric_limits<int>::min(), 10000);
        QCOMPARE(probe.nice.load(), std::min(19, guiNice + kBackgroundNiceIncrement));
        QCOMPARE(currentThreadNice(), guiNice); // the calling thread is left alone
        // librdkafka's threads were started by the polling thread and inherit its priority.
        const QMap<QString, int> rdkafka = rdkafkaThreadNiceValues();
        QVERIFY2(!rdkafka.isEmpty(), "no librdkafka threads found");
        for (auto it = rdkafka.begin(); it != rdkafka.end(); ++it)
            QVERIFY2(it.value() >= guiNice + kBackgroundNiceIncrement, qPrintable(it.key()));
        session.stop();
    }

    void unreachableBootstrapIsReportedWithin10sAndStopsFast() {
        ConnectionProfile dead;
        dead.bootstrapServers = QStringLiteral("127.0.0.1:1");
        ClusterSession session(dead);
        QElapsedTimer timer;
        timer.start();
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Unreachable, 10000);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(session.stateMessage().contains(QStringLiteral("127.0.0.1:1")),
                 qPrintable(session.stateMessage()));
        // Let it retry once so a blocking call is likely under way, then quit.
        QTest::qWait(1500);
        timer.restart();
        session.stop();
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void configurationErrorsFailWithoutRetrying() {
        ConnectionProfile bad;
        bad.bootstrapServers = QStringLiteral("127.0.0.1:9092");
        bad.extraProperties.append({QStringLiteral("bogus.property"), QStringLiteral("x")});
        ClusterSession session(bad);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Failed, 5000);
        QVERIFY(session.stateMessage().contains(QStringLiteral("bogus.property")));
    }

    void followsALeaderMoveWithoutLosingOffsets() {
        // Three brokers, every partition on all of them: a leader move on a one-broker real
        // cluster is impossible, so librdkafka's mock cluster injects it.
        MockCluster mock(3, 3);
        ConnectionProfile profile;
        profile.bootstrapServers = mock.bootstrap();
        const QString topic = QStringLiteral("mock-topic");
        QCOMPARE(test::produceRecords(profile, topic, 30, 3), 30);
        ClusterSession session(profile);
        session.setIntervalMs(1000);
        session.start();
        const auto partition0 = [&session, &topic]() -> PartitionInfo {
            const ClusterSnapshot snap = session.snapshot();
            const TopicInfo* info = snap ? snap->findTopic(topic) : nullptr;
            return info && !info->partitions.empty() ? info->partitions.front() : PartitionInfo{};
        };
        QTRY_COMPARE_WITH_TIMEOUT(partition0().endOffset, qint64(10), 10000);
        const int oldLeader = partition0().leader;
        QVERIFY(oldLeader >= 1 && oldLeader <= 3);
        const int newLeader = oldLeader % 3 + 1;

        mock.moveLeader(0, newLeader);
        QCOMPARE(test::produceRecords(profile, topic, 30, 3), 30); // goes to the new leader
        // The move shows in the next snapshots, and the offsets are read from the new leader
        // (never unreadable, never 0).
        QTRY_COMPARE_WITH_TIMEOUT(partition0().leader, newLeader, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(partition0().endOffset, qint64(20), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(session.snapshot()->findTopic(topic)->allOffsetsKnown(), 5000);
        QCOMPARE(session.snapshot()->findTopic(topic)->messageCount(), qint64(60));
        session.stop();
    }

    void reconnectsByItselfWhenTheBrokerComesBack() {
        MockCluster mock;
        ConnectionProfile profile;
        profile.bootstrapServers = mock.bootstrap();
        ClusterSession session(profile);
        session.setIntervalMs(1000);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(session.snapshot() &&
                                     session.snapshot()->findTopic(QStringLiteral("mock-topic")),
                                 10000);

        mock.setBrokerUp(false);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Unreachable, 20000);
        mock.setBrokerUp(true);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Connected, 20000);

        mock.setBrokerUp(false);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Unreachable, 20000);
        QElapsedTimer timer;
        timer.start();
        session.stop();
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestClusterSession)
#include "tst_clustersession.moc"
