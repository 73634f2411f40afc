#pragma once

#include "charts/QCustomPlotInclude.h"
#include "checks/CheckReport.h"

#include <QLocale>
#include <QWidget>

class QComboBox;

namespace streamscope {

// Flow latency as a histogram per step (cause event type -> follow-up type): the step is
// chosen in a box above the plot; p50, p95 and p99 are marked as labelled vertical lines.
// Without steps the plot says why it is empty.
class LatencyHistogramChart : public QWidget {
    Q_OBJECT
public:
    explicit LatencyHistogramChart(QWidget* parent = nullptr);

    // nullptr (or a report without latency steps) shows the placeholder.
    void setReport(const CheckReport* report);
    void setStep(int index);

    QComboBox* stepBox() const { return m_step; }
    QCustomPlot* plot() const { return m_plot; }
    // Bars drawn for the shown step (tests).
    int barCount() const;
    // The marked percentiles' x positions in ms (p50, p95, p99), empty without a step.
    QList<double> markedPercentilesMs() const;

private:
    void showStep(int index);

    QComboBox* m_step;
    QCustomPlot* m_plot;
    QCPBars* m_bars = nullptr;
    QCPItemText* m_placeholder = nullptr;
    QList<QCPItemStraightLine*> m_lines;
    QList<QCPItemText*> m_labels;
    std::vector<LatencyStep> m_steps;
    QLocale m_locale;
};

} // namespace streamscope
