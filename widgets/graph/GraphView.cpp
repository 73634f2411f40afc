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
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
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
    m_miniMap->viewport()->update();
}

void GraphView::zoomBy(double factor) {
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    const double applied = target / zoom();
    scale(applied, applied);
    m_miniMap->viewport()->update();
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
    m_miniMap->viewport()->update();
}

void GraphView::placeMiniMap() {
    const QRect area = viewport()->geometry();
    const int w = std::min(kMiniMapMaxWidth, area.width() / 4);
    const int h = std::min(kMiniMapMaxHeight, area.height() / 4);
    m_miniMap->setGeometry(area.right() - w - 8, area.bottom() - h - 8, w, h);
    m_miniMap->refit();
}

GraphMiniMap::GraphMiniMap(GraphView* main, QGraphicsScene* scene)
    : QGraphicsView(scene, main)
    , m_main(main) {
    setObjectName(QStringLiteral("graphMiniMap"));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setInteractive(false);
    setFrameShape(QFrame::Box);
    setRenderHints(QPainter::Antialiasing);
    setBackgroundBrush(palette().alternateBase());
    setToolTip(tr("Overview: click or drag to move the view."));
}

void GraphMiniMap::refit() {
    if (scene() && !scene()->sceneRect().isEmpty())
        fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    viewport()->update();
}

void GraphMiniMap::drawForeground(QPainter* painter, const QRectF&) {
    const QRectF visible = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
    painter->setPen(QPen(palette().highlight().color(), 0));
    QColor fill = palette().highlight().color();
    fill.setAlphaF(0.15);
    painter->setBrush(fill);
    painter->drawRect(visible);
}

void GraphMiniMap::mousePressEvent(QMouseEvent* event) {
    m_main->centerOn(mapToScene(event->position().toPoint()));
    event->accept();
}

void GraphMiniMap::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton)
        m_main->centerOn(mapToScene(event->position().toPoint()));
    event->accept();
}

void GraphMiniMap::wheelEvent(QWheelEvent* event) {
    event->accept(); // the mini-map always shows everything
}

} // namespace streamscope
