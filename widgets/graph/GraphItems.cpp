#include "graph/GraphItems.h"

#include "common/DisplayFormat.h"
#include "common/RateFormat.h"
#include "common/WidgetsTr.h"
#include "graph/GraphFormats.h"
#include "graph/GraphScene.h"
#include "graph/VisiblePath.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QToolTip>
#include <QVarLengthArray>
#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <span>

namespace streamscope {

namespace {

const QColor kServiceFill(0xe3, 0xf2, 0xfd);
const QColor kServiceLine(0x15, 0x65, 0xc0);
const QColor kTopicFill(0xff, 0xf8, 0xe1);
const QColor kTopicLine(0xb2, 0x6a, 0x00);
const QColor kUnknownLine(0x75, 0x75, 0x75);
const QColor kProduceLine(0x54, 0x6e, 0x7a);
// Below this scale text is too small to read and costs most of a repaint.
constexpr double kTextLevelOfDetail = 0.45;
constexpr double kEdgeLabelPointSize = 7.5;
constexpr double kHoverExtraWidth = 1.5; // a hovered edge is drawn this much wider
constexpr double kWidestEdge = 8.0;      // edgeWidthForRate()'s largest width
// Edge widths are drawn in steps of this many scene units (half a pixel at 100 %): a rate that
// moves by a few percent from one second to the next changes the exact width by a hundredth of
// a pixel, which nobody sees but which repainted every edge the view shows.
constexpr double kEdgeWidthStep = 0.5;
// An edge label's bounds before its text is known: room for "12.3K msgs/s · lag 123,456".
constexpr double kLabelBoundsWidth = 140;
constexpr double kLabelBoundsHeight = 16;
// How much wider than its old text a label's repaint is on a new figure.
constexpr double kLabelGrowthRoom = 8;

QFont edgeLabelFont() {
    QFont font;
    font.setPointSizeF(kEdgeLabelPointSize);
    return font;
}

// Centred lines laid out once: QStaticText keeps the glyph positions between paints.
QStaticText centredLayout(const QString& text, double width, const QFont& font) {
    QStaticText layout(QString(text).replace(u'\n', QChar::LineSeparator));
    layout.setTextFormat(Qt::PlainText);
    layout.setTextOption(QTextOption(Qt::AlignHCenter));
    layout.setTextWidth(width);
    layout.setPerformanceHint(QStaticText::AggressiveCaching);
    layout.prepare(QTransform(), font);
    return layout;
}

// The widest font size up to 9 pt at which every line fits the rectangle.
QFont fittingFont(const QStringList& lines, const QRectF& rect) {
    QFont font;
    for (double size = 9.0; size >= 5.0; size -= 0.5) {
        font.setPointSizeF(size);
        const QFontMetricsF metrics(font);
        bool fits = metrics.height() * lines.size() <= rect.height() - 2;
        for (const auto& line : lines)
            fits = fits && metrics.horizontalAdvance(line) <= rect.width() - 8;
        if (fits)
            break;
    }
    return font;
}

// Tool tips are made when the user asks (hovers still), not on every figure update.
bool showToolTipOnHelp(QEvent* event, const std::function<QString()>& text) {
    if (event->type() != QEvent::GraphicsSceneHelp)
        return false;
    QToolTip::showText(static_cast<QGraphicsSceneHelpEvent*>(event)->screenPos(), text());
    return true;
}

QString percent(double share) {
    return displayLocale().toString(std::round(share * 100.0), 'f', 0) + u'%';
}

// Beyond this many rectangles under one item a repaint's region is treated as its bounding
// rectangle.
constexpr qsizetype kMaxExposedAreas = 256;

// The rectangles of the region being repainted that meet `exposed` (item coordinates), each
// widened by `margin`; none when the paint is not limited to a region of several rectangles.
// QGraphicsView hands items only the region's bounding rectangle (exposedRect); the painter's
// system clip is the region itself (device pixels).
void exposedAreas(QPainter* painter, const QRectF& exposed, double margin,
                  QVarLengthArray<QRectF, 16>& areas) {
    const QPaintEngine* engine = painter->paintEngine();
    if (!engine)
        return;
    const QRegion region = engine->systemClip();
    if (region.rectCount() < 2)
        return;
    const QTransform& toDevice = painter->deviceTransform();
    bool invertible = false;
    const QTransform toItem = toDevice.inverted(&invertible);
    if (!invertible)
        return;
    const QRect exposedOnDevice = toDevice.mapRect(exposed).toAlignedRect();
    for (const QRect& r : region) {
        if (!r.intersects(exposedOnDevice))
            continue;
        if (areas.size() == kMaxExposedAreas) {
            areas.clear();
            return;
        }
        areas.append(toItem.mapRect(QRectF(r)).adjusted(-margin, -margin, margin, margin));
    }
    if (areas.isEmpty())
        areas.append(QRectF()); // nothing of this item is repainted
}

} // namespace

GraphNodeItem::GraphNodeItem(GraphScene* scene, const GraphNode& node, const QRectF& rect)
    : m_scene(scene)
    , m_node(node)
    , m_rect(rect) {
    setAcceptHoverEvents(true);
    setCursor(
        QCursor(node.kind == GraphNodeKind::Topic ? Qt::PointingHandCursor : Qt::ArrowCursor));
    setZValue(2);
    if (node.kind == GraphNodeKind::Topic) {
        // A cylinder: the log on its side would not read as well as a disk stack.
        const QRectF r = m_rect.adjusted(1, 1, -1, -1);
        const double cap = std::min(8.0, r.height() / 4);
        m_cylinder.moveTo(r.left(), r.top() + cap / 2);
        m_cylinder.lineTo(r.left(), r.bottom() - cap / 2);
        m_cylinder.arcTo(QRectF(r.left(), r.bottom() - cap, r.width(), cap), 180, 180);
        m_cylinder.lineTo(r.right(), r.top() + cap / 2);
        m_cylinder.arcTo(QRectF(r.left(), r.top(), r.width(), cap), 0, 180);
        // The top cap is drawn on its own: inside the body's path it would be covered twice and
        // left unfilled by the odd-even fill rule.
        m_cylinderCap = QRectF(r.left(), r.top(), r.width(), cap);
    }
    setNode(node);
}

void GraphNodeItem::setNode(const GraphNode& node) {
    // Only an unknown producer's label carries a figure (its share); the others are names.
    const bool sameLabel =
        !m_label.isEmpty() && node.kind != GraphNodeKind::Unknown && node.name == m_node.name;
    m_node = node;
    if (sameLabel)
        return;
    const QString label = labelText();
    if (label == m_label)
        return;
    m_label = label;
    const QRectF r = m_rect.adjusted(1, 1, -1, -1);
    m_font = fittingFont(label.split(u'\n'), r);
    m_labelLayout = centredLayout(label, r.width(), m_font);
    update();
}

bool GraphNodeItem::sceneEvent(QEvent* event) {
    return showToolTipOnHelp(event, [this] { return toolTipText(); }) ||
           QGraphicsItem::sceneEvent(event);
}

QRectF GraphNodeItem::boundingRect() const {
    return m_rect.adjusted(-2, -2, 2, 2);
}

QString GraphNodeItem::labelText() const {
    if (m_node.kind == GraphNodeKind::Unknown)
        return WidgetsTr::tr("unknown producer\n%1 of records").arg(percent(m_node.unknownShare));
    return m_node.name;
}

QString GraphNodeItem::toolTipText() const {
    QStringList lines;
    switch (m_node.kind) {
    case GraphNodeKind::Service:
        lines << WidgetsTr::tr("Service %1").arg(m_node.name);
        if (!m_node.groups.isEmpty())
            lines << WidgetsTr::tr("Consumer groups: %1")
                         .arg(m_node.groups.join(QStringLiteral(", ")));
        if (!m_node.clientIds.isEmpty())
            lines
                << WidgetsTr::tr("Client ids: %1").arg(m_node.clientIds.join(QStringLiteral(", ")));
        if (!m_node.hosts.isEmpty())
            lines << WidgetsTr::tr("Hosts: %1").arg(m_node.hosts.join(QStringLiteral(", ")));
        lines << WidgetsTr::tr("Double-click: show only this service's neighbourhood.");
        break;
    case GraphNodeKind::Topic:
        lines << WidgetsTr::tr("Topic %1").arg(m_node.name)
              << WidgetsTr::tr("Click: open it on the Throughput page.");
        break;
    case GraphNodeKind::Unknown:
        lines << WidgetsTr::tr("%1 of the sampled records of %2 carry no producer identity "
                               "header (see Naming rules).")
                     .arg(percent(m_node.unknownShare), m_node.name);
        break;
    }
    return lines.join(u'\n');
}

void GraphNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    // Zoomed far out (a big graph fitted into the window) text is unreadable: shapes only.
    const bool detailed =
        option->levelOfDetailFromTransform(painter->worldTransform()) >= kTextLevelOfDetail;
    painter->setRenderHint(QPainter::Antialiasing, detailed);
    const QRectF r = m_rect.adjusted(1, 1, -1, -1);
    if (!detailed) {
        // A far-out overview of a big graph: plain boxes in the node's colours are enough.
        const bool topic = m_node.kind == GraphNodeKind::Topic;
        painter->setPen(m_node.kind == GraphNodeKind::Unknown ? kUnknownLine
                        : topic                               ? kTopicLine
                                                              : kServiceLine);
        painter->setBrush(m_node.kind == GraphNodeKind::Unknown ? QBrush(Qt::NoBrush)
                          : topic                               ? QBrush(kTopicFill)
                                                                : QBrush(kServiceFill));
        painter->drawRect(r);
        return;
    }
    switch (m_node.kind) {
    case GraphNodeKind::Service:
        painter->setPen(QPen(kServiceLine, 1.5));
        painter->setBrush(kServiceFill);
        painter->drawRoundedRect(r, 8, 8);
        break;
    case GraphNodeKind::Topic:
        painter->setPen(QPen(kTopicLine, 1.5));
        painter->setBrush(kTopicFill);
        painter->drawPath(m_cylinder);
        painter->drawEllipse(m_cylinderCap);
        break;
    case GraphNodeKind::Unknown:
        painter->setPen(QPen(kUnknownLine, 1.2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r);
        break;
    }
    painter->setFont(m_font);
    painter->setPen(m_node.kind == GraphNodeKind::Unknown ? kUnknownLine : QColor(Qt::black));
    const QSizeF size = m_labelLayout.size();
    painter->drawStaticText(QPointF(r.left(), r.center().y() - size.height() / 2), m_labelLayout);
}

void GraphNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event) {
    m_scene->highlight(m_node.id);
    QGraphicsItem::hoverEnterEvent(event);
}

void GraphNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event) {
    if (m_scene->highlighted() == m_node.id)
        m_scene->highlight({});
    QGraphicsItem::hoverLeaveEvent(event);
}

void GraphNodeItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        m_scene->nodeClicked(m_node.id);
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void GraphNodeItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
    if (m_node.kind == GraphNodeKind::Service)
        Q_EMIT m_scene->serviceActivated(m_node.id);
    event->accept();
}

GraphEdgeItem::GraphEdgeItem(GraphScene* scene, const GraphEdge& edge, const EdgeGeometry& geometry)
    : m_scene(scene)
    , m_geometry(geometry) {
    setPath(geometry.path);
    // The arrow head from the spline's end towards the tip.
    const QPointF base = geometry.path.currentPosition();
    QLineF axis(geometry.arrowTip, base);
    if (axis.length() < 1)
        axis = QLineF(geometry.arrowTip, geometry.path.pointAtPercent(0.95));
    axis.setLength(9);
    QLineF left = axis;
    left.setAngle(axis.angle() + 22);
    QLineF right = axis;
    right.setAngle(axis.angle() - 22);
    m_arrow << geometry.arrowTip << left.p2() << right.p2();
    m_pathBounds = geometry.path.controlPointRect();
    m_arrowBounds = m_arrow.boundingRect();
    m_tail =
        geometry.path.elementCount() > 0 ? QPointF(geometry.path.elementAt(0)) : geometry.arrowTip;
    setAcceptHoverEvents(true);
    // For option->exposedRect: a repaint of part of the view strokes only that part.
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
    setZValue(1);
    setCursor(
        QCursor(edge.kind == GraphEdgeKind::Consume ? Qt::PointingHandCursor : Qt::ArrowCursor));
    m_edge = edge;
    m_labelItem = new GraphEdgeLabelItem(this); // added to the scene (and owned) by GraphScene
    m_labelItem->setCentre(geometry.labelAt);
    updateBounds();
    setEdge(edge);
}

