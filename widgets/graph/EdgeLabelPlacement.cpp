#include "graph/EdgeLabelPlacement.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace streamscope {

namespace {

constexpr double kCell = 160;    // grid cell, about a node's width
constexpr double kClearance = 2; // a label this close to a box counts as touching it
// Beyond this many labels (a graph read zoomed out, where text is not drawn) labels may overlap
// each other: only nodes are avoided, which keeps the placement linear.
constexpr std::size_t kTidyLabelsUpTo = 300;

// Rectangles bucketed by the grid cells they touch.
class RectGrid {
public:
    void add(const QRectF& r) {
        const auto index = static_cast<int>(m_rects.size());
        m_rects.push_back(r);
        forCells(r, [&](qint64 cell) { m_cells[cell].push_back(index); });
    }

    // Area of r covered by the rectangles (overlaps counted once per rectangle).
    double coveredArea(const QRectF& r) const {
        double area = 0;
        m_seen.clear();
        forCells(r, [&](qint64 cell) {
            const auto it = m_cells.constFind(cell);
            if (it == m_cells.cend())
                return;
            for (int i : *it) {
                if (m_seen.contains(i))
                    continue;
                m_seen.insert(i);
                const QRectF overlap = r.intersected(m_rects[static_cast<size_t>(i)]);
                if (!overlap.isEmpty())
                    area += overlap.width() * overlap.height();
            }
        });
        return area;
    }

private:
    template <typename F> static void forCells(const QRectF& r, F visit) {
        const auto x0 = static_cast<qint64>(std::floor(r.left() / kCell));
        const auto x1 = static_cast<qint64>(std::floor(r.right() / kCell));
        const auto y0 = static_cast<qint64>(std::floor(r.top() / kCell));
        const auto y1 = static_cast<qint64>(std::floor(r.bottom() / kCell));
        for (qint64 x = x0; x <= x1; ++x)
            for (qint64 y = y0; y <= y1; ++y)
                visit((x << 32) ^ (y & 0xffffffff));
    }

    std::vector<QRectF> m_rects;
    QHash<qint64, std::vector<int>> m_cells;
    mutable QSet<int> m_seen;
};

QRectF boxAt(const QPointF& centre, const QSizeF& size) {
    return {centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(),
            size.height()};
}

} // namespace

std::vector<QPointF> placeEdgeLabels(const std::vector<QRectF>& nodes,
                                     const std::vector<EdgeLabelRequest>& labels) {
    RectGrid nodeGrid;
    for (const QRectF& n : nodes)
        nodeGrid.add(n.adjusted(-kClearance, -kClearance, kClearance, kClearance));
    RectGrid labelGrid;
    const bool tidy = labels.size() <= kTidyLabelsUpTo;
    // Along the path from its middle outwards; then the same points nudged off the path.
    static constexpr std::array<double, 13> kAlong{0.5,  0.42, 0.58, 0.34, 0.66, 0.26, 0.74,
                                                   0.18, 0.82, 0.38, 0.62, 0.3,  0.7};
    std::vector<QPointF> centres;
    centres.reserve(labels.size());
    for (const EdgeLabelRequest& label : labels) {
        if (label.size.isEmpty()) {
            centres.push_back(label.preferred);
            continue;
        }
        std::vector<QPointF> candidates{label.preferred};
        if (!label.path.isEmpty()) {
            for (double t : kAlong)
                candidates.push_back(label.path.pointAtPercent(t));
            // Off the path by one to three box heights: a short edge between two close nodes
            // has no free point on it.
            for (double steps : {0.75, 1.5, 2.5}) {
                const double nudge = label.size.height() * steps + kClearance;
                for (double t : kAlong) {
                    const QPointF p = label.path.pointAtPercent(t);
                    candidates.push_back(p - QPointF(0, nudge));
                    candidates.push_back(p + QPointF(0, nudge));
                }
            }
        }
        QPointF best = label.preferred;
        double bestCost = std::numeric_limits<double>::infinity();
        for (const QPointF& c : candidates) {
            const QRectF box = boxAt(c, label.size);
            // Covering a node is what must not happen; covering another label is only untidy.
            const double cost =
                nodeGrid.coveredArea(box) * 1000 + (tidy ? labelGrid.coveredArea(box) : 0.0);
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
                if (cost == 0)
                    break;
            }
        }
        centres.push_back(best);
        if (tidy)
            labelGrid.add(boxAt(best, label.size));
    }
    return centres;
}

} // namespace streamscope
