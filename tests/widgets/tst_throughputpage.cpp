// The Throughput page offscreen against the real broker (STREAMSCOPE_BOOTSTRAP): a topic fed at a
// known steady rate shows that rate (within 20%) in the table, as a line on the chart and as three
// partition bars; the partition view charts each partition; the cluster total reaches the
// overview chart; a hidden page does no replots and catches up when shown; disconnecting clears
// everything.

#include "PacedProducer.h"
#include "TestCluster.h"
#include "charts/PartitionBarChart.h"
#include "charts/RateChart.h"
#include "overview/OverviewPage.h"
#include "session/ClusterSession.h"
#include "shell/MainWindow.h"
#include "shell/PageNavigator.h"
#include "throughput/ThroughputPage.h"
#include "throughput/ThroughputTopicFilterModel.h"
#include "throughput/ThroughputTopicModel.h"
#include "throughput/ThroughputTopicsPanel.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

#include <cmath>

using namespace streamscope;

namespace {

constexpr int kBrokerTimeoutMs = 20000;
constexpr int kPartitions = 3;
constexpr double kRate = 150; // records per second, spread evenly over the partitions
constexpr int kTickMs = 1000;

void saveScreenshot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("STREAMSCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TstThroughputPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsLiveRatesOfATopic();
};

void TstThroughputPage::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StreamscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_throughputpage"));
    QSettings().clear();
    // Live rates only: no history restored from an earlier run, none written.
    qputenv("STREAMSCOPE_NO_HISTORY_FILE", "1");
}

