#pragma once

#include "browse/Filter.h"
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

class CompiledFilter;
class MessageStore;

// Messages over time in the loaded range, as bars above the Browse page's table. With a filter
// the bars count only the messages it keeps (the caption says so); the time axis stays the
// whole loaded range, so the bars show where the matches lie. Dragging across the bars selects
// a span of time and narrows the table to it (spanSelected); "All times" lifts it.
// Counting runs on a worker (LatestOnlyRunner): the filter runs only over rows it has not seen
// (the kept rows so far are carried from one count to the next), and a refresh while a count
// runs waits for it instead of cancelling it, so a slow filter over a growing store still ends.
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

    // rowView: what the filter reads for a row (Schema Registry payloads decoded); empty: the
    // store's own view.
    void setStore(std::shared_ptr<const MessageStore> store, CompiledFilter::RowView rowView = {});
    // Count only what this filter keeps (null or match-all: every message); counts again.
    void setFilter(std::shared_ptr<const CompiledFilter> filter);
    // Counts again (the page calls it every second while loading and once at the end).
    void refresh();
    // The selected span, or (-1, -1).
    qint64 spanFrom() const { return m_spanFrom; }
    qint64 spanTo() const { return m_spanTo; }
    void setSpan(qint64 fromMs, qint64 toMs);
    void clearSpan();
    const Histogram& histogram() const { return m_histogram; }
    QCustomPlot* plot() const { return m_plot; }

    // Bars over every row below `rows`, or (kept non-null) over the kept rows only; the time
    // axis always spans every row below `rows`.
    static Histogram count(const MessageStore& store, size_t rows, int bins,
                           const std::vector<quint32>* kept = nullptr);

Q_SIGNALS:
    void spanSelected(qint64 fromMs, qint64 toMs); // (-1, -1): all times
    void histogramShown();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showHistogram(Histogram histogram);
    // Starts a count of the rows not yet looked at (replacing a running one).
    void submitCount();
    void updateSpanItem();

    std::shared_ptr<const MessageStore> m_store;
    CompiledFilter::RowView m_rowView;
    std::shared_ptr<const CompiledFilter> m_filter;
    // The filter's matches among the store rows below m_keptScanned (shared with the worker).
    std::shared_ptr<const std::vector<quint32>> m_kept;
    size_t m_keptScanned = 0;
    bool m_refreshPending = false;
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
