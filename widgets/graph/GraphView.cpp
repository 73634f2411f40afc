#include "graph/GraphView.h"

#include "graph/EdgeLayer.h"
#include "graph/GraphScene.h"

#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>

namespace streamscope {

namespace {
constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 6.0;
constexpr int kMiniMapMaxWidth = 220;
constexpr int kMiniMapMaxHeight = 140;
// After a scroll, zoom or resize the layer is redrawn once the view has been still this long:
// while panning, every step would start a new one.
constexpr int kLayerSettleMs = 80;
// Beyond this many changed areas on screen the layer's repaint is their bounding rectangle
// (QWidget::update() merges each rectangle into a region, at a cost growing with its size).
constexpr int kMaxLayerRepaintAreas = 64;
// Changed areas kept for layers that have not arrived yet (a few updates' worth of a large graph).
constexpr std::size_t kMaxPendingLayerChanges = 8192;
} // namespace

GraphView::GraphView(GraphScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_graphScene(scene)
    , m_miniMap(new GraphMiniMap(this, scene))
    , m_layerRunner(this) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    // The exact region of what changed, not its bounding rectangle: every second each label's
    // figure changes, and the labels' bounding rectangle is most of the view at 100 %, which
    // repainted every edge crossing it. Edges stroke only the region's rectangles they meet
    // (GraphEdgeItem::paint), so a repaint of the label boxes stays small.
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    // Every item sets its own painter state; none draws outside its bounding rectangle.
    setOptimizationFlags(QGraphicsView::DontSavePainterState |
                         QGraphicsView::DontAdjustForAntialiasing);
    setBackgroundBrush(palette().base());
    connect(scene, &QGraphicsScene::sceneRectChanged, m_miniMap, &GraphMiniMap::refit);
    m_layerTimer.setSingleShot(true);
    connect(&m_layerTimer, &QTimer::timeout, this, &GraphView::requestLayer);
    connect(scene, &GraphScene::edgeLooksChanged, this, [this] { scheduleLayer(0); });
}

bool GraphView::layerMatchesView(const EdgeLayer& layer) const {
    return !layer.image.isNull() && layer.rebuildCount == m_graphScene->rebuildCount() &&
           layer.viewSize == viewport()->size() &&
           layer.devicePixelRatio == viewport()->devicePixelRatioF() &&
           layer.sceneToView == viewportTransform();
}

bool GraphView::layerIsCurrent() const {
    return !m_graphScene->isOverview() && layerMatchesView(m_layer);
}

void GraphView::scheduleLayer(int delayMs) {
    if (m_graphScene->isOverview() || m_graphScene->isEmpty())
        return;
    if (!m_layerTimer.isActive() || delayMs < m_layerTimer.remainingTime())
        m_layerTimer.start(delayMs);
}

void GraphView::requestLayer() {
    if (m_graphScene->isOverview() || m_graphScene->isEmpty())
        return;
    for (const QRectF& area : m_graphScene->takeEdgeLookChanges())
        m_layerChanges.push_back(area);
    // Layers that never arrive (the view keeps moving) must not let the areas pile up.
    if (m_layerChanges.size() > kMaxPendingLayerChanges)
        m_layerChanges = {sceneRect()};
    EdgeLayerRequest request;
    request.edges = m_graphScene->edgeStrokes();
    request.sceneToView = viewportTransform();
    request.viewSize = viewport()->size();
    request.devicePixelRatio = viewport()->devicePixelRatioF();
    request.background = backgroundBrush().color();
    EdgeLayer frame{{},
                    request.sceneToView,
                    request.viewSize,
                    request.devicePixelRatio,
                    m_graphScene->rebuildCount()};
    m_layerRunner.submit(
        [request = std::move(request), frame](const CancelToken& cancel) {
            EdgeLayer layer = frame;
            layer.image = renderEdgeLayer(request, cancel);
            return layer;
        },
        [this](EdgeLayer layer) { layerArrived(std::move(layer)); });
}

void GraphView::layerArrived(EdgeLayer layer) {
    if (!layerMatchesView(layer)) {
        // Scrolled, zoomed or rebuilt meanwhile: the edges draw themselves until a layer for
        // the view as it is now arrives.
        scheduleLayer(kLayerSettleMs);
        return;
    }
    m_layer = std::move(layer);
    m_graphScene->setEdgesOnLayer(true);
    // Edges that changed look since the last layer still show their old look (the old layer
    // kept showing): their areas repaint from the new one.
    const std::vector<QRectF> changes = std::exchange(m_layerChanges, {});
    const QRect view = viewport()->rect();
    std::vector<QRect> onScreen;
    for (const QRectF& area : changes) {
        const QRect r = mapFromScene(area).boundingRect().adjusted(-2, -2, 2, 2) & view;
        if (!r.isEmpty())
            onScreen.push_back(r);
    }
    if (static_cast<int>(onScreen.size()) > kMaxLayerRepaintAreas) {
        QRect all;
        for (const QRect& r : onScreen)
            all |= r;
        viewport()->update(all);
        return;
    }
    for (const QRect& r : onScreen)
        viewport()->update(r);
}

void GraphView::paintEvent(QPaintEvent* event) {
    // Decided once per paint, so that the background and every edge item agree.
    const bool current = layerIsCurrent();
    m_graphScene->setEdgesOnLayer(current);
    if (!current)
        scheduleLayer(kLayerSettleMs);
    QGraphicsView::paintEvent(event);
}

void GraphView::drawBackground(QPainter* painter, const QRectF& rect) {
    if (!m_graphScene->edgesOnLayer()) {
        QGraphicsView::drawBackground(painter, rect);
        return;
    }
    // The layer covers the view exactly, in view pixels: only the part being repainted is
    // copied (the painter clips to the repainted region as well).
    const QRect target = viewportTransform().mapRect(rect).toAlignedRect() & viewport()->rect();
    const double dpr = m_layer.devicePixelRatio;
    const QTransform world = painter->worldTransform();
    painter->setWorldTransform(QTransform());
    painter->drawImage(QRectF(target), m_layer.image,
                       QRectF(QPointF(target.topLeft()) * dpr, QSizeF(target.size()) * dpr));
    painter->setWorldTransform(world);
}

void GraphView::fit() {
    if (!scene() || scene()->sceneRect().isEmpty())
        return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    // Small graphs are not blown up beyond a readable size.
    if (zoom() > 1.5)
        setTransform(QTransform::fromScale(1.5, 1.5));
    m_miniMap->update();
    Q_EMIT zoomChanged(zoom());
}

void GraphView::zoomBy(double factor) {
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    const double applied = target / zoom();
    scale(applied, applied);
    m_miniMap->update();
    Q_EMIT zoomChanged(zoom());
}

void GraphView::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

void GraphView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    placeMiniMap();
}

