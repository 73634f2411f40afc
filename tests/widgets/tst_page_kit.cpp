// The page kit: pages found by type, the latest-while-hidden buffer every page uses, and the
// time-series source behind the charts (in-memory implementation). Offscreen, no broker.

#include "common/InMemoryTimeSeries.h"
#include "common/LatestWhileHidden.h"
#include "shell/PageNavigator.h"

#include <QtTest>

#include <cmath>
#include <memory>

using namespace streamscope;

namespace {

class FirstPage : public ClusterPage {
    Q_OBJECT
public:
    using ClusterPage::ClusterPage;
    QString pageTitle() const override { return QStringLiteral("First"); }
    void setSession(ClusterSession*) override {}
};

class SecondPage : public ClusterPage {
    Q_OBJECT
public:
    using ClusterPage::ClusterPage;
    QString pageTitle() const override { return QStringLiteral("Second"); }
    void setSession(ClusterSession*) override {}
};

// A page that is a special kind of SecondPage: page<SecondPage>() finds it too.
class DerivedPage : public SecondPage {
    Q_OBJECT
public:
    using SecondPage::SecondPage;
};

class UnusedPage : public ClusterPage {
    Q_OBJECT
public:
    using ClusterPage::ClusterPage;
    QString pageTitle() const override { return QStringLiteral("Unused"); }
    void setSession(ClusterSession*) override {}
};

// A page adopting LatestWhileHidden the way the Overview and Throughput pages will.
class BufferedPage : public ClusterPage {
    Q_OBJECT
public:
    using ClusterPage::ClusterPage;
    QString pageTitle() const override { return QStringLiteral("Buffered"); }
    void setSession(ClusterSession*) override { m_latest.drop(); }
    void setPageActive(bool active) override {
        ClusterPage::setPageActive(active);
        m_latest.setActive(active);
    }
    void onSnapshot(const std::shared_ptr<const int>& snapshot) {
        if (m_latest.offer(snapshot))
            ++extraWorkWhenShown;
    }

    QList<int> applied; // -1 for a null snapshot
    int extraWorkWhenShown = 0;

private:
    LatestWhileHidden<std::shared_ptr<const int>> m_latest{
        [this](const std::shared_ptr<const int>& s) { applied.append(s ? *s : -1); }};
};

std::shared_ptr<const int> snap(int v) {
    return std::make_shared<const int>(v);
}

} // namespace

class TstPageKit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pagesAreFoundByType();
    void latestWhileHiddenKeepsOnlyNewest();
    void latestWhileHiddenAppliesNullAndDrops();
    void hiddenPageCatchesUpWhenShown();
    void inMemorySeriesAnswersRanges();
};

void TstPageKit::pagesAreFoundByType() {
    PageNavigator navigator;
    QCOMPARE(navigator.page<FirstPage>(), nullptr);
    auto* first = new FirstPage;
    auto* derived = new DerivedPage;
    auto* second = new SecondPage;
    navigator.addPage(first);
    navigator.addPage(derived);
    navigator.addPage(second);
    QCOMPARE(navigator.page<FirstPage>(), first);
    QCOMPARE(navigator.page<DerivedPage>(), derived);
    QCOMPARE(navigator.page<SecondPage>(), derived); // the first one of that type, in page order
    QCOMPARE(navigator.page<ClusterPage>(), first);
    QCOMPARE(navigator.page<UnusedPage>(), nullptr);
    QCOMPARE(first->parentWidget() != nullptr, true); // owned by the navigator's stack
}

void TstPageKit::latestWhileHiddenKeepsOnlyNewest() {
    QList<int> applied;
    LatestWhileHidden<int> latest([&applied](const int& v) { applied.append(v); });
    QVERIFY(!latest.isActive());
    QVERIFY(!latest.offer(1));
    QVERIFY(!latest.offer(2));
    QVERIFY(latest.hasHeld());
    QCOMPARE(*latest.held(), 2);
    QVERIFY(applied.isEmpty()); // a hidden page does no work per tick
    latest.setActive(true);
    QCOMPARE(applied, QList<int>{2});
    QVERIFY(!latest.hasHeld());
    latest.setActive(true); // shown again without news: nothing to apply
    QCOMPARE(applied, QList<int>{2});
    QVERIFY(latest.offer(3));
    QCOMPARE(applied, (QList<int>{2, 3}));
    latest.setActive(false);
    latest.setActive(true);
    QCOMPARE(applied, (QList<int>{2, 3}));
}

