#include "TestCluster.h"

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
        // rd_kafka_produceva: the RD_KAFKA_V_* macros of producev use C casts (-Wold-style-cast).
        rd_kafka_vu_t fields[4] = {};
        fields[0].vtype = RD_KAFKA_VTYPE_TOPIC;
        fields[0].u.cstr = name.constData();
        fields[1].vtype = RD_KAFKA_VTYPE_PARTITION;
        fields[1].u.i32 = partition;
        fields[2].vtype = RD_KAFKA_VTYPE_MSGFLAGS;
        fields[2].u.i = RD_KAFKA_MSG_F_COPY;
        fields[3].vtype = RD_KAFKA_VTYPE_VALUE;
        fields[3].u.mem.ptr = const_cast<char*>(value.constData());
        fields[3].u.mem.size = static_cast<size_t>(value.size());
        for (;;) {
            rd_kafka_error_t* error = rd_kafka_produceva(rk, fields, 4);
            const auto err = error ? rd_kafka_error_code(error) : RD_KAFKA_RESP_ERR_NO_ERROR;
            if (error)
                rd_kafka_error_destroy(error);
            if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL) {
                rd_kafka_poll(rk, 50);
                continue;
            }
            if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
                ++produced;
            break;
        }
        rd_kafka_poll(rk, 0);
    }
    rd_kafka_flush(rk, 15000);
    return produced;
}

} // namespace streamscope::test
