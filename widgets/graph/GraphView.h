#pragma once

#include "common/LatestOnlyRunner.h"

#include <QGraphicsView>
#include <QImage>
#include <QPixmap>
#include <QTimer>

#include <vector>

namespace streamscope {

class GraphMiniMap;
class GraphScene;

// The graph's view: wheel zooms around the cursor, dragging the background pans, fit() shows
// everything; a mini-map in the bottom right corner shows where the view is and moves it.
//
// Edges are drawn on a layer: one image of every edge the view shows, stroked on a pool thread
// (renderEdgeLayer through a LatestOnlyRunner) and blitted as the background, so a repaint on
// the GUI thread strokes no edge. At 100 % zoom ~200 wide antialiased edges cross the view of a
// large graph and cost ~30 ms per full repaint. The layer is redrawn when an edge looks
// different (its area repaints when the new layer arrives; until then the old one shows) and
// when the transform or size changed (until then the edge items draw themselves, as without
// a layer). The GUI thread never waits for it.
class GraphView : public QGraphicsView {
    Q_OBJECT
public:
    explicit GraphView(GraphScene* scene, QWidget* parent = nullptr);
    // Whether a layer is being drawn or waits to be (tests, benchmarks).
    bool isEdgeLayerPending() const { return m_layerTimer.isActive() || m_layerRunner.isBusy(); }
    // Whether the view draws its edges from a layer at the current transform.
    bool isEdgeLayerShown() const { return layerIsCurrent(); }

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
    void paintEvent(QPaintEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;

private:
    struct EdgeLayer {
        QImage image; // device pixels, its device pixel ratio set
        QTransform sceneToView;
        QSize viewSize;
        double devicePixelRatio = 1.0;
        int rebuildCount = -1;
    };
    void placeMiniMap();
    bool layerIsCurrent() const;
    bool layerMatchesView(const EdgeLayer& layer) const;
    void scheduleLayer(int delayMs);
    void requestLayer();
    void layerArrived(EdgeLayer layer);

    GraphScene* m_graphScene;
    GraphMiniMap* m_miniMap;
    EdgeLayer m_layer;
    // Scene areas whose edges changed since the shown layer: repainted when the next arrives.
    std::vector<QRectF> m_layerChanges;
    QTimer m_layerTimer;
    LatestOnlyRunner m_layerRunner;
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
