#pragma once

#include "graph/GraphLayout.h"
#include "graph/GraphTypes.h"

#include <QGraphicsScene>
#include <QHash>

#include <vector>

namespace streamscope {

class GraphNodeItem;
class GraphEdgeItem;
class GraphOverviewItem;

// The drawn service graph. rebuild() places items where a layout says (only when the structure
// changed); updateFigures() changes widths, colours and labels in place, so live figures never
// move a node. Hovering a node dims everything that is neither up- nor downstream of it.
class GraphScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit GraphScene(QObject* parent = nullptr);

    // New structure: items for every node and edge of `graph` at the layout's places.
    void rebuild(const ServiceGraphPtr& graph, const GraphLayout& layout);
    // Same structure, new figures (edges missing from the layout are left as they are). Only
    // items whose figures changed are touched, and only those whose look changed repaint.
    void updateFigures(const ServiceGraphPtr& graph);
    const QString& structureKey() const { return m_structureKey; }
    bool isEmpty() const { return m_nodes.isEmpty(); }

    // Below this zoom the scene draws the overview (GraphOverviewItem) instead of its items:
    // boxes of a few pixels, no text, no hover.
    static constexpr double kOverviewBelowZoom = 0.25;
    // The view's zoom changed: switches between the items and the overview.
    void setViewZoom(double zoom);
    // Overview on or off whatever the zoom (an export draws every item).
    void setOverview(bool on);
    bool isOverview() const { return m_overviewOn; }

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
    ServiceGraphPtr m_graph; // shared with the page, never copied per update
    QString m_structureKey;
    QString m_highlighted;
    QHash<QString, GraphNodeItem*> m_nodes; // owned by the scene
    QHash<QString, GraphEdgeItem*> m_edges;
    // The same items in the order of m_graph's nodes and edges (nullptr: not in the layout). A
    // graph with the same structure key lists them in the same order, so an update walks both
    // side by side instead of building 1,000 keys and hash lookups per second.
    std::vector<GraphNodeItem*> m_nodeOrder;
    std::vector<GraphEdgeItem*> m_edgeOrder;
    GraphOverviewItem* m_overview = nullptr; // owned by the scene
    bool m_overviewOn = false;
};

} // namespace streamscope
