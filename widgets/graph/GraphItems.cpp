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
    setNode(node);
}

void GraphNodeItem::setNode(const GraphNode& node) {
    m_node = node;
    const QString label = labelText();
    if (label == m_label)
        return;
    m_label = label;
    m_font = fittingFont(label.split(u'\n'), m_rect.adjusted(1, 1, -1, -1));
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
    case GraphNodeKind::Topic: {
        // A cylinder: the log on its side would not read as well as a disk stack.
        const double cap = std::min(8.0, r.height() / 4);
        QPainterPath body;
        body.moveTo(r.left(), r.top() + cap / 2);
        body.lineTo(r.left(), r.bottom() - cap / 2);
        body.arcTo(QRectF(r.left(), r.bottom() - cap, r.width(), cap), 180, 180);
        body.lineTo(r.right(), r.top() + cap / 2);
        body.arcTo(QRectF(r.left(), r.top(), r.width(), cap), 0, 180);
        painter->setPen(QPen(kTopicLine, 1.5));
        painter->setBrush(kTopicFill);
        painter->drawPath(body);
        painter->drawEllipse(QRectF(r.left(), r.top(), r.width(), cap));
        break;
    }
    case GraphNodeKind::Unknown:
        painter->setPen(QPen(kUnknownLine, 1.2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r);
        break;
    }
    if (!detailed)
        return;
    painter->setFont(m_font);
    painter->setPen(m_node.kind == GraphNodeKind::Unknown ? kUnknownLine : QColor(Qt::black));
    painter->drawText(r, Qt::AlignCenter, m_label);
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
    setAcceptHoverEvents(true);
    setZValue(1);
    setEdge(edge);
}

void GraphEdgeItem::setEdge(const GraphEdge& edge) {
    const bool consume = edge.kind == GraphEdgeKind::Consume;
    const QColor color = consume ? QColor(lagStatusColorName(edge.status)) : kProduceLine;
    QPen pen(color, edgeWidthForRate(edge.idle ? 0.0 : edge.msgsPerSec));
    pen.setCapStyle(Qt::FlatCap);
    if (edge.idle || edge.inactive)
        pen.setStyle(Qt::DotLine);
    m_edge = edge;
    const QString label = labelText();
    if (pen == this->pen() && label == m_label)
        return; // nothing visible changed: no repaint
    m_label = label;
    setPen(pen); // QGraphicsPathItem announces the geometry change of a new width itself
    setCursor(QCursor(consume ? Qt::PointingHandCursor : Qt::ArrowCursor));
    update();
}

bool GraphEdgeItem::sceneEvent(QEvent* event) {
    return showToolTipOnHelp(event, [this] { return toolTipText(); }) ||
           QGraphicsPathItem::sceneEvent(event);
}

QString GraphEdgeItem::toolTipText() const {
    const GraphEdge& edge = m_edge;
    QStringList tip;
    tip << m_label;
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
    QRectF r = QGraphicsPathItem::boundingRect() | m_arrow.boundingRect();
    return r.united(QRectF(m_geometry.labelAt - QPointF(70, 12), QSizeF(140, 24)));
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
        p.setWidthF(p.widthF() + 1.5);
    painter->setPen(p);
    painter->setBrush(Qt::NoBrush);
    if (!detailed) {
        // Far out, a straight line from tail to head reads the same and strokes much cheaper.
        painter->drawLine(path().elementAt(0), m_geometry.arrowTip);
        return;
    }
    painter->drawPath(path());
    painter->setPen(Qt::NoPen);
    painter->setBrush(p.color());
    painter->drawPolygon(m_arrow);
    const QString& label = m_label;
    if (label.isEmpty() || !detailed)
        return;
    QFont font;
    font.setPointSizeF(7.5);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const double width = metrics.horizontalAdvance(label) + 6;
    const QRectF box(m_geometry.labelAt.x() - width / 2,
                     m_geometry.labelAt.y() - metrics.height() / 2, width, metrics.height());
    QColor background(Qt::white);
    background.setAlphaF(0.85);
    painter->setBrush(background);
    painter->drawRoundedRect(box, 3, 3);
    painter->setPen(m_edge.kind == GraphEdgeKind::Consume ? p.color().darker(130)
                                                          : QColor(Qt::black));
    painter->drawText(box, Qt::AlignCenter, label);
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
