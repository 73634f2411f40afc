#include "lag/OffsetReset.h"

#include "kafka/KafkaClient.h"

#include <QCoreApplication>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Lag)
};

} // namespace

QString offsetResetRefusal(const ConnectionProfile& profile) {
    if (profile.readOnly)
        return Tr::tr("The connection profile \"%1\" is read-only: nothing may write to this "
                      "cluster. Clear \"Read-only\" in the profile to reset offsets.")
            .arg(profile.name.isEmpty() ? profile.bootstrapServers : profile.name);
    return {};
}

Expected<TimestampOffsets> readTimestampOffsets(KafkaClient& client,
                                                const std::vector<OffsetResetInput>& partitions,
                                                qint64 timeMs, int timeoutMs) {
    std::vector<OffsetQuery> queries;
    queries.reserve(partitions.size());
    for (const OffsetResetInput& p : partitions)
        queries.push_back({p.topic, p.partition, timeMs});
    auto answers = client.queryOffsets(queries, timeoutMs);
    if (!answers)
        return answers.error();
    TimestampOffsets offsets;
    for (const OffsetAnswer& a : *answers)
        if (a.errorCode == 0)
            offsets.insert({a.topic, a.partition}, a.offset);
    return offsets;
}

Expected<OffsetResetPlan> planOffsetResetOnCluster(const ConnectionProfile& profile,
                                                   const QString& groupId,
                                                   const OffsetResetSpec& spec,
                                                   const std::vector<OffsetResetInput>& partitions,
                                                   const ClusterMetadata& cluster, int timeoutMs) {
    if (spec.mode != OffsetResetMode::Timestamp)
        return planOffsetReset(groupId, spec, partitions, cluster);
    auto client = KafkaClient::create(profile);
    if (!client)
        return client.error();
    auto offsets = readTimestampOffsets(**client, partitions, spec.value, timeoutMs);
    if (!offsets)
        return offsets.error();
    return planOffsetReset(groupId, spec, partitions, cluster, *offsets);
}

Expected<std::vector<AlteredOffset>> executeOffsetReset(const ConnectionProfile& profile,
                                                        const OffsetResetPlan& plan, int timeoutMs,
                                                        const CancelToken* cancel) {
    if (const QString refusal = offsetResetRefusal(profile); !refusal.isEmpty())
        return streamscopeError(refusal);
    std::vector<TopicPartitionOffset> offsets;
    for (const OffsetResetRow& row : plan.rows)
        if (row.target)
            offsets.push_back({row.topic, row.partition, *row.target, 0});
    if (offsets.empty())
        return streamscopeError(Tr::tr("Nothing to reset: no partition of the plan can be moved."));
    auto client = KafkaClient::create(profile);
    if (!client)
        return client.error();
    return alterGroupOffsets(**client, plan.groupId, offsets, timeoutMs, cancel);
}

} // namespace streamscope
