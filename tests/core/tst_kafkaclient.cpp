// KafkaClient against the real broker: metadata, offsets, topic admin, and clear failures.
#include "TestCluster.h"
#include "kafka/KafkaClient.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace streamscope;

class TestKafkaClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listsATopicCreatedByTheTest() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString topic = test::uniqueTopicName(QStringLiteral("tst-client"));
        QVERIFY(test::createTopic(topic, 1));
        auto client = KafkaClient::create(test::brokerProfile());
        QVERIFY(client.ok());
        const ClusterMetadata* found = nullptr;
        Expected<ClusterMetadata> md = streamscopeError(QString());
        QTRY_VERIFY_WITH_TIMEOUT(
            (md = (*client)->fetchMetadata(5000)).ok() && md->findTopic(topic) != nullptr, 10000);
        found = &md.value();
        QVERIFY(!found->brokers.empty());
        QVERIFY(!found->clusterId.isEmpty());
        QVERIFY(found->findBroker(found->controllerId) != nullptr);
        QVERIFY(found->findBroker(found->controllerId)->controller);
        QVERIFY(!found->findTopic(topic)->internal);
        QVERIFY(test::deleteTopic(topic));
    }

    void metadataAfterCreatingTopicWithNPartitions() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString topic = test::uniqueTopicName(QStringLiteral("tst-partitions"));
        constexpr int kPartitions = 7;
        QVERIFY(test::createTopic(topic, kPartitions));
        QCOMPARE(test::produceRecords(topic, 70, kPartitions), 70);

        auto client = KafkaClient::create(test::brokerProfile());
        QVERIFY(client.ok());
        Expected<ClusterMetadata> md = streamscopeError(QString());
        QTRY_VERIFY_WITH_TIMEOUT((md = (*client)->fetchMetadata(5000)).ok() &&
                                     md->findTopic(topic) &&
                                     md->findTopic(topic)->partitions.size() == kPartitions,
                                 10000);
        QVERIFY((*client)->fillOffsets(*md, 10000).ok());
        const TopicInfo* info = md->findTopic(topic);
        QCOMPARE(info->replicationFactor(), 1);
        QCOMPARE(info->messageCount(), 70);
        for (const auto& p : info->partitions) {
            QCOMPARE(p.leader, md->brokers.front().id);
            QCOMPARE(p.replicas, QList<int>{md->brokers.front().id});
            QCOMPARE(p.isr, QList<int>{md->brokers.front().id});
            QCOMPARE(p.startOffset, 0);
            QCOMPARE(p.endOffset, 10); // 70 records round-robin over 7 partitions
        }
        QVERIFY(md->sampledAtMonotonicMs > 0);

        QVERIFY((*client)->createPartitions(topic, kPartitions + 2, 10000).ok());
        QTRY_VERIFY_WITH_TIMEOUT((md = (*client)->fetchMetadata(5000)).ok() &&
                                     md->findTopic(topic)->partitions.size() == kPartitions + 2,
                                 10000);
        QVERIFY(test::deleteTopic(topic));
    }

    void creatingAnExistingTopicFailsWithItsName() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString topic = test::uniqueTopicName(QStringLiteral("tst-dup"));
        QVERIFY(test::createTopic(topic, 1));
        auto client = KafkaClient::create(test::brokerProfile());
        const auto status = (*client)->createTopic(topic, 1, 1, {}, 10000);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, int(RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS));
        QVERIFY(status.error().message.contains(topic));
        QVERIFY(test::deleteTopic(topic));
    }

    void offsetsOfUnknownPartitionsAreMarkedNotZero() {
        STREAMSCOPE_REQUIRE_BROKER();
        auto client = KafkaClient::create(test::brokerProfile());
        const auto answers = (*client)->queryOffsets(
            {OffsetQuery{QStringLiteral("no-such-topic-for-streamscope"), 0, kLatestOffsetQuery}},
            3000);
        if (answers.ok()) {
            QCOMPARE(answers->size(), size_t(1));
            QVERIFY(answers->front().errorCode != 0);
            QCOMPARE(answers->front().offset, kUnknownOffset);
        } // else: the whole query failed with an error, which is also not a silent zero
    }

    void unreachableBootstrapFailsClearlyAndFast() {
        ConnectionProfile dead;
        dead.bootstrapServers = QStringLiteral("127.0.0.1:1");
        auto client = KafkaClient::create(dead);
        QVERIFY(client.ok());
        QElapsedTimer timer;
        timer.start();
        const auto md = (*client)->fetchMetadata(10000);
        QVERIFY(!md.ok());
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!md.error().message.isEmpty());
    }

    void badPropertyIsAConfigurationError() {
        ConnectionProfile p = test::brokerProfile();
        p.bootstrapServers = QStringLiteral("127.0.0.1:9092");
        p.extraProperties.append({QStringLiteral("no.such.property"), QStringLiteral("1")});
        const auto client = KafkaClient::create(p);
        QVERIFY(!client.ok());
        QVERIFY(client.error().message.contains(QStringLiteral("no.such.property")));
    }
};

QTEST_GUILESS_MAIN(TestKafkaClient)
#include "tst_kafkaclient.moc"
