#include "overview/BrokersPanel.h"

#include "common/TableSetup.h"
#include "common/WidgetsTr.h"
#include "overview/BrokerTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
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
    // Host takes the spare width but never less than 16 characters (FillingColumn): under
    // QHeaderView::Stretch a pane narrower than the other columns squeezed it to "...". The
    // other columns are as narrow as their headers allow, so at 1280 px all of them fit.
    setColumnWidthsInChars(m_table, {4, 0, 6, 8, 10, 8, 9});

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

QSize BrokersPanel::sizeHint() const {
    // Every column, the host with room for a typical name, so a splitter gives the table the
    // width it needs before it gives the rest away.
    const QHeaderView* header = m_table->horizontalHeader();
    int width = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < header->count(); ++column)
        if (!header->isSectionHidden(column) && column != BrokerTableModel::HostColumn)
            width += header->sectionSize(column);
    width += m_table->fontMetrics().averageCharWidth() * 18;
    return {width, QWidget::sizeHint().height()};
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
    // States saved by older versions carry Host in Stretch mode, which squeezed it to "...";
    // the FillingColumn sizes it now.
    m_table->horizontalHeader()->setSectionResizeMode(BrokerTableModel::HostColumn,
                                                      QHeaderView::Interactive);
}

} // namespace streamscope