void TstPageKit::latestWhileHiddenAppliesNullAndDrops() {
    QList<int> applied;
    LatestWhileHidden<std::shared_ptr<const int>> latest(
        [&applied](const std::shared_ptr<const int>& s) { applied.append(s ? *s : -1); });
    latest.offer(snap(1));
    latest.offer(nullptr); // "no snapshot" is news too: the cluster went away
    latest.setActive(true);
    QCOMPARE(applied, QList<int>{-1});
    latest.setActive(false);
    latest.offer(snap(5));
    latest.drop(); // a new session: the old one's newest must never show
    latest.setActive(true);
    QCOMPARE(applied, QList<int>{-1});
}

void TstPageKit::hiddenPageCatchesUpWhenShown() {
    PageNavigator navigator;
    auto* first = new FirstPage;
    auto* buffered = new BufferedPage;
    navigator.addPage(first);
    navigator.addPage(buffered);
    QVERIFY(first->isPageActive());
    QVERIFY(!buffered->isPageActive());
    for (int i = 1; i <= 5; ++i)
        buffered->onSnapshot(snap(i));
    QVERIFY(buffered->applied.isEmpty());
    navigator.setCurrentPage(buffered);
    QCOMPARE(buffered->applied, QList<int>{5});
    QCOMPARE(buffered->extraWorkWhenShown, 0);
    buffered->onSnapshot(snap(6));
    QCOMPARE(buffered->applied, (QList<int>{5, 6}));
    QCOMPARE(buffered->extraWorkWhenShown, 1);
    navigator.setWindowVisible(false); // minimised: nobody sees it
    buffered->onSnapshot(snap(7));
    buffered->setSession(nullptr);
    navigator.setWindowVisible(true);
    QCOMPARE(buffered->applied, (QList<int>{5, 6}));
}

void TstPageKit::inMemorySeriesAnswersRanges() {
    InMemoryTimeSeries source;
    const TimeSeriesSource& chartView = source; // what a chart sees
    QCOMPARE(chartView.newestTimeMs(), qint64(-1));
    QCOMPARE(chartView.oldestTimeMs(), qint64(-1));
    const auto orders = TimeSeriesKey::ofTopic(QStringLiteral("orders"));
    const auto partition = TimeSeriesKey::ofPartition(QStringLiteral("orders"), 2);
    for (int i = 0; i < 10; ++i) {
        source.append(orders, 1000 + i * 1000, static_cast<float>(i));
        source.append(partition, 1000 + i * 1000, i == 4 ? NAN : static_cast<float>(i) / 2);
    }
    source.append(TimeSeriesKey::cluster(), 500, 1.0f);
    source.append(orders, 3500, 99.0f); // out of order: ignored

    QCOMPARE(chartView.newestTimeMs(), qint64(10000));
    QCOMPARE(chartView.oldestTimeMs(), qint64(500));
    const TimeSeriesData range = chartView.series(orders, 3000, 5000); // inclusive
    QCOMPARE(range.timesMs, (std::vector<qint64>{3000, 4000, 5000}));
    QCOMPARE(range.values, (std::vector<float>{2, 3, 4}));
    QVERIFY(!range.coarse);
    QCOMPARE(range.resolutionMs, qint64(1000));
    const TimeSeriesData gap = chartView.series(partition, 5000, 5000);
    QCOMPARE(gap.values.size(), std::size_t(1));
    QVERIFY(std::isnan(gap.values[0])); // a gap is a NaN point, not a missing one
    QVERIFY(chartView.series(TimeSeriesKey::ofTopic(QStringLiteral("none")), 0, 1000000000)
                .timesMs.empty());
    QVERIFY(chartView.series(orders, 20000, 30000).timesMs.empty());
    QCOMPARE(chartView.series(TimeSeriesKey::cluster(), 0, 1000).values, std::vector<float>{1.0f});
    source.clear();
    QCOMPARE(chartView.newestTimeMs(), qint64(-1));
}

QTEST_MAIN(TstPageKit)
#include "tst_page_kit.moc"
