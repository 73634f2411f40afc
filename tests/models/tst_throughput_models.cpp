// The throughput table model and its filter proxy under QAbstractItemModelTester, fed with
// synthetic throughput snapshots: exact change signals per tick (no resets), unknown rates never
// shown as 0, estimates labelled, hot partitions marked, sparklines from the history, and the
// human number formats.

#include "common/RateFormat.h"
#include "throughput/ThroughputHistory.h"
#include "throughput/ThroughputTopicFilterModel.h"
#include "throughput/ThroughputTopicModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>

using namespace streamscope;

namespace {

struct TopicSpec {
    QString name;
    double rate = 0;
    int partitions = 1;
};

TopicRate makeTopic(const TopicSpec& spec) {
    TopicRate topic;
    topic.topic = spec.name;
    topic.internal = spec.name.startsWith(QLatin1String("__"));
    topic.msgsPerSec = spec.rate;
    topic.smoothedMsgsPerSec = spec.rate;
    topic.partitionCount = spec.partitions;
    topic.readablePartitions = spec.partitions;
    topic.ratedPartitions = hasValue(spec.rate) ? spec.partitions : 0;
    for (int p = 0; p < spec.partitions; ++p) {
        PartitionRate partition;
        partition.partition = p;
        partition.msgsPerSec = hasValue(spec.rate) ? spec.rate / spec.partitions : kNoRate;
        partition.smoothedMsgsPerSec = partition.msgsPerSec;
        partition.readable = true;
        partition.startOffset = 0;
        partition.endOffset = 100;
        topic.partitions.push_back(partition);
    }
    if (hasValue(spec.rate) && spec.rate > 0) {
        topic.skew = 1.0;
        topic.hottestPartition = 0;
        topic.hottestShare = 1.0 / spec.partitions;
    }
    return topic;
}

ThroughputSnapshotPtr snapshotOf(quint64 sequence, std::vector<TopicRate> topics) {
    auto snapshot = std::make_shared<ThroughputSnapshot>();
    snapshot->sequence = sequence;
    snapshot->sampledAtMs = 1700000000000 + static_cast<qint64>(sequence) * 2000;
    snapshot->sampledAt = QDateTime::fromMSecsSinceEpoch(snapshot->sampledAtMs, Qt::UTC);
    snapshot->elapsedMs = sequence > 1 ? 2000 : 0;
    std::sort(topics.begin(), topics.end(),
              [](const TopicRate& a, const TopicRate& b) { return a.topic < b.topic; });
    snapshot->topics = std::move(topics);
    return snapshot;
}

ThroughputSnapshotPtr makeSnapshot(quint64 sequence, const QList<TopicSpec>& specs) {
    std::vector<TopicRate> topics;
    for (const auto& spec : specs)
        topics.push_back(makeTopic(spec));
    return snapshotOf(sequence, std::move(topics));
}

QStringList namesOf(const QAbstractItemModel& model) {
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, 0).data().toString());
    return names;
}

QString cell(const QAbstractItemModel& model, int row, int column) {
    return model.index(row, column).data().toString();
}

} // namespace

class TstThroughputModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void formatsHumanNumbers();
    void modelPassesTesterThroughTicks();
    void changeSignalsAreMinimal();
    void unknownAndPartialRatesAreNeverZero();
    void factsAreLabelled();
    void sparklineComesFromHistory();
    void seriesColorsShowOnlyWhereChanged();
    void proxyFiltersAndSortsByRate();
    void tenThousandTopicsTickIsCheap();
};

