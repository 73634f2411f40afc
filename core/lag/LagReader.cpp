#include "lag/LagReader.h"

#include "kafka/KafkaClient.h"

#include <QElapsedTimer>
#include <QSet>

#include <future>

namespace streamscope {

Expected<LagReadout> LagReader::read(const QStringList& onlyGroups, int timeoutMs,
                                     const std::atomic_bool* cancel) {
    QElapsedTimer clock;
    clock.start();
    m_missing.clear();
    ConsumerGroupAdmin admin(m_client);
    auto listed = admin.listGroups(timeoutMs, cancel);
    if (!listed)
        return listed.error();
    std::vector<ConsumerGroupListing> wanted;
    if (onlyGroups.isEmpty()) {
        wanted = std::move(*listed);
    } else {
        const QSet<QString> names(onlyGroups.begin(), onlyGroups.end());
        QSet<QString> found;
        for (auto& g : *listed) {
            if (names.contains(g.groupId)) {
                found.insert(g.groupId);
                wanted.push_back(std::move(g));
            }
        }
        for (const QString& name : onlyGroups) {
            if (!found.contains(name) && !m_missing.contains(name))
                m_missing.append(name);
        }
    }
    QStringList ids;
    ids.reserve(static_cast<qsizetype>(wanted.size()));
    for (const auto& g : wanted)
        ids.append(g.groupId);

    // Only groups with members have anything to describe: an Empty or Dead group (every group
    // of offsets committed by a tool or an admin, and every stopped consumer) costs no
    // DescribeGroups request, which halves the requests on clusters full of idle groups.
    QStringList toDescribe;
    for (const auto& g : wanted) {
        if (g.state != u"Empty" && g.state != u"Dead")
            toDescribe.append(g.groupId);
    }
    // Both batches are in flight together: descriptions on a helper thread (the client is
    // thread-safe), committed offsets here.
    auto describing = std::async(std::launch::async, [&admin, &toDescribe, timeoutMs, cancel] {
        return admin.describeGroups(toDescribe, timeoutMs, cancel);
    });
    auto offsets = admin.committedOffsets(ids, timeoutMs, cancel);
    auto described = describing.get();
    if (!offsets)
        return offsets.error();
    if (!described)
        return described.error();

    LagReadout readout;
    readout.groups.reserve(wanted.size());
    std::size_t nextDescribed = 0;
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        GroupReadout g;
        g.listing = std::move(wanted[i]);
        if (nextDescribed < described->size() &&
            (*described)[nextDescribed].groupId == g.listing.groupId) {
            g.description = std::move((*described)[nextDescribed++]);
        } else {
            ConsumerGroupDescription empty;
            empty.groupId = g.listing.groupId;
            empty.state = g.listing.state;
            empty.simple = g.listing.simple;
            g.description = std::move(empty);
        }
        g.offsets = std::move((*offsets)[i]);
        readout.groups.push_back(std::move(g));
    }
    readout.durationMs = clock.elapsed();
    return readout;
}

} // namespace streamscope