void GraphView::scrollContentsBy(int dx, int dy) {
    QGraphicsView::scrollContentsBy(dx, dy);
    m_miniMap->update();
}

void GraphView::placeMiniMap() {
    const QRect area = viewport()->geometry();
    const int w = std::min(kMiniMapMaxWidth, area.width() / 4);
    const int h = std::min(kMiniMapMaxHeight, area.height() / 4);
    m_miniMap->setGeometry(area.right() - w - 8, area.bottom() - h - 8, w, h);
    m_miniMap->refit();
}

GraphMiniMap::GraphMiniMap(GraphView* main, QGraphicsScene* scene)
    : QWidget(main)
    , m_main(main)
    , m_scene(scene) {
    setObjectName(QStringLiteral("graphMiniMap"));
    setToolTip(tr("Overview: click or drag to move the view."));
    setCursor(Qt::PointingHandCursor);
}

QTransform GraphMiniMap::sceneToMap() const {
    const QRectF scene = m_scene->sceneRect();
    if (scene.isEmpty())
        return {};
    const double s = std::min((width() - 4) / scene.width(), (height() - 4) / scene.height());
    const QPointF offset((width() - scene.width() * s) / 2, (height() - scene.height() * s) / 2);
    return QTransform::fromTranslate(-scene.left(), -scene.top()) * QTransform::fromScale(s, s) *
           QTransform::fromTranslate(offset.x(), offset.y());
}

void GraphMiniMap::refit() {
    m_picture = QPixmap(size() * devicePixelRatioF());
    m_picture.setDevicePixelRatio(devicePixelRatioF());
    m_picture.fill(palette().alternateBase().color());
    if (!m_scene->sceneRect().isEmpty()) {
        QPainter painter(&m_picture);
        const QRectF target = sceneToMap().mapRect(m_scene->sceneRect());
        m_scene->render(&painter, target, m_scene->sceneRect());
    }
    update();
}

void GraphMiniMap::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_picture);
    const QRectF visible = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
    QColor fill = palette().highlight().color();
    painter.setPen(QPen(fill, 1));
    fill.setAlphaF(0.15);
    painter.setBrush(fill);
    painter.drawRect(
        sceneToMap().mapRect(visible).intersected(QRectF(rect()).adjusted(0, 0, -1, -1)));
    painter.setPen(palette().mid().color());
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

void GraphMiniMap::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    refit();
}

void GraphMiniMap::centerMainOn(const QPoint& pos) {
    bool invertible = false;
    const QTransform toScene = sceneToMap().inverted(&invertible);
    if (invertible)
        m_main->centerOn(toScene.map(QPointF(pos)));
}

void GraphMiniMap::mousePressEvent(QMouseEvent* event) {
    centerMainOn(event->position().toPoint());
    event->accept();
}

void GraphMiniMap::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton)
        centerMainOn(event->position().toPoint());
    event->accept();
}

} // namespace streamscope
