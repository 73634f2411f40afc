#pragma once

#include "charts/QCustomPlotInclude.h"

#include <QLocale>
#include <QObject>

#include <functional>

namespace streamscope {

// Hover read-out for a time chart: a vertical cursor at the sample nearest the mouse, a dot on the
// series nearest the pointer, and a tooltip with the exact time and every series' value there
// (largest first). Cursor and dot live on their own buffered layer, so moving the mouse redraws
// that layer only, never the data.
class TimeSeriesHover : public QObject {
    Q_OBJECT
public:
    // A graph's full series name when its legend name is shortened (QString property).
    static constexpr const char* kFullNameProperty = "fullName";

    explicit TimeSeriesHover(QCustomPlot* plot);

    // How a value reads (default: formatRateWithUnit, "1.23k msgs/s").
    void setValueFormat(std::function<QString(const QLocale&, double)> format) {
        m_format = std::move(format);
    }

    // Hides the cursor (e.g. when the data changes under it).
    void hide();
    bool isShown() const;
    // The text the tooltip shows now (tests read it).
    QString text() const { return m_text; }
    // Shows the read-out for a point in widget coordinates; false when nothing is there.
    bool showAt(const QPointF& position, const QPoint& globalPosition);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QCustomPlot* m_plot;
    QCPLayer* m_layer = nullptr;
    QCPItemStraightLine* m_cursor = nullptr;
    QCPItemTracer* m_tracer = nullptr;
    QLocale m_locale;
    QString m_text;
    std::function<QString(const QLocale&, double)> m_format;
};

} // namespace streamscope
