#pragma once

#include "graph/EdgeLayer.h"
#include "graph/GraphLayout.h"
#include "graph/GraphTypes.h"

#include <QFont>
#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QStaticText>

#include <vector>

namespace streamscope {

class GraphScene;
class GraphEdgeLabelItem;

// A service, topic or unknown producer: drawn in its layout rectangle, with its name.
class GraphNodeItem : public QGraphicsItem {
public:
    GraphNodeItem(GraphScene* scene, const GraphNode& node, const QRectF& rect);

    void setNode(const GraphNode& node);
    const QString& nodeId() const { return m_node.id; }
    // Zoomed far out (GraphOverviewItem): every node as a plain box, one draw call per kind.
    static void paintOverview(QPainter* painter, const std::vector<GraphNodeItem*>& nodes);
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

    // New figures; true when the edge looks different (width, colour, style).
    bool setEdge(const GraphEdge& edge);
    const GraphEdge& edge() const { return m_edge; }
    // The pen drawn (hides QGraphicsPathItem::pen(), which is never set: its setPen() announces a
    // geometry change and repaints the item, and while the view draws edges on its layer a new
    // width must only reach the layer, which repaints what changed when it arrives).
    const QPen& pen() const { return m_pen; }
    // What the view's edge layer draws of this edge, with its current opacity.
    EdgeStroke stroke() const;
    // Zoomed far out (GraphOverviewItem): every edge as a line from tail to tip, one draw call
    // per pen.
    static void paintOverview(QPainter* painter, const std::vector<GraphEdgeItem*>& edges);
    // The figures' label: its own item above the nodes (made with the edge, owned by the scene).
    GraphEdgeLabelItem* labelItem() const { return m_labelItem; }
    // Where the layout would put the label (the scene moves it off the nodes).
    QPointF preferredLabelCentre() const { return m_geometry.labelAt; }
    QString labelText() const;
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    bool sceneEvent(QEvent* event) override; // tool tips, made when asked for
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

    friend class GraphEdgeLabelItem; // shares the tool tip and the click

private:
    QString toolTipText() const;
    void click();
    void updateBounds();

    GraphScene* m_scene;
    GraphEdge m_edge;
    EdgeGeometry m_geometry;
    QPolygonF m_arrow;
    QPointF m_tail;      // where the path starts: the far-out view draws tail -> tip
    QRectF m_pathBounds; // the spline's control points
    QRectF m_arrowBounds;
    QRectF m_bounds; // path and arrow with the widest pen: never changes with a width
    QPen m_pen;
    GraphEdgeLabelItem* m_labelItem = nullptr;
    bool m_hovered = false;
};

// An edge's figures in a small box. Its own item so that it is drawn above every node (a label
// drawn by its edge hid under the boxes the edge passes), placed by the scene where it covers
// no node. Like the edge it skips text zoomed far out, lays its text out once per text, and
// repaints on a new text only while it is shown readable.
class GraphEdgeLabelItem : public QGraphicsItem {
public:
    explicit GraphEdgeLabelItem(GraphEdgeItem* edge);

    // The box's size for the current text, for placing it before the first paint.
    QSizeF boxSize();
    void setCentre(const QPointF& centre);
    QPointF centre() const { return m_centre; }
    // The box drawn around the text (scene coordinates; empty before the text is known).
    QRectF textBox() const;
    void textChanged();
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    bool sceneEvent(QEvent* event) override; // the edge's tool tip
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void layOut(); // the text and its layout, made when it is painted readable

    GraphEdgeItem* m_edge; // owns nothing; the scene deletes both
    QPointF m_centre;
    QStaticText m_text;
    QSizeF m_textSize;
    QRectF m_bounds;
    QRectF m_textRepaint; // what textChanged() asked to repaint; empty once painted
    bool m_dirty = true;
    bool m_shown = false; // the last paint was close enough to show the text
};

// The whole graph zoomed far out, in one item. A big graph fitted into the window (1,000 edges at
// a few percent) made the view walk, transform and paint ~1,700 items per repaint, most of a
// frame; drawn in batches (lines grouped by pen, boxes by kind) the same picture costs a few
// draw calls. GraphScene shows it instead of the items below a zoom where boxes are a few
// pixels and text is not drawn anyway.
class GraphOverviewItem : public QGraphicsItem {
public:
    GraphOverviewItem(const std::vector<GraphNodeItem*>* nodes,
                      const std::vector<GraphEdgeItem*>* edges, const QRectF& bounds);
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    const std::vector<GraphNodeItem*>* m_nodes; // the scene's, in the graph's order
    const std::vector<GraphEdgeItem*>* m_edges;
    QRectF m_bounds;
};

} // namespace streamscope