namespace {
// The figures an edge's label shows (NaN rates compare equal to each other here).
bool sameLabelFigures(const GraphEdge& a, const GraphEdge& b) {
    const bool sameRate =
        (std::isnan(a.msgsPerSec) && std::isnan(b.msgsPerSec)) || a.msgsPerSec == b.msgsPerSec;
    return sameRate && a.lag == b.lag && a.idle == b.idle && a.inactive == b.inactive;
}
} // namespace

bool GraphEdgeItem::setEdge(const GraphEdge& edge) {
    const bool labelChanged = !sameLabelFigures(edge, m_edge);
    const bool consume = edge.kind == GraphEdgeKind::Consume;
    const QColor color = consume ? QColor(lagStatusColorName(edge.status)) : kProduceLine;
    const double exactWidth = edgeWidthForRate(edge.idle ? 0.0 : edge.msgsPerSec);
    QPen pen(color, std::round(exactWidth / kEdgeWidthStep) * kEdgeWidthStep);
    pen.setCapStyle(Qt::FlatCap);
    if (edge.idle || edge.inactive)
        pen.setStyle(Qt::DotLine);
    m_edge = edge;
    const bool recoloured = pen.color() != m_pen.color();
    const bool restyled = pen != m_pen;
    if (restyled) {
        m_pen = pen;
        // The bounds hold the widest pen, so a new width is no geometry change. On the view's
        // edge layer the layer is redrawn off the GUI thread and repaints this area when it
        // arrives; repainting now would show the old look and pay the repaint twice.
        m_scene->edgeLookChanged(m_bounds);
        if (!m_scene->edgesOnLayer())
            update();
    }
    // The label repaints itself only while it is shown readable (its text takes the colour).
    if (labelChanged || recoloured)
        m_labelItem->textChanged();
    return restyled;
}

