#include "charts/SparklineDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace streamscope {

SparklineDelegate::SparklineDelegate(int sparklineRole, int colorRole, int fullWidthPoints,
                                     QObject* parent)
    : QStyledItemDelegate(parent)
    , m_sparklineRole(sparklineRole)
    , m_colorRole(colorRole)
    , m_fullWidthPoints(std::max(2, fullWidthPoints)) {}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const {
    Q_UNUSED(index);
    return {option.fontMetrics.averageCharWidth() * 14, option.fontMetrics.height() + 4};
}

void SparklineDelegate::flush(QPainter* painter, const QColor& color, qreal baseline) const {
    if (m_run.isEmpty())
        return;
    if (m_run.size() == 1) { // a lone value between gaps: a dot, or it would be invisible
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRect(QRectF(m_run.first() - QPointF(1, 1), QSizeF(2, 2)));
    } else {
        // Faint area under the line, then the line.
        QColor fill = color;
        fill.setAlphaF(0.18f);
        const QPointF first = m_run.first();
        const QPointF last = m_run.last();
        m_run.append(QPointF(last.x(), baseline));
        m_run.append(QPointF(first.x(), baseline));
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawPolygon(m_run);
        m_run.resize(m_run.size() - 2);
        painter->setBrush(Qt::NoBrush);
        // A 1 px pen keeps the raster engine on its fast line path; wider pens with round joins
        // go through the stroker (arcs per point) and made the table's repaint several times
        // slower.
        painter->setPen(QPen(color, 1.0));
        painter->drawPolyline(m_run);
    }
    m_run.clear(); // keeps the capacity
}

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
    // Background, selection and focus as every other cell, without text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariant value = index.data(m_sparklineRole);
    if (!value.canConvert<QList<float>>())
        return;
    const QList<float> points = value.value<QList<float>>();
    if (points.isEmpty())
        return;

    float low = std::numeric_limits<float>::infinity();
    float high = -low;
    for (float v : points) {
        if (std::isnan(v))
            continue;
        low = std::min(low, v);
        high = std::max(high, v);
    }
    if (high < low) // nothing but gaps
        return;
    // Scale to the series' own range, but never narrower than a quarter of its peak: steady
    // traffic draws as a calm line in the middle instead of magnified noise, idle as a floor.
    const float span = std::max(high - low, 0.25f * std::abs(high));
    const float bottom = span > 0 ? (low + high) / 2 - span / 2 : low;
    const QRectF area = QRectF(option.rect).adjusted(4, 4, -4, -4);
    if (area.width() < 4 || area.height() < 4)
        return;
    const bool selected = option.state & QStyle::State_Selected;
    QColor color = index.data(m_colorRole).value<QColor>();
    if (!color.isValid())
        color = option.palette.color(QPalette::Highlight);
    if (selected)
        color = option.palette.color(QPalette::HighlightedText);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setClipRect(option.rect);
    // Full width always means the full sparkline length, so a young topic's line starts at the
    // right and grows leftwards, as the chart does.
    const qreal capacity = std::max<qsizetype>(points.size(), m_fullWidthPoints) - 1;
    const qreal step = area.width() / std::max<qreal>(capacity, 1);
    const qreal baseline = area.bottom();
    const qreal scale = span > 0 ? area.height() / span : 0;
    const qreal x0 = area.right() - step * static_cast<qreal>(points.size() - 1);
    m_run.reserve(points.size() + 2);
    m_run.clear();
    for (qsizetype i = 0; i < points.size(); ++i) {
        const float v = points[i];
        if (std::isnan(v)) {
            flush(painter, color, baseline);
            continue;
        }
        m_run.append(QPointF(x0 + step * static_cast<qreal>(i), baseline - (v - bottom) * scale));
    }
    flush(painter, color, baseline);
    painter->restore();
}

} // namespace streamscope
