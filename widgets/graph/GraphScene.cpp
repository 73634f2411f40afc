#include "graph/GraphScene.h"

#include "graph/EdgeLabelPlacement.h"
#include "graph/GraphFilter.h"
#include "graph/GraphItems.h"

#include <utility>

namespace streamscope {

namespace {
constexpr double kDimmed = 0.15;
constexpr double kMargin = 24;
constexpr std::size_t kMaxEdgeLookChanges = 4096; // every edge of a large graph, with room
} // namespace

GraphScene::GraphScene(QObject* parent)
    : QGraphicsScene(parent)
    , m_graph(std::make_shared<const ServiceGraph>()) {
    setItemIndexMethod(QGraphicsScene::NoIndex); // few items, all moved at once on rebuild
}

void GraphScene::rebuild(const ServiceGraphPtr& graph, const GraphLayout& layout) {
    ++m_rebuildCount;
    m_edgesOnLayer = false; // the layer shows the old structure
    m_edgeLookChanges.clear();
    clear();
    m_overview = nullptr;
    m_nodes.clear();
    m_edges.clear();
    m_nodeOrder.clear();
    m_edgeOrder.clear();
    m_highlighted.clear();
    m_graph = graph ? graph : std::make_shared<const ServiceGraph>();
    m_structureKey = layout.structureKey;
    for (const auto& n : m_graph->nodes) {
        const auto rect = layout.nodes.constFind(n.id);
        GraphNodeItem* item = nullptr;
        if (rect != layout.nodes.cend()) {
            item = new GraphNodeItem(this, n, *rect);
            addItem(item);
            m_nodes.insert(n.id, item);
        }
        m_nodeOrder.push_back(item);
    }
    std::vector<EdgeLabelRequest> labels;
    labels.reserve(m_graph->edges.size());
    for (const auto& e : m_graph->edges) {
        const auto geometry = layout.edges.constFind(e.key());
        GraphEdgeItem* item = nullptr;
        if (geometry != layout.edges.cend()) {
            item = new GraphEdgeItem(this, e, *geometry);
            addItem(item);
            addItem(item->labelItem());
            m_edges.insert(e.key(), item);
            labels.push_back(
                {item->labelItem()->boxSize(), geometry->path, item->preferredLabelCentre()});
        }
        m_edgeOrder.push_back(item);
    }
    // Labels are drawn above the nodes; placed off them, so none hides a node's name.
    std::vector<QRectF> nodeRects;
    nodeRects.reserve(static_cast<size_t>(layout.nodes.size()));
    for (const QRectF& r : layout.nodes)
        nodeRects.push_back(r);
    const std::vector<QPointF> centres = placeEdgeLabels(nodeRects, labels);
    std::size_t next = 0;
    for (GraphEdgeItem* item : m_edgeOrder)
        if (item)
            item->labelItem()->setCentre(centres[next++]);
    const QRectF bounds = layout.bounds.adjusted(-kMargin, -kMargin, kMargin, kMargin);
    m_overview = new GraphOverviewItem(&m_nodeOrder, &m_edgeOrder, bounds);
    addItem(m_overview);
    const bool overview = std::exchange(m_overviewOn, !m_overviewOn);
    setOverview(overview); // the new items follow the current mode
    setSceneRect(bounds);
    m_edgeLookChanges = {bounds};
    announceEdgeLookChanges();
}

void GraphScene::edgeLookChanged(const QRectF& area) {
    // A scene nobody takes the areas from (zoomed out to the overview, or without a view) must
    // not collect them for ever: past a limit well above one update's the whole scene stands
    // for them.
    const QRectF everything = sceneRect();
    if (m_edgeLookChanges.size() == 1 && m_edgeLookChanges.front() == everything)
        return;
    if (m_edgeLookChanges.size() >= kMaxEdgeLookChanges) {
        m_edgeLookChanges = {everything};
        return;
    }
    m_edgeLookChanges.push_back(area);
}

void GraphScene::announceEdgeLookChanges() {
    if (!m_edgeLookChanges.empty())
        Q_EMIT edgeLooksChanged();
}

std::vector<EdgeStroke> GraphScene::edgeStrokes() const {
    std::vector<EdgeStroke> strokes;
    if (m_overviewOn)
        return strokes;
    strokes.reserve(m_edgeOrder.size());
    for (const GraphEdgeItem* edge : m_edgeOrder)
        if (edge)
            strokes.push_back(edge->stroke());
    return strokes;
}

void GraphScene::setViewZoom(double zoom) {
    setOverview(zoom < kOverviewBelowZoom);
}

void GraphScene::setOverview(bool on) {
    if (on == m_overviewOn)
        return;
    m_overviewOn = on;
    if (m_overview)
        m_overview->setVisible(on);
    for (GraphNodeItem* node : m_nodeOrder)
        if (node)
            node->setVisible(!on);
    for (GraphEdgeItem* edge : m_edgeOrder) {
        if (edge) {
            edge->setVisible(!on);
            edge->labelItem()->setVisible(!on);
        }
    }
}

void GraphScene::updateFigures(const ServiceGraphPtr& graph) {
    if (!graph)
        return;
    const bool sameOrder =
        graph->nodes.size() == m_nodeOrder.size() && graph->edges.size() == m_edgeOrder.size();
    m_graph = graph;
    if (!sameOrder) { // not the structure drawn: match by id (edges missing are left alone)
        for (const auto& n : graph->nodes)
            if (auto* item = m_nodes.value(n.id))
                item->setNode(n);
        bool restyled = false;
        for (const auto& e : graph->edges)
            if (auto* item = m_edges.value(e.key()))
                restyled = item->setEdge(e) || restyled;
        if (restyled && m_overviewOn && m_overview)
            m_overview->update();
        announceEdgeLookChanges();
        return;
    }
    bool restyled = false;
    for (std::size_t i = 0; i < m_nodeOrder.size(); ++i)
        if (auto* item = m_nodeOrder[i])
            item->setNode(graph->nodes[i]);
    for (std::size_t i = 0; i < m_edgeOrder.size(); ++i)
        if (auto* item = m_edgeOrder[i])
            restyled = item->setEdge(graph->edges[i]) || restyled;
    // Hidden items schedule no repaint: the overview repaints once if any edge looks different.
    if (restyled && m_overviewOn && m_overview)
        m_overview->update();
    announceEdgeLookChanges();
}

void GraphScene::highlight(const QString& nodeId) {
    m_highlighted = nodeId;
    // Every edge's opacity may change: the layer is redrawn whole.
    edgeLookChanged(sceneRect());
    announceEdgeLookChanges();
    if (nodeId.isEmpty()) {
        for (auto* n : std::as_const(m_nodes))
            n->setOpacity(1.0);
        for (auto* e : std::as_const(m_edges)) {
            e->setOpacity(1.0);
            e->labelItem()->setOpacity(1.0);
        }
        return;
    }
    const QSet<QString> lit = upAndDownstreamOf(*m_graph, nodeId);
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setOpacity(lit.contains(it.key()) ? 1.0 : kDimmed);
    for (auto* e : std::as_const(m_edges)) {
        const bool on = lit.contains(e->edge().from) && lit.contains(e->edge().to);
        e->setOpacity(on ? 1.0 : kDimmed);
        e->labelItem()->setOpacity(on ? 1.0 : kDimmed);
    }
}

void GraphScene::nodeClicked(const QString& nodeId) {
    const GraphNode* node = m_graph->findNode(nodeId);
    if (node && node->kind == GraphNodeKind::Topic)
        Q_EMIT topicActivated(node->name);
}

void GraphScene::edgeClicked(const QString& edgeKey) {
    if (auto* item = m_edges.value(edgeKey); item && !item->edge().group.isEmpty())
        Q_EMIT groupActivated(item->edge().group);
}

} // namespace streamscope
