#include "graph/VisiblePath.h"

#include <algorithm>
#include <array>

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
    explicit Clipper(const QRectF& visible)
        : m_visible(visible)
        , m_shortEnough((visible.width() + visible.height()) / 2) {}

    void cubic(const Cubic& c, int depth) {
        const QRectF hull = hullBounds(c);
        // A degenerate hull (a straight horizontal or vertical piece) has no area but can still
        // cross the view: test it with a hair's width.
        if (!hull.adjusted(-0.5, -0.5, 0.5, 0.5).intersects(m_visible)) {
            m_penUp = true;
            return;
        }
        if (depth == 0 || m_visible.contains(hull) ||
            hull.width() + hull.height() <= m_shortEnough) {
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
    QPainterPath take() { return std::move(m_out); }

private:
    QRectF m_visible;
    double m_shortEnough;
    QPainterPath m_out;
    bool m_penUp = true;
};

} // namespace

QPainterPath visiblePart(const QPainterPath& path, const QRectF& visible) {
    if (visible.contains(path.controlPointRect()))
        return path;
    Clipper clipper(visible);
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
