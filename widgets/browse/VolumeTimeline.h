#pragma once

#include "common/LatestOnlyRunner.h"

#include <QWidget>

#include <memory>
#include <vector>

class QCPBars;
class QCPItemRect;
class QCustomPlot;
class QLabel;
class QPushButton;

namespace streamscope {

class MessageStore;

// Messages over time in the loaded range, as bars above the Browse page's table. Dragging
// across the bars selects a span of time and narrows the table to it (spanSelected); "All
// times" lifts it. Counting runs on a worker (LatestOnlyRunner) over the store's timestamps.
class VolumeTimeline : public QWidget {
    Q_OBJECT
public:
    static constexpr int kBins = 120;

    struct Histogram {
        qint64 fromMs = -1; // first bin's start; -1: no timestamps
        qint64 binMs = 1;
        std::vector<double> counts;
        size_t rows = 0; // store rows counted
    };

    explicit VolumeTimeline(QWidget* parent = nullptr);

    void setStore(std::shared_ptr<const MessageStore> store);
    // Counts again (the page calls it every second while loading and once at the end).
    void refresh();
    // The selected span, or (-1, -1).
    qint64 spanFrom() const { return m_spanFrom; }
    qint64 spanTo() const { return m_spanTo; }
    void setSpan(qint64 fromMs, qint64 toMs);
    void clearSpan();
    const Histogram& histogram() const { return m_histogram; }
    QCustomPlot* plot() const { return m_plot; }

    static Histogram count(const MessageStore& store, size_t rows, int bins);

Q_SIGNALS:
    void spanSelected(qint64 fromMs, qint64 toMs); // (-1, -1): all times
    void histogramShown();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showHistogram(Histogram histogram);
    void updateSpanItem();

    std::shared_ptr<const MessageStore> m_store;
    LatestOnlyRunner m_runner{this};
    Histogram m_histogram;
    QCustomPlot* m_plot = nullptr;
    QCPBars* m_bars = nullptr;
    QCPItemRect* m_spanItem = nullptr;
    QLabel* m_caption = nullptr;
    QPushButton* m_allTimes = nullptr;
    qint64 m_spanFrom = -1;
    qint64 m_spanTo = -1;
    double m_dragStart = 0;
    bool m_dragging = false;
};

} // namespace streamscope
