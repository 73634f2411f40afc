#pragma once

#include "graph/GraphLayout.h"
#include "graph/GraphTypes.h"

#include <QFont>
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
    bool sceneEvent(QEvent* event) override; // tool tips, made when asked for
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    QString labelText() const;
    QString toolTipText() const;

    GraphScene* m_scene;
    GraphNode m_node;
    QRectF m_rect;
    QString m_label; // cached with its font: fitting text is measured once, not per paint
    QFont m_font;
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
    bool sceneEvent(QEvent* event) override; // tool tips, made when asked for
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    QString labelText() const;
    QString toolTipText() const;

    GraphScene* m_scene;
    GraphEdge m_edge;
    QString m_label;
    EdgeGeometry m_geometry;
    QPolygonF m_arrow;
    bool m_hovered = false;
};

} // namespace streamscope
