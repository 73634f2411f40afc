#include "BrokersPanel.h"

#include "BrokerTableModel.h"
#include "TableSetup.h"
#include "WidgetsTr.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace streamscope {

BrokersPanel::BrokersPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new BrokerTableModel(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this)) {
    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(BrokerTableModel::SortRole);

    auto* title = new QLabel(WidgetsTr::tr("Brokers"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_count->setObjectName(QStringLiteral("brokerCount"));
    m_count->setEnabled(false);

    m_table->setObjectName(QStringLiteral("brokersTable"));
    m_table->setModel(sorted);
    setUpDataTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BrokerTableModel::IdColumn, Qt::AscendingOrder);
    // Host takes the spare width: numbers stay next to each other instead of drifting right.
    setColumnWidthsInChars(m_table, {6, 28, 7, 12, 11, 9, 9});
    m_table->horizontalHeader()->setSectionResizeMode(BrokerTableModel::HostColumn,
                                                      QHeaderView::Stretch);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
}

void BrokersPanel::setSnapshot(const ClusterSnapshot& snapshot) {
    m_model->setSnapshot(snapshot);
    const int brokers = m_model->rowCount();
    if (!snapshot)
        m_count->clear();
    else
        m_count->setText(brokers == 1 ? WidgetsTr::tr("1 broker")
                                      : WidgetsTr::tr("%1 brokers").arg(brokers));
}

void BrokersPanel::saveSettings(QSettings& settings) const {
    settings.setValue(QStringLiteral("brokersHeader"), m_table->horizontalHeader()->saveState());
}

void BrokersPanel::restoreSettings(const QSettings& settings) {
    const QByteArray header = settings.value(QStringLiteral("brokersHeader")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
}

} // namespace streamscope
