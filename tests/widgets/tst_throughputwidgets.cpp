// The throughput charts and table offscreen, on synthetic history (no broker): replot cost with 50
// series x one hour, coalesced and visibility-gated replots (dirty levels), pause and resume, gaps
// for unknown values, human axis labels, the hover read-out, the partition bars (hot and
// unreadable partitions), and the cost of repainting the live table every tick.

#include "charts/ChartToolBar.h"
#include "charts/PartitionBarChart.h"
#include "charts/RateChart.h"
#include "charts/SeriesColors.h"
#include "charts/SparklineDelegate.h"
#include "charts/TimeSeriesHover.h"
#include "common/PlainTextDelegate.h"
#include "throughput/ThroughputHistory.h"
#include "throughput/ThroughputTopicModel.h"
#include "throughput/ThroughputTopicsPanel.h"

#include "SyntheticRates.h"

#include <QElapsedTimer>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

#include <cmath>

using namespace streamscope;

namespace {

constexpr qint64 kTickMs = 2000;

QString topicName(int i) {
    return QStringLiteral("topic-%1").arg(i, 2, 10, QLatin1Char('0'));
}

// One tick of `topics` topics (one partition each) with wavy rates; NaN for topic 0 every 50th
// tick (a gap). Topic and cluster sums come from the shared synthetic tick.
ThroughputSnapshot makeTick(quint64 sequence, qint64 timeMs, int topics) {
    test::Rates rates;
    for (int t = 0; t < topics; ++t) {
        const double rate =
            100.0 * (t + 1) * (1.0 + 0.3 * std::sin(static_cast<double>(sequence) / 20.0 + t));
        rates[topicName(t)] = {(t == 0 && sequence % 50 == 0) ? kNoRate : rate};
    }
    ThroughputSnapshot s = test::syntheticTick(timeMs, kTickMs, rates);
    s.sequence = sequence;
    s.sampledAt = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
    return s;
}

// `ticks` ticks ending now.
void fillHistory(ThroughputHistory& history, int topics, int ticks) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < ticks; ++i)
        history.append(
            makeTick(static_cast<quint64>(i + 1), now - (ticks - 1 - i) * kTickMs, topics));
}

QList<RateSeriesSpec> topicSeries(int count) {
    QList<RateSeriesSpec> series;
    for (int i = 0; i < count; ++i)
        series.append({RateSeriesSpec::Kind::Topic, topicName(i), -1, topicName(i),
                       SeriesColors::paletteColor(i)});
    return series;
}

int pointsIn(const RateChart& chart) {
    int points = 0;
    for (int i = 0; i < chart.plot()->graphCount(); ++i)
        points += chart.plot()->graph(i)->data()->size();
    return points;
}

} // namespace

class TstThroughputWidgets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fiftySeriesForAnHourStaySmooth();
    void replotsAreCoalescedAndOnlyWhenVisible();
    void pauseFreezesAndResumeFollows();
    void unknownValuesAreGaps();
    void axisUsesHumanUnits();
    void hoverReadsExactValues();
    void partitionBarsMarkHotAndUnreadable();
    void seriesColorsAreStable();
    void liveTableRepaintsCheaply();
};

