// SnapshotTreeModel (models/common) under QAbstractItemModelTester: groups -> topics ->
// partitions swapped as whole snapshots, with the smallest set of change signals per level,
// stable node identities, and lookup by key path.

#include "common/SnapshotTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace streamscope;

namespace {

// A lag-like tree: every node shows its name and one number (lag).
struct Row {
    qint64 lag = 0;
};
using Spec = TreeNodeSpec<Row>;

class LagTree : public SnapshotTreeModel<Row> {
public:
    enum Column { NameColumn, LagColumn, ColumnCount };
    LagTree()
        : SnapshotTreeModel<Row>(ColumnCount) {}

    QVariant data(const QModelIndex& index, int role) const override {
        if (!isCellIndex(index) || role != Qt::DisplayRole)
            return {};
        if (index.column() == LagColumn)
            return itemAt(index)->lag;
        const TreeKey key = keyAt(index);
        return key.number >= 0 ? QString::number(key.number) : key.name;
    }

    void setTree(std::vector<Spec> next) {
        replaceTree(std::move(next), [](const Row& a, const Row& b, int) -> ColumnMask {
            return a.lag != b.lag ? ColumnMask(1) << LagColumn : 0;
        });
    }
};

Spec partition(int p, qint64 lag) {
    return {TreeKey::numbered(p), {lag}, {}};
}

Spec topic(const QString& name, std::vector<Spec> partitions) {
    qint64 sum = 0;
    for (const Spec& p : partitions)
        sum += p.item.lag;
    return {TreeKey::named(name), {sum}, std::move(partitions)};
}

Spec group(const QString& name, std::vector<Spec> topics) {
    qint64 sum = 0;
    for (const Spec& t : topics)
        sum += t.item.lag;
    return {TreeKey::named(name), {sum}, std::move(topics)};
}

QStringList childNames(const QAbstractItemModel& model, const QModelIndex& parent = {}) {
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(model.index(row, 0, parent).data().toString());
    return names;
}

} // namespace

class TstTreeModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void passesTesterThroughSwaps();
    void changeSignalsAreMinimal();
    void nodesKeepTheirIdentity();
    void lookupByKeyPath();
    void unsortedAndDuplicateKeys();
};

void TstTreeModel::passesTesterThroughSwaps() {
    LagTree model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree({group(u"billing"_qs, {topic(u"orders"_qs, {partition(0, 5), partition(1, 0)})}),
                   group(u"audit"_qs, {})});
    QCOMPARE(childNames(model), (QStringList{u"audit"_qs, u"billing"_qs}));
    model.setTree({group(u"billing"_qs, {topic(u"orders"_qs, {partition(0, 1), partition(2, 3)}),
                                         topic(u"payments"_qs, {partition(0, 9)})}),
                   group(u"shipping"_qs, {topic(u"orders"_qs, {partition(0, 0)})})});
    QCOMPARE(childNames(model), (QStringList{u"billing"_qs, u"shipping"_qs}));
    const QModelIndex billing = model.index(0, 0);
    QCOMPARE(childNames(model, billing), (QStringList{u"orders"_qs, u"payments"_qs}));
    QCOMPARE(childNames(model, model.index(0, 0, billing)), (QStringList{u"0"_qs, u"2"_qs}));
    model.setTree({});
    QCOMPARE(model.rowCount(), 0);
    // Partitions sort as numbers, not as text.
    std::vector<Spec> many;
    for (int p = 12; p >= 0; --p)
        many.push_back(partition(p, p));
    model.setTree({group(u"g"_qs, {topic(u"t"_qs, std::move(many))})});
    const QModelIndex t = model.index(0, 0, model.index(0, 0));
    QCOMPARE(model.index(10, 0, t).data().toString(), u"10"_qs);
}

