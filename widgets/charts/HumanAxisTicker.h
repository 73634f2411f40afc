#pragma once

#include "charts/QCustomPlotInclude.h"

namespace streamscope {

// Value axis ticks in human units: 0, 500, 1k, 1.5k, 2M. Tick steps stay QCustomPlot's "nice"
// ones (1, 2, 2.5, 5 x 10^n); only the labels change.
class HumanAxisTicker : public QCPAxisTicker {
public:
    HumanAxisTicker();

protected:
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                         int precision) override;

private:
    QLocale m_locale;
};

} // namespace streamscope
