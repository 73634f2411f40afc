#include "lag/LagGroupsPanel.h"

#include "charts/SparklineDelegate.h"
#include "common/ColumnChooser.h"
#include "common/DisplayFormat.h"
#include "common/FillingColumn.h"
#include "common/LiveTableView.h"
#include "common/ModelsTr.h"
#include "common/PlainTextDelegate.h"
#include "common/TableSetup.h"
#include "common/WidgetsTr.h"
#include "lag/LagFormat.h"
#include "lag/LagGroupFilterModel.h"
#include "lag/LagGroupModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace streamscope {

LagGroupsPanel::LagGroupsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new LagGroupModel(this))
    , m_proxy(new LagGroupFilterModel(this))
    , m_count(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_problemsFirst(new QCheckBox(WidgetsTr::tr("Problems first"), this))
    , m_stack(new QStackedWidget(this))
    , m_table(new LiveTableView(this))
    , m_empty(new QLabel(this)) {
    setObjectName(QStringLiteral("lagGroupsPanel"));
    auto* title = new QLabel(WidgetsTr::tr("Consumer groups"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_count->setObjectName(QStringLiteral("lagGroupCount"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_count->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_count->setEnabled(false);
    m_filter->setObjectName(QStringLiteral("lagGroupFilter"));
    m_filter->setPlaceholderText(WidgetsTr::tr("Filter groups by id (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_problemsFirst->setObjectName(QStringLiteral("lagProblemsFirst"));
    m_problemsFirst->setToolTip(WidgetsTr::tr(
        "Groups with the worst status on top (ERR, STOP, STALL, REWIND, WARN), whatever the "
        "column the table is sorted by"));
    m_problemsFirst->setChecked(true);
    m_table->setObjectName(QStringLiteral("lagGroupsTable"));
    m_empty->setObjectName(QStringLiteral("lagGroupsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addWidget(m_count, 1);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_problemsFirst);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addLayout(tools);
    layout->addWidget(m_stack, 1);

    m_proxy->setGroupModel(m_model);
    m_table->setModel(m_proxy);
    setUpDataTable(m_table);
    installColumnChooser(m_table->horizontalHeader(), LagGroupModel::GroupColumn);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegate(new PlainTextDelegate(m_table));
    // What the two delegates paint from (PlainTextDelegate: text, swatch, colour; the sparkline).
    m_table->setLookRoles({Qt::DisplayRole, Qt::DecorationRole, Qt::ForegroundRole,
                           LagGroupModel::SparklineRole, LagGroupModel::SeriesColorRole});
    m_table->setItemDelegateForColumn(
        LagGroupModel::TrendColumn,
        new SparklineDelegate(LagGroupModel::SparklineRole, LagGroupModel::SeriesColorRole,
                              LagGroupModel::kSparklinePoints, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LagGroupModel::LagColumn, Qt::DescendingOrder);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    setUpColumns();

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setNameFilter(text);
        if (!m_current.isEmpty())
            selectGroup(m_current);
        updateCount();
    });
    connect(m_problemsFirst, &QCheckBox::toggled, m_proxy, &LagGroupFilterModel::setProblemsFirst);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &LagGroupsPanel::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LagGroupsPanel::onCurrentChanged);
    connect(m_table, &QWidget::customContextMenuRequested, this, &LagGroupsPanel::showContextMenu);
    updateCount();
    updateStack();
}

void LagGroupsPanel::setUpColumns() {
    using Model = LagGroupModel;
    const QFontMetrics cellMetrics(m_table->font());
    QList<int> contentWidth(Model::ColumnCount, 0);
    contentWidth[Model::StatusColumn] =
        cellMetrics.horizontalAdvance(QStringLiteral("REWIND")) + cellMetrics.height();
    contentWidth[Model::StateColumn] =
        cellMetrics.horizontalAdvance(QStringLiteral("PreparingRebalance"));
    contentWidth[Model::LagColumn] =
        cellMetrics.horizontalAdvance(QStringLiteral("1,234,567 (+2 no commit)"));
    // "unknown" (members not described) in the UI language, the widest members value.
    contentWidth[Model::MembersColumn] = cellMetrics.horizontalAdvance(ModelsTr::tr("unknown"));
    contentWidth[Model::TimeLagColumn] =
        cellMetrics.horizontalAdvance(QStringLiteral("12 min 30 s"));
    // The catch-up texts as the model words them, in the UI language (German ones are longer).
    int catchUp = 0;
    for (const auto& [eta, behind] :
         std::initializer_list<std::pair<std::optional<double>, std::optional<double>>>{
             {750.0, std::nullopt}, {std::nullopt, 123.4}, {std::nullopt, 0.0}}) {
        GroupLag sample;
        sample.etaSeconds = eta;
        sample.fallingBehindPerSec = behind;
        catchUp = std::max(catchUp,
                           cellMetrics.horizontalAdvance(formatCatchUp(displayLocale(), sample)));
    }
    contentWidth[Model::CatchUpColumn] = catchUp;
    contentWidth[Model::TrendColumn] = Model::kSparklinePoints;
    fitColumnsToHeaders(m_table, contentWidth, Model::GroupColumn);
    QHeaderView* header = m_table->horizontalHeader();
    // Topics is the least telling column beside the detail panel: shown through the header menu.
    header->setSectionHidden(Model::TopicsColumn, true);
    m_groupMinimumWidth = cellMetrics.horizontalAdvance(QStringLiteral("payments-service-group"));
    new FillingColumn(m_table, Model::GroupColumn, m_groupMinimumWidth);
}

int LagGroupsPanel::tableWidthWanted() const {
    const QHeaderView* header = m_table->horizontalHeader();
    int width = m_groupMinimumWidth + 2 * m_table->frameWidth() +
                m_table->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < header->count(); ++column) {
        if (column != LagGroupModel::GroupColumn && !header->isSectionHidden(column))
            width += header->sectionSize(column);
    }
    return width;
}

void LagGroupsPanel::setSnapshot(const LagSnapshotPtr& snapshot) {
    m_hasSnapshot = snapshot != nullptr;
    // Most visible cells (group ids, states, members) look the same after a refresh, re-sorted
    // or not: only the ones that changed are repainted.
    m_table->updateRepaintingChangedCells([this, &snapshot] { m_model->setSnapshot(snapshot); });
    if (!m_current.isEmpty() && !m_table->currentIndex().isValid())
        selectGroup(m_current);
    updateCount();
    updateStack();
}

void LagGroupsPanel::setHistory(const TimeSeriesSource* lagHistory) {
    m_model->setHistory(lagHistory);
}

void LagGroupsPanel::setEmptyText(const QString& text) {
    m_empty->setText(text);
    updateStack();
}

QString LagGroupsPanel::emptyText() const {
    return m_stack->currentWidget() == m_empty ? m_empty->text() : QString();
}

void LagGroupsPanel::updateStack() {
    const bool empty = m_model->rowCount() == 0 && !m_empty->text().isEmpty();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_table);
}

void LagGroupsPanel::updateCount() {
    const QLocale locale = displayLocale();
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    QString text;
    if (!m_hasSnapshot)
        text.clear(); // nothing known yet: "0 groups" would be a claim
    else if (!m_proxy->nameFilter().isEmpty() && shown == 0)
        text = WidgetsTr::tr("No group matches \u201c%1\u201d").arg(m_proxy->nameFilter());
    else if (shown < total)
        text = WidgetsTr::tr("%1 of %2 groups")
                   .arg(formatCount(locale, shown), formatCount(locale, total));
    else
        text = shown == 1 ? WidgetsTr::tr("1 group")
                          : WidgetsTr::tr("%1 groups").arg(formatCount(locale, shown));
    m_count->setText(text);
}

void LagGroupsPanel::selectGroup(const QString& groupId) {
    const QModelIndex index = m_proxy->indexOfGroup(groupId);
    if (!index.isValid()) {
        m_current = groupId; // kept while hidden or not there yet
        return;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void LagGroupsPanel::selectFirstGroupIfNone() {
    if (!m_current.isEmpty())
        return;
    const QModelIndex first = m_proxy->index(0, 0);
    if (first.isValid())
        m_table->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
}

void LagGroupsPanel::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void LagGroupsPanel::onCurrentChanged() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return; // filtered away or gone for a tick: keep the group
    const QString group = m_proxy->groupId(current);
    if (group == m_current)
        return;
    m_current = group;
    Q_EMIT currentGroupChanged(group);
}

void LagGroupsPanel::showContextMenu(const QPoint& position) {
    const QModelIndex index = m_table->indexAt(position);
    const QString group = m_proxy->groupId(index);
    if (group.isEmpty())
        return;
    QMenu menu(this);
    QAction* notify =
        menu.addAction(WidgetsTr::tr("Notify when this group turns WARN, STALL or STOP"));
    notify->setCheckable(true);
    notify->setChecked(m_notifies && m_notifies(group));
    QAction* reset = menu.addAction(WidgetsTr::tr("Reset offsets\u2026"));
    QAction* chosen = menu.exec(m_table->viewport()->mapToGlobal(position));
    if (chosen == notify)
        Q_EMIT notifyToggled(group, notify->isChecked());
    else if (chosen == reset)
        Q_EMIT resetOffsetsRequested(group);
}

void LagGroupsPanel::saveSettings(QSettings& settings) const {
    settings.setValue(QStringLiteral("groupsHeader"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("problemsFirst"), m_problemsFirst->isChecked());
}

void LagGroupsPanel::restoreSettings(const QSettings& settings) {
    const QByteArray header = settings.value(QStringLiteral("groupsHeader")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    m_problemsFirst->setChecked(settings.value(QStringLiteral("problemsFirst"), true).toBool());
}

} // namespace streamscope
