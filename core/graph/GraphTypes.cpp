#include "graph/GraphTypes.h"

#include <algorithm>

namespace streamscope {

QString graphNodeKindName(GraphNodeKind kind) {
    switch (kind) {
    case GraphNodeKind::Topic:
        return QStringLiteral("topic");
    case GraphNodeKind::Unknown:
        return QStringLiteral("unknown");
    case GraphNodeKind::Service:
        break;
    }
    return QStringLiteral("service");
}

QString graphEdgeKindName(GraphEdgeKind kind) {
    return kind == GraphEdgeKind::Consume ? QStringLiteral("consume") : QStringLiteral("produce");
}

QString serviceNodeId(const QString& service) {
    return QStringLiteral("service:") + service;
}

QString topicNodeId(const QString& topic) {
    return QStringLiteral("topic:") + topic;
}

QString unknownNodeId(const QString& topic) {
    return QStringLiteral("unknown:") + topic;
}

const GraphNode* ServiceGraph::findNode(const QString& id) const {
    auto it = std::lower_bound(nodes.begin(), nodes.end(), id,
                               [](const GraphNode& n, const QString& key) { return n.id < key; });
    return it != nodes.end() && it->id == id ? &*it : nullptr;
}

const GraphEdge* ServiceGraph::findEdge(const QString& from, const QString& to,
                                        const QString& group) const {
    for (const auto& e : edges)
        if (e.from == from && e.to == to && (group.isEmpty() || e.group == group))
            return &e;
    return nullptr;
}

QString ServiceGraph::structureKey() const {
    QString key;
    for (const auto& n : nodes)
        key += n.id + u'\n';
    for (const auto& e : edges)
        key += e.key() + u'\n';
    return key;
}

void registerGraphMetaTypes() {
    qRegisterMetaType<ServiceGraphPtr>();
}

} // namespace streamscope