void TstTreeModel::changeSignalsAreMinimal() {
    LagTree model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree({group(u"a"_qs, {topic(u"orders"_qs, {partition(0, 1), partition(1, 1)})}),
                   group(u"b"_qs, {topic(u"orders"_qs, {partition(0, 0)})})});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Same tree: no signal at all.
    model.setTree({group(u"a"_qs, {topic(u"orders"_qs, {partition(0, 1), partition(1, 1)})}),
                   group(u"b"_qs, {topic(u"orders"_qs, {partition(0, 0)})})});
    QCOMPARE(inserted.count() + removed.count() + changed.count() + resets.count(), 0);

    // One partition's lag changes: dataChanged on it and its two ancestors (their sums), only in
    // the lag column.
    model.setTree({group(u"a"_qs, {topic(u"orders"_qs, {partition(0, 1), partition(1, 4)})}),
                   group(u"b"_qs, {topic(u"orders"_qs, {partition(0, 0)})})});
    QCOMPARE(changed.count(), 3);
    for (const auto& args : changed) {
        QCOMPARE(args.at(0).toModelIndex().column(), int(LagTree::LagColumn));
        QCOMPARE(args.at(1).toModelIndex().column(), int(LagTree::LagColumn));
    }
    const QModelIndex partitionChanged = changed.at(2).at(0).toModelIndex();
    QCOMPARE(model.pathOf(partitionChanged),
             (std::vector<TreeKey>{TreeKey::named(u"a"_qs), TreeKey::named(u"orders"_qs),
                                   TreeKey::numbered(1)}));
    QCOMPARE(inserted.count() + removed.count() + resets.count(), 0);
    changed.clear();

    // A partition appears under b/orders, and group a's topic vanishes: one insert under the
    // topic, one remove under the group, no reset.
    model.setTree({group(u"a"_qs, {}),
                   group(u"b"_qs, {topic(u"orders"_qs, {partition(0, 0), partition(1, 0)})})});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.pathOf(inserted.at(0).at(0).toModelIndex()),
             (std::vector<TreeKey>{TreeKey::named(u"b"_qs), TreeKey::named(u"orders"_qs)}));
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.pathOf(removed.at(0).at(0).toModelIndex()),
             (std::vector<TreeKey>{TreeKey::named(u"a"_qs)}));
    QCOMPARE(resets.count(), 0);
    // Group a's lag went 5 -> 0: that cell changed.
    QCOMPARE(changed.count(), 1);

    // A whole new group comes with its subtree in one insert.
    inserted.clear();
    model.setTree({group(u"a"_qs, {}),
                   group(u"b"_qs, {topic(u"orders"_qs, {partition(0, 0), partition(1, 0)})}),
                   group(u"c"_qs, {topic(u"x"_qs, {partition(0, 2)})})});
    QCOMPARE(inserted.count(), 1);
    QVERIFY(!inserted.at(0).at(0).toModelIndex().isValid());
    QCOMPARE(model.rowCount(model.indexOfPath({TreeKey::named(u"c"_qs), TreeKey::named(u"x"_qs)})),
             1);
}

void TstTreeModel::nodesKeepTheirIdentity() {
    LagTree model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree({group(u"m"_qs, {topic(u"t"_qs, {partition(0, 1)})})});
    const QModelIndex before =
        model.indexOfPath({TreeKey::named(u"m"_qs), TreeKey::named(u"t"_qs), TreeKey::numbered(0)});
    const QPersistentModelIndex persistent(before);
    const void* id = before.internalPointer();
    // Groups before and after it, topics before it, new lag: same node, moved rows.
    model.setTree({group(u"a"_qs, {}),
                   group(u"m"_qs, {topic(u"s"_qs, {}), topic(u"t"_qs, {partition(0, 8)})}),
                   group(u"z"_qs, {})});
    const QModelIndex after =
        model.indexOfPath({TreeKey::named(u"m"_qs), TreeKey::named(u"t"_qs), TreeKey::numbered(0)});
    QCOMPARE(after.internalPointer(), id);
    QVERIFY(persistent.isValid());
    QCOMPARE(QModelIndex(persistent), after);
    QCOMPARE(persistent.parent().row(), 1); // "s" came before "t"
    QCOMPARE(persistent.parent().parent().row(), 1);
    QCOMPARE(model.index(0, LagTree::LagColumn, persistent.parent()).data().toLongLong(),
             qint64(8));
}

void TstTreeModel::lookupByKeyPath() {
    LagTree model;
    model.setTree({group(u"g"_qs, {topic(u"orders"_qs, {partition(0, 1), partition(3, 7)})})});
    const QModelIndex p3 = model.indexOfPath(
        {TreeKey::named(u"g"_qs), TreeKey::named(u"orders"_qs), TreeKey::numbered(3)},
        LagTree::LagColumn);
    QVERIFY(p3.isValid());
    QCOMPARE(p3.column(), int(LagTree::LagColumn));
    QCOMPARE(p3.data().toLongLong(), qint64(7));
    QCOMPARE(model.depthOf(p3), 2);
    QCOMPARE(model.itemAt(p3)->lag, qint64(7));
    QVERIFY(!model.indexOfPath({TreeKey::named(u"g"_qs), TreeKey::named(u"none"_qs)}).isValid());
    QVERIFY(!model.indexOfPath({TreeKey::named(u"x"_qs)}).isValid());
    QVERIFY(!model.indexOfPath({}).isValid());
    QCOMPARE(model.depthOf({}), -1);
    QCOMPARE(model.itemAt({}), nullptr);
}

void TstTreeModel::unsortedAndDuplicateKeys() {
    LagTree model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree({group(u"c"_qs, {}), group(u"a"_qs, {topic(u"t"_qs, {partition(0, 1)})}),
                   group(u"c"_qs, {topic(u"dup"_qs, {})}), group(u"b"_qs, {})});
    QCOMPARE(childNames(model), (QStringList{u"a"_qs, u"b"_qs, u"c"_qs}));
    QCOMPARE(model.rowCount(model.index(2, 0)), 0); // the first "c" counts
}

QTEST_GUILESS_MAIN(TstTreeModel)
#include "tst_tree_model.moc"
