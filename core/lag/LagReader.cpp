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

    // Both batches are in flight together: descriptions on a helper thread (the client is
    // thread-safe), committed offsets here.
    auto describing = std::async(std::launch::async, [&admin, &ids, timeoutMs, cancel] {
        return admin.describeGroups(ids, timeoutMs, cancel);
    });
    auto offsets = admin.committedOffsets(ids, timeoutMs, cancel);
    auto described = describing.get();
    if (!offsets)
        return offsets.error();
    if (!described)
        return described.error();

    LagReadout readout;
    readout.groups.reserve(wanted.size());
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        GroupReadout g;
        g.listing = std::move(wanted[i]);
        g.description = std::move((*described)[i]);
        g.offsets = std::move((*offsets)[i]);
        readout.groups.push_back(std::move(g));
    }
    readout.durationMs = clock.elapsed();
    return readout;
}

} // namespace streamscope
