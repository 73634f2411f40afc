#include "lag/LagCalculator.h"

#include "kafka/KafkaClient.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <set>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Lag)
};

// librdkafka's RD_KAFKA_RESP_ERR_GROUP_ID_NOT_FOUND: what Kafka 4.x answers the classic
// DescribeGroups request for a group on the new consumer protocol (KIP-848).
constexpr int kGroupIdNotFound = 69;

double addRate(double sum, double rate) {
    if (std::isnan(rate))
        return sum;
    return std::isnan(sum) ? rate : sum + rate;
}

std::optional<double> maxOf(std::optional<double> a, std::optional<double> b) {
    if (!a)
        return b;
    if (!b)
        return a;
    return std::max(*a, *b);
}

bool isInactiveState(const QString& state) {
    return state == u"Empty" || state == u"Dead";
}

} // namespace

void LagCalculator::addEndOffsets(const ClusterMetadata& snapshot) {
    for (const TopicInfo& topic : snapshot.topics) {
        if (!m_watchAll && !m_watchedTopics.contains(topic.name))
            continue;
        for (const PartitionInfo& p : topic.partitions) {
            if (p.endOffset >= 0)
                m_endTables[{topic.name, p.partition}].add(snapshot.sampledAtMonotonicMs,
                                                           p.endOffset);
        }
    }
}

GroupLag LagCalculator::computeGroup(const ClusterMetadata& snapshot, const GroupReadout& g,
                                     const LagThresholds& thresholds) {
    GroupLag group;
    group.groupId = g.listing.groupId;
    group.state = g.listing.state;
    group.protocolType = g.listing.simple ? QString() : QStringLiteral("consumer");
    const qint64 now = snapshot.sampledAtMonotonicMs;

    // Partition -> owning member (index into group.members).
    std::map<std::pair<QString, int>, std::size_t> owners;
    const ConsumerGroupDescription* d = g.description ? &*g.description : nullptr;
    // Kafka 4.x answers the classic DescribeGroups for a group on the new consumer protocol
    // (KIP-848) with "Dead" and no members (or GROUP_ID_NOT_FOUND), although ListGroups just
    // listed it: librdkafka 2.0.2 has no way to describe such a group.
    const bool listedButDead =
        d && d->errorCode == 0 && d->state == u"Dead" && g.listing.state != u"Dead";
    const bool newProtocol =
        d && (listedButDead || d->errorCode == kGroupIdNotFound) && g.offsets.errorCode == 0;
    if (d && d->errorCode == 0 && !listedButDead) {
        group.state = d->state;
        group.assignor = d->assignor;
        group.coordinatorId = d->coordinatorId;
        for (const ConsumerGroupMember& m : d->members) {
            GroupMemberInfo info{m.memberId, m.clientId, m.host, {}};
            for (const TopicPartition& tp : m.assignment) {
                info.assignment.push_back({tp.topic, tp.partition});
                owners[{tp.topic, tp.partition}] = group.members.size();
            }
            group.members.push_back(std::move(info));
        }
    } else {
        group.membersDescribed = false;
        if (newProtocol)
            group.membersNote =
                Tr::tr("The members of this group cannot be described: it uses the new consumer "
                       "protocol (KIP-848), which librdkafka 2.0.2 cannot describe. Committed "
                       "offsets and lag are exact.");
        else
            group.membersNote = Tr::tr("The members of this group could not be described: %1")
                                    .arg(d ? d->error : Tr::tr("no answer"));
    }
    if (g.offsets.errorCode != 0) {
        group.error = g.offsets.error;
        group.authorized = !isAuthorizationError(g.offsets.errorCode);
        if (!group.authorized)
            group.protocolType.clear(); // unknown, not "consumer"
        group.verdict = LagRules::evaluateGroup(group, thresholds);
        return group;
    }
    const bool groupActive =
        group.membersDescribed ? !group.members.empty() : !isInactiveState(group.state);

    // Partitions: every committed one and every assigned one (as kafka-consumer-groups shows).
    std::map<std::pair<QString, int>, std::optional<qint64>> partitions;
    for (const TopicPartitionOffset& o : g.offsets.offsets)
        partitions[{o.topic, o.partition}] =
            o.offset >= 0 ? std::optional<qint64>(o.offset) : std::nullopt;
    for (const auto& [tp, member] : owners)
        partitions.try_emplace(tp, std::nullopt);

    GroupTopicLag* topic = nullptr;
    const TopicInfo* topicInfo = nullptr;
    std::set<QString> unknownTimeLag;
    for (const auto& [tp, committed] : partitions) {
        if (!topic || topic->topic != tp.first) {
            group.topics.push_back(GroupTopicLag{});
            topic = &group.topics.back();
            topic->topic = tp.first;
            topicInfo = snapshot.findTopic(tp.first);
            m_watchedTopics.insert(tp.first, true);
        }
        PartitionLag p;
        p.topic = tp.first;
        p.partition = tp.second;
        p.committed = committed;
        const PartitionInfo* info = topicInfo ? topicInfo->findPartition(tp.second) : nullptr;
        LagSample sample{now, committed, info ? info->endOffset : kUnknownOffset,
                         info ? info->startOffset : kUnknownOffset, 0};
        p.endOffset = sample.endOffset;
        p.lag = sample.lag();
        if (const auto owner = owners.find(tp); owner != owners.end()) {
            const GroupMemberInfo& m = group.members[owner->second];
            p.memberId = m.memberId;
            p.clientId = m.clientId;
            p.host = m.host;
        }
        LagWindow& window = m_windows[{group.groupId, tp.first, tp.second}];
        // The time this committed offset was first seen: Burrow's commit time (LagRules.h).
        sample.committedSinceMs =
            !window.empty() && window.back().committed == committed && committed
                ? window.back().committedSinceMs
                : now;
        if (window.empty() || window.back().timeMs < now)
            window.push_back(sample);
        while (static_cast<int>(window.size()) > m_rules.config().windowSamples)
            window.pop_front();
        const bool consumerActive = group.membersDescribed ? owners.count(tp) > 0 : groupActive;
        p.verdict = m_rules.evaluatePartition(window, consumerActive);
        p.consumeRatePerSec = LagRules::consumeRate(window);
        p.produceRatePerSec = LagRules::produceRate(window);
        if (committed) {
            if (const auto table = m_endTables.find(tp); table != m_endTables.end())
                p.timeLagSeconds = table->second.timeLagSeconds(*committed, now);
            if (p.lag && *p.lag == 0)
                p.timeLagSeconds = 0.0;
        }
        if (p.lag)
            topic->totalLag += *p.lag;
        if (!committed)
            ++topic->partitionsWithoutCommit;
        // A partition behind whose time lag is unknown makes the topic's unknown too: the
        // worst figure cannot be told, and 0 would be a lie.
        if (p.lag && *p.lag > 0 && !p.timeLagSeconds)
            unknownTimeLag.insert(p.topic);
        topic->timeLagSeconds = maxOf(topic->timeLagSeconds, p.timeLagSeconds);
        if (committed) {
            topic->consumeRatePerSec = addRate(topic->consumeRatePerSec, p.consumeRatePerSec);
            topic->produceRatePerSec = addRate(topic->produceRatePerSec, p.produceRatePerSec);
        }
        topic->partitions.push_back(std::move(p));
    }
    for (GroupTopicLag& t : group.topics) {
        if (unknownTimeLag.count(t.topic))
            t.timeLagSeconds.reset();
    }
    for (const GroupTopicLag& t : group.topics) {
        group.totalLag += t.totalLag;
        group.partitionsWithoutCommit += t.partitionsWithoutCommit;
        group.timeLagSeconds = maxOf(group.timeLagSeconds, t.timeLagSeconds);
        group.consumeRatePerSec = addRate(group.consumeRatePerSec, t.consumeRatePerSec);
        group.produceRatePerSec = addRate(group.produceRatePerSec, t.produceRatePerSec);
    }
    if (!unknownTimeLag.empty())
        group.timeLagSeconds.reset();
    const CatchUpEstimate catchUp =
        CatchUpEstimate::from(group.totalLag, group.consumeRatePerSec, group.produceRatePerSec);
    group.etaSeconds = catchUp.etaSeconds;
    group.fallingBehindPerSec = catchUp.fallingBehindPerSec;
    group.verdict = LagRules::evaluateGroup(group, thresholds);
    return group;
}

