// ClusterSession: the polling thread behind every view. Real broker for the happy path; a dead
// port and librdkafka's mock cluster (fault injection: broker down, then up) for failures.
#include "ClusterSession.h"
#include "TestCluster.h"
#include "kafka/KafkaClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#include <librdkafka/rdkafka_mock.h>

using namespace streamscope;

namespace {

// A librdkafka mock cluster with one broker, owned by a throwaway producer handle.
class MockCluster {
public:
    MockCluster() {
        char errstr[256];
        rd_kafka_conf_t* conf = rd_kafka_conf_new();
        rd_kafka_conf_set(conf, "log_level", "0", errstr, sizeof errstr);
        m_owner.reset(rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr));
        m_cluster = rd_kafka_mock_cluster_new(m_owner.get(), 1);
        rd_kafka_mock_topic_create(m_cluster, "mock-topic", 3, 1);
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

private:
    rd::Handle m_owner;
    rd_kafka_mock_cluster_t* m_cluster = nullptr;
};

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
