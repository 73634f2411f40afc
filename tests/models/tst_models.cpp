// Every model against QAbstractItemModelTester, fed with synthetic snapshots: topics appearing and
// vanishing, changing offsets, a switch of topic, and a 10,000-topic cluster whose filtering must
// stay under 50 ms.

#include "overview/BrokerTableModel.h"
#include "overview/PartitionTableModel.h"
#include "overview/TopicTableFilterModel.h"
#include "overview/TopicTableModel.h"

#include "SyntheticCluster.h"
#include "TimeBudget.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>

using namespace streamscope;

namespace {

struct TopicSpec {
    QString name;
    int partitions = 1;
    qint64 recordsPerPartition = 0;
    int replicas = 1;
};

// The tests below describe clusters as tables of TopicSpec; the shared builder makes them.
void addTopic(test::SyntheticCluster& cluster, const TopicSpec& spec) {
    cluster.topic(spec.name, spec.partitions)
        .replicas(spec.replicas)
        .offsets(10, 10 + spec.recordsPerPartition);
}

ClusterSnapshot makeSnapshot(const QList<TopicSpec>& specs, int brokerCount = 1,
                             int controllerId = 0) {
    test::SyntheticCluster cluster;
    cluster.brokers(brokerCount, controllerId);
    for (const auto& spec : specs)
        addTopic(cluster, spec);
    return cluster.snapshot();
}

QStringList namesOf(const QAbstractItemModel& model) {
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, 0).data().toString());
    return names;
}

QList<TopicSpec> manyTopics(int count) {
    QList<TopicSpec> specs;
    specs.reserve(count + 2);
    for (int i = 0; i < count; ++i)
        specs.append({QStringLiteral("orders.service-%1.events").arg(i, 5, 10, QLatin1Char('0')),
                      1 + i % 12, i % 1000});
    specs.append({QStringLiteral("__consumer_offsets"), 50, 0});
    specs.append({QStringLiteral("__transaction_state"), 50, 0});
    return specs;
}

} // namespace

class TstModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void brokerModel();
    void topicModelMinimalSignals();
    void topicModelKeepsSelection();
    void topicModelOrdersUnsortedSnapshot();
    void topicProxyFilters();
    void partitionModel();
    void tenThousandTopics();
    void syntheticClusterBuilder();
};

void TstModels::brokerModel() {
    BrokerTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    model.setSnapshot(makeSnapshot({{QStringLiteral("a"), 6, 1, 3}}, 3, 1));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, BrokerTableModel::HostColumn).data().toString(),
             QStringLiteral("broker-0.local"));
    QCOMPARE(model.index(1, BrokerTableModel::ControllerColumn).data().toString(),
             QStringLiteral("Controller"));
    QVERIFY(model.index(0, BrokerTableModel::ControllerColumn).data().toString().isEmpty());
    QCOMPARE(model.index(0, BrokerTableModel::LeadersColumn).data(SnapshotTableModel::SortRole),
             QVariant(2)); // partitions 0 and 3
    QCOMPARE(model.index(2, BrokerTableModel::ReplicasColumn).data().toString(),
             QStringLiteral("6"));

    // Controller moves and one broker leaves: one row removed, the rest updated in place.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSnapshot(makeSnapshot({{QStringLiteral("a"), 6, 1, 2}}, 2, 0));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(removed.count(), 1);
    QVERIFY(changed.count() >= 1);
    QVERIFY(model.brokerAt(0).controller);

    model.setSnapshot(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 0);
}