void TstThroughputWidgets::fiftySeriesForAnHourStaySmooth() {
    ThroughputHistory history(HistoryConfig::forTickInterval(int(kTickMs)));
    fillHistory(history, 50, 1800);
    RateChart chart;
    chart.resize(1000, 600);
    chart.setHistory(&history);
    chart.setTimeWindow(TimeWindow::OneHour);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setSeries(topicSeries(50));

    QElapsedTimer timer;
    timer.start();
    chart.refreshNow(); // copy 50 x 1800 points from the history, then draw
    const qint64 fetchAndReplotMs = timer.elapsed();
    QCOMPARE(chart.plot()->graphCount(), 50);
    QVERIFY2(pointsIn(chart) >= 50 * 1790, qPrintable(QString::number(pointsIn(chart))));

    // Redraw alone, as QCustomPlot does it for every step of a drag.
    constexpr int kRounds = 10;
    timer.restart();
    for (int i = 0; i < kRounds; ++i)
        chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
    const double replotMs = double(timer.elapsed()) / kRounds;

    // A pan: move the time axis as a drag does, then redraw (no data copied).
    const int copiedBefore = pointsIn(chart);
    timer.restart();
    for (int i = 0; i < kRounds; ++i) {
        chart.plot()->xAxis->moveRange(-30);
        chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
    }
    const double panStepMs = double(timer.elapsed()) / kRounds;
    QVERIFY(chart.isPaused()); // looking at the past stops following
    QCOMPARE(pointsIn(chart), copiedBefore);

    // A new tick while live: append one point per series, trim, redraw.
    chart.setPaused(false);
    chart.refreshNow();
    history.append(makeTick(1801, QDateTime::currentMSecsSinceEpoch() + kTickMs, 50));
    chart.notifyNewData();
    timer.restart();
    chart.refreshNow();
    const qint64 appendMs = timer.elapsed();

    qInfo("50 series x 1800 points: fetch+replot %lld ms, replot %.1f ms, pan step %.1f ms, "
          "tick append+replot %lld ms",
          fetchAndReplotMs, replotMs, panStepMs, appendMs);
    // About 11 ms on an idle machine (2 cores), 85-95 ms at a load average of 27. The speed goal
    // is measured in bench/ (bench/eventloop.sh); this bound only catches the kind of regression
    // that matters here (wide antialiased pens took 570 ms) without failing on a busy machine.
    QVERIFY2(panStepMs < 250, qPrintable(QString::number(panStepMs)));
    QVERIFY2(replotMs < 250, qPrintable(QString::number(replotMs)));
}

void TstThroughputWidgets::replotsAreCoalescedAndOnlyWhenVisible() {
    ThroughputHistory history;
    fillHistory(history, 3, 30);
    RateChart chart;
    chart.resize(600, 400);
    chart.setHistory(&history);
    chart.setSeries(topicSeries(3));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_VERIFY(!chart.hasPendingWork());
    QTest::qWait(RateChart::kRefreshMs + 50);

    // Ten ticks in quick succession: one replot.
    int before = chart.replotCount();
    for (int i = 0; i < 10; ++i)
        chart.notifyNewData();
    QTest::qWait(RateChart::kRefreshMs * 2 + 100);
    QCOMPARE(chart.replotCount() - before, 1);

    // Hidden: no work at all, however many ticks.
    chart.hide();
    before = chart.replotCount();
    for (int i = 0; i < 5; ++i) {
        chart.notifyNewData();
        QTest::qWait(RateChart::kRefreshMs);
    }
    QCOMPARE(chart.replotCount(), before);
    QVERIFY(chart.hasPendingWork());
    // Shown again: it catches up once.
    chart.show();
    QTRY_VERIFY(!chart.hasPendingWork());
    QVERIFY(chart.replotCount() > before);

    // An inactive page's chart is like a hidden one.
    QTest::qWait(RateChart::kRefreshMs + 50);
    chart.setActive(false);
    before = chart.replotCount();
    chart.notifyNewData();
    QTest::qWait(RateChart::kRefreshMs * 2);
    QCOMPARE(chart.replotCount(), before);
    chart.setActive(true);
    QTRY_VERIFY(chart.replotCount() > before);
}

