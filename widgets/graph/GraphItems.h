#pragma once

#include "graph/GraphLayout.h"
#include "graph/GraphTypes.h"

#include <QGraphicsItem>
#include <QGraphicsPathItem>

namespace streamscope {

class GraphScene;

// A service, topic or unknown producer: drawn in its layout rectangle, with its name.
class GraphNodeItem : public QGraphicsItem {
public:
    GraphNodeItem(GraphScene* scene, const GraphNode& node, const QRectF& rect);

    void setNode(const GraphNode& node);
    const QString& nodeId() const { return m_node.id; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    QString labelText() const;
    void updateToolTip();

    GraphScene* m_scene;
    GraphNode m_node;
    QRectF m_rect;
};

// A produce or consume edge: the layout's spline and arrow; width from the rate, colour from
// the lag status, dotted while idle; its figures in a label.
class GraphEdgeItem : public QGraphicsPathItem {
public:
    GraphEdgeItem(GraphScene* scene, const GraphEdge& edge, const EdgeGeometry& geometry);

    void setEdge(const GraphEdge& edge);
    const GraphEdge& edge() const { return m_edge; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    QString labelText() const;

    GraphScene* m_scene;
    GraphEdge m_edge;
    EdgeGeometry m_geometry;
    QPolygonF m_arrow;
    bool m_hovered = false;
};

} // namespace streamscope
