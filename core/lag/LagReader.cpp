#include "lag/LagReader.h"

#include "kafka/KafkaClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <future>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LagReader)
};

// Kafka's GROUP_AUTHORIZATION_FAILED (isAuthorizationError accepts it).
constexpr int kErrGroupAuthorization = 30;

// The broker's GROUP_AUTHORIZATION_FAILED ("Broker: Group authorization failed") in words that
// say which permission is missing and where to grant it.
QString groupNotAuthorized(const QString& groupId) {
    return Tr::tr("not authorized: this user may not DESCRIBE the group (the cluster's ACLs must "
                  "allow DESCRIBE or READ on Group:%1)")
        .arg(groupId);
}

} // namespace

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
    // ListGroups leaves out the groups this user may not DESCRIBE, so a named group that was not
    // listed may exist behind an ACL: DescribeGroups tells the two apart (the broker checks the
    // permission before the group), and a denied group is shown as "not authorized", not as
    // missing. The verdict is kept for kReprobeAfterMs: a reader asked again (every sample of
    // the CLI, every tick of a monitor) does not send that extra round trip each time.
    if (!m_clock.isValid())
        m_clock.start();
    const qint64 nowMs = m_clock.elapsed();
    for (const auto& g : wanted)
        m_verdicts.remove(g.groupId); // listed now: a later disappearance is probed afresh
    QSet<QString> denied;
    if (!m_missing.isEmpty()) {
        QStringList toProbe;
        for (const QString& name : std::as_const(m_missing)) {
            const auto known = m_verdicts.constFind(name);
            if (known == m_verdicts.cend() || nowMs - known->atMs >= kReprobeAfterMs)
                toProbe.append(name);
        }
        if (!toProbe.isEmpty()) {
            auto probed = admin.describeGroups(toProbe, timeoutMs, cancel);
            if (!probed)
                return probed.error();
            m_probedGroups += static_cast<int>(toProbe.size());
            for (const ConsumerGroupDescription& d : *probed) {
                const bool isDenied = isAuthorizationError(d.errorCode);
                // librdkafka's own errors (negative: a timeout, no coordinator) are no answer:
                // shown as missing this time, asked again next time. Broker answers are kept.
                if (isDenied || d.errorCode >= 0)
                    m_verdicts.insert(d.groupId, {isDenied, nowMs});
                else
                    m_verdicts.remove(d.groupId);
            }
        }
        QStringList stillMissing;
        for (const QString& name : std::as_const(m_missing)) {
            const auto verdict = m_verdicts.constFind(name);
            if (verdict != m_verdicts.cend() && verdict->denied) {
                denied.insert(name);
                wanted.push_back({name, QStringLiteral("Unknown"), false});
            } else {
                stillMissing.append(name);
            }
        }
        m_missing = stillMissing;
        std::sort(wanted.begin(), wanted.end(),
                  [](const auto& a, const auto& b) { return a.groupId < b.groupId; });
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
        if (g.state != u"Empty" && g.state != u"Dead" && !denied.contains(g.groupId))
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
        if (denied.contains(g.listing.groupId) && g.offsets.errorCode == 0) {
            // Cannot be: OffsetFetch needs the same permission. Never shown as "no commits".
            g.offsets.errorCode = kErrGroupAuthorization;
        }
        if (isAuthorizationError(g.offsets.errorCode))
            g.offsets.error = groupNotAuthorized(g.listing.groupId);
        if (isAuthorizationError(g.description->errorCode) || denied.contains(g.listing.groupId)) {
            g.description->errorCode = kErrGroupAuthorization;
            g.description->error = groupNotAuthorized(g.listing.groupId);
        }
        readout.groups.push_back(std::move(g));
    }
    readout.durationMs = clock.elapsed();
    return readout;
}

} // namespace streamscope
