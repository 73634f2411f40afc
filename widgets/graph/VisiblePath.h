#pragma once

#include <QPainterPath>
#include <QRectF>

#include <span>

namespace streamscope {

// The part of a path worth stroking inside `visible` (item coordinates, already widened by the
// pen): pieces whose control points all lie outside it are dropped, since a cubic curve lies
// within its control points' hull; long pieces are halved until they are either outside or
// short. At 100 % zoom a large graph's long edges cross the view, and stroking them whole made
// the raster engine outline thousands of pixels nobody sees (160 ms per repaint at 1,000 edges).
// Fully visible paths come back unchanged.
QPainterPath visiblePart(const QPainterPath& path, const QRectF& visible);

// The same for a repaint of several small areas (a figure update repaints the boxes of the
// labels whose text changed): only pieces near one of `areas` are kept, cut about as fine as the
// smallest of them. No areas: nothing is kept.
QPainterPath visiblePart(const QPainterPath& path, std::span<const QRectF> areas);

} // namespace streamscope
