#include "ThroughputTopicsPanel.h"

#include "DisplayFormat.h"
#include "PlainTextDelegate.h"
#include "SparklineDelegate.h"
#include "TableSetup.h"
#include "ThroughputTopicFilterModel.h"
#include "ThroughputTopicModel.h"
#include "WidgetsTr.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace streamscope {

ThroughputTopicsPanel::ThroughputTopicsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new ThroughputTopicModel(this))
    , m_proxy(new ThroughputTopicFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_showInternal(new QCheckBox(WidgetsTr::tr("Show internal topics"), this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this)) {
    m_proxy->setTopicModel(m_model);

    auto* title = new QLabel(WidgetsTr::tr("Topics"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_count->setObjectName(QStringLiteral("throughputTopicCount"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_count->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_count->setEnabled(false);

    m_filter->setObjectName(QStringLiteral("throughputTopicFilter"));
    m_filter->setPlaceholderText(WidgetsTr::tr("Filter topics by name (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_showInternal->setObjectName(QStringLiteral("throughputShowInternal"));
    m_showInternal->setToolTip(
        WidgetsTr::tr("Include Kafka's own topics such as __consumer_offsets"));

    m_table->setObjectName(QStringLiteral("throughputTable"));
    m_table->setModel(m_proxy);
    setUpDataTable(m_table);
    // Several topics can go on the chart at once (Ctrl/Shift-click).
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Every visible cell repaints every tick (rates change, rows re-sort): a cheap text path.
    m_table->setItemDelegate(new PlainTextDelegate(m_table));
    m_table->setItemDelegateForColumn(ThroughputTopicModel::TrendColumn,
                                      new SparklineDelegate(ThroughputTopicModel::SparklineRole,
                                                            ThroughputTopicModel::SeriesColorRole,
                                                            ThroughputTopicModel::kSparklinePoints,
                                                            m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ThroughputTopicModel::RateColumn, Qt::DescendingOrder);
    setColumnWidthsInChars(m_table, {24, 7, 12, 11, 4, 9, 11, 14});
    // Never narrower than the header text plus the sort arrow.
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics headerMetrics(header->font());
    for (int column = 0; column < ThroughputTopicModel::ColumnCount; ++column) {
        const QString text = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, std::max(header->sectionSize(column),
                                               headerMetrics.horizontalAdvance(text) + 28));
    }
    header->setStretchLastSection(true);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setNameFilter(text);
        reselect();
        updateCount();
    });
    connect(m_showInternal, &QCheckBox::toggled, this, [this](bool show) {
        m_proxy->setShowInternal(show);
        reselect();
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ThroughputTopicsPanel::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ThroughputTopicsPanel::onCurrentChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &ThroughputTopicsPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ThroughputTopicsPanel::updateCount);

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addWidget(m_count, 1);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_showInternal);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);
    updateCount();
}

void ThroughputTopicsPanel::setSnapshot(const ThroughputSnapshotPtr& snapshot) {
    m_model->setSnapshot(snapshot);
    m_hasSnapshot = snapshot != nullptr;
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
    if (!m_selected.isEmpty() && !m_table->selectionModel()->hasSelection())
        reselect(); // e.g. a selected topic came back after being filtered out
    updateCount();
}

void ThroughputTopicsPanel::setHistory(const ThroughputHistory* history) {
    m_model->setHistory(history);
}

void ThroughputTopicsPanel::setSeriesColors(const QHash<QString, QColor>& colors) {
    m_model->setSeriesColors(colors);
}

void ThroughputTopicsPanel::selectTopics(const QStringList& names) {
    QItemSelection selection;
    QModelIndex first;
    const int lastColumn = m_proxy->columnCount() - 1;
    for (const QString& name : names) {
        const QModelIndex index = m_proxy->indexOfTopic(name);
        if (!index.isValid())
            continue;
        if (!first.isValid())
            first = index;
        selection.select(index, index.siblingAtColumn(lastColumn));
    }
    if (!first.isValid())
        return;
    QItemSelectionModel* model = m_table->selectionModel();
    model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(first);
}

void ThroughputTopicsPanel::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ThroughputTopicsPanel::onSelectionChanged() {
    if (m_restoringSelection)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
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
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const QString name = m_proxy->topicName(current);
    if (name.isEmpty() || name == m_current)
        return;
    m_current = name;
    Q_EMIT currentTopicChanged(m_current);
}

void ThroughputTopicsPanel::reselect() {
    if (m_selected.isEmpty() || m_table->selectionModel()->hasSelection())
        return;
    QItemSelection selection;
    const int lastColumn = m_proxy->columnCount() - 1;
    for (const QString& name : std::as_const(m_selected)) {
        const QModelIndex index = m_proxy->indexOfTopic(name);
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(lastColumn));
    }
    if (selection.isEmpty())
        return;
    // Showing the same topics again is not a new choice.
    m_restoringSelection = true;
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    m_restoringSelection = false;
}

void ThroughputTopicsPanel::updateCount() {
    const QLocale locale = displayLocale();
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    int internal = 0;
    if (!m_proxy->showInternal()) {
        for (int row = 0; row < total; ++row)
            internal += m_model->topicAt(row).internal ? 1 : 0;
    }
    const int visible = total - internal;
    QString text;
    if (!m_hasSnapshot)
        text.clear();
    else if (!m_proxy->nameFilter().isEmpty() && shown == 0)
        text = WidgetsTr::tr("No topic matches \u201c%1\u201d").arg(m_proxy->nameFilter());
    else if (shown < visible)
        text = WidgetsTr::tr("%1 of %2 topics")
                   .arg(formatCount(locale, shown), formatCount(locale, visible));
    else
        text = shown == 1 ? WidgetsTr::tr("1 topic")
                          : WidgetsTr::tr("%1 topics").arg(formatCount(locale, shown));
    if (internal > 0 && m_proxy->nameFilter().isEmpty())
        text =
            WidgetsTr::tr("%1 \u00b7 %2 internal hidden").arg(text, formatCount(locale, internal));
    m_count->setText(text);
}

void ThroughputTopicsPanel::saveSettings(QSettings& settings) const {
    settings.setValue(QStringLiteral("throughputHeader"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("showInternal"), m_showInternal->isChecked());
}

void ThroughputTopicsPanel::restoreSettings(const QSettings& settings) {
    const QByteArray header = settings.value(QStringLiteral("throughputHeader")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    m_showInternal->setChecked(settings.value(QStringLiteral("showInternal"), false).toBool());
}

} // namespace streamscope
