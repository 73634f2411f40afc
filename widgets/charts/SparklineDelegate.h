#pragma once

#include <QPolygonF>
#include <QStyledItemDelegate>

namespace streamscope {

// Paints a rate history (ThroughputTopicModel::SparklineRole, QList<float>, oldest first) as a
// small line with a faint fill, scaled to the series' own range (at least a quarter of its peak
// high, so steady traffic stays calm), with gaps where a value is unknown (NaN). Charted topics
// draw in their chart colour (SeriesColorRole). Cheap by design: the points reuse one buffer and
// nothing else is allocated per paint.
class SparklineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    // fullWidthPoints: the sparkline length that spans the whole cell; shorter (younger) series
    // are drawn right-aligned, as time runs on a chart.
    SparklineDelegate(int sparklineRole, int colorRole, int fullWidthPoints,
                      QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void flush(QPainter* painter, const QColor& color, qreal baseline) const;

    int m_sparklineRole;
    int m_colorRole;
    int m_fullWidthPoints;
    mutable QPolygonF m_run; // the current unbroken run of points (reused between paints)
};

} // namespace streamscope
