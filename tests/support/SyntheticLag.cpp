#include "SyntheticLag.h"

namespace streamscope::test {

SyntheticLag& SyntheticLag::sampledAt(qint64 monotonicMs) {
    m_snapshot.sampledAtMonotonicMs = monotonicMs;
    return *this;
}

SyntheticLag& SyntheticLag::error(const QString& why) {
    m_snapshot.error = why;
    return *this;
}

SyntheticLag& SyntheticLag::group(const QString& id, LagStatus status) {
    GroupLag g;
    g.groupId = id;
    g.state = QStringLiteral("Stable");
    g.protocolType = QStringLiteral("consumer");
    g.verdict.status = status;
    m_snapshot.groups.push_back(std::move(g));
    return *this;
}

GroupLag& SyntheticLag::current() {
    if (m_snapshot.groups.empty())
        group(QStringLiteral("group"));
    return m_snapshot.groups.back();
}

SyntheticLag& SyntheticLag::members(int count) {
    GroupLag& g = current();
    g.members.clear();
    for (int i = 0; i < count; ++i) {
        GroupMemberInfo m;
        m.memberId = QStringLiteral("%1-member-%2").arg(g.groupId).arg(i);
        m.clientId = QStringLiteral("client-%1").arg(i);
        m.host = QStringLiteral("/127.0.0.1");
        g.members.push_back(std::move(m));
    }
    g.membersDescribed = true;
    return *this;
}

SyntheticLag& SyntheticLag::membersUnknown(const QString& note) {
    GroupLag& g = current();
    g.members.clear();
    g.membersDescribed = false;
    g.membersNote = note;
    return *this;
}

SyntheticLag& SyntheticLag::partition(const QString& topic, int partition,
                                      std::optional<qint64> committed, qint64 endOffset,
                                      std::optional<double> timeLagSeconds) {
    GroupLag& g = current();
    auto it = std::find_if(g.topics.begin(), g.topics.end(),
                           [&topic](const GroupTopicLag& t) { return t.topic == topic; });
    if (it == g.topics.end()) {
        g.topics.push_back(GroupTopicLag{});
        g.topics.back().topic = topic;
        it = std::prev(g.topics.end());
    }
    PartitionLag p;
    p.topic = topic;
    p.partition = partition;
    p.committed = committed;
    p.endOffset = endOffset;
    if (committed && endOffset >= 0)
        p.lag = std::max<qint64>(0, endOffset - *committed);
    p.timeLagSeconds = timeLagSeconds;
    if (p.lag) {
        it->totalLag += *p.lag;
        g.totalLag += *p.lag;
    } else {
        ++it->partitionsWithoutCommit;
        ++g.partitionsWithoutCommit;
    }
    it->partitions.push_back(std::move(p));
    return *this;
}

LagSnapshotPtr SyntheticLag::snapshot() const {
    return std::make_shared<const LagSnapshot>(m_snapshot);
}

} // namespace streamscope::test
