#include "charts/PlotStyle.h"

namespace streamscope {

void applyAxisStyle(QCPAxis* axis, const QPalette& palette, bool showGrid) {
    const QColor text = palette.color(QPalette::WindowText);
    QColor quiet = text;
    quiet.setAlphaF(0.55f);
    QColor grid = text;
    grid.setAlphaF(0.10f);
    axis->setBasePen(QPen(quiet, 1));
    axis->setTickPen(QPen(quiet, 1));
    axis->setSubTickPen(Qt::NoPen);
    axis->setTickLengthIn(0);
    axis->setTickLengthOut(4);
    axis->setTickLabelColor(quiet.darker(110));
    axis->setLabelColor(quiet.darker(110));
    axis->setTickLabelPadding(4);
    axis->setLabelPadding(4);
    axis->grid()->setPen(showGrid ? QPen(grid, 1) : QPen(Qt::NoPen));
    axis->grid()->setZeroLinePen(Qt::NoPen);
    axis->grid()->setSubGridVisible(false);
}

void applyPlotStyle(QCustomPlot* plot) {
    const QPalette palette = plot->palette();
    plot->setBackground(palette.color(QPalette::Base));
    plot->axisRect()->setBackground(Qt::NoBrush);
    plot->setFont(plot->font());
    QFont small = plot->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (QCPAxis* axis : plot->axisRect()->axes()) {
        axis->setTickLabelFont(small);
        axis->setLabelFont(small);
    }
    applyAxisStyle(plot->xAxis, palette, false);
    applyAxisStyle(plot->yAxis, palette, true);
    plot->xAxis2->setVisible(false);
    plot->yAxis2->setVisible(false);
    // Only the bottom and left axes draw a line; the frame stays open.
    plot->yAxis->setBasePen(Qt::NoPen);
    plot->yAxis->setTickPen(Qt::NoPen);
    plot->legend->setFont(small);
    plot->legend->setTextColor(palette.color(QPalette::WindowText));
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setBrush(Qt::NoBrush);
    plot->setNoAntialiasingOnDrag(true);
    plot->setPlottingHint(QCP::phCacheLabels, true);
    plot->setAntialiasedElements(QCP::aePlottables);
    plot->setNotAntialiasedElements(QCP::AntialiasedElements(QCP::aeAxes) | QCP::aeGrid |
                                    QCP::aeSubGrid | QCP::aeLegend);
}

} // namespace streamscope
