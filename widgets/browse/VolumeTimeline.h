#pragma once

#include "browse/MatchedRows.h"
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

// Messages over time in the loaded range, as bars above the Browse page's table. With a filter
// the bars count only the messages it keeps (the caption says so); the time axis stays the
// whole loaded range, so the bars show where the matches lie. Dragging across the bars selects
// a span of time and narrows the table to it (spanSelected); "All times" lifts it.
// The timeline never runs the filter: it counts the table model's matches (MatchedRows, shared
// chunks handed over by BrowseMessageModel::matchedRows). Counting runs on a worker
// (LatestOnlyRunner); new matches while a count runs wait for it instead of cancelling it, so
// counts keep landing while a store grows.
class VolumeTimeline : public QWidget {
    Q_OBJECT
public:
    static constexpr int kBins = 120;

    struct Histogram {
        qint64 fromMs = -1; // first bin's start; -1: no timestamps
        qint64 binMs = 1;
        std::vector<double> counts;
        size_t rows = 0;    // store rows looked at
        size_t counted = 0; // messages in the bars (the filter's matches, or every row)
        bool filtered = false;
    };

    explicit VolumeTimeline(QWidget* parent = nullptr);

    void setStore(std::shared_ptr<const MessageStore> store);
    // The rows to count (the table model's filter result): counts again unless these are the
    // ones shown (the page hands them over every second while loading, after each re-filter and
    // at the end).
    void setMatches(MatchedRows matches);
    // The selected span, or (-1, -1).
    qint64 spanFrom() const { return m_spanFrom; }
    qint64 spanTo() const { return m_spanTo; }
    void setSpan(qint64 fromMs, qint64 toMs);
    void clearSpan();
    const Histogram& histogram() const { return m_histogram; }
    QCustomPlot* plot() const { return m_plot; }

    // Bars over every row below `rows`, or (kept filtered) over the kept rows only; the time
    // axis always spans every row below `rows`.
    static Histogram count(const MessageStore& store, size_t rows, int bins,
                           const MatchedRows* kept = nullptr);

Q_SIGNALS:
    void spanSelected(qint64 fromMs, qint64 toMs); // (-1, -1): all times
    void histogramShown();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showHistogram(Histogram histogram);
    // Counts m_pending on the worker.
    void submitCount();
    void updateSpanItem();

    std::shared_ptr<const MessageStore> m_store;
    MatchedRows m_pending; // the newest matches handed over, counted next
    bool m_hasPending = false;
    quint64 m_shownGeneration = 0; // what the bars show: matches of this generation ...
    bool m_shownValid = false;     // ... up to m_histogram.rows
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
