#pragma once

#include "kafka/Producer.h"
#include "sim/EventEmitter.h"
#include "sim/Scenario.h"
#include "sim/SimCounters.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <thread>

namespace streamscope::sim {

// One simulated service's producing side: its own producer handle (client.id = service name),
// its emitter, and a thread that paces the service's "produces" entries to their rates and
// serves delivery reports. Consumer groups of the service send follow-ups through emitter().
class ServiceRunner {
public:
    using Clock = std::chrono::steady_clock;

    ServiceRunner(const ServiceSpec& service, const Scenario& scenario, SimCounters& counters,
                  std::uint64_t seed);
    ~ServiceRunner();
    ServiceRunner(const ServiceRunner&) = delete;
    ServiceRunner& operator=(const ServiceRunner&) = delete;

    // Creates the producer handle; fails on bad client configuration.
    Status open(const ConnectionProfile& profile);
    void start(const std::atomic_bool& stop);
    void join();
    // After join() and after the service's consumers stopped: sends held-back events, delivers
    // what is queued until the deadline, then drops the rest.
    void finish(Clock::time_point deadline);

    const QString& name() const { return m_service.name; }
    EventEmitter& emitter() { return *m_emitter; }
    QString lastError() const;

private:
    struct PacedProduce {
        const ProduceSpec* spec = nullptr;
        const EventTypeSpec* type = nullptr;
        TopicCounters* topic = nullptr;
    };

    void run(const std::atomic_bool& stop);
    static void countDelivery(const DeliveryReport& report);

    const ServiceSpec& m_service;
    const Scenario& m_scenario;
    SimCounters& m_counters;
    std::uint64_t m_seed;
    std::unique_ptr<Producer> m_producer;
    std::unique_ptr<EventEmitter> m_emitter;
    std::thread m_thread;
};

} // namespace streamscope::sim
