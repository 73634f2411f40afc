#include "overview/PartitionsPanel.h"

#include "common/DisplayFormat.h"
#include "common/TableSetup.h"
#include "common/WidgetsTr.h"
#include "overview/PartitionTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace streamscope {

PartitionsPanel::PartitionsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new PartitionTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_placeholder(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this)) {
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(PartitionTableModel::SortRole);

    m_title->setObjectName(QStringLiteral("partitionsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("partitionsDetails"));
    m_details->setEnabled(false);

    m_placeholder->setObjectName(QStringLiteral("partitionsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    m_table->setObjectName(QStringLiteral("partitionsTable"));
    m_table->setModel(m_sorted);
    setUpDataTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PartitionTableModel::PartitionColumn, Qt::AscendingOrder);
    setColumnWidthsInChars(m_table, {8, 6, 9, 9, 12, 12, 0});

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_table);

    // Title and figures on two lines: long topic names must not squeeze the figures away.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_details->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_stack, 1);
    updateHeadline();
}

QString PartitionsPanel::topic() const {
    return m_model->topic();
}

void PartitionsPanel::setTopic(const QString& topic) {
    m_model->setTopic(topic);
    updateHeadline();
}

void PartitionsPanel::setSnapshot(const ClusterSnapshot& snapshot) {
    m_snapshot = snapshot;
    m_model->setSnapshot(snapshot);
    updateHeadline();
}

void PartitionsPanel::updateHeadline() {
    const QString topicName = m_model->topic();
    if (topicName.isEmpty()) {
        m_title->setText(WidgetsTr::tr("Partitions"));
        m_details->setText(WidgetsTr::tr("No topic selected"));
        m_placeholder->setText(WidgetsTr::tr("Select a topic to see its partitions."));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    m_title->setText(WidgetsTr::tr("Partitions of %1").arg(topicName));
    if (!m_snapshot) {
        m_details->setText(WidgetsTr::tr("Waiting for the first snapshot"));
        m_placeholder->setText(WidgetsTr::tr("Waiting for the cluster\u2026"));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    const TopicInfo* topic = m_snapshot->findTopic(topicName);
    if (!topic) {
        m_details->setText(WidgetsTr::tr("Deleted"));
        m_placeholder->setText(
            WidgetsTr::tr("Topic \u201c%1\u201d no longer exists on this cluster.").arg(topicName));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    const QLocale locale = displayLocale();
    int underReplicated = 0;
    for (const auto& p : topic->partitions)
        if (p.isr.size() < p.replicas.size())
            ++underReplicated;
    QString details = WidgetsTr::tr("%1 partitions \u00b7 replication %2 \u00b7 %3 messages")
                          .arg(formatCount(locale, static_cast<qint64>(topic->partitions.size())),
                               formatCount(locale, topic->replicationFactor()),
                               formatCount(locale, topic->messageCount()));
    if (underReplicated > 0)
        details = WidgetsTr::tr("%1 \u00b7 %2 under-replicated")
                      .arg(details, formatCount(locale, underReplicated));
    m_details->setText(details);
    m_stack->setCurrentWidget(m_table);
}

void PartitionsPanel::saveSettings(QSettings& settings) const {
    settings.setValue(QStringLiteral("partitionsHeader"), m_table->horizontalHeader()->saveState());
}

void PartitionsPanel::restoreSettings(const QSettings& settings) {
    const QByteArray header = settings.value(QStringLiteral("partitionsHeader")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
}

} // namespace streamscope
