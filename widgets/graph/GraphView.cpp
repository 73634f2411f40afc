#include "graph/GraphView.h"

#include <QMouseEvent>
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
} // namespace

GraphView::GraphView(QGraphicsScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_miniMap(new GraphMiniMap(this, scene)) {
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
