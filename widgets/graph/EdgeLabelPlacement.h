#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace streamscope {

// One edge label to place: the box's size, the edge's path and where the layout would put it.
struct EdgeLabelRequest {
    QSizeF size;
    QPainterPath path;
    QPointF preferred;
};

// Centres for edge labels such that no label covers a node box (nor, where there is room, an
// earlier label): the preferred point if it is free, else the free point nearest the middle of
// the edge's path, a little above or below it if the path itself runs through nodes there.
// When nothing along the path is free, the candidate covering the least node area wins. Runs
// once per layout (not per figure update); a grid of cells keeps it linear in the edges.
std::vector<QPointF> placeEdgeLabels(const std::vector<QRectF>& nodes,
                                     const std::vector<EdgeLabelRequest>& labels);

} // namespace streamscope
