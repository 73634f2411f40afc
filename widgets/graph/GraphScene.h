#pragma once

#include "graph/GraphLayout.h"
#include "graph/GraphTypes.h"

#include <QGraphicsScene>
#include <QHash>

namespace streamscope {

class GraphNodeItem;
class GraphEdgeItem;

// The drawn service graph. rebuild() places items where a layout says (only when the structure
// changed); updateFigures() changes widths, colours and labels in place, so live figures never
// move a node. Hovering a node dims everything that is neither up- nor downstream of it.
class GraphScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit GraphScene(QObject* parent = nullptr);

    // New structure: items for every node and edge of `graph` at the layout's places.
    void rebuild(const ServiceGraph& graph, const GraphLayout& layout);
    // Same structure, new figures (edges missing from the layout are left as they are).
    void updateFigures(const ServiceGraph& graph);
    const QString& structureKey() const { return m_structureKey; }
    bool isEmpty() const { return m_nodes.isEmpty(); }

    // Highlights a node's up- and downstream (empty: none).
    void highlight(const QString& nodeId);
    QString highlighted() const { return m_highlighted; }

    // For the item classes.
    void nodeClicked(const QString& nodeId);
    void edgeClicked(const QString& edgeKey);

Q_SIGNALS:
    void topicActivated(const QString& topic);
    void groupActivated(const QString& group);
    void serviceActivated(const QString& serviceId);

private:
    ServiceGraph m_graph;
    QString m_structureKey;
    QString m_highlighted;
    QHash<QString, GraphNodeItem*> m_nodes; // owned by the scene
    QHash<QString, GraphEdgeItem*> m_edges;
};

} // namespace streamscope
