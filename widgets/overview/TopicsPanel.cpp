#include "overview/TopicsPanel.h"

#include "common/TableSetup.h"
#include "overview/TopicTableFilterModel.h"
#include "overview/TopicTableModel.h"

#include <QTableView>

namespace streamscope {

TopicsPanel::TopicsPanel(QWidget* parent)
    : TopicListPanel({.table = QStringLiteral("topicsTable"),
                      .filter = QStringLiteral("topicFilter"),
                      .showInternal = QStringLiteral("showInternalTopics"),
                      .count = QStringLiteral("topicCount")},
                     QStringLiteral("topicsHeader"), parent)
    , m_model(new TopicTableModel(this))
    , m_proxy(new TopicTableFilterModel(this)) {
    m_proxy->setTopicModel(m_model);
    setProxy(m_proxy);
    table()->setSortingEnabled(true);
    table()->sortByColumn(TopicTableModel::NameColumn, Qt::AscendingOrder);
    setColumnWidthsInChars(table(), {0, 10, 11, 14});
    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TopicsPanel::onSelectionChanged);
}

void TopicsPanel::setSnapshot(const ClusterSnapshot& snapshot) {
    m_model->setSnapshot(snapshot);
    setHasSnapshot(snapshot != nullptr);
    if (!snapshot)
        m_selectedTopic.clear();
    updateCount();
}

void TopicsPanel::selectTopic(const QString& name) {
    const QModelIndex index = m_proxy->indexOfTopic(name);
    if (!index.isValid())
        return;
    table()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    table()->scrollTo(index);
}

void TopicsPanel::onSelectionChanged() {
    const auto rows = table()->selectionModel()->selectedRows();
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

void TopicsPanel::reselectHidden() {
    if (m_selectedTopic.isEmpty() || table()->selectionModel()->hasSelection())
        return;
    const QModelIndex index = m_proxy->indexOfTopic(m_selectedTopic);
    if (!index.isValid())
        return;
    table()->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    table()->scrollTo(index);
}

} // namespace streamscope
