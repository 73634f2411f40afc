#include "sim/TopicProvisioner.h"

#include "sim/SimTr.h"

#include <QElapsedTimer>

#include <thread>

namespace streamscope::sim {

namespace {

constexpr int kRecheckIntervalMs = 200;

bool ready(const TopicInfo& topic) {
    if (topic.errorCode != 0 || topic.partitions.empty())
        return false;
    for (const auto& partition : topic.partitions) {
        if (partition.leader < 0 || partition.errorCode != 0)
            return false;
    }
    return true;
}

} // namespace

Expected<QStringList> provisionTopics(KafkaClient& client, const std::vector<TopicSpec>& topics,
                                      int timeoutMs, const std::atomic_bool* cancel) {
    QElapsedTimer elapsed;
    elapsed.start();
    auto remaining = [&] {
        return std::max(1000, timeoutMs - static_cast<int>(elapsed.elapsed()));
    };
    QStringList warnings;

    auto metadata = client.fetchMetadata(timeoutMs, cancel);
    if (!metadata)
        return metadata.error();
    QStringList names;
    for (const auto& topic : topics) {
        names.append(topic.name);
        if (const TopicInfo* existing = metadata->findTopic(topic.name)) {
            if (static_cast<int>(existing->partitions.size()) != topic.partitions)
                warnings.append(SimTr::tr("topic %1 exists with %2 partitions, the scenario "
                                          "declares %3; using it as it is")
                                    .arg(topic.name)
                                    .arg(existing->partitions.size())
                                    .arg(topic.partitions));
            continue;
        }
        auto status = client.createTopic(topic.name, topic.partitions, topic.replicationFactor,
                                         topic.configs, remaining());
        if (!status && status.error().code != kErrTopicAlreadyExists)
            return Error{
                status.error().code,
                SimTr::tr("cannot create topic %1: %2").arg(topic.name, status.error().message)};
    }

    // CreateTopics returns before every broker knows the new partitions' leaders.
    for (;;) {
        if (cancel && cancel->load())
            return streamscopeError(SimTr::tr("cancelled"));
        auto current = client.fetchTopicMetadata(names, remaining());
        QStringList missing;
        for (const auto& name : names) {
            const TopicInfo* topic = current ? current->findTopic(name) : nullptr;
            if (!topic || !ready(*topic))
                missing.append(name);
        }
        if (missing.isEmpty())
            return warnings;
        if (elapsed.elapsed() > timeoutMs)
            return streamscopeError(SimTr::tr("topics not ready after %1 s: %2")
                                        .arg(timeoutMs / 1000)
                                        .arg(missing.join(QStringLiteral(", "))));
        std::this_thread::sleep_for(std::chrono::milliseconds(kRecheckIntervalMs));
    }
}

} // namespace streamscope::sim