void TstThroughputModels::formatsHumanNumbers() {
    const QLocale c(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(formatCompactNumber(c, 0), QStringLiteral("0"));
    QCOMPARE(formatCompactNumber(c, 0.004), QStringLiteral("<0.01"));
    QCOMPARE(formatCompactNumber(c, 0.5), QStringLiteral("0.50"));
    QCOMPARE(formatCompactNumber(c, 12.34), QStringLiteral("12.3"));
    QCOMPARE(formatCompactNumber(c, 999.4), QStringLiteral("999"));
    QCOMPARE(formatCompactNumber(c, 999.6), QStringLiteral("1.00k"));
    QCOMPARE(formatCompactNumber(c, 1500, true), QStringLiteral("1.5k"));
    QCOMPARE(formatCompactNumber(c, 2000, true), QStringLiteral("2k"));
    QCOMPARE(formatCompactNumber(c, 45600000), QStringLiteral("45.6M"));
    QCOMPARE(formatCompactNumber(c, -2500, true), QStringLiteral("-2.5k"));
    QCOMPARE(formatCompactNumber(c, kNoRate), QStringLiteral("?"));
    QCOMPARE(formatRate(c, kNoRate), QStringLiteral("?"));
    QCOMPARE(formatRateWithUnit(c, 1234), QStringLiteral("1.23k msgs/s"));
    QCOMPARE(formatEstimatedByteRate(c, 12345), QStringLiteral("\u2248 12.3 kB/s"));
    QCOMPARE(formatEstimatedByteRate(c, 512), QStringLiteral("\u2248 512 B/s"));
    QCOMPARE(formatEstimatedByteRate(c, -1), QStringLiteral("\u2014"));
    QCOMPARE(formatSkew(c, 2.4), QStringLiteral("2.40\u00d7"));
    QCOMPARE(formatSkew(c, kNoRate), QStringLiteral("\u2014"));
}

void TstThroughputModels::modelPassesTesterThroughTicks() {
    ThroughputTopicModel model;
    ThroughputTopicFilterModel proxy;
    proxy.setTopicModel(&model);
    proxy.sort(ThroughputTopicModel::RateColumn, Qt::DescendingOrder);
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setSnapshot(makeSnapshot(1, {{QStringLiteral("b"), kNoRate, 3},
                                       {QStringLiteral("d"), kNoRate},
                                       {QStringLiteral("__consumer_offsets"), kNoRate, 50}}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(proxy.rowCount(), 2); // internal hidden
    model.setSnapshot(makeSnapshot(2, {{QStringLiteral("a"), 5},
                                       {QStringLiteral("b"), 50, 3},
                                       {QStringLiteral("c"), 1},
                                       {QStringLiteral("__consumer_offsets"), 0, 50}}));
    QCOMPARE(namesOf(model), (QStringList{QStringLiteral("__consumer_offsets"), QStringLiteral("a"),
                                          QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(namesOf(proxy),
             (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
    model.setSnapshot(makeSnapshot(3, {{QStringLiteral("c"), 100}}));
    QCOMPARE(namesOf(proxy), QStringList{QStringLiteral("c")});
    model.setSnapshot(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
}

void TstThroughputModels::changeSignalsAreMinimal() {
    ThroughputTopicModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Idle topics: after kSparklinePoints idle ticks their sparkline stops changing.
    QList<TopicSpec> specs{
        {QStringLiteral("a"), 0}, {QStringLiteral("b"), 0, 2}, {QStringLiteral("c"), 0}};
    quint64 sequence = 1;
    for (; sequence <= ThroughputTopicModel::kSparklinePoints + 2; ++sequence)
        model.setSnapshot(makeSnapshot(sequence, specs));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);

    // An idle tick changes nothing at all.
    model.setSnapshot(makeSnapshot(sequence++, specs));
    QCOMPARE(changed.count(), 0);

    // Only b's rate: one dataChanged over b's row, from the rate to the trend column.
    specs[1].rate = 10;
    model.setSnapshot(makeSnapshot(sequence++, specs));
    QCOMPARE(changed.count(), 1);
    auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(bottomRight.row(), 1);
    QCOMPARE(topLeft.column(), int(ThroughputTopicModel::RateColumn));
    // The skew column changes too (it had no traffic before); nothing right of it.
    QCOMPARE(bottomRight.column(), int(ThroughputTopicModel::SkewColumn));
    QCOMPARE(cell(model, 1, ThroughputTopicModel::RateColumn), QStringLiteral("10.0"));

    // Same rate again: only the sparkline of b scrolls.
    changed.clear();
    model.setSnapshot(makeSnapshot(sequence++, specs));
    QCOMPARE(changed.count(), 1);
    topLeft = changed.at(0).at(0).value<QModelIndex>();
    bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft, model.index(1, ThroughputTopicModel::TrendColumn));
    QCOMPARE(bottomRight, model.index(1, ThroughputTopicModel::TrendColumn));

    // The same snapshot applied twice (a page catching up) is no change at all.
    changed.clear();
    const auto again = makeSnapshot(sequence++, specs);
    model.setSnapshot(again);
    changed.clear();
    model.setSnapshot(again);
    QCOMPARE(changed.count(), 0);

    // A topic appears between a and b, c vanishes: one insert, one remove, no reset.
    specs.insert(1, {QStringLiteral("aa"), 0});
    specs.removeLast();
    model.setSnapshot(makeSnapshot(sequence++, specs));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 2); // c was row 2 before the insert
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(namesOf(model),
             (QStringList{QStringLiteral("a"), QStringLiteral("aa"), QStringLiteral("b")}));
}

void TstThroughputModels::unknownAndPartialRatesAreNeverZero() {
    ThroughputTopicModel model;
    std::vector<TopicRate> topics;
    TopicRate unknown = makeTopic({QStringLiteral("first-tick"), kNoRate, 2});
    topics.push_back(unknown);
    TopicRate unreadable = makeTopic({QStringLiteral("unreadable"), kNoRate, 2});
    unreadable.readablePartitions = 0;
    for (auto& p : unreadable.partitions)
        p.readable = false;
    topics.push_back(unreadable);
    TopicRate partial = makeTopic({QStringLiteral("partial"), 30, 3});
    partial.readablePartitions = 2;
    partial.ratedPartitions = 2;
    partial.partitions[2].readable = false;
    partial.partitions[2].msgsPerSec = kNoRate;
    topics.push_back(partial);
    model.setSnapshot(snapshotOf(5, std::move(topics)));

    const int first = model.rowOfTopic(QStringLiteral("first-tick"));
    const int bad = model.rowOfTopic(QStringLiteral("unreadable"));
    const int part = model.rowOfTopic(QStringLiteral("partial"));
    QCOMPARE(cell(model, first, ThroughputTopicModel::RateColumn), QStringLiteral("?"));
    QVERIFY(model.index(first, ThroughputTopicModel::RateColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("two samples")));
    QCOMPARE(cell(model, bad, ThroughputTopicModel::RateColumn), QStringLiteral("?"));
    QVERIFY(model.index(bad, ThroughputTopicModel::RateColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("could not be read")));
    QCOMPARE(cell(model, bad, ThroughputTopicModel::NotesColumn), QStringLiteral("2 unreadable"));
    QCOMPARE(cell(model, part, ThroughputTopicModel::RateColumn), QStringLiteral("\u2265 30.0"));
    QCOMPARE(cell(model, part, ThroughputTopicModel::NotesColumn), QStringLiteral("1 unreadable"));
    // Unknown sorts below zero, so a sort by rate never mixes "?" into the idle topics.
    QVERIFY(model.index(first, ThroughputTopicModel::RateColumn)
                .data(ThroughputTopicModel::SortRole)
                .toDouble() < 0);
}

void TstThroughputModels::factsAreLabelled() {
    ThroughputTopicModel model;
    TopicRate hot = makeTopic({QStringLiteral("hot"), 100, 4});
    hot.skew = 3.2;
    hot.hotPartition = true;
    hot.hottestPartition = 2;
    hot.hottestShare = 0.8;
    hot.estimatedBytesPerSec = 51200;
    hot.meanRecordBytes = 512;
    hot.offsetNotes = OffsetNote::Compacted | OffsetNote::TransactionMarkers;
    TopicRate single = makeTopic({QStringLiteral("single"), 10, 1});
    model.setSnapshot(snapshotOf(3, {hot, single}));
    const int row = model.rowOfTopic(QStringLiteral("hot"));
    QCOMPARE(cell(model, row, ThroughputTopicModel::SkewColumn),
             QStringLiteral("3.20\u00d7 \u25b2 P2"));
    QVERIFY(model.index(row, ThroughputTopicModel::SkewColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("80%")));
    QVERIFY(model.index(row, 0).data(ThroughputTopicModel::HotPartitionRole).toBool());
    QCOMPARE(cell(model, row, ThroughputTopicModel::BytesColumn),
             QStringLiteral("\u2248 51.2 kB/s"));
    QVERIFY(model.headerData(ThroughputTopicModel::BytesColumn, Qt::Horizontal)
                .toString()
                .startsWith(QStringLiteral("\u2248")));
    QVERIFY(model.headerData(ThroughputTopicModel::BytesColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("estimate")));
    QCOMPARE(cell(model, row, ThroughputTopicModel::NotesColumn),
             QStringLiteral("compacted, transactional"));
    const QString notesTip =
        model.index(row, ThroughputTopicModel::NotesColumn).data(Qt::ToolTipRole).toString();
    QVERIFY(notesTip.contains(QStringLiteral("control records")));
    QVERIFY(notesTip.contains(QStringLiteral("compaction")));
    // One partition: skew is meaningless, shown as a dash.
    QCOMPARE(
        cell(model, model.rowOfTopic(QStringLiteral("single")), ThroughputTopicModel::SkewColumn),
        QStringLiteral("\u2014"));
}

void TstThroughputModels::sparklineComesFromHistory() {
    ThroughputHistory history;
    ThroughputTopicModel model;
    model.setHistory(&history);
    ThroughputSnapshotPtr last;
    for (quint64 s = 1; s <= 100; ++s) {
        last = makeSnapshot(s, {{QStringLiteral("t"), static_cast<double>(s)}});
        history.append(*last);
    }
    model.setSnapshot(last);
    const auto points = model.index(0, ThroughputTopicModel::TrendColumn)
                            .data(ThroughputTopicModel::SparklineRole)
                            .value<QList<float>>();
    QCOMPARE(points.size(), ThroughputTopicModel::kSparklinePoints);
    QCOMPARE(points.last(), 100.0f);
    QCOMPARE(points.first(), 41.0f);
    // Other columns carry no sparkline.
    QVERIFY(!model.index(0, ThroughputTopicModel::RateColumn)
                 .data(ThroughputTopicModel::SparklineRole)
                 .isValid());
    model.setHistory(nullptr);
    QVERIFY(model.index(0, ThroughputTopicModel::TrendColumn)
                .data(ThroughputTopicModel::SparklineRole)
                .value<QList<float>>()
                .isEmpty());
}

void TstThroughputModels::seriesColorsShowOnlyWhereChanged() {
    ThroughputTopicModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(makeSnapshot(
        1, {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 1}, {QStringLiteral("c"), 1}}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSeriesColors({{QStringLiteral("b"), QColor(Qt::red)}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(model.index(1, 0).data(Qt::DecorationRole).value<QColor>(), QColor(Qt::red));
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
    changed.clear();
    model.setSeriesColors({{QStringLiteral("b"), QColor(Qt::red)}});
    QCOMPARE(changed.count(), 0);
    model.setSeriesColors({{QStringLiteral("c"), QColor(Qt::blue)}});
    QCOMPARE(changed.count(), 2); // b loses its swatch, c gets one
}

void TstThroughputModels::proxyFiltersAndSortsByRate() {
    ThroughputTopicModel model;
    ThroughputTopicFilterModel proxy;
    proxy.setTopicModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ThroughputTopicModel::RateColumn, Qt::DescendingOrder);
    model.setSnapshot(makeSnapshot(2, {{QStringLiteral("orders"), 10},
                                       {QStringLiteral("payments"), 300},
                                       {QStringLiteral("orders-dlq"), kNoRate},
                                       {QStringLiteral("__consumer_offsets"), 5000, 50}}));
    QCOMPARE(namesOf(proxy), (QStringList{QStringLiteral("payments"), QStringLiteral("orders"),
                                          QStringLiteral("orders-dlq")}));
    proxy.setShowInternal(true);
    QCOMPARE(proxy.topicName(proxy.index(0, 0)), QStringLiteral("__consumer_offsets"));
    proxy.setNameFilter(QStringLiteral(" ORDERS "));
    QCOMPARE(namesOf(proxy), (QStringList{QStringLiteral("orders"), QStringLiteral("orders-dlq")}));
    QVERIFY(!proxy.indexOfTopic(QStringLiteral("payments")).isValid());
    // A new tick re-sorts live: orders-dlq overtakes orders.
    model.setSnapshot(makeSnapshot(3, {{QStringLiteral("orders"), 10},
                                       {QStringLiteral("payments"), 300},
                                       {QStringLiteral("orders-dlq"), 20},
                                       {QStringLiteral("__consumer_offsets"), 5000, 50}}));
    QCOMPARE(namesOf(proxy), (QStringList{QStringLiteral("orders-dlq"), QStringLiteral("orders")}));
}

void TstThroughputModels::tenThousandTopicsTickIsCheap() {
    ThroughputTopicModel model;
    ThroughputTopicFilterModel proxy;
    proxy.setTopicModel(&model);
    proxy.sort(ThroughputTopicModel::RateColumn, Qt::DescendingOrder);
    QList<TopicSpec> specs;
    for (int i = 0; i < 10000; ++i)
        specs.append({QStringLiteral("topic-%1").arg(i, 5, 10, QLatin1Char('0')), double(i % 97),
                      1 + i % 6});
    model.setSnapshot(makeSnapshot(1, specs));
    for (int i = 0; i < specs.size(); ++i)
        specs[i].rate = double((i * 7) % 101);
    const auto next = makeSnapshot(2, specs);
    QElapsedTimer timer;
    timer.start();
    model.setSnapshot(next);
    const qint64 ms = timer.elapsed();
    qInfo("10,000 topics: one tick with every rate changed and a live re-sort took %lld ms", ms);
    QCOMPARE(proxy.rowCount(), 10000);
    QVERIFY2(ms < 500, qPrintable(QString::number(ms)));
}

QTEST_MAIN(TstThroughputModels)
#include "tst_throughput_models.moc"