void TstThroughputWidgets::pauseFreezesAndResumeFollows() {
    ThroughputHistory history;
    fillHistory(history, 2, 30);
    RateChart chart;
    chart.resize(600, 400);
    chart.setHistory(&history);
    chart.setTimeWindow(TimeWindow::OneMinute);
    chart.setSeries(topicSeries(2));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.refreshNow();
    const int points = pointsIn(chart);
    QVERIFY(points > 0);

    chart.toolBar()->pauseButton()->click();
    QVERIFY(chart.isPaused());
    const QCPRange frozen = chart.plot()->xAxis->range();
    history.append(makeTick(31, history.newestTickMs() + kTickMs, 2));
    chart.notifyNewData();
    QVERIFY(!chart.hasPendingWork()); // a paused chart takes no data
    QCOMPARE(pointsIn(chart), points);
    QVERIFY(chart.plot()->xAxis->range() == frozen);

    chart.toolBar()->pauseButton()->click();
    QVERIFY(!chart.isPaused());
    chart.refreshNow();
    QVERIFY(chart.plot()->xAxis->range().upper > frozen.upper);
    QCOMPARE(chart.plot()->graph(0)->data()->at(chart.plot()->graph(0)->data()->size() - 1)->key,
             double(history.newestTickMs()) / 1000.0);

    // The window buttons pick the span.
    chart.toolBar()->windowButton(TimeWindow::FifteenMinutes)->click();
    QCOMPARE(chart.timeWindow(), TimeWindow::FifteenMinutes);
    chart.refreshNow();
    QVERIFY(std::abs(chart.plot()->xAxis->range().size() - 15 * 60) < 60);
}

void TstThroughputWidgets::unknownValuesAreGaps() {
    ThroughputHistory history;
    fillHistory(history, 1, 120); // topic-00 has no value on ticks 50 and 100
    RateChart chart;
    chart.resize(600, 400);
    chart.setHistory(&history);
    chart.setTimeWindow(TimeWindow::FiveMinutes);
    chart.setSeries(topicSeries(1));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.refreshNow();
    int gaps = 0;
    const auto data = chart.plot()->graph(0)->data();
    for (auto it = data->constBegin(); it != data->constEnd(); ++it)
        gaps += std::isnan(it->value) ? 1 : 0;
    QCOMPARE(gaps, 2); // drawn as breaks in the line, never as 0
}

void TstThroughputWidgets::axisUsesHumanUnits() {
    ThroughputHistory history;
    fillHistory(history, 50, 30); // up to ~6,500 msgs/s
    RateChart chart;
    chart.resize(600, 400);
    chart.setHistory(&history);
    chart.setSeries(topicSeries(50));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.refreshNow();
    const QVector<QString> labels = chart.plot()->yAxis->tickVectorLabels();
    QVERIFY(!labels.isEmpty());
    bool sawThousands = false;
    for (const QString& label : labels)
        sawThousands |= label.endsWith(QLatin1Char('k'));
    QVERIFY2(sawThousands, qPrintable(QStringList(labels.begin(), labels.end()).join(u' ')));
    QCOMPARE(chart.plot()->yAxis->label(), QStringLiteral("msgs/s"));
    // Too short to show a long label whole: no label rather than a cut one.
    const QString longLabel = QStringLiteral("messages behind the end of the topic");
    chart.setValueFormat(
        longLabel, [](const QLocale& locale, double v) { return locale.toString(v, 'f', 0); });
    chart.resize(600, 130);
    QTRY_VERIFY(chart.plot()->yAxis->label().isEmpty());
    chart.resize(600, 500);
    QTRY_COMPARE(chart.plot()->yAxis->label(), longLabel);
}

void TstThroughputWidgets::hoverReadsExactValues() {
    ThroughputHistory history;
    fillHistory(history, 2, 30);
    RateChart chart;
    chart.resize(700, 400);
    chart.setHistory(&history);
    chart.setTimeWindow(TimeWindow::OneMinute);
    chart.setSeries(topicSeries(2));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.refreshNow();
    QCustomPlot* plot = chart.plot();
    const auto data = plot->graph(1)->data();
    const QCPGraphData& last = *data->at(data->size() - 2);
    const QPointF position(plot->xAxis->coordToPixel(last.key),
                           plot->yAxis->coordToPixel(last.value));
    QVERIFY(chart.hover()->showAt(position, plot->mapToGlobal(position.toPoint())));
    const QString text = chart.hover()->text();
    QVERIFY2(text.contains(topicName(0)) && text.contains(topicName(1)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("msgs/s")), qPrintable(text));
    QVERIFY(chart.hover()->isShown());
    chart.hover()->hide();
    QVERIFY(!chart.hover()->isShown());
    // Outside the plot area there is nothing to read.
    QVERIFY(!chart.hover()->showAt(QPointF(1, 1), QPoint(1, 1)));
}

