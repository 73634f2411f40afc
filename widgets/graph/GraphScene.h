#pragma once

#include "graph/EdgeLayer.h"
#include "graph/GraphLayout.h"
#include "graph/GraphTypes.h"

#include <QGraphicsScene>
#include <QHash>

#include <utility>
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

    // The view's edge layer (GraphView): while it shows a layer made at its current transform,
    // edge items draw nothing on screen (a hovered one excepted) and a new look repaints only
    // when the layer redrawn with it arrives. Set by the view before each paint.
    bool edgesOnLayer() const { return m_edgesOnLayer; }
    void setEdgesOnLayer(bool on) { m_edgesOnLayer = on; }
    // An edge looks different (width, colour, style, opacity) in this scene area.
    void edgeLookChanged(const QRectF& area);
    // The areas whose edges changed look since the last call (for the layer's repaint).
    std::vector<QRectF> takeEdgeLookChanges() { return std::exchange(m_edgeLookChanges, {}); }
    // Counts rebuilds: a layer of an older structure is never shown.
    int rebuildCount() const { return m_rebuildCount; }
    // What the layer draws: every edge in drawing order (empty in the overview).
    std::vector<EdgeStroke> edgeStrokes() const;

Q_SIGNALS:
    void topicActivated(const QString& topic);
    void groupActivated(const QString& group);
    void serviceActivated(const QString& serviceId);
    // Edges changed look (after a figure update, a highlight or a rebuild): the view redraws
    // its edge layer.
    void edgeLooksChanged();

private:
    void announceEdgeLookChanges();

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
    bool m_edgesOnLayer = false;
    int m_rebuildCount = 0;
    std::vector<QRectF> m_edgeLookChanges;
};

} // namespace streamscope
