#include "browse/VolumeTimeline.h"

#include "browse/Filter.h"
#include "browse/MessageFormat.h"
#include "browse/MessageStore.h"
#include "charts/PlotStyle.h"
#include "common/DisplayFormat.h"
#include "common/WidgetsTr.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace streamscope {

VolumeTimeline::VolumeTimeline(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_caption(new QLabel(this))
    , m_allTimes(new QPushButton(WidgetsTr::tr("All times"), this)) {
    setObjectName(QStringLiteral("volumeTimeline"));
    m_plot->setObjectName(QStringLiteral("volumePlot"));
    m_caption->setObjectName(QStringLiteral("volumeCaption"));
    // The filtered caption is long in German: wrap rather than widen the page past the screen.
    m_caption->setWordWrap(true);
    m_allTimes->setObjectName(QStringLiteral("volumeAllTimes"));
    m_allTimes->setToolTip(WidgetsTr::tr("Show the messages of every time again"));
    m_allTimes->setEnabled(false);
    applyPlotStyle(m_plot);
    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    QColor fill = palette().color(QPalette::Highlight);
    m_bars->setPen(Qt::NoPen);
    fill.setAlphaF(0.75f);
    m_bars->setBrush(fill);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("HH:mm:ss\nyyyy-MM-dd"));
    ticker->setTickCount(6);
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setLabel(WidgetsTr::tr("msgs"));
    m_spanItem = new QCPItemRect(m_plot);
    QColor spanColor = palette().color(QPalette::Highlight);
    spanColor.setAlphaF(0.18f);
    m_spanItem->setBrush(spanColor);
    m_spanItem->setPen(QPen(palette().color(QPalette::Highlight), 1));
    m_spanItem->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_spanItem->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_spanItem->setVisible(false);
    m_plot->installEventFilter(this);
    m_plot->setMinimumHeight(fontMetrics().height() * 6);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_caption, 1);
    top->addWidget(m_allTimes);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_plot, 1);
    connect(m_allTimes, &QPushButton::clicked, this, [this] {
        clearSpan();
        Q_EMIT spanSelected(-1, -1);
    });
    showHistogram(Histogram{});
}

void VolumeTimeline::setStore(std::shared_ptr<const MessageStore> store,
                              CompiledFilter::RowView rowView) {
    m_store = std::move(store);
    m_rowView = std::move(rowView);
    clearSpan();
    m_runner.cancel();
    m_kept.reset();
    m_keptScanned = 0;
    m_refreshPending = false;
    showHistogram(Histogram{});
    refresh();
}

void VolumeTimeline::setFilter(std::shared_ptr<const CompiledFilter> filter) {
    if (filter && filter->matchesEverything())
        filter.reset();
    if (filter == m_filter)
        return;
    m_filter = std::move(filter);
    m_runner.cancel();
    m_kept.reset();
    m_keptScanned = 0;
    m_refreshPending = false;
    if (m_store)
        submitCount();
}

VolumeTimeline::Histogram VolumeTimeline::count(const MessageStore& store, size_t rows, int bins,
                                                const std::vector<quint32>* kept) {
    Histogram h;
    h.rows = rows;
    h.filtered = kept != nullptr;
    qint64 lo = std::numeric_limits<qint64>::max();
    qint64 hi = std::numeric_limits<qint64>::min();
    for (size_t r = 0; r < rows; ++r) {
        const qint64 ts = store.timestampMs(r);
        if (ts < 0)
            continue;
        lo = std::min(lo, ts);
        hi = std::max(hi, ts);
    }
    if (lo > hi)
        return h;
    h.fromMs = lo;
    h.binMs = std::max<qint64>(1, (hi - lo) / bins + 1);
    h.counts.assign(size_t(bins), 0.0);
    const auto add = [&](size_t r) {
        const qint64 ts = store.timestampMs(r);
        if (ts < 0)
            return;
        h.counts[size_t(std::min<qint64>((ts - lo) / h.binMs, bins - 1))] += 1;
        ++h.counted;
    };
    if (kept) {
        for (quint32 r : *kept)
            if (r < rows)
                add(r);
    } else {
        for (size_t r = 0; r < rows; ++r)
            add(r);
    }
    return h;
}

void VolumeTimeline::refresh() {
    if (!m_store)
        return;
    if (m_runner.isBusy()) {
        // Let the running count finish (a slow filter would never end if each refresh restarted
        // it); count again right after.
        m_refreshPending = true;
        return;
    }
    if (m_store->size() == m_histogram.rows)
        return;
    submitCount();
}

void VolumeTimeline::submitCount() {
    m_refreshPending = false;
    struct Counted {
        Histogram histogram;
        std::shared_ptr<const std::vector<quint32>> kept;
    };
    m_runner.submit(
        [store = m_store, rowView = m_rowView, filter = m_filter, kept = m_kept,
         scanned = m_keptScanned, rows = m_store->size()](const CancelToken& cancel) {
            Counted out;
            if (filter) {
                auto all = kept ? std::make_shared<std::vector<quint32>>(*kept)
                                : std::make_shared<std::vector<quint32>>();
                const std::vector<quint32> more =
                    filter->matchingRows(*store, std::min(scanned, rows), rows, cancel, 0, rowView);
                all->insert(all->end(), more.begin(), more.end());
                out.kept = std::move(all);
            }
            out.histogram = count(*store, rows, kBins, out.kept.get());
            return out;
        },
        [this](Counted counted) {
            if (counted.kept) {
                m_kept = std::move(counted.kept);
                m_keptScanned = counted.histogram.rows;
            }
            showHistogram(std::move(counted.histogram));
            if (m_refreshPending)
                refresh();
        });
}

