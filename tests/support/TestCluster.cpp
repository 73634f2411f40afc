#include "TestCluster.h"

#include "kafka/RawProduce.h"

#include "kafka/KafkaClient.h"

#include <QRandomGenerator>
#include <QtTest>

namespace streamscope::test {

QString bootstrap() {
    return qEnvironmentVariable("STREAMSCOPE_BOOTSTRAP");
}

ConnectionProfile brokerProfile() {
    ConnectionProfile p;
    p.name = QStringLiteral("test");
    p.bootstrapServers = bootstrap();
    return p;
}

QString uniqueTopicName(const QString& prefix) {
    return QStringLiteral("%1-%2-%3")
        .arg(prefix)
        .arg(QDateTime::currentMSecsSinceEpoch())
        .arg(QRandomGenerator::global()->bounded(1000000));
}

bool createTopic(const QString& name, int partitions) {
    auto client = KafkaClient::create(brokerProfile());
    if (!client) {
        qWarning() << client.error().message;
        return false;
    }
    auto status = (*client)->createTopic(name, partitions, 1, {}, 15000);
    if (!status)
        qWarning() << "createTopic" << name << status.error().message;
    return status.ok();
}

bool deleteTopic(const QString& name) {
    auto client = KafkaClient::create(brokerProfile());
    if (!client)
        return false;
    return (*client)->deleteTopics({name}, 15000).ok();
}

int produceRecords(const QString& topic, int count, int partitions) {
    return produceRecords(brokerProfile(), topic, count, partitions);
}

int produceRecords(const ConnectionProfile& cluster, const QString& topic, int count,
                   int partitions) {
    auto client = KafkaClient::create(cluster, KafkaClient::Kind::Producer,
                                      {{QStringLiteral("linger.ms"), QStringLiteral("5")}});
    if (!client)
        return 0;
    rd_kafka_t* rk = (*client)->handle();
    const QByteArray name = topic.toUtf8();
    int produced = 0;
    for (int i = 0; i < count; ++i) {
        const QByteArray value = QByteArray("record-") + QByteArray::number(i);
        const int partition = partitions > 0 ? i % partitions : RD_KAFKA_PARTITION_UA;
        if (produceValue(rk, name.constData(), partition, value, true) ==
            RD_KAFKA_RESP_ERR_NO_ERROR)
            ++produced;
        rd_kafka_poll(rk, 0);
    }
    rd_kafka_flush(rk, 15000);
    return produced;
}

BrowseRequest wholeTopicRequest(const QString& topic) {
    BrowseRequest request;
    request.topic = topic;
    return request;
}

} // namespace streamscope::test