void GraphEdgeItem::updateBounds() {
    // From the path's control points, not QGraphicsPathItem::boundingRect(): that strokes the
    // whole spline (shape()) after every change of width, 1,000 strokes per figure update.
    const double half = (kWidestEdge + kHoverExtraWidth) / 2 + 1;
    m_bounds = m_pathBounds.adjusted(-half, -half, half, half).united(m_arrowBounds);
}

EdgeStroke GraphEdgeItem::stroke() const {
    return EdgeStroke{path(), m_arrow, m_pen, opacity(), m_bounds};
}

void GraphEdgeItem::click() {
    if (m_edge.kind == GraphEdgeKind::Consume)
        m_scene->edgeClicked(m_edge.key());
}

bool GraphEdgeItem::sceneEvent(QEvent* event) {
    return showToolTipOnHelp(event, [this] { return toolTipText(); }) ||
           QGraphicsPathItem::sceneEvent(event);
}

QString GraphEdgeItem::toolTipText() const {
    const GraphEdge& edge = m_edge;
    QStringList tip;
    tip << labelText();
    if (edge.kind == GraphEdgeKind::Consume)
        tip << WidgetsTr::tr("Group %1, status %2").arg(edge.group, lagStatusName(edge.status))
            << WidgetsTr::tr("Click: open the group's lag.");
    else
        tip << WidgetsTr::tr("%1 of the topic's recent records").arg(percent(edge.share));
    if (edge.inactive)
        tip << WidgetsTr::tr("The group has committed offsets but no members.");
    else if (edge.idle)
        tip << WidgetsTr::tr("Idle: no traffic in the activity window.");
    if (edge.causalityConfirmed)
        tip << WidgetsTr::tr("Confirmed by shared trace ids.");
    return tip.join(u'\n');
}