void VolumeTimeline::showHistogram(Histogram histogram) {
    m_histogram = std::move(histogram);
    QVector<double> keys;
    QVector<double> values;
    double top = 0;
    if (m_histogram.fromMs >= 0) {
        const double width = double(m_histogram.binMs) / 1000.0;
        for (size_t i = 0; i < m_histogram.counts.size(); ++i) {
            keys << (double(m_histogram.fromMs) + double(i) * double(m_histogram.binMs)) / 1000.0 +
                        width / 2;
            values << m_histogram.counts[i];
            top = std::max(top, m_histogram.counts[i]);
        }
        m_bars->setWidth(width);
        m_plot->xAxis->setRange(double(m_histogram.fromMs) / 1000.0,
                                double(m_histogram.fromMs) / 1000.0 +
                                    width * double(m_histogram.counts.size()));
    } else {
        m_plot->xAxis->setRange(0, 1);
    }
    m_bars->setData(keys, values, true);
    m_plot->yAxis->setRange(0, std::max(1.0, top * 1.1));
    const QLocale locale = displayLocale();
    if (!m_store || m_store->size() == 0)
        m_caption->setText(WidgetsTr::tr("Messages over time: nothing loaded yet."));
    else if (m_histogram.fromMs < 0)
        m_caption->setText(WidgetsTr::tr("Messages over time: the loaded messages carry no "
                                         "timestamps."));
    else {
        const QString perBar = m_histogram.binMs >= 1000
                                   ? WidgetsTr::tr("%1 s").arg(locale.toString(
                                         double(m_histogram.binMs) / 1000.0, 'g', 4))
                                   : WidgetsTr::tr("%1 ms").arg(m_histogram.binMs);
        if (m_histogram.filtered)
            m_caption->setText(
                WidgetsTr::tr("Messages over time that match the filter (%1 of %2 loaded), %3 per "
                              "bar. Drag across the bars to narrow the table to a span.")
                    .arg(formatCount(locale, qint64(m_histogram.counted)),
                         formatCount(locale, qint64(m_histogram.rows)), perBar));
        else
            m_caption->setText(WidgetsTr::tr("Messages over time, all loaded, %1 per bar. Drag "
                                             "across the bars to narrow the table to a span.")
                                   .arg(perBar));
    }
    updateSpanItem();
    // No axis from 1970 over nothing: the caption says why the chart is missing.
    m_plot->setVisible(m_histogram.fromMs >= 0);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    Q_EMIT histogramShown();
}

void VolumeTimeline::setSpan(qint64 fromMs, qint64 toMs) {
    m_spanFrom = std::min(fromMs, toMs);
    m_spanTo = std::max(fromMs, toMs);
    m_allTimes->setEnabled(true);
    updateSpanItem();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void VolumeTimeline::clearSpan() {
    m_spanFrom = -1;
    m_spanTo = -1;
    m_allTimes->setEnabled(false);
    updateSpanItem();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void VolumeTimeline::updateSpanItem() {
    const bool visible = m_spanFrom >= 0 || m_dragging;
    m_spanItem->setVisible(visible);
    if (!visible)
        return;
    m_spanItem->topLeft->setCoords(double(m_spanFrom) / 1000.0, 0);
    m_spanItem->bottomRight->setCoords(double(m_spanTo) / 1000.0, 1);
}

bool VolumeTimeline::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_plot || m_histogram.fromMs < 0)
        return QWidget::eventFilter(watched, event);
    const auto toMs = [this](const QMouseEvent* e) {
        return qint64(std::llround(m_plot->xAxis->pixelToCoord(e->position().x()) * 1000.0));
    };
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        const auto* e = static_cast<QMouseEvent*>(event);
        if (e->button() != Qt::LeftButton)
            break;
        m_dragging = true;
        m_dragStart = double(toMs(e));
        m_spanFrom = m_spanTo = qint64(m_dragStart);
        return true;
    }
    case QEvent::MouseMove: {
        if (!m_dragging)
            break;
        const qint64 now = toMs(static_cast<QMouseEvent*>(event));
        m_spanFrom = std::min(qint64(m_dragStart), now);
        m_spanTo = std::max(qint64(m_dragStart), now);
        updateSpanItem();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return true;
    }
    case QEvent::MouseButtonRelease: {
        if (!m_dragging)
            break;
        m_dragging = false;
        if (m_spanTo - m_spanFrom < 1) { // a click: no span
            clearSpan();
            Q_EMIT spanSelected(-1, -1);
        } else {
            setSpan(m_spanFrom, m_spanTo);
            Q_EMIT spanSelected(m_spanFrom, m_spanTo);
        }
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace streamscope