void TstThroughputWidgets::partitionBarsMarkHotAndUnreadable() {
    PartitionBarChart bars;
    bars.resize(600, 300);
    bars.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bars));
    TopicRate topic;
    topic.topic = QStringLiteral("orders");
    topic.partitionCount = 4;
    topic.readablePartitions = 3;
    topic.hotPartition = true;
    topic.hottestPartition = 1;
    const double rates[] = {5, 80, 10, kNoRate};
    for (int p = 0; p < 4; ++p) {
        PartitionRate partition;
        partition.partition = p;
        partition.msgsPerSec = rates[p];
        partition.smoothedMsgsPerSec = rates[p];
        partition.readable = p != 3;
        partition.endOffset = partition.readable ? 1000 * (p + 1) : -1;
        topic.partitions.push_back(partition);
    }
    bars.setTopic(topic);
    bars.refreshNow();
    QCOMPARE(bars.rateBarCount(), 3);
    QCOMPARE(bars.offsetBarCount(), 3);
    QCOMPARE(bars.unreadableCount(), 1); // marked, not a zero bar
    // Hidden: no replots.
    bars.hide();
    const int before = bars.replotCount();
    bars.setTopic(topic);
    QTest::qWait(PartitionBarChart::kRefreshMs * 2);
    QCOMPARE(bars.replotCount(), before);
}

void TstThroughputWidgets::seriesColorsAreStable() {
    SeriesColors colors;
    auto first = colors.assign({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    QCOMPARE(first.size(), 3);
    QVERIFY(first[QStringLiteral("a")] != first[QStringLiteral("b")]);
    // b leaves, d arrives: a and c keep theirs, d takes b's freed colour.
    auto second = colors.assign({QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")});
    QCOMPARE(second[QStringLiteral("a")], first[QStringLiteral("a")]);
    QCOMPARE(second[QStringLiteral("c")], first[QStringLiteral("c")]);
    QCOMPARE(second[QStringLiteral("d")], first[QStringLiteral("b")]);
    // Far beyond the palette colours stay distinct from their neighbours.
    QVERIFY(SeriesColors::paletteColor(10) != SeriesColors::paletteColor(11));
}

void TstThroughputWidgets::liveTableRepaintsCheaply() {
    // 1,000 topics with an hour of history; a window-sized table, every visible cell repainted
    // as after a tick (rates change, rows re-sort).
    ThroughputHistory history;
    constexpr int kTopics = 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ThroughputSnapshot last;
    for (int i = 0; i < 120; ++i) {
        last = makeTick(static_cast<quint64>(i + 1), now - (119 - i) * kTickMs, kTopics);
        history.append(last);
    }
    ThroughputTopicsPanel panel;
    panel.resize(700, 760);
    panel.setHistory(&history);
    panel.setSnapshot(std::make_shared<const ThroughputSnapshot>(last));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTableView* table = panel.table();
    QPixmap canvas(table->viewport()->size());
    const auto paintMs = [&] {
        constexpr int kRounds = 10;
        table->viewport()->render(&canvas); // warm caches (glyphs, sparklines)
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kRounds; ++i)
            table->viewport()->render(&canvas);
        return double(timer.nsecsElapsed()) / 1e6 / kRounds;
    };
    const double plainMs = paintMs();
    // The same table with Qt's standard delegate for the text columns.
    auto* standard = new QStyledItemDelegate(table);
    table->setItemDelegate(standard);
    const double standardMs = paintMs();
    const int rows = table->rowAt(table->viewport()->height() - 1) + 1;
    qInfo("live table, %d visible rows x %d columns: full repaint %.1f ms (standard delegate "
          "%.1f ms)",
          rows, int(ThroughputTopicModel::ColumnCount), plainMs, standardMs);
    // About 3 ms on an idle machine; generous for a loaded one.
    QVERIFY2(plainMs < 25, qPrintable(QString::number(plainMs)));
}

QTEST_MAIN(TstThroughputWidgets)
#include "tst_throughputwidgets.moc"
