#include "replay/SandboxGuard.h"

#include "cluster/TopicName.h"

#include <QCoreApplication>

#include <algorithm>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Replay)
};

QStringList normalizedBootstrap(const QString& servers) {
    QStringList list;
    for (const QString& part : servers.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString address = part.trimmed().toLower();
        if (!address.isEmpty())
            list.append(address);
    }
    std::sort(list.begin(), list.end());
    list.removeDuplicates();
    return list;
}

} // namespace

bool sameCluster(const ReplayEndpoint& a, const ReplayEndpoint& b) {
    if (!a.clusterId.isEmpty() && !b.clusterId.isEmpty())
        return a.clusterId == b.clusterId;
    const QStringList left = normalizedBootstrap(a.profile.bootstrapServers);
    return !left.isEmpty() && left == normalizedBootstrap(b.profile.bootstrapServers);
}

SandboxDecision checkReplayTarget(const ReplayEndpoint& source, const ReplayEndpoint& target) {
    if (target.topic.isEmpty())
        return {false, Tr::tr("No target topic was given.")};
    if (const Status valid = validateTopicName(target.topic); !valid)
        return {false, Tr::tr("The target topic name is not valid: %1").arg(valid.error().message)};
    const bool sameCl = sameCluster(source, target);
    if (sameCl && source.topic == target.topic)
        return {false, Tr::tr("The target is the source topic itself: a replay never writes into "
                              "the topic it reads.")};
    if (target.profile.sandbox)
        return {true, Tr::tr("The target cluster's profile \"%1\" is a sandbox.")
                          .arg(target.profile.name.isEmpty() ? target.profile.bootstrapServers
                                                             : target.profile.name)};
    const QString prefix = target.profile.sandboxPrefix;
    if (sameCl && !prefix.isEmpty() && target.topic.startsWith(prefix) && target.topic != prefix)
        return {true,
                Tr::tr("The target topic starts with the sandbox prefix \"%1\".").arg(prefix)};
    if (!sameCl)
        return {false, Tr::tr("The target cluster is not a sandbox: its profile is not flagged "
                              "sandbox, and sandbox-prefixed topics are only allowed on the "
                              "source's own cluster.")};
    if (prefix.isEmpty())
        return {false, Tr::tr("The target cluster is not a sandbox and its profile has no sandbox "
                              "topic prefix.")};
    return {false, Tr::tr("The target cluster is not a sandbox and \"%1\" does not start with "
                          "the sandbox prefix \"%2\".")
                       .arg(target.topic, prefix)};
}

} // namespace streamscope
