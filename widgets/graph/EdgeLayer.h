#pragma once

#include "common/CancelToken.h"

#include <QColor>
#include <QImage>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>
#include <QSize>
#include <QTransform>

#include <vector>

namespace streamscope {

// What the edge layer needs of one edge, copied on the GUI thread. The path and the arrow are
// implicitly shared with the item (a reference count, not a deep copy) and never changed after
// the item is made, so a pool thread may read them while the item lives on.
struct EdgeStroke {
    QPainterPath path;
    QPolygonF arrow;
    QPen pen;
    double opacity = 1.0;
    QRectF bounds; // scene coordinates, the pen included
};

// One picture of every edge the view shows, at the view's transform and device pixel ratio.
struct EdgeLayerRequest {
    std::vector<EdgeStroke> edges;
    QTransform sceneToView; // QGraphicsView::viewportTransform()
    QSize viewSize;         // logical pixels
    double devicePixelRatio = 1.0;
    QColor background; // the view's background: the layer is blitted opaque, not blended
};

// The edges antialiased into an opaque image of viewSize x devicePixelRatio pixels (its device
// pixel ratio set), over the background, each edge cut to what the view shows (VisiblePath).
// Runs on a pool thread: at 100 % zoom a large graph has ~200 wide edges crossing the view,
// whose antialiased stroking took ~30 ms of the GUI thread per repaint. Returns a null image
// when cancelled.
QImage renderEdgeLayer(const EdgeLayerRequest& request, const CancelToken& cancel);

} // namespace streamscope
