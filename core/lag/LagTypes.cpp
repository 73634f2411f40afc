#include "lag/LagTypes.h"

#include <algorithm>

namespace streamscope {

QString lagStatusName(LagStatus status) {
    switch (status) {
    case LagStatus::Ok:
        return QStringLiteral("OK");
    case LagStatus::Warn:
        return QStringLiteral("WARN");
    case LagStatus::Stall:
        return QStringLiteral("STALL");
    case LagStatus::Stop:
        return QStringLiteral("STOP");
    case LagStatus::Rewind:
        return QStringLiteral("REWIND");
    case LagStatus::Error:
        return QStringLiteral("ERR");
    case LagStatus::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

int lagStatusSeverity(LagStatus status) {
    switch (status) {
    case LagStatus::Ok:
        return 0;
    case LagStatus::Unknown:
        return 1;
    case LagStatus::Warn:
        return 2;
    case LagStatus::Rewind:
        return 3;
    case LagStatus::Stall:
        return 4;
    case LagStatus::Stop:
        return 5;
    case LagStatus::Error:
        return 6;
    }
    return 1;
}

const GroupTopicLag* GroupLag::findTopic(const QString& topic) const {
    auto it = std::find_if(topics.begin(), topics.end(),
                           [&](const GroupTopicLag& t) { return t.topic == topic; });
    return it == topics.end() ? nullptr : &*it;
}

const GroupLag* LagSnapshot::findGroup(const QString& groupId) const {
    auto it = std::lower_bound(groups.begin(), groups.end(), groupId,
                               [](const GroupLag& g, const QString& id) { return g.groupId < id; });
    return it != groups.end() && it->groupId == groupId ? &*it : nullptr;
}

} // namespace streamscope
