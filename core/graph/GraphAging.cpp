#include "graph/GraphAging.h"

#include <QSet>

#include <algorithm>

namespace streamscope {

ServiceGraph GraphAging::apply(ServiceGraph fresh, qint64 nowMs, qint64 expiryMs) {
    const qint64 expiredBefore = nowMs - expiryMs;
    QSet<QString> seen;
    std::vector<GraphEdge> edges;
    edges.reserve(fresh.edges.size());
    for (auto& edge : fresh.edges) {
        const QString key = edge.key();
        seen.insert(key);
        if (!edge.idle)
            edge.lastActiveMs = nowMs;
        else if (const auto old = m_edges.constFind(key); old != m_edges.cend())
            edge.lastActiveMs = std::max(edge.lastActiveMs, old->lastActiveMs);
        else if (edge.kind == GraphEdgeKind::Consume && edge.lastActiveMs <= 0)
            edge.lastActiveMs = nowMs; // an idle group first seen now: its age starts now
        // A consumer group that still has commits on the topic stays an edge (inactive) as long
        // as the group exists; produce edges go with their last record.
        if (edge.kind == GraphEdgeKind::Produce && edge.lastActiveMs < expiredBefore) {
            m_edges.remove(key);
            continue;
        }
        m_edges.insert(key, edge);
        edges.push_back(edge);
    }
    for (const auto& n : fresh.nodes)
        m_nodes.insert(n.id, n);

    // Remembered edges missing from this refresh: idle until they expire.
    for (auto it = m_edges.begin(); it != m_edges.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        if (it->lastActiveMs < expiredBefore) {
            it = m_edges.erase(it);
            continue;
        }
        GraphEdge idle = *it;
        idle.idle = true;
        idle.msgsPerSec = 0;
        idle.share = 0;
        idle.causalityConfirmed = false;
        edges.push_back(idle);
        ++it;
    }

    QSet<QString> used;
    for (const auto& e : edges) {
        used.insert(e.from);
        used.insert(e.to);
    }
    std::vector<GraphNode> nodes;
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        if (!used.contains(it.key())) {
            it = m_nodes.erase(it);
            continue;
        }
        nodes.push_back(*it);
        ++it;
    }
    std::sort(nodes.begin(), nodes.end(),
              [](const GraphNode& a, const GraphNode& b) { return a.id < b.id; });
    std::sort(edges.begin(), edges.end(),
              [](const GraphEdge& a, const GraphEdge& b) { return a.key() < b.key(); });
    // Causal links whose edges expired go with them.
    std::erase_if(fresh.causalLinks, [&](const CausalLink& l) {
        return !used.contains(topicNodeId(l.fromTopic)) || !used.contains(topicNodeId(l.toTopic));
    });
    fresh.nodes = std::move(nodes);
    fresh.edges = std::move(edges);
    return fresh;
}

void GraphAging::clear() {
    m_edges.clear();
    m_nodes.clear();
}

} // namespace streamscope