LagSnapshot LagCalculator::compute(const ClusterMetadata& snapshot, const LagReadout& readout,
                                   const std::map<QString, LagThresholds>& thresholds) {
    LagSnapshot out;
    out.sampledAtMonotonicMs = snapshot.sampledAtMonotonicMs;
    out.sampledAt = snapshot.sampledAt;
    out.refreshDurationMs = readout.durationMs;
    m_watchedTopics.clear();
    std::set<QString> failedGroups;
    static const LagThresholds kNone;
    for (const GroupReadout& g : readout.groups) {
        const auto t = thresholds.find(g.listing.groupId);
        out.groups.push_back(computeGroup(snapshot, g, t == thresholds.end() ? kNone : t->second));
        if (!out.groups.back().error.isEmpty())
            failedGroups.insert(g.listing.groupId);
    }
    for (const GroupLag& g : out.groups) {
        if (failedGroups.count(g.groupId)) {
            for (const QString& topic : m_groupTopics.value(g.groupId))
                m_watchedTopics.insert(topic, true);
            continue;
        }
        QStringList topics;
        for (const GroupTopicLag& t : g.topics)
            topics.append(t.topic);
        m_groupTopics.insert(g.groupId, topics);
    }
    std::sort(out.groups.begin(), out.groups.end(),
              [](const GroupLag& a, const GroupLag& b) { return a.groupId < b.groupId; });
    // Windows of groups and partitions that are gone; those of unreadable groups stay, so the
    // group resumes where it was when its coordinator is back.
    std::erase_if(m_windows, [&](const auto& entry) {
        const QString& groupId = std::get<0>(entry.first);
        if (failedGroups.count(groupId))
            return false;
        return entry.second.empty() || entry.second.back().timeMs != out.sampledAtMonotonicMs;
    });
    m_watchAll = false;
    std::erase_if(m_endTables,
                  [&](const auto& entry) { return !m_watchedTopics.contains(entry.first.first); });
    m_lastGroups = out.groups;
    return out;
}

LagSnapshot LagCalculator::failed(const ClusterMetadata& snapshot, const QString& error) const {
    LagSnapshot out;
    out.sampledAtMonotonicMs = snapshot.sampledAtMonotonicMs;
    out.sampledAt = snapshot.sampledAt;
    out.error = error;
    for (const GroupLag& last : m_lastGroups) {
        GroupLag g;
        g.groupId = last.groupId;
        g.state = last.state;
        g.protocolType = last.protocolType;
        g.membersDescribed = false;
        g.membersNote = error;
        g.error = error;
        g.verdict = LagRules::evaluateGroup(g, {});
        out.groups.push_back(std::move(g));
    }
    return out;
}

} // namespace streamscope
