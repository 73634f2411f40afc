#include "graph/EdgeLayer.h"

#include "graph/VisiblePath.h"

#include <QPainter>

namespace streamscope {

namespace {
// How many edges are drawn between two looks at the cancel flag.
constexpr std::size_t kEdgesPerCancelCheck = 64;
} // namespace

QImage renderEdgeLayer(const EdgeLayerRequest& request, const CancelToken& cancel) {
    const double dpr = request.devicePixelRatio > 0 ? request.devicePixelRatio : 1.0;
    const QSize pixels = (QSizeF(request.viewSize) * dpr).toSize();
    if (pixels.isEmpty())
        return {};
    bool invertible = false;
    const QTransform viewToScene = request.sceneToView.inverted(&invertible);
    if (!invertible)
        return {};
    QImage image(pixels, QImage::Format_RGB32);
    image.setDevicePixelRatio(dpr); // the painter scales logical pixels to device pixels
    image.fill(request.background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setTransform(request.sceneToView);
    const QRectF visible = viewToScene.mapRect(QRectF(QPointF(0, 0), QSizeF(request.viewSize)));
    std::size_t drawn = 0;
    for (const EdgeStroke& edge : request.edges) {
        if (!edge.bounds.intersects(visible))
            continue;
        if (++drawn % kEdgesPerCancelCheck == 0 && cancel.isCancelled())
            return {};
        const double margin = edge.pen.widthF() + 2;
        painter.setOpacity(edge.opacity);
        painter.setPen(edge.pen);
        painter.setBrush(Qt::NoBrush);
        // A fully visible path comes back from visiblePart shared with the item, and the raster
        // engine caches a converted form inside a path's shared data when it draws it, which the
        // GUI thread may do to the same path at the same moment (an edge drawn directly). A
        // copy of our own keeps the caches apart; reading the elements is safe.
        QPainterPath own;
        own.addPath(visiblePart(edge.path, visible.adjusted(-margin, -margin, margin, margin)));
        painter.drawPath(own);
        painter.setPen(Qt::NoPen);
        painter.setBrush(edge.pen.color());
        painter.drawPolygon(edge.arrow);
    }
    return image;
}

} // namespace streamscope
