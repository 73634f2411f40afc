#pragma once

#include "charts/QCustomPlotInclude.h"

namespace streamscope {

// The look every chart shares, taken from the widget's palette and font so dark themes work:
// base-coloured background, quiet axes without top/right frame, light horizontal grid, labels in
// the window text colour, and render hints that keep big plots fast (no antialiasing while the
// user drags, cached labels).
void applyPlotStyle(QCustomPlot* plot);

// Styles one axis (the primary x or y axis, or a secondary y axis that is shown).
void applyAxisStyle(QCPAxis* axis, const QPalette& palette, bool showGrid);

} // namespace streamscope
