#pragma once

#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace streamscope {
class KafkaClient;
}

namespace streamscope::test {

// Produces small records into a topic at a steady rate from its own thread, round-robin over the
// partitions, until stopped: the known input the throughput tests compare the measured rates
// with. Pacing follows an absolute schedule on a monotonic clock, so the long-run rate is exact
// even when a produce call is slow.
class PacedProducer {
public:
    PacedProducer(QString topic, int partitions, double recordsPerSecond);
    ~PacedProducer(); // stops and joins
    PacedProducer(const PacedProducer&) = delete;
    PacedProducer& operator=(const PacedProducer&) = delete;

    // Connects to the test broker and starts producing; false when the client cannot be made.
    bool start();
    void stop();
    long long produced() const { return m_produced.load(); }

private:
    void run(const std::stop_token& stop);

    QString m_topic;
    int m_partitions;
    double m_rate;
    std::unique_ptr<KafkaClient> m_client;
    std::atomic<long long> m_produced{0};
    std::jthread m_thread;
};

} // namespace streamscope::test
