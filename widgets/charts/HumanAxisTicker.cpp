#include "charts/HumanAxisTicker.h"

#include "common/DisplayFormat.h"
#include "common/RateFormat.h"

#include <cmath>

namespace streamscope {

HumanAxisTicker::HumanAxisTicker()
    : m_locale(displayLocale()) {}

QString HumanAxisTicker::getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                                      int precision) {
    Q_UNUSED(locale);
    Q_UNUSED(formatChar);
    Q_UNUSED(precision);
    // Ticks are computed as multiples of a step, so 0 may come out as 1e-17.
    if (std::abs(tick) < 1e-9)
        tick = 0;
    return formatCompactNumber(m_locale, tick, true);
}

} // namespace streamscope
