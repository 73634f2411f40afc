// The Lag page's models under QAbstractItemModelTester, fed with synthetic lag snapshots
// (SyntheticLag): group rows and their change signals per refresh (no resets), "no commit"
// never shown as 0, problems first whatever the sort, the filter, the sparkline from a lag
// history, and the group detail tree (topic -> partition with owner).

#include "common/InMemoryTimeSeries.h"
#include "common/TimeSeriesMux.h"
#include "lag/LagDetailModel.h"
#include "lag/LagFormat.h"
#include "lag/LagGroupFilterModel.h"
#include "lag/LagGroupModel.h"

#include "SyntheticLag.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace streamscope;
using streamscope::test::SyntheticLag;

namespace {

LagSnapshotPtr threeGroups() {
    return SyntheticLag()
        .group(QStringLiteral("billing"), LagStatus::Ok)
        .member(QStringLiteral("billing-1"), QStringLiteral("/10.0.0.1"))
        .topic(QStringLiteral("orders"))
        .partition(0, 90, 100, 0)
        .partition(1, 40, 50, 0)
        .eta(30)
        .group(QStringLiteral("audit"), LagStatus::Stall, QStringLiteral("Empty"))
        .topic(QStringLiteral("orders"))
        .partition(0, std::nullopt, 100)
        .partition(1, 10, 50)
        .fallingBehind(12.5)
        .group(QStringLiteral("shipping"), LagStatus::Warn)
        .membersUnknown(QStringLiteral("The members of this group use the new consumer "
                                       "protocol, which this client cannot describe."))
        .topic(QStringLiteral("payments"))
        .partition(0, 0, 1000)
        .snapshot();
}

QStringList names(const char* commaSeparated) {
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','));
}

QStringList columnTexts(const QAbstractItemModel& model, int column) {
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

} // namespace

class TestLagModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void groupRowsAndTotals() {
        LagGroupModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(threeGroups());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(columnTexts(model, LagGroupModel::GroupColumn), names("audit,billing,shipping"));
        const int audit = model.rowOfGroup(QStringLiteral("audit"));
        const int billing = model.rowOfGroup(QStringLiteral("billing"));
        const int shipping = model.rowOfGroup(QStringLiteral("shipping"));
        QCOMPARE(model.index(billing, LagGroupModel::LagColumn).data().toString(),
                 QStringLiteral("20"));
        // One partition without a commit: its lag is not counted as 0, and the cell says so.
        QCOMPARE(model.index(audit, LagGroupModel::LagColumn).data().toString(),
                 QStringLiteral("40 (+1 no commit)"));
        QCOMPARE(model.index(audit, LagGroupModel::StatusColumn).data().toString(),
                 QStringLiteral("STALL"));
        QCOMPARE(model.index(audit, LagGroupModel::StatusColumn)
                     .data(Qt::DecorationRole)
                     .value<QColor>(),
                 lagStatusColor(LagStatus::Stall));
        QVERIFY(model.index(audit, LagGroupModel::CatchUpColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("falling behind by 12")));
        QVERIFY(model.index(billing, LagGroupModel::CatchUpColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("ETA 30 s")));
        QCOMPARE(model.index(shipping, LagGroupModel::MembersColumn).data().toString(),
                 QStringLiteral("unknown"));
        QVERIFY(model.index(shipping, LagGroupModel::MembersColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("new consumer protocol")));
        QCOMPARE(model.index(billing, LagGroupModel::MembersColumn).data().toString(),
                 QStringLiteral("1"));
    }

    void refreshEmitsOnlyWhatChanged() {
        LagGroupModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(threeGroups());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // billing's lag grows; a group vanishes, another appears.
        const LagSnapshotPtr next =
            SyntheticLag()
                .group(QStringLiteral("billing"), LagStatus::Ok)
                .member(QStringLiteral("billing-1"), QStringLiteral("/10.0.0.1"))
                .topic(QStringLiteral("orders"))
                .partition(0, 90, 120, 0)
                .partition(1, 40, 50, 0)
                .eta(30)
                .group(QStringLiteral("new-group"), LagStatus::Unknown)
                .group(QStringLiteral("shipping"), LagStatus::Warn)
                .membersUnknown(QStringLiteral("The members of this group use the new consumer "
                                               "protocol, which this client cannot describe."))
                .topic(QStringLiteral("payments"))
                .partition(0, 0, 1000)
                .snapshot();
        model.setSnapshot(next);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(columnTexts(model, LagGroupModel::GroupColumn),
                 names("billing,new-group,shipping"));
        bool lagChanged = false;
        for (const QList<QVariant>& args : std::as_const(changed)) {
            const auto from = args.at(0).value<QModelIndex>();
            const auto to = args.at(1).value<QModelIndex>();
            if (from.row() <= 0 && to.row() >= 0 && from.column() <= LagGroupModel::LagColumn &&
                to.column() >= LagGroupModel::LagColumn)
                lagChanged = true;
        }
        QVERIFY(lagChanged);
        QCOMPARE(model.index(0, LagGroupModel::LagColumn).data().toString(), QStringLiteral("40"));

        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 0);
    }

    void problemsFirstAndFilter() {
        LagGroupModel model;
        LagGroupFilterModel proxy;
        proxy.setGroupModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(threeGroups());
        proxy.sort(LagGroupModel::GroupColumn, Qt::AscendingOrder);
        // STALL (audit) before WARN (shipping) before OK (billing).
        QCOMPARE(columnTexts(proxy, LagGroupModel::GroupColumn), names("audit,shipping,billing"));
        // Descending by name: problems still on top.
        proxy.sort(LagGroupModel::GroupColumn, Qt::DescendingOrder);
        QCOMPARE(columnTexts(proxy, LagGroupModel::GroupColumn), names("audit,shipping,billing"));
        proxy.setProblemsFirst(false);
        QCOMPARE(columnTexts(proxy, LagGroupModel::GroupColumn), names("shipping,billing,audit"));
        proxy.sort(LagGroupModel::LagColumn, Qt::DescendingOrder);
        QCOMPARE(columnTexts(proxy, LagGroupModel::GroupColumn), names("shipping,audit,billing"));

        proxy.setNameFilter(QStringLiteral("IN"));
        QCOMPARE(columnTexts(proxy, LagGroupModel::GroupColumn), names("shipping,billing"));
        QCOMPARE(proxy.groupId(proxy.index(0, 3)), QStringLiteral("shipping"));
        QVERIFY(!proxy.indexOfGroup(QStringLiteral("audit")).isValid());
        QCOMPARE(proxy.indexOfGroup(QStringLiteral("billing")).row(), 1);
    }

    // Many groups whose lag changes on every refresh: one dataChanged per changed column (not
    // one per run of rows), and the proxy sorts at most once per refresh, only when the order
    // changed; groups that appear are sorted in.
    void refreshSortsOnceAndOnlyWhenNeeded() {
        const auto groups = [](const std::vector<qint64>& lags) {
            SyntheticLag lag;
            for (std::size_t i = 0; i < lags.size(); ++i)
                lag.group(QStringLiteral("g%1").arg(i, 3, 10, QLatin1Char('0')), LagStatus::Ok)
                    .topic(QStringLiteral("t"))
                    .partition(0, 1000 - lags[i], 1000);
            return lag.snapshot();
        };
        std::vector<qint64> lags;
        for (int i = 0; i < 200; ++i)
            lags.push_back(i);
        LagGroupModel model;
        LagGroupFilterModel proxy;
        proxy.setGroupModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(LagGroupModel::LagColumn, Qt::DescendingOrder);
        model.setSnapshot(groups(lags));
        QCOMPARE(proxy.groupId(proxy.index(0, 0)), QStringLiteral("g199"));
        const int sortsBefore = proxy.resorts();

        // Every lag grows by the same amount: all change, the order does not.
        for (qint64& lag : lags)
            lag += 5;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(groups(lags));
        for (const QList<QVariant>& args : std::as_const(changed))
            QCOMPARE(args.at(0).value<QModelIndex>().column(),
                     args.at(1).value<QModelIndex>().column());
        QVERIFY(changed.count() <= LagGroupModel::ColumnCount);
        QCOMPARE(proxy.resorts(), sortsBefore);
        QCOMPARE(proxy.groupId(proxy.index(0, 0)), QStringLiteral("g199"));

        // Every even group jumps ahead: one sort, and the order follows.
        for (std::size_t i = 0; i < lags.size(); i += 2)
            lags[i] += 1000;
        changed.clear();
        model.setSnapshot(groups(lags));
        QVERIFY(changed.count() <= LagGroupModel::ColumnCount);
        QCOMPARE(proxy.resorts(), sortsBefore + 1);
        QCOMPARE(proxy.groupId(proxy.index(0, 0)), QStringLiteral("g198"));
        QCOMPARE(proxy.groupId(proxy.index(99, 0)), QStringLiteral("g000"));
        QCOMPARE(proxy.groupId(proxy.index(100, 0)), QStringLiteral("g199"));

        // A new group with the largest lag lands on top.
        lags.push_back(1'000'000);
        model.setSnapshot(groups(lags));
        QCOMPARE(proxy.rowCount(), 201);
        QCOMPARE(proxy.groupId(proxy.index(0, 0)), QStringLiteral("g200"));

        // A filter that lets rows in again keeps them sorted.
        proxy.setNameFilter(QStringLiteral("g1"));
        proxy.setNameFilter(QString());
        QCOMPARE(proxy.groupId(proxy.index(0, 0)), QStringLiteral("g200"));
        QCOMPARE(proxy.groupId(proxy.index(1, 0)), QStringLiteral("g198"));
    }

    void sparklineFromHistory() {
        InMemoryTimeSeries history;
        const qint64 t0 = 1'700'000'000'000;
        for (int i = 0; i < 80; ++i)
            history.append(TimeSeriesKey{QStringLiteral("billing"), QString(), -1}, t0 + i * 2000,
                           float(i));
        LagGroupModel model;
        model.setHistory(&history);
        model.setSnapshot(threeGroups());
        const int billing = model.rowOfGroup(QStringLiteral("billing"));
        const auto points = model.index(billing, LagGroupModel::TrendColumn)
                                .data(LagGroupModel::SparklineRole)
                                .value<QList<float>>();
        QCOMPARE(points.size(), LagGroupModel::kSparklinePoints);
        QCOMPARE(points.last(), 79.0f);
        QCOMPARE(points.first(), float(80 - LagGroupModel::kSparklinePoints));
        const auto none =
            model.index(model.rowOfGroup(QStringLiteral("audit")), LagGroupModel::TrendColumn)
                .data(LagGroupModel::SparklineRole)
                .value<QList<float>>();
        QVERIFY(none.isEmpty());
        model.setHistory(nullptr);
    }

    void detailTree() {
        LagDetailModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const LagSnapshotPtr snapshot = threeGroups();
        model.setGroup(snapshot->findGroup(QStringLiteral("audit")));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex orders = model.index(0, 0);
        QCOMPARE(orders.data().toString(), QStringLiteral("orders"));
        QCOMPARE(model.rowCount(orders), 2);
        const QModelIndex p0 = model.index(0, LagDetailModel::LagColumn, orders);
        QCOMPARE(p0.data().toString(), QStringLiteral("no commit"));
        QCOMPARE(model.index(0, LagDetailModel::CommittedColumn, orders).data().toString(),
                 QStringLiteral("no commit"));
        QCOMPARE(model.index(0, LagDetailModel::EndColumn, orders).data().toString(),
                 QStringLiteral("100"));
        QCOMPARE(model.index(1, LagDetailModel::LagColumn, orders).data().toString(),
                 QStringLiteral("40"));
        QCOMPARE(model.index(0, LagDetailModel::LagColumn).data().toString(),
                 QStringLiteral("40 (+1 no commit)"));

        // Another group: owners shown with client id and host; the topic row survives (same
        // key) and only changed cells are announced.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setGroup(snapshot->findGroup(QStringLiteral("billing")));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(1, LagDetailModel::MemberColumn, model.index(0, 0)).data().toString(),
                 QStringLiteral("billing-1"));
        QCOMPARE(model.index(1, LagDetailModel::HostColumn, model.index(0, 0)).data().toString(),
                 QStringLiteral("/10.0.0.1"));
        QCOMPARE(model.index(1, LagDetailModel::LagColumn, model.index(0, 0)).data().toString(),
                 QStringLiteral("10"));
        model.setGroup(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    // The consumed-vs-produced chart reads two engines' series through one source.
    void muxRoutesTwoSources() {
        InMemoryTimeSeries consumed;
        InMemoryTimeSeries produced;
        const QString topic = QStringLiteral("orders");
        consumed.append({QStringLiteral("billing"), topic, -1}, 1000, 5.0f);
        consumed.append({QStringLiteral("billing"), topic, -1}, 3000, 6.0f);
        produced.append(TimeSeriesKey::ofTopic(topic), 2000, 9.0f);
        produced.append(TimeSeriesKey::ofTopic(topic), 4000, 8.0f);
        TimeSeriesMux mux;
        QVERIFY(mux.isEmpty());
        QCOMPARE(mux.newestTimeMs(), qint64(-1));
        mux.route({QStringLiteral("consumed"), topic, -1}, &consumed,
                  {QStringLiteral("billing"), topic, -1});
        mux.route({QStringLiteral("produced"), topic, -1}, &produced,
                  TimeSeriesKey::ofTopic(topic));
        const TimeSeriesData c = mux.series({QStringLiteral("consumed"), topic, -1}, 0, 10000);
        QCOMPARE(c.values.size(), std::size_t(2));
        QCOMPARE(c.values[1], 6.0f);
        const TimeSeriesData p = mux.series({QStringLiteral("produced"), topic, -1}, 0, 10000);
        QCOMPARE(p.values.front(), 9.0f);
        QVERIFY(mux.series(TimeSeriesKey::ofTopic(topic), 0, 10000).values.empty());
        QCOMPARE(mux.newestTimeMs(), qint64(4000));
        QCOMPARE(mux.oldestTimeMs(), qint64(1000));
        mux.clear();
        QVERIFY(mux.series({QStringLiteral("consumed"), topic, -1}, 0, 10000).values.empty());
    }

    void formats() {
        const QLocale c(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(formatDuration(c, std::nullopt), QStringLiteral("\u2014"));
        QCOMPARE(formatDuration(c, 4.25), QStringLiteral("4.3 s"));
        QCOMPARE(formatDuration(c, 42), QStringLiteral("42 s"));
        QCOMPARE(formatDuration(c, 200), QStringLiteral("3 min 20 s"));
        QCOMPARE(formatDuration(c, 7500), QStringLiteral("2 h 05 min"));
        QCOMPARE(formatPartitionLag(c, std::nullopt, std::nullopt), QStringLiteral("no commit"));
        QCOMPARE(formatPartitionLag(c, qint64(0), qint64(5)), QStringLiteral("0"));
        QCOMPARE(formatPartitionLag(c, qint64(12345), qint64(5)), QStringLiteral("12,345"));
        // Catch-up: no lag left reads "caught up" even when the estimate is an ETA of 0 s.
        CatchUpFacts facts;
        facts.etaSeconds = 0.0;
        facts.hasTopics = true;
        QCOMPARE(formatCatchUp(c, facts), QStringLiteral("caught up"));
        facts.totalLag = 300;
        facts.etaSeconds = 30.0;
        QCOMPARE(formatCatchUp(c, facts), QStringLiteral("ETA 30 s"));
        facts.etaSeconds.reset();
        facts.fallingBehindPerSec = 0.0;
        QCOMPARE(formatCatchUp(c, facts), QStringLiteral("lag steady (no ETA)"));
    }
};

QTEST_GUILESS_MAIN(TestLagModels)
#include "tst_lag_models.moc"