QString GraphEdgeItem::labelText() const {
    const QLocale locale = displayLocale();
    QStringList parts;
    if (!std::isnan(m_edge.msgsPerSec))
        parts << formatRateWithUnit(locale, m_edge.msgsPerSec);
    if (m_edge.kind == GraphEdgeKind::Consume && m_edge.lag)
        parts << WidgetsTr::tr("lag %1").arg(formatCount(locale, *m_edge.lag));
    if (m_edge.inactive)
        parts << WidgetsTr::tr("no members");
    else if (m_edge.idle && parts.isEmpty())
        parts << WidgetsTr::tr("idle");
    return parts.join(QStringLiteral(" · "));
}

QRectF GraphEdgeItem::boundingRect() const {
    return m_bounds;
}

QPainterPath GraphEdgeItem::shape() const {
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(8.0, pen().widthF() + 4));
    QPainterPath s = stroker.createStroke(path());
    s.addPolygon(m_arrow);
    return s;
}

void GraphEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
                          QWidget* widget) {
    // On screen (a widget) the view draws the edges from its layer, except a hovered edge,
    // which is drawn wider on top of it. Exports and the mini-map render without a widget.
    if (widget && !m_hovered && m_scene->edgesOnLayer())
        return;
    const bool detailed =
        option->levelOfDetailFromTransform(painter->worldTransform()) >= kTextLevelOfDetail;
    painter->setRenderHint(QPainter::Antialiasing, detailed);
    QPen p = m_pen;
    if (m_hovered)
        p.setWidthF(p.widthF() + kHoverExtraWidth);
    painter->setPen(p);
    painter->setBrush(Qt::NoBrush);
    if (!detailed) {
        // Far out, a straight line from tail to head reads the same and strokes much cheaper.
        painter->drawLine(m_tail, m_geometry.arrowTip);
        return;
    }
    // Only what this paint exposes (the view, the part of it being repainted, or the boxes of
    // a region of several), widened by the pen.
    const double margin = p.widthF() + 2;
    const QRectF exposed = option->exposedRect.adjusted(-margin, -margin, margin, margin);
    QVarLengthArray<QRectF, 16> areas; // the repainted label boxes this edge passes under
    exposedAreas(painter, exposed, margin, areas);
    painter->drawPath(
        areas.isEmpty()
            ? visiblePart(path(), exposed)
            : visiblePart(path(), std::span<const QRectF>(areas.constData(),
                                                          static_cast<size_t>(areas.size()))));
    painter->setPen(Qt::NoPen);
    painter->setBrush(p.color());
    painter->drawPolygon(m_arrow);
}

void GraphEdgeItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() == Qt::LeftButton && m_edge.kind == GraphEdgeKind::Consume) {
        click();
        event->accept();
        return;
    }
    QGraphicsPathItem::mousePressEvent(event);
}

void GraphEdgeItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event) {
    m_hovered = true;
    update();
    QGraphicsPathItem::hoverEnterEvent(event);
}

void GraphEdgeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event) {
    m_hovered = false;
    update();
    QGraphicsPathItem::hoverLeaveEvent(event);
}

GraphEdgeLabelItem::GraphEdgeLabelItem(GraphEdgeItem* edge)
    : m_edge(edge) {
    setZValue(3); // above nodes (2) and edges (1)
    setCursor(QCursor(edge->edge().kind == GraphEdgeKind::Consume ? Qt::PointingHandCursor
                                                                  : Qt::ArrowCursor));
}

QSizeF GraphEdgeLabelItem::boxSize() {
    if (m_dirty)
        layOut();
    return m_textSize.isEmpty() ? QSizeF() : QSizeF(m_textSize.width() + 6, m_textSize.height());
}

void GraphEdgeLabelItem::setCentre(const QPointF& centre) {
    prepareGeometryChange();
    m_centre = centre;
    m_bounds = QRectF(centre - QPointF(kLabelBoundsWidth / 2, kLabelBoundsHeight / 2),
                      QSizeF(kLabelBoundsWidth, kLabelBoundsHeight))
                   .united(textBox());
}

QRectF GraphEdgeLabelItem::textBox() const {
    const QSizeF size =
        m_textSize.isEmpty() ? QSizeF() : QSizeF(m_textSize.width() + 6, m_textSize.height());
    return QRectF(m_centre - QPointF(size.width() / 2, size.height() / 2), size);
}

void GraphEdgeLabelItem::textChanged() {
    m_dirty = true; // laid out again when it is next painted readable
    if (!m_shown)
        return;
    // The text's box and a few characters' room, not the item's bounds (at least 140 x 16,
    // over the edges and nodes around it): the view repaints every label each second, and
    // what lies under the boxes repaints with them. A text that outgrows it asks for its own
    // box when it is laid out.
    m_textRepaint = textBox().adjusted(-kLabelGrowthRoom, -1, kLabelGrowthRoom, 1);
    update(m_textRepaint);
}

void GraphEdgeLabelItem::layOut() {
    m_dirty = false;
    const QString text = m_edge->labelText();
    m_text = QStaticText(text);
    m_text.setTextFormat(Qt::PlainText);
    m_text.setPerformanceHint(QStaticText::AggressiveCaching);
    m_text.prepare(QTransform(), edgeLabelFont());
    m_textSize = text.isEmpty() ? QSizeF() : m_text.size();
    const QRectF drawn = textBox().adjusted(-1, -1, 1, 1);
    if (!m_textRepaint.isEmpty() && !m_textRepaint.contains(drawn))
        update(drawn); // the rest of the longer text, on the next repaint
    m_textRepaint = QRectF();
    // The bounds only grow: a figure that gets shorter never moves them, and the common sizes
    // fit the initial box, so a paint rarely changes the geometry.
    if (!m_bounds.contains(textBox())) {
        prepareGeometryChange();
        m_bounds = m_bounds.united(textBox());
    }
}

QRectF GraphEdgeLabelItem::boundingRect() const {
    return m_bounds;
}

void GraphEdgeLabelItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
                               QWidget*) {
    m_shown = option->levelOfDetailFromTransform(painter->worldTransform()) >= kTextLevelOfDetail;
    if (!m_shown)
        return; // zoomed far out: unreadable, and most of a repaint's cost
    if (m_dirty)
        layOut();
    if (m_textSize.isEmpty())
        return;
    const QRectF r = textBox();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor background(Qt::white);
    background.setAlphaF(0.85);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(r, 3, 3);
    painter->setFont(edgeLabelFont());
    const GraphEdge& edge = m_edge->edge();
    painter->setPen(edge.kind == GraphEdgeKind::Consume ? m_edge->pen().color().darker(130)
                                                        : QColor(Qt::black));
    painter->drawStaticText(QPointF(r.left() + 3, r.top()), m_text);
}

