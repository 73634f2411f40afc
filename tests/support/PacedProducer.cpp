#include "PacedProducer.h"

#include "TestCluster.h"
#include "kafka/KafkaClient.h"
#include "kafka/RawProduce.h"

#include <QDebug>

#include <chrono>

namespace streamscope::test {

PacedProducer::PacedProducer(QString topic, int partitions, double recordsPerSecond)
    : m_topic(std::move(topic))
    , m_partitions(std::max(1, partitions))
    , m_rate(recordsPerSecond > 0 ? recordsPerSecond : 1) {}

PacedProducer::~PacedProducer() {
    stop();
}

bool PacedProducer::start() {
    if (m_thread.joinable())
        return true;
    auto client = KafkaClient::create(brokerProfile(), KafkaClient::Kind::Producer,
                                      {{QStringLiteral("linger.ms"), QStringLiteral("5")}});
    if (!client) {
        qWarning() << "PacedProducer:" << client.error().message;
        return false;
    }
    m_client = std::move(client.value());
    m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
    return true;
}

void PacedProducer::stop() {
    if (!m_thread.joinable())
        return;
    m_thread.request_stop();
    m_thread.join();
    m_thread = std::jthread();
    if (m_client)
        rd_kafka_flush(m_client->handle(), 5000);
}

void PacedProducer::run(const std::stop_token& stop) {
    using Clock = std::chrono::steady_clock;
    rd_kafka_t* rk = m_client->handle();
    const QByteArray topic = m_topic.toUtf8();
    const auto start = Clock::now();
    const std::chrono::duration<double> step(1.0 / m_rate);
    for (long long i = 0; !stop.stop_requested(); ++i) {
        const auto due = start + std::chrono::duration_cast<Clock::duration>(step * double(i));
        // Sleep in short slices so stop() never waits long.
        while (!stop.stop_requested() && Clock::now() < due) {
            rd_kafka_poll(rk, 0);
            std::this_thread::sleep_for(
                std::min<Clock::duration>(due - Clock::now(), std::chrono::milliseconds(20)));
        }
        if (stop.stop_requested())
            break;
        const QByteArray value = QByteArray("paced-") + QByteArray::number(i);
        if (produceValue(rk, topic.constData(), static_cast<int>(i % m_partitions), value) !=
            RD_KAFKA_RESP_ERR_NO_ERROR)
            continue; // queue full or similar: skip this one, keep pace
        m_produced.fetch_add(1);
    }
}

} // namespace streamscope::test
