#include "TopicsPanel.h"

#include "DisplayFormat.h"
#include "TableSetup.h"
#include "TopicFilterProxyModel.h"
#include "TopicTableModel.h"
#include "WidgetsTr.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace streamscope {

TopicsPanel::TopicsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new TopicTableModel(this))
    , m_proxy(new TopicFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_showInternal(new QCheckBox(WidgetsTr::tr("Show internal topics"), this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this)) {
    m_proxy->setTopicModel(m_model);

    auto* title = new QLabel(WidgetsTr::tr("Topics"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_count->setObjectName(QStringLiteral("topicCount"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_count->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_count->setEnabled(false);

    m_filter->setObjectName(QStringLiteral("topicFilter"));
    m_filter->setPlaceholderText(WidgetsTr::tr("Filter topics by name (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_showInternal->setObjectName(QStringLiteral("showInternalTopics"));
    m_showInternal->setToolTip(
        WidgetsTr::tr("Include Kafka's own topics such as __consumer_offsets"));

    m_table->setObjectName(QStringLiteral("topicsTable"));
    m_table->setModel(m_proxy);
    setUpDataTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TopicTableModel::NameColumn, Qt::AscendingOrder);
    setColumnWidthsInChars(m_table, {0, 10, 11, 14});

    connect(m_filter, &QLineEdit::textChanged, this, &TopicsPanel::onFilterEdited);
    connect(m_showInternal, &QCheckBox::toggled, this, [this](bool show) {
        m_proxy->setShowInternal(show);
        reselectIfVisible();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TopicsPanel::onSelectionChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &TopicsPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TopicsPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TopicsPanel::updateCount);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(m_count, 1);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_showInternal);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);
    updateCount();
}

void TopicsPanel::setSnapshot(const ClusterSnapshot& snapshot) {
    m_model->setSnapshot(snapshot);
    m_hasSnapshot = snapshot != nullptr;
    if (!snapshot)
        m_selectedTopic.clear();
    updateCount();
}

void TopicsPanel::selectTopic(const QString& name) {
    const QModelIndex index = m_proxy->indexOfTopic(name);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void TopicsPanel::focusFilter() {
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TopicsPanel::onSelectionChanged() {
    const auto rows = m_table->selectionModel()->selectedRows();
    // An empty selection (the topic was filtered out or deleted) keeps the last choice, so the
    // partition detail does not jump to whatever row happens to be next.
    if (rows.isEmpty())
        return;
    const QString name = m_proxy->topicName(rows.first());
    if (name == m_selectedTopic)
        return;
    m_selectedTopic = name;
    Q_EMIT topicSelected(name);
}

void TopicsPanel::onFilterEdited(const QString& text) {
    m_proxy->setNameFilter(text);
    reselectIfVisible();
    updateCount();
}

void TopicsPanel::reselectIfVisible() {
    if (m_selectedTopic.isEmpty() || m_table->selectionModel()->hasSelection())
        return;
    const QModelIndex index = m_proxy->indexOfTopic(m_selectedTopic);
    if (!index.isValid())
        return;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void TopicsPanel::updateCount() {
    const QLocale locale = displayLocale();
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    int internal = 0;
    if (!m_proxy->showInternal()) {
        for (int row = 0; row < total; ++row)
            internal += m_model->topicAt(row).internal ? 1 : 0;
    }
    const int visible = total - internal; // what "all topics" means with internal ones hidden
    QString text;
    if (!m_hasSnapshot)
        text.clear(); // nothing known yet: "0 topics" would be a claim
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

void TopicsPanel::saveSettings(QSettings& settings) const {
    settings.setValue(QStringLiteral("topicsHeader"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("showInternal"), m_showInternal->isChecked());
}

void TopicsPanel::restoreSettings(const QSettings& settings) {
    const QByteArray header = settings.value(QStringLiteral("topicsHeader")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    m_showInternal->setChecked(settings.value(QStringLiteral("showInternal"), false).toBool());
}

} // namespace streamscope
