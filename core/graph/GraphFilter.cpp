#include "graph/GraphFilter.h"

#include <QHash>
#include <QSet>

namespace streamscope {

ServiceGraph neighbourhoodOf(const ServiceGraph& graph, const QString& serviceId) {
    ServiceGraph out;
    out.builtAtMs = graph.builtAtMs;
    out.notes = graph.notes;
    if (!graph.findNode(serviceId))
        return out;
    QSet<QString> topics;
    for (const auto& e : graph.edges) {
        if (e.from == serviceId)
            topics.insert(e.to);
        if (e.to == serviceId)
            topics.insert(e.from);
    }
    QSet<QString> kept = topics;
    kept.insert(serviceId);
    for (const auto& e : graph.edges) {
        if (topics.contains(e.from) || topics.contains(e.to)) {
            kept.insert(e.from);
            kept.insert(e.to);
            out.edges.push_back(e);
        }
    }
    for (const auto& n : graph.nodes)
        if (kept.contains(n.id))
            out.nodes.push_back(n);
    for (const auto& l : graph.causalLinks)
        if (topics.contains(topicNodeId(l.fromTopic)) && topics.contains(topicNodeId(l.toTopic)))
            out.causalLinks.push_back(l);
    return out;
}

QSet<QString> upAndDownstreamOf(const ServiceGraph& graph, const QString& nodeId) {
    QHash<QString, QStringList> forward;
    QHash<QString, QStringList> backward;
    for (const auto& e : graph.edges) {
        forward[e.from] << e.to;
        backward[e.to] << e.from;
    }
    QSet<QString> seen{nodeId};
    for (const auto* links : {&forward, &backward}) {
        QStringList queue{nodeId};
        QSet<QString> visited{nodeId};
        while (!queue.isEmpty()) {
            const QString id = queue.takeLast();
            for (const auto& next : links->value(id)) {
                if (visited.contains(next))
                    continue;
                visited.insert(next);
                queue << next;
            }
        }
        seen.unite(visited);
    }
    return seen;
}

} // namespace streamscope
