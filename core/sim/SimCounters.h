#pragma once

#include "sim/PayloadEncoder.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
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
    // the checks' versions[] must equal (with nothing failed).
    void countSent(const QString& type, int version) {
        std::lock_guard lock(sentMutex);
        ++sentByTypeVersion[{type, version}];
    }
    std::map<std::pair<QString, int>, std::uint64_t> sentByVersion() const {
        std::lock_guard lock(sentMutex);
        return sentByTypeVersion;
    }

private:
    mutable std::mutex sentMutex;
    std::map<std::pair<QString, int>, std::uint64_t> sentByTypeVersion;
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