void TstModels::topicModelMinimalSignals() {
    TopicTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setSnapshot(makeSnapshot(
        {{QStringLiteral("b"), 3, 100}, {QStringLiteral("d"), 1, 5}, {QStringLiteral("f"), 2, 0}}));
    QCOMPARE(namesOf(model), (QStringList{u"b"_qs, u"d"_qs, u"f"_qs}));
    QCOMPARE(inserted.count(), 1); // one batch for the first load
    QCOMPARE(model.index(0, TopicTableModel::MessagesColumn).data().toString(),
             QStringLiteral("300"));
    QCOMPARE(model.index(0, TopicTableModel::PartitionsColumn).data().toString(),
             QStringLiteral("3"));

    // Same snapshot content again: not a single signal.
    inserted.clear();
    model.setSnapshot(makeSnapshot(
        {{QStringLiteral("b"), 3, 100}, {QStringLiteral("d"), 1, 5}, {QStringLiteral("f"), 2, 0}}));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 0);

    // "a" and "e" appear, "d" vanishes, "f" gets records: two inserts, one removal, and one
    // dataChanged that covers only the messages cell of "f".
    model.setSnapshot(makeSnapshot({{QStringLiteral("a"), 1, 0},
                                    {QStringLiteral("b"), 3, 100},
                                    {QStringLiteral("e"), 4, 0},
                                    {QStringLiteral("f"), 2, 1234}}));
    QCOMPARE(namesOf(model), (QStringList{u"a"_qs, u"b"_qs, u"e"_qs, u"f"_qs}));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 3);
    QCOMPARE(bottomRight.row(), 3);
    QCOMPARE(topLeft.column(), int(TopicTableModel::MessagesColumn));
    QCOMPARE(bottomRight.column(), int(TopicTableModel::MessagesColumn));
    QCOMPARE(model.index(3, TopicTableModel::MessagesColumn).data().toString(),
             QStringLiteral("2,468"));

    // Everything goes away and comes back.
    model.setSnapshot(makeSnapshot({}));
    QCOMPARE(model.rowCount(), 0);
    model.setSnapshot(makeSnapshot({{QStringLiteral("z"), 1, 0}}));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOfTopic(QStringLiteral("z")), 0);
    QCOMPARE(model.rowOfTopic(QStringLiteral("nope")), -1);
    QCOMPARE(resets.count(), 0);
}

void TstModels::topicModelKeepsSelection() {
    TopicTableModel model;
    TopicTableFilterModel proxy;
    proxy.setTopicModel(&model);
    proxy.sort(TopicTableModel::MessagesColumn, Qt::DescendingOrder);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(&proxy);

    model.setSnapshot(makeSnapshot({{QStringLiteral("alpha"), 1, 10},
                                    {QStringLiteral("beta"), 1, 20},
                                    {QStringLiteral("gamma"), 1, 30}}));
    const QModelIndex beta = proxy.indexOfTopic(QStringLiteral("beta"));
    QVERIFY(beta.isValid());
    selection.setCurrentIndex(beta,
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // alpha vanishes, delta appears at the top, beta's count now sorts it first.
    model.setSnapshot(makeSnapshot({{QStringLiteral("beta"), 1, 50},
                                    {QStringLiteral("delta"), 1, 40},
                                    {QStringLiteral("gamma"), 1, 30}}));
    QCOMPARE(namesOf(proxy), (QStringList{u"beta"_qs, u"delta"_qs, u"gamma"_qs}));
    QCOMPARE(proxy.topicName(selection.currentIndex()), QStringLiteral("beta"));
    QVERIFY(selection.isRowSelected(0, {}));
}

void TstModels::topicModelOrdersUnsortedSnapshot() {
    // Snapshots promise name order; the merge must stay correct if one ever breaks that promise
    // (out of order, or a name twice: the first one counts).
    TopicTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    test::SyntheticCluster cluster;
    cluster.clusterId(QString()).inOrderGiven();
    for (const auto& spec : QList<TopicSpec>{{QStringLiteral("c"), 1, 3},
                                             {QStringLiteral("a"), 1, 1},
                                             {QStringLiteral("c"), 2, 9},
                                             {QStringLiteral("b"), 1, 2}})
        addTopic(cluster, spec);
    model.setSnapshot(cluster.snapshot());
    QCOMPARE(namesOf(model), (QStringList{u"a"_qs, u"b"_qs, u"c"_qs}));
    QCOMPARE(model.topicAt(2).partitionCount, 1);
    QCOMPARE(model.rowOfTopic(QStringLiteral("b")), 1);
}

void TstModels::topicProxyFilters() {
    TopicTableModel model;
    TopicTableFilterModel proxy;
    proxy.setTopicModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(makeSnapshot({{QStringLiteral("Orders"), 1, 1},
                                    {QStringLiteral("payments"), 1, 1},
                                    {QStringLiteral("__consumer_offsets"), 50, 0},
                                    {QStringLiteral("order-audit"), 1, 1}}));
    QCOMPARE(namesOf(proxy), (QStringList{u"Orders"_qs, u"order-audit"_qs, u"payments"_qs}));

    proxy.setNameFilter(QStringLiteral("ORDER"));
    QCOMPARE(namesOf(proxy), (QStringList{u"Orders"_qs, u"order-audit"_qs}));

    proxy.setShowInternal(true);
    proxy.setNameFilter(QStringLiteral("  offsets "));
    QCOMPARE(namesOf(proxy), (QStringList{u"__consumer_offsets"_qs}));
    QVERIFY(proxy.index(0, 0).data(TopicTableModel::InternalRole).toBool());

    proxy.setNameFilter(QString());
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setShowInternal(false);
    QCOMPARE(proxy.rowCount(), 3);
    QVERIFY(!proxy.indexOfTopic(QStringLiteral("__consumer_offsets")).isValid());
}

void TstModels::partitionModel() {
    PartitionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    model.setSnapshot(
        makeSnapshot({{QStringLiteral("a"), 3, 7, 2}, {QStringLiteral("b"), 1, 1}}, 2));
    QCOMPARE(model.rowCount(), 0); // no topic chosen yet
    model.setTopic(QStringLiteral("a"));
    QVERIFY(model.topicPresent());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, PartitionTableModel::LeaderColumn).data().toString(),
             QStringLiteral("1"));
    QCOMPARE(model.index(1, PartitionTableModel::ReplicasColumn).data().toString(),
             QStringLiteral("0, 1"));
    QCOMPARE(model.index(2, PartitionTableModel::StartOffsetColumn).data().toString(),
             QStringLiteral("10"));
    QCOMPARE(model.index(2, PartitionTableModel::EndOffsetColumn).data().toString(),
             QStringLiteral("17"));
    QCOMPARE(model.index(2, PartitionTableModel::MessagesColumn).data().toString(),
             QStringLiteral("7"));

    // More records and two more partitions: rows inserted, offsets updated, no reset.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSnapshot(makeSnapshot({{QStringLiteral("a"), 5, 2000, 2}}, 2));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, PartitionTableModel::EndOffsetColumn).data().toString(),
             QStringLiteral("2,010"));
    QCOMPARE(resets.count(), 0);

    // An under-replicated, leaderless partition.
    auto metadata =
        std::make_shared<ClusterMetadata>(*makeSnapshot({{QStringLiteral("a"), 5, 2000, 2}}, 2));
    metadata->topics[0].partitions[4].isr = {0};
    metadata->topics[0].partitions[4].leader = -1;
    model.setSnapshot(metadata);
    QCOMPARE(model.index(4, PartitionTableModel::LeaderColumn).data().toString(),
             QStringLiteral("none"));
    QVERIFY(model.index(4, PartitionTableModel::IsrColumn).data(Qt::ForegroundRole).isValid());

    // The topic is deleted: the table empties and says so.
    model.setSnapshot(makeSnapshot({{QStringLiteral("b"), 1, 1}}));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.topicPresent());

    // Another topic is a different table: one reset.
    model.setTopic(QStringLiteral("b"));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    model.setTopic(QString());
    QCOMPARE(model.rowCount(), 0);
}