bool GraphEdgeLabelItem::sceneEvent(QEvent* event) {
    return showToolTipOnHelp(event, [this] { return m_edge->toolTipText(); }) ||
           QGraphicsItem::sceneEvent(event);
}

void GraphEdgeLabelItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() == Qt::LeftButton && m_edge->edge().kind == GraphEdgeKind::Consume) {
        m_edge->click();
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void GraphNodeItem::paintOverview(QPainter* painter, const std::vector<GraphNodeItem*>& nodes) {
    std::array<QVarLengthArray<QRectF, 256>, 3> byKind; // Service, Topic, Unknown
    for (const GraphNodeItem* node : nodes)
        if (node)
            byKind[static_cast<std::size_t>(node->m_node.kind)].append(
                node->m_rect.adjusted(1, 1, -1, -1));
    const std::array<QColor, 3> lines{kServiceLine, kTopicLine, kUnknownLine};
    const std::array<QBrush, 3> fills{QBrush(kServiceFill), QBrush(kTopicFill),
                                      QBrush(Qt::NoBrush)};
    for (std::size_t kind = 0; kind < byKind.size(); ++kind) {
        if (byKind[kind].isEmpty())
            continue;
        painter->setPen(lines[kind]);
        painter->setBrush(fills[kind]);
        painter->drawRects(byKind[kind].constData(), static_cast<int>(byKind[kind].size()));
    }
}

void GraphEdgeItem::paintOverview(QPainter* painter, const std::vector<GraphEdgeItem*>& edges) {
    // Pens differ by colour (status), style (idle) and width (rate): widths are rounded to a
    // quarter unit, which the eye cannot tell apart this far out, so a few dozen batches remain.
    struct Batch {
        QRgb color;
        int quarterWidth;
        Qt::PenStyle style;
        QVarLengthArray<QLineF, 64> lines;
    };
    std::vector<Batch> batches;
    for (const GraphEdgeItem* edge : edges) {
        if (!edge)
            continue;
        const QPen& pen = edge->pen();
        const QRgb color = pen.color().rgba();
        const int quarterWidth = static_cast<int>(std::lround(pen.widthF() * 4));
        const Qt::PenStyle style = pen.style();
        auto batch = std::find_if(batches.begin(), batches.end(), [&](const Batch& b) {
            return b.color == color && b.quarterWidth == quarterWidth && b.style == style;
        });
        if (batch == batches.end()) {
            batches.push_back({color, quarterWidth, style, {}});
            batch = batches.end() - 1;
        }
        batch->lines.append(QLineF(edge->m_tail, edge->m_geometry.arrowTip));
    }
    // Cosmetic pens (device pixels): a scene width of a few units is a fraction of a pixel out
    // here, which the raster engine strokes on its slow path; whole pixels take the fast one.
    const double scale = std::max(1e-6, painter->worldTransform().m11());
    for (const Batch& batch : batches) {
        QPen pen(QColor::fromRgba(batch.color),
                 std::max(1.0, std::round(batch.quarterWidth / 4.0 * scale)), batch.style);
        pen.setCosmetic(true);
        pen.setCapStyle(Qt::FlatCap);
        painter->setPen(pen);
        painter->drawLines(batch.lines.constData(), static_cast<int>(batch.lines.size()));
    }
}

GraphOverviewItem::GraphOverviewItem(const std::vector<GraphNodeItem*>* nodes,
                                     const std::vector<GraphEdgeItem*>* edges, const QRectF& bounds)
    : m_nodes(nodes)
    , m_edges(edges)
    , m_bounds(bounds) {
    setZValue(0);
}

void GraphOverviewItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing, false);
    GraphEdgeItem::paintOverview(painter, *m_edges);
    GraphNodeItem::paintOverview(painter, *m_nodes);
}

} // namespace streamscope
