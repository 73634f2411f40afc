#pragma once

#include "graph/GraphLayout.h"
#include "graph/GraphTypes.h"

#include <QFont>
#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QStaticText>

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
    QStaticText m_labelLayout; // laid out once per label, not per paint
    QPainterPath m_cylinder;   // a topic's outline, made once (the rectangle never moves)
    QRectF m_cylinderCap;      // and its top ellipse
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
    void updateBounds();
    void layOutLabel(); // the label's text and layout, made when it is painted readable

    GraphScene* m_scene;
    GraphEdge m_edge;
    EdgeGeometry m_geometry;
    QPolygonF m_arrow;
    QPointF m_tail;      // where the path starts: the far-out view draws tail -> tip
    QRectF m_pathBounds; // the spline's control points
    QRectF m_arrowBounds;
    QRectF m_bounds; // path, arrow and label box; changes only with the pen's width
    QStaticText m_label;
    QSizeF m_labelSize;
    bool m_labelDirty = true;
    bool m_textShown = false; // the last paint was close enough to show the label
    bool m_hovered = false;
};

} // namespace streamscope
