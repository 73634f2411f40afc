#include "graph/GraphItems.h"

#include "common/DisplayFormat.h"
#include "common/RateFormat.h"
#include "common/WidgetsTr.h"
#include "graph/GraphFormats.h"
#include "graph/GraphScene.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QToolTip>
#include <QtMath>

#include <cmath>
#include <functional>

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
    setZValue(1);
    setCursor(
        QCursor(edge.kind == GraphEdgeKind::Consume ? Qt::PointingHandCursor : Qt::ArrowCursor));
    setEdge(edge);
    updateBounds();
}

namespace {
// The figures an edge's label shows (NaN rates compare equal to each other here).
bool sameLabelFigures(const GraphEdge& a, const GraphEdge& b) {
    const bool sameRate =
        (std::isnan(a.msgsPerSec) && std::isnan(b.msgsPerSec)) || a.msgsPerSec == b.msgsPerSec;
    return sameRate && a.lag == b.lag && a.idle == b.idle && a.inactive == b.inactive;
}
} // namespace

void GraphEdgeItem::setEdge(const GraphEdge& edge) {
    const bool labelChanged = !sameLabelFigures(edge, m_edge);
    const bool consume = edge.kind == GraphEdgeKind::Consume;
    const QColor color = consume ? QColor(lagStatusColorName(edge.status)) : kProduceLine;
    QPen pen(color, edgeWidthForRate(edge.idle ? 0.0 : edge.msgsPerSec));
    pen.setCapStyle(Qt::FlatCap);
    if (edge.idle || edge.inactive)
        pen.setStyle(Qt::DotLine);
    m_edge = edge;
    if (labelChanged)
        m_labelDirty = true; // laid out again when it is next painted readable
    if (pen != this->pen()) {
        const bool wider = pen.widthF() != this->pen().widthF();
        setPen(pen); // QGraphicsPathItem announces the geometry change of a new width itself
        if (wider)
            updateBounds();
        update();
    } else if (labelChanged && m_textShown) {
        update(); // only the label changed, and it is on screen readable
    }
    // Otherwise nothing visible changed (zoomed far out, labels are not drawn): no repaint.
}

void GraphEdgeItem::updateBounds() {
    // From the path's control points, not QGraphicsPathItem::boundingRect(): that strokes the
    // whole spline (shape()) after every change of width, 1,000 strokes per figure update.
    const double half = (pen().widthF() + kHoverExtraWidth) / 2 + 1;
    const QRectF label(m_geometry.labelAt - QPointF(70, 12), QSizeF(140, 24));
    m_bounds = m_pathBounds.adjusted(-half, -half, half, half).united(m_arrowBounds).united(label);
}

void GraphEdgeItem::layOutLabel() {
    m_labelDirty = false;
    const QString text = labelText();
    m_label = QStaticText(text);
    m_label.setTextFormat(Qt::PlainText);
    m_label.setPerformanceHint(QStaticText::AggressiveCaching);
    m_label.prepare(QTransform(), edgeLabelFont());
    m_labelSize = text.isEmpty() ? QSizeF() : m_label.size();
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

void GraphEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const bool detailed =
        option->levelOfDetailFromTransform(painter->worldTransform()) >= kTextLevelOfDetail;
    painter->setRenderHint(QPainter::Antialiasing, detailed);
    QPen p = pen();
    if (m_hovered)
        p.setWidthF(p.widthF() + kHoverExtraWidth);
    painter->setPen(p);
    painter->setBrush(Qt::NoBrush);
    m_textShown = detailed;
    if (!detailed) {
        // Far out, a straight line from tail to head reads the same and strokes much cheaper.
        painter->drawLine(m_tail, m_geometry.arrowTip);
        return;
    }
    painter->drawPath(path());
    painter->setPen(Qt::NoPen);
    painter->setBrush(p.color());
    painter->drawPolygon(m_arrow);
    if (m_labelDirty)
        layOutLabel();
    if (m_labelSize.isEmpty())
        return;
    const double width = m_labelSize.width() + 6;
    const double height = m_labelSize.height();
    const QRectF box(m_geometry.labelAt.x() - width / 2, m_geometry.labelAt.y() - height / 2, width,
                     height);
    QColor background(Qt::white);
    background.setAlphaF(0.85);
    painter->setBrush(background);
    painter->drawRoundedRect(box, 3, 3);
    painter->setFont(edgeLabelFont());
    painter->setPen(m_edge.kind == GraphEdgeKind::Consume ? p.color().darker(130)
                                                          : QColor(Qt::black));
    painter->drawStaticText(QPointF(box.left() + 3, box.top()), m_label);
}

void GraphEdgeItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() == Qt::LeftButton && m_edge.kind == GraphEdgeKind::Consume) {
        m_scene->edgeClicked(m_edge.key());
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

} // namespace streamscope
