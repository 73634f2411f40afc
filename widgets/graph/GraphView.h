#pragma once

#include <QGraphicsView>
#include <QPixmap>

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

Q_SIGNALS:
    // After fit() and zoomBy(): the scene chooses between its items and its overview.
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void placeMiniMap();
    GraphMiniMap* m_miniMap;
};

// The whole scene small, with the main view's visible part outlined; click or drag to move it.
// The picture is rendered once per structure (refit), not per figure update: it is a map.
class GraphMiniMap : public QWidget {
    Q_OBJECT
public:
    GraphMiniMap(GraphView* main, QGraphicsScene* scene);
    void refit();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QTransform sceneToMap() const;
    void centerMainOn(const QPoint& pos);

    GraphView* m_main;
    QGraphicsScene* m_scene;
    QPixmap m_picture;
};

} // namespace streamscope
