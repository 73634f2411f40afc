#pragma once

#include "kafka/GroupConsumer.h"
#include "sim/EventEmitter.h"
#include "sim/Scenario.h"
#include "sim/SimCounters.h"

#include <QHash>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <random>
#include <thread>
#include <vector>

namespace streamscope::sim {

// One "consumes" entry: a consumer group member (group.id from the scenario, client.id = the
// service) that processes records at the declared rate on its own thread and sends the
// declared follow-up events through its service's emitter.
//
// A group whose processing rate is below its input falls behind: its committed offsets advance
// slower than the topic grows. A stalled group (rate 0) processes a few records, commits once,
// then pauses its partitions but keeps polling: it stays a live member of the group, its
// committed offsets freeze, and its lag grows.
class GroupWorker {
public:
    using Clock = std::chrono::steady_clock;

    GroupWorker(const ConsumeSpec& spec, const Scenario& scenario, GroupCounters& counters,
                SimCounters& allCounters, EventEmitter& emitter, std::uint64_t seed);
    ~GroupWorker();
    GroupWorker(const GroupWorker&) = delete;
    GroupWorker& operator=(const GroupWorker&) = delete;

    // Creates the consumer and subscribes to the topic (by its real name).
    Status open(const ConnectionProfile& profile, const QString& topicName);
    void start(const std::atomic_bool& stop);
    // Waits for the thread, which leaves the group before it ends.
    void join();
    const QString& groupName() const { return m_counters.name; }
    QString lastError() const;

private:
    struct ResolvedReaction {
        const ReactionSpec* spec = nullptr;
        QByteArray whenType; // empty: any
        const EventTypeSpec* type = nullptr;
        TopicCounters* topic = nullptr;
    };

    void run(const std::atomic_bool& stop);
    void runStalled(const std::atomic_bool& stop);
    void process(const ConsumedRecord& record);
    void react(const ConsumedRecord& record);
    void commitOnceAndPause();

    const ConsumeSpec& m_spec;
    GroupCounters& m_counters;
    EventEmitter& m_emitter;
    std::vector<ResolvedReaction> m_reactions;
    std::mt19937_64 m_random;
    std::unique_ptr<GroupConsumer> m_consumer;
    // Next offset to commit per partition this member processed (stalled groups commit these).
    QHash<int, qint64> m_processedUpTo;
    std::thread m_thread;
};

} // namespace streamscope::sim
