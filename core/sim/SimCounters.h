#pragma once

#include "sim/PayloadEncoder.h"
#include "sim/Scenario.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <vector>

namespace streamscope::sim {

// Live counters written by producer and consumer threads (relaxed atomics: each is an
// independent tally) and read by Simulator::stats(). Addresses stay stable for the whole run,
// so a TopicCounters* can travel as a delivery-report opaque.
struct TopicCounters {
    QString declaredName;
    QString name; // with the run's prefix/suffix
    int partitions = 0;
    // Set before producing starts for a topic with a schema (registered), null otherwise.
    std::shared_ptr<const TopicEncoding> encoding;
    std::atomic<std::uint64_t> delivered{0};
    std::atomic<std::uint64_t> failed{0};
    std::atomic<std::uint64_t> duplicates{0};
    std::atomic<std::uint64_t> reordered{0};

    // Records handed to the producer per event type and version, copies included: the truth
    // the checks' versions[] must equal (with nothing failed). One slot per type spec of the
    // scenario (each type and its newer version), made before the run starts: counting a send is
    // a search of a few pointers and one relaxed add, with no lock between the services and
    // consumer groups that write to the same topic.
    void trackVersion(const EventTypeSpec* type) {
        m_sent.push_back(std::make_unique<SentSlot>(type));
    }
    void countSent(const EventTypeSpec* type) {
        for (const auto& slot : m_sent) {
            if (slot->type == type) {
                slot->sent.fetch_add(1, std::memory_order_relaxed);
                return;
            }
        }
        Q_ASSERT_X(false, "TopicCounters::countSent", "a type spec not tracked before the run");
    }
    std::map<std::pair<QString, int>, std::uint64_t> sentByVersion() const {
        std::map<std::pair<QString, int>, std::uint64_t> sent;
        for (const auto& slot : m_sent) {
            if (const std::uint64_t n = slot->sent.load(std::memory_order_relaxed); n > 0)
                sent[{slot->type->name, slot->type->version}] += n;
        }
        return sent;
    }

private:
    struct SentSlot {
        explicit SentSlot(const EventTypeSpec* t)
            : type(t) {}
        const EventTypeSpec* type; // in the simulator's scenario, which outlives the counters
        std::atomic<std::uint64_t> sent{0};
    };
    std::vector<std::unique_ptr<SentSlot>> m_sent; // fixed before the run starts
};

struct GroupCounters {
    QString declaredName;
    QString name;
    QString topic; // declared name
    QString service;
    double processingRatePerSecond = 0;
    std::atomic<std::uint64_t> consumed{0};
    std::atomic<std::uint64_t> reactions{0};
    std::atomic<bool> paused{false}; // a stalled group after its one commit
};

struct SimCounters {
    std::vector<std::unique_ptr<TopicCounters>> topics;
    std::vector<std::unique_ptr<GroupCounters>> groups;

    TopicCounters* topic(const QString& declaredName) const {
        for (const auto& t : topics) {
            if (t->declaredName == declaredName)
                return t.get();
        }
        return nullptr;
    }
};

} // namespace streamscope::sim