void TstModels::tenThousandTopics() {
    constexpr int kTopics = 10000;
    const qint64 kBudgetMs = test::budgetMs(50);
    const auto specs = manyTopics(kTopics);
    const ClusterSnapshot first = makeSnapshot(specs, 3);

    TopicTableModel model;
    TopicTableFilterModel proxy;
    proxy.setTopicModel(&model);
    proxy.sort(TopicTableModel::NameColumn, Qt::AscendingOrder);

    QElapsedTimer timer;
    timer.start();
    model.setSnapshot(first);
    const qint64 loadMs = timer.elapsed();
    QCOMPARE(proxy.rowCount(), kTopics); // internal topics hidden

    // A tick where every topic got new records: dataChanged on one column, no structure change.
    auto grownSpecs = specs;
    for (auto& spec : grownSpecs)
        spec.recordsPerPartition += 3;
    const ClusterSnapshot grown = makeSnapshot(grownSpecs, 3);
    timer.restart();
    model.setSnapshot(grown);
    const qint64 tickMs = timer.elapsed();

    struct Step {
        QString text;
        bool internal;
        int expectedRows;
    };
    const QList<Step> steps = {
        {QStringLiteral("service-04242."), false, 1},
        {QStringLiteral("SERVICE-01"), false, 1000},
        {QStringLiteral("service-0"), false, 10000},
        {QStringLiteral("nothing-matches"), false, 0},
        {QString(), true, kTopics + 2},
        {QString(), false, kTopics},
    };
    qint64 worstFilterMs = 0;
    for (const auto& step : steps) {
        timer.restart();
        proxy.setShowInternal(step.internal);
        proxy.setNameFilter(step.text);
        const int rows = proxy.rowCount();
        const qint64 ms = timer.elapsed();
        worstFilterMs = std::max(worstFilterMs, ms);
        QCOMPARE(rows, step.expectedRows);
        qInfo("filter \"%s\" internal=%d -> %d rows in %lld ms", qPrintable(step.text),
              step.internal, rows, ms);
    }

    // Sorting by message count over the whole list (the view's header click).
    timer.restart();
    proxy.sort(TopicTableModel::MessagesColumn, Qt::DescendingOrder);
    const qint64 sortMs = timer.elapsed();

    qInfo("10,000 topics: first load %lld ms, tick with all counts changed %lld ms, worst "
          "filter %lld ms, sort by messages %lld ms",
          loadMs, tickMs, worstFilterMs, sortMs);
    QVERIFY2(worstFilterMs < kBudgetMs,
             qPrintable(QStringLiteral("filtering took %1 ms").arg(worstFilterMs)));
    QVERIFY2(tickMs < test::budgetMs(200),
             qPrintable(QStringLiteral("a tick took %1 ms").arg(tickMs)));

    // The tester on a big model too (slow, so only once, on the final state).
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(first);
}

