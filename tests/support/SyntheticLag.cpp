#include "SyntheticLag.h"

#include <QDateTime>

#include <algorithm>

namespace streamscope::test {

SyntheticLag& SyntheticLag::sampledAt(qint64 wallMs, qint64 monotonicMs) {
    m_snapshot.sampledAt = QDateTime::fromMSecsSinceEpoch(wallMs, Qt::UTC);
    m_snapshot.sampledAtMonotonicMs = monotonicMs;
    return *this;
}

SyntheticLag& SyntheticLag::error(const QString& error) {
    m_snapshot.error = error;
    return *this;
}

SyntheticLag& SyntheticLag::group(const QString& id, LagStatus status, const QString& state) {
    GroupLag group;
    group.groupId = id;
    group.state = state;
    group.protocolType = QStringLiteral("consumer");
    group.verdict.status = status;
    group.verdict.explanation =
        QStringLiteral("%1 because the test says so.").arg(lagStatusName(status));
    m_snapshot.groups.push_back(std::move(group));
    return *this;
}

GroupLag& SyntheticLag::current() {
    if (m_snapshot.groups.empty())
        group(QStringLiteral("group"));
    return m_snapshot.groups.back();
}

GroupTopicLag& SyntheticLag::currentTopic() {
    GroupLag& g = current();
    if (g.topics.empty())
        topic(QStringLiteral("topic"));
    return g.topics.back();
}

SyntheticLag& SyntheticLag::explanation(const QString& text) {
    current().verdict.explanation = text;
    return *this;
}

SyntheticLag& SyntheticLag::member(const QString& clientId, const QString& host) {
    GroupLag& g = current();
    GroupMemberInfo member;
    member.memberId = QStringLiteral("%1-%2").arg(clientId).arg(g.members.size());
    member.clientId = clientId;
    member.host = host;
    g.members.push_back(std::move(member));
    return *this;
}

SyntheticLag& SyntheticLag::members(int count) {
    for (int i = 0; i < count; ++i)
        member(QStringLiteral("client-%1").arg(i), QStringLiteral("/127.0.0.1"));
    return *this;
}

SyntheticLag& SyntheticLag::membersUnknown(const QString& note) {
    GroupLag& g = current();
    g.members.clear();
    g.membersDescribed = false;
    g.membersNote = note;
    return *this;
}

SyntheticLag& SyntheticLag::groupError(const QString& error) {
    current().error = error;
    return *this;
}

SyntheticLag& SyntheticLag::timeLag(double seconds) {
    current().timeLagSeconds = seconds;
    return *this;
}

SyntheticLag& SyntheticLag::eta(double seconds) {
    current().etaSeconds = seconds;
    return *this;
}

SyntheticLag& SyntheticLag::fallingBehind(double msgsPerSec) {
    current().fallingBehindPerSec = msgsPerSec;
    return *this;
}

SyntheticLag& SyntheticLag::topic(const QString& name) {
    GroupTopicLag topic;
    topic.topic = name;
    current().topics.push_back(std::move(topic));
    return *this;
}

SyntheticLag& SyntheticLag::partition(int partition, std::optional<qint64> committed, qint64 end,
                                      int owner, LagStatus status) {
    GroupLag& g = current();
    GroupTopicLag& t = currentTopic();
    PartitionLag p;
    p.topic = t.topic;
    p.partition = partition;
    p.committed = committed;
    p.endOffset = end;
    if (committed && end >= 0)
        p.lag = std::max<qint64>(0, end - *committed);
    p.verdict.status = status;
    p.verdict.explanation =
        QStringLiteral("Partition %1 is %2.").arg(partition).arg(lagStatusName(status));
    if (owner >= 0 && owner < g.memberCount()) {
        GroupMemberInfo& member = g.members[static_cast<std::size_t>(owner)];
        p.memberId = member.memberId;
        p.clientId = member.clientId;
        p.host = member.host;
        member.assignment.push_back({t.topic, partition});
    }
    t.partitions.push_back(std::move(p));
    return *this;
}

SyntheticLag& SyntheticLag::topicPartition(const QString& topic, int partition,
                                           std::optional<qint64> committed, qint64 end,
                                           std::optional<double> timeLagSeconds) {
    std::vector<GroupTopicLag>& topics = current().topics;
    auto it = std::find_if(topics.begin(), topics.end(),
                           [&topic](const GroupTopicLag& t) { return t.topic == topic; });
    if (it == topics.end()) {
        this->topic(topic);
    } else if (std::next(it) != topics.end()) {
        // partition(int, ...) adds to the last topic: move this one to the end.
        std::rotate(it, std::next(it), topics.end());
    }
    this->partition(partition, committed, end);
    current().topics.back().partitions.back().timeLagSeconds = timeLagSeconds;
    return *this;
}

LagSnapshotPtr SyntheticLag::snapshot() const {
    auto snapshot = std::make_shared<LagSnapshot>(m_snapshot);
    for (GroupLag& g : snapshot->groups) {
        g.totalLag = 0;
        g.partitionsWithoutCommit = 0;
        std::sort(g.topics.begin(), g.topics.end(),
                  [](const GroupTopicLag& a, const GroupTopicLag& b) { return a.topic < b.topic; });
        for (GroupTopicLag& t : g.topics) {
            t.totalLag = 0;
            t.partitionsWithoutCommit = 0;
            for (const PartitionLag& p : t.partitions) {
                t.totalLag += p.lag.value_or(0);
                t.partitionsWithoutCommit += p.committed ? 0 : 1;
            }
            g.totalLag += t.totalLag;
            g.partitionsWithoutCommit += t.partitionsWithoutCommit;
        }
    }
    std::sort(snapshot->groups.begin(), snapshot->groups.end(),
              [](const GroupLag& a, const GroupLag& b) { return a.groupId < b.groupId; });
    return snapshot;
}

} // namespace streamscope::test
