#pragma once

#include "kafka/KafkaClient.h"
#include "sim/Scenario.h"

#include <QStringList>

#include <atomic>
#include <vector>

namespace streamscope::sim {

// Creates the scenario's topics that do not exist yet (an existing topic is used as it is) and
// waits until metadata shows every partition with a leader, so producers and consumers start
// on a ready cluster. Returns warnings, e.g. an existing topic whose partition count differs.
Expected<QStringList> provisionTopics(KafkaClient& client, const std::vector<TopicSpec>& topics,
                                      int timeoutMs, const std::atomic_bool* cancel);

} // namespace streamscope::sim