QTEST_MAIN(TstModels)
void TstModels::syntheticClusterBuilder() {
    // The shared builder (tests/support) that every test's synthetic cluster comes from.
    const ClusterMetadata m = test::SyntheticCluster()
                                  .brokers(3, 1)
                                  .rack(2, QStringLiteral("eu-1c"))
                                  .broker(7, QStringLiteral("localhost"), 19092)
                                  .sampledAt(1700000000000, 42)
                                  .topic(QStringLiteral("orders"), 4)
                                  .replicas(3)
                                  .offsets(10, 20)
                                  .topic(QStringLiteral("__consumer_offsets"), 2)
                                  .topic(QStringLiteral("audit"))
                                  .replicasOn({7})
                                  .endOffsets({5, 9, 11}, 1)
                                  .unreadable(1, 6)
                                  .cleanupPolicy(QStringLiteral("compact"))
                                  .topic(QStringLiteral("led"), 2)
                                  .leader(2)
                                  .internal()
                                  .metadata();
    QCOMPARE(m.clusterId, QStringLiteral("test-cluster"));
    QCOMPARE(m.controllerId, 1);
    QCOMPARE(m.brokers.size(), std::size_t(4));
    QVERIFY(m.brokers[1].controller && !m.brokers[0].controller);
    QCOMPARE(m.brokers[2].rack, QStringLiteral("eu-1c"));
    QCOMPARE(m.brokers[3].id, 7);
    QCOMPARE(m.sampledAt.toMSecsSinceEpoch(), qint64(1700000000000));
    QCOMPARE(m.sampledAtMonotonicMs, qint64(42));
    QStringList names;
    for (const TopicInfo& t : m.topics)
        names.append(t.name);
    QCOMPARE(names, (QStringList{u"__consumer_offsets"_qs, u"audit"_qs, u"led"_qs, u"orders"_qs}));
    QVERIFY(m.topics[0].internal);
    const TopicInfo* orders = m.findTopic(QStringLiteral("orders"));
    QCOMPARE(orders->partitions.size(), std::size_t(4));
    QCOMPARE(orders->partitions[3].leader, 0); // 3 % 3 replicas
    QCOMPARE(orders->partitions[3].isr, (QList<int>{0, 1, 2}));
    QCOMPARE(orders->messageCount(), qint64(40));
    const TopicInfo* audit = m.findTopic(QStringLiteral("audit"));
    QCOMPARE(audit->partitions.size(), std::size_t(3));
    QCOMPARE(audit->partitions[0].leader, 7);
    QCOMPARE(audit->partitions[2].endOffset, qint64(11));
    QCOMPARE(audit->partitions[1].offsetErrorCode, 6);
    QVERIFY(!audit->partitions[1].offsetsKnown());
    QCOMPARE(audit->cleanupPolicy, QStringLiteral("compact"));
    const TopicInfo* led = m.findTopic(QStringLiteral("led"));
    QVERIFY(led->internal);
    QCOMPARE(led->partitions[1].leader, 2);
    QCOMPARE(led->partitions[1].endOffset, qint64(0)); // readable and empty by default
}

#include "tst_models.moc"
