#pragma once

#include "graph/GraphTypes.h"

#include <QByteArray>
#include <QHash>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>

namespace streamscope {

struct EdgeGeometry {
    QPainterPath path; // the spline, from the tail node's border to the arrow's base
    QPointF arrowTip;  // where the arrow head points (the head node's border)
    QPointF labelAt;   // where the edge's figures go
};

// Where Graphviz put every node and edge of one graph structure, in scene coordinates (points,
// y down, origin at the top left of the drawing).
struct GraphLayout {
    QString structureKey; // ServiceGraph::structureKey() of the laid-out graph
    QRectF bounds;
    QHash<QString, QRectF> nodes;       // by node id
    QHash<QString, EdgeGeometry> edges; // by GraphEdge::key()
    QString error;                      // set when Graphviz failed; then everything is empty

    bool ok() const { return error.isEmpty(); }
};

using GraphLayoutPtr = std::shared_ptr<const GraphLayout>;

// Lays the graph out with Graphviz "dot", left to right (serviceGraphToDot). Blocking and
// CPU-bound: call it off the GUI thread. Thread-safe (Graphviz keeps global state, so calls are
// serialised inside).
GraphLayout layoutServiceGraph(const ServiceGraph& graph);

// The graph drawn by Graphviz as SVG (the same DOT, the same layout); empty on failure.
// Blocking; thread-safe like layoutServiceGraph.
QByteArray renderServiceGraphSvg(const ServiceGraph& graph);

} // namespace streamscope
