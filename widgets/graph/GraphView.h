#pragma once

#include <QGraphicsView>

namespace streamscope {

class GraphMiniMap;

// The graph's view: wheel zooms around the cursor, dragging the background pans, fit() shows
// everything; a mini-map in the bottom right corner shows where the view is and moves it.
class GraphView : public QGraphicsView {
    Q_OBJECT
public:
    explicit GraphView(QGraphicsScene* scene, QWidget* parent = nullptr);

    void fit();
    void zoomBy(double factor);
    double zoom() const { return transform().m11(); }
    GraphMiniMap* miniMap() const { return m_miniMap; }

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void placeMiniMap();
    GraphMiniMap* m_miniMap;
};

// The whole scene small, with the main view's visible part outlined; click or drag to move it.
class GraphMiniMap : public QGraphicsView {
    Q_OBJECT
public:
    GraphMiniMap(GraphView* main, QGraphicsScene* scene);
    void refit();

protected:
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    GraphView* m_main;
};

} // namespace streamscope
