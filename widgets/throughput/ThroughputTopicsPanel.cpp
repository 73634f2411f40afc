#include "throughput/ThroughputTopicsPanel.h"

#include "charts/SparklineDelegate.h"
#include "common/FillingColumn.h"
#include "common/PlainTextDelegate.h"
#include "common/TableSetup.h"
#include "throughput/ThroughputTopicFilterModel.h"
#include "throughput/ThroughputTopicModel.h"

#include <QHeaderView>
#include <QItemSelection>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace streamscope {

ThroughputTopicsPanel::ThroughputTopicsPanel(QWidget* parent)
    : TopicListPanel({.table = QStringLiteral("throughputTable"),
                      .filter = QStringLiteral("throughputTopicFilter"),
                      .showInternal = QStringLiteral("throughputShowInternal"),
                      .count = QStringLiteral("throughputTopicCount")},
                     QStringLiteral("throughputHeader"), parent)
    , m_model(new ThroughputTopicModel(this))
    , m_proxy(new ThroughputTopicFilterModel(this)) {
    m_proxy->setTopicModel(m_model);
    setProxy(m_proxy);
    QTableView* view = table();
    // Several topics can go on the chart at once (Ctrl/Shift-click).
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Every visible cell repaints every tick (rates change, rows re-sort): a cheap text path.
    view->setItemDelegate(new PlainTextDelegate(view));
    view->setItemDelegateForColumn(ThroughputTopicModel::TrendColumn,
                                   new SparklineDelegate(ThroughputTopicModel::SparklineRole,
                                                         ThroughputTopicModel::SeriesColorRole,
                                                         ThroughputTopicModel::kSparklinePoints,
                                                         view));
    view->setSortingEnabled(true);
    view->sortByColumn(ThroughputTopicModel::RateColumn, Qt::DescendingOrder);
    setUpColumns();

    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ThroughputTopicsPanel::onSelectionChanged);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ThroughputTopicsPanel::onCurrentChanged);
}

void ThroughputTopicsPanel::setUpColumns() {
    // At 1280x800 the chart beside the table leaves it about 600 px for eight columns. Each
    // number column starts as wide as its header (the sorted one with room for the arrow) or a
    // typical wide value, whichever is wider, and the name takes the rest (a wider window widens
    // the name first). Longer values elide; their tooltips say them in full.
    using Model = ThroughputTopicModel;
    const QFontMetrics cellMetrics(table()->font());
    QList<int> contentWidth(Model::ColumnCount, 0);             // 0: the header decides
    contentWidth[Model::TrendColumn] = Model::kSparklinePoints; // one pixel per point
    contentWidth[Model::SkewColumn] =
        cellMetrics.horizontalAdvance(QStringLiteral("3.25\u00d7 \u25b2 P12"));
    contentWidth[Model::ProducedColumn] =
        cellMetrics.horizontalAdvance(QStringLiteral("12,345,678"));
    contentWidth[Model::BytesColumn] =
        cellMetrics.horizontalAdvance(QStringLiteral("\u2248 123 kB/s"));

    fitColumnsToHeaders(table(), contentWidth, Model::NameColumn);
    QHeaderView* header = table()->horizontalHeader();
    // The byte estimate is the least telling column and the current topic's summary line says
    // it anyway: hidden by default so the names keep their room; the header's menu shows it.
    header->setSectionHidden(Model::BytesColumn, true);
    // The name takes the rest, but keeps room for a name like "shop.notifications" even when
    // longer translations or a narrow window leave less: then the table scrolls sideways.
    new FillingColumn(table(), Model::NameColumn,
                      cellMetrics.horizontalAdvance(QStringLiteral("shop.notifications")) +
                          kTableCellMargin + style()->pixelMetric(QStyle::PM_SmallIconSize) + 6);
}

void ThroughputTopicsPanel::setSnapshot(const ThroughputSnapshotPtr& snapshot) {
    m_model->setSnapshot(snapshot);
    setHasSnapshot(snapshot != nullptr);
    if (!snapshot) {
        m_selected.clear();
        m_current.clear();
        m_autoSelected = false;
    }
    // Once rates are known (the second sample), select the busiest topic, so the charts show
    // something without a click. Only once per session, and never over the user's choice.
    if (snapshot && snapshot->sequence >= 2 && !m_autoSelected) {
        m_autoSelected = true;
        if (m_selected.isEmpty() && m_proxy->rowCount() > 0)
            selectTopics({m_proxy->topicName(m_proxy->index(0, 0))});
    }
    if (!m_selected.isEmpty() && !table()->selectionModel()->hasSelection())
        reselectHidden(); // e.g. a selected topic came back after being filtered out
    updateCount();
}

void ThroughputTopicsPanel::setHistory(const ThroughputHistory* history) {
    m_model->setHistory(history);
}

void ThroughputTopicsPanel::setSeriesColors(const QHash<QString, QColor>& colors) {
    m_model->setSeriesColors(colors);
}

void ThroughputTopicsPanel::selectTopics(const QStringList& names) {
    QModelIndex first;
    const QItemSelection selection = rowsOfTopics(names, &first);
    if (!first.isValid())
        return;
    QItemSelectionModel* model = table()->selectionModel();
    model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table()->scrollTo(first);
}

void ThroughputTopicsPanel::onSelectionChanged() {
    if (m_restoringSelection)
        return;
    const QModelIndexList rows = table()->selectionModel()->selectedRows();
    // An empty selection (filtered out, topic deleted) keeps the last choice on the chart.
    if (rows.isEmpty())
        return;
    QList<QModelIndex> sorted(rows.begin(), rows.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList names;
    names.reserve(sorted.size());
    for (const QModelIndex& index : std::as_const(sorted))
        names.append(m_proxy->topicName(index));
    // Live re-sorting moves rows, which reorders the list without changing the set: that is
    // no change for the chart.
    QStringList a = names;
    QStringList b = m_selected;
    a.sort();
    b.sort();
    if (a == b)
        return;
    m_selected = names;
    Q_EMIT selectionChanged(m_selected);
    if (!m_selected.contains(m_current)) {
        m_current = m_selected.first();
        Q_EMIT currentTopicChanged(m_current);
    }
}

void ThroughputTopicsPanel::onCurrentChanged() {
    const QModelIndex current = table()->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const QString name = m_proxy->topicName(current);
    if (name.isEmpty() || name == m_current)
        return;
    m_current = name;
    Q_EMIT currentTopicChanged(m_current);
}

void ThroughputTopicsPanel::reselectHidden() {
    if (m_selected.isEmpty() || table()->selectionModel()->hasSelection())
        return;
    const QItemSelection selection = rowsOfTopics(m_selected);
    if (selection.isEmpty())
        return;
    // Showing the same topics again is not a new choice.
    m_restoringSelection = true;
    table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    m_restoringSelection = false;
}

QItemSelection ThroughputTopicsPanel::rowsOfTopics(const QStringList& names,
                                                   QModelIndex* first) const {
    QItemSelection selection;
    const int lastColumn = m_proxy->columnCount() - 1;
    for (const QString& name : names) {
        const QModelIndex index = m_proxy->indexOfTopic(name);
        if (!index.isValid())
            continue;
        if (first && !first->isValid())
            *first = index;
        selection.select(index, index.siblingAtColumn(lastColumn));
    }
    return selection;
}

} // namespace streamscope
