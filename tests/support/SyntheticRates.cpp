#include "SyntheticRates.h"

namespace streamscope::test {

ThroughputSnapshot syntheticTick(qint64 wallMs, qint64 elapsedMs, const Rates& rates) {
    const auto addKnown = [](double sum, double value) {
        return hasValue(sum) ? sum + value : value;
    };
    ThroughputSnapshot s;
    s.sampledAtMs = wallMs;
    s.elapsedMs = elapsedMs;
    for (const auto& [name, values] : rates) {
        TopicRate t;
        t.topic = name;
        t.partitionCount = static_cast<int>(values.size());
        for (std::size_t i = 0; i < values.size(); ++i) {
            PartitionRate p;
            p.partition = static_cast<int>(i);
            p.readable = hasValue(values[i]);
            p.msgsPerSec = values[i];
            if (hasValue(values[i]))
                t.msgsPerSec = addKnown(t.msgsPerSec, values[i]);
            t.partitions.push_back(p);
        }
        if (hasValue(t.msgsPerSec))
            s.clusterMsgsPerSec = addKnown(s.clusterMsgsPerSec, t.msgsPerSec);
        s.topics.push_back(std::move(t));
    }
    return s;
}

} // namespace streamscope::test
