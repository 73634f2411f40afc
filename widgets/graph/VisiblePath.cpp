#include "graph/VisiblePath.h"

#include <algorithm>
#include <array>
#include <limits>

namespace streamscope {

namespace {

using Cubic = std::array<QPointF, 4>;

QRectF hullBounds(const Cubic& c) {
    const auto [minX, maxX] = std::minmax({c[0].x(), c[1].x(), c[2].x(), c[3].x()});
    const auto [minY, maxY] = std::minmax({c[0].y(), c[1].y(), c[2].y(), c[3].y()});
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

// De Casteljau at t = 0.5.
std::array<Cubic, 2> halves(const Cubic& c) {
    const QPointF ab = (c[0] + c[1]) / 2, bc = (c[1] + c[2]) / 2, cd = (c[2] + c[3]) / 2;
    const QPointF abc = (ab + bc) / 2, bcd = (bc + cd) / 2, mid = (abc + bcd) / 2;
    return {Cubic{c[0], ab, abc, mid}, Cubic{mid, bcd, cd, c[3]}};
}

class Clipper {
public:
    explicit Clipper(std::span<const QRectF> areas)
        : m_areas(areas) {
        // Pieces are halved until they are about as short as the areas they cross.
        m_shortEnough = std::numeric_limits<double>::infinity();
        for (const QRectF& a : m_areas)
            m_shortEnough = std::min(m_shortEnough, (a.width() + a.height()) / 2);
        m_shortEnough = std::max(m_shortEnough, kShortestPiece);
    }

    void cubic(const Cubic& c, int depth) {
        const QRectF hull = hullBounds(c);
        // A degenerate hull (a straight horizontal or vertical piece) has no area but can still
        // cross an area: test it with a hair's width.
        const QRectF wide = hull.adjusted(-0.5, -0.5, 0.5, 0.5);
        bool crosses = false;
        bool inside = false;
        for (const QRectF& a : m_areas) {
            if (a.intersects(wide)) {
                crosses = true;
                inside = a.contains(hull);
                if (inside)
                    break;
            }
        }
        if (!crosses) {
            m_penUp = true;
            return;
        }
        if (depth == 0 || inside || hull.width() + hull.height() <= m_shortEnough) {
            if (m_penUp)
                m_out.moveTo(c[0]);
            m_penUp = false;
            m_out.cubicTo(c[1], c[2], c[3]);
            return;
        }
        const auto [first, second] = halves(c);
        cubic(first, depth - 1);
        cubic(second, depth - 1);
    }

    void line(QPointF from, QPointF to) {
        // A line is a cubic with its control points on it.
        cubic(Cubic{from, from + (to - from) / 3, from + (to - from) * 2 / 3, to}, kMaxDepth);
    }

    static constexpr int kMaxDepth = 10;
    // Pieces shorter than this (item units) are not halved further.
    static constexpr double kShortestPiece = 24;
    QPainterPath take() { return std::move(m_out); }

private:
    std::span<const QRectF> m_areas;
    double m_shortEnough;
    QPainterPath m_out;
    bool m_penUp = true;
};

} // namespace

QPainterPath visiblePart(const QPainterPath& path, const QRectF& visible) {
    if (visible.contains(path.controlPointRect()))
        return path;
    return visiblePart(path, std::span<const QRectF>(&visible, 1));
}

QPainterPath visiblePart(const QPainterPath& path, std::span<const QRectF> areas) {
    Clipper clipper(areas);
    QPointF current;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element& e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            current = e;
            break;
        case QPainterPath::LineToElement:
            clipper.line(current, e);
            current = e;
            break;
        case QPainterPath::CurveToElement:
            if (i + 2 < path.elementCount()) {
                const QPointF c1 = e, c2 = path.elementAt(i + 1), end = path.elementAt(i + 2);
                clipper.cubic(Cubic{current, c1, c2, end}, Clipper::kMaxDepth);
                current = end;
                i += 2;
            }
            break;
        case QPainterPath::CurveToDataElement:
            break; // consumed with its CurveToElement
        }
    }
    return clipper.take();
}

} // namespace streamscope