void TstThroughputPage::showsLiveRatesOfATopic() {
    STREAMSCOPE_REQUIRE_BROKER();
    const QString topic = test::uniqueTopicName(QStringLiteral("tst-tput-page"));
    QVERIFY(test::createTopic(topic, kPartitions));
    test::PacedProducer producer(topic, kPartitions, kRate);
    QVERIFY(producer.start());

    MainWindow window;
    window.resize(1320, 840);
    window.setPollIntervalMs(kTickMs);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.connectTo(test::brokerProfile()));
    ThroughputPage* page = window.navigator()->page<ThroughputPage>();
    window.navigator()->setCurrentPage(page);
    QVERIFY(page->isPageActive());
    QVERIFY(!window.navigator()->page<OverviewPage>()->isPageActive());

    // The topic appears; click it, as a user would.
    ThroughputTopicsPanel* topics = page->topicsPanel();
    ThroughputTopicFilterModel* proxy = topics->proxy();
    QTRY_VERIFY_WITH_TIMEOUT(proxy->indexOfTopic(topic).isValid(), kBrokerTimeoutMs);
    QTableView* table = topics->table();
    {
        const QModelIndex index = proxy->indexOfTopic(topic);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    }
    QCOMPARE(topics->selectedTopics(), QStringList{topic});
    QCOMPARE(topics->currentTopic(), topic);

    // The table's rate converges on the produced rate within a few ticks and stays there.
    const auto rateOfTopic = [&] {
        const int row = topics->model()->rowOfTopic(topic);
        return row < 0 ? std::nan("") : topics->model()->topicAt(row).msgsPerSec;
    };
    const auto withinTolerance = [&] {
        const double rate = rateOfTopic();
        return !std::isnan(rate) && std::abs(rate / kRate - 1.0) <= 0.2;
    };
    QElapsedTimer converging;
    converging.start();
    QTRY_VERIFY_WITH_TIMEOUT(withinTolerance(), kBrokerTimeoutMs);
    const qint64 convergedMs = converging.elapsed();
    // Then five more ticks: every one within 20%.
    double worstDeviation = 0;
    quint64 lastSequence = page->shownSnapshot()->sequence;
    for (int i = 0; i < 5; ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(page->shownSnapshot()->sequence > lastSequence, 5000);
        lastSequence = page->shownSnapshot()->sequence;
        const double rate = rateOfTopic();
        QVERIFY2(withinTolerance(), qPrintable(QString::number(rate)));
        worstDeviation = std::max(worstDeviation, std::abs(rate / kRate - 1.0));
    }
    qInfo("produced %.0f msgs/s: table within 20%% after %lld ms, worst deviation over 5 ticks "
          "%.1f%% (last %.1f msgs/s)",
          kRate, convergedMs, worstDeviation * 100, rateOfTopic());
    const QModelIndex rateCell =
        proxy->indexOfTopic(topic).siblingAtColumn(ThroughputTopicModel::RateColumn);
    QVERIFY(!rateCell.data().toString().contains(QLatin1Char('?')));
    QCOMPARE(proxy->indexOfTopic(topic)
                 .siblingAtColumn(ThroughputTopicModel::PartitionsColumn)
                 .data()
                 .toString(),
             QString::number(kPartitions));
    QVERIFY(!proxy->indexOfTopic(topic)
                 .siblingAtColumn(ThroughputTopicModel::TrendColumn)
                 .data(ThroughputTopicModel::SparklineRole)
                 .value<QList<float>>()
                 .isEmpty());
    // The selected topic carries its chart colour in the table.
    QVERIFY(proxy->indexOfTopic(topic).data(Qt::DecorationRole).value<QColor>().isValid());

    // The chart: one graph for the topic, with points, in the same colour as the table swatch.
    RateChart* chart = page->rateChart();
    QCOMPARE(chart->series().size(), 1);
    QCOMPARE(chart->series().first().topic, topic);
    QTRY_VERIFY_WITH_TIMEOUT(chart->plot()->graphCount() == 1 &&
                                 chart->plot()->graph(0)->data()->size() >= 3,
                             kBrokerTimeoutMs);
    QCOMPARE(chart->plot()->graph(0)->pen().color(),
             proxy->indexOfTopic(topic).data(Qt::DecorationRole).value<QColor>());

    // The partition bars: three partitions, each with a rate and an end offset, none unreadable.
    PartitionBarChart* bars = page->partitionChart();
    QTRY_COMPARE_WITH_TIMEOUT(bars->rateBarCount(), kPartitions, 5000);
    QCOMPARE(bars->offsetBarCount(), kPartitions);
    QCOMPARE(bars->unreadableCount(), 0);
    QVERIFY(page->factsLabel()->text().contains(topic));
    saveScreenshot(window, QStringLiteral("throughput-page.png"));

    // Partitions mode: one line per partition of the current topic.
    auto* partitionsMode = page->findChild<QAbstractButton*>(QStringLiteral("modePartitions"));
    QVERIFY(partitionsMode);
    partitionsMode->click();
    QCOMPARE(chart->series().size(), kPartitions);
    QTRY_VERIFY_WITH_TIMEOUT(chart->plot()->graphCount() == kPartitions &&
                                 chart->plot()->graph(kPartitions - 1)->data()->size() >= 2,
                             5000);
    page->findChild<QAbstractButton*>(QStringLiteral("modeTopics"))->click();
    QCOMPARE(chart->series().size(), 1);

    // Hidden page: ticks keep coming, but its charts do not replot at all.
    window.navigator()->setCurrentPage(window.navigator()->page<OverviewPage>());
    QVERIFY(!page->isPageActive());
    QTest::qWait(RateChart::kRefreshMs * 2); // let a replot already queued finish
    const int chartReplots = chart->replotCount();
    const int barReplots = bars->replotCount();
    const quint64 sequenceWhenHidden = page->shownSnapshot()->sequence;
    RateChart* total = window.navigator()->page<OverviewPage>()->totalChart();
    const int totalReplots = total->replotCount();
    QTest::qWait(kTickMs * 3 + 500);
    QCOMPARE(chart->replotCount(), chartReplots);
    QCOMPARE(bars->replotCount(), barReplots);
    QCOMPARE(page->shownSnapshot()->sequence, sequenceWhenHidden); // table not updated either
    // ... while the visible overview's cluster chart does, with the cluster total on it.
    QVERIFY(total->replotCount() > totalReplots);
    QVERIFY(total->plot()->graphCount() == 1 && total->plot()->graph(0)->data()->size() >= 2);
    saveScreenshot(window, QStringLiteral("overview-total.png"));

    // Shown again: it catches up at once.
    window.navigator()->setCurrentPage(page);
    QVERIFY(page->shownSnapshot()->sequence > sequenceWhenHidden);
    QTRY_VERIFY_WITH_TIMEOUT(chart->replotCount() > chartReplots, 2000);

    // Disconnected: nothing of the cluster stays on screen.
    producer.stop();
    window.disconnectFromCluster();
    QCOMPARE(topics->model()->rowCount(), 0);
    QVERIFY(!page->shownSnapshot());
    QVERIFY(!bars->topic());
    QTRY_COMPARE_WITH_TIMEOUT(bars->rateBarCount(), 0, 2000);
    test::deleteTopic(topic);
}

QTEST_MAIN(TstThroughputPage)
#include "tst_throughputpage.moc"
