#pragma once

#include "cluster/ClusterMetadata.h"
#include "lag/EndOffsetTable.h"
#include "lag/LagReader.h"
#include "lag/LagRules.h"
#include "lag/LagTypes.h"

#include <QHash>

#include <map>
#include <tuple>

namespace streamscope {

// Turns end offsets (the polling tick's snapshots) and a LagReadout (groups and committed
// offsets) into a LagSnapshot: lag per partition, totals, time lag, rates, catch-up estimate and
// Burrow status. Keeps the state that needs history: each partition's end-offset table (time
// lag) and each group partition's sliding window (status, rates). Pure logic, one thread.
class LagCalculator {
public:
    explicit LagCalculator(LagRuleConfig config = {})
        : m_rules(config) {}

    // Every tick's snapshot, also those whose refresh was coalesced away: the end-offset tables
    // behind time lag.
    void addEndOffsets(const ClusterMetadata& snapshot);
    // One refresh: end offsets of `snapshot` (the newest one given to addEndOffsets), groups and
    // committed offsets of `readout`.
    LagSnapshot compute(const ClusterMetadata& snapshot, const LagReadout& readout,
                        const std::map<QString, LagThresholds>& thresholds);
    // A snapshot for a refresh whose groups could not be listed: the last groups, each UNKNOWN
    // with the reason, so the page keeps showing them.
    LagSnapshot failed(const ClusterMetadata& snapshot, const QString& error) const;

    const LagRules& rules() const { return m_rules; }

private:
    using PartitionKey = std::tuple<QString, QString, int>; // group, topic, partition

    GroupLag computeGroup(const ClusterMetadata& snapshot, const GroupReadout& g,
                          const LagThresholds& thresholds);

    LagRules m_rules;
    std::map<std::pair<QString, int>, EndOffsetTable> m_endTables;
    // Which partitions have a table: all before the first refresh, then those some group reads.
    QHash<QString, bool> m_watchedTopics;
    bool m_watchAll = true;
    QHash<QString, QStringList> m_groupTopics; // the topics each group read last time
    std::map<PartitionKey, LagWindow> m_windows;
    std::vector<GroupLag> m_lastGroups;
};

} // namespace streamscope
