#pragma once

#include "cluster/ClusterMetadata.h"
#include "graph/GraphTypes.h"
#include "graph/RecordSample.h"
#include "lag/LagTypes.h"
#include "throughput/ThroughputTypes.h"

#include <vector>

namespace streamscope {

class ServiceNamer;

struct GraphSettings {
    // A producer with no sampled record this recent is idle (its edge carries 0 msgs/s).
    qint64 activityWindowMs = 60 * 1000;
    // An idle edge is dropped once its last traffic is this old (GraphAging).
    qint64 expiryMs = 10 * 60 * 1000;
    // Newest records read per topic for producer identities.
    int samplePerTopic = 200;
};

// Everything the graph is inferred from; each part may be missing (null or empty): the graph
// then shows what the others tell.
struct GraphInputs {
    qint64 nowMs = 0;                       // wall clock
    ClusterSnapshot cluster;                // the topics that exist (null: trust the other inputs)
    ThroughputSnapshotPtr rates;            // msgs/s per topic for produce edges
    LagSnapshotPtr groups;                  // consumer groups: members, commits, lag, status
    std::vector<TopicRecordSample> samples; // producer identities and trace ids per topic
};

// The graph of one moment, without memory: produce edges from the record samples (a producer's
// share of the topic's records in the activity window times the topic's rate), consume edges
// from the groups (one per group and topic it has commits or assignments on), service names by
// the namer, causality from shared trace ids. Pure: no I/O, no clock, no threads.
ServiceGraph inferServiceGraph(const GraphInputs& inputs, const ServiceNamer& namer,
                               const GraphSettings& settings);

} // namespace streamscope
