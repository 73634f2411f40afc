#include "overview/ClusterSummaryStrip.h"

#include "common/DisplayFormat.h"
#include "common/WidgetsTr.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace streamscope {

ClusterSummaryStrip::ClusterSummaryStrip(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("clusterSummary"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_clusterId = addFigure(WidgetsTr::tr("Cluster"), QStringLiteral("summaryClusterId"));
    m_controller = addFigure(WidgetsTr::tr("Controller"), QStringLiteral("summaryController"));
    m_brokers = addFigure(WidgetsTr::tr("Brokers"), QStringLiteral("summaryBrokers"));
    m_topics = addFigure(WidgetsTr::tr("Topics"), QStringLiteral("summaryTopics"));
    m_partitions = addFigure(WidgetsTr::tr("Partitions"), QStringLiteral("summaryPartitions"));
    m_messages = addFigure(WidgetsTr::tr("Messages"), QStringLiteral("summaryMessages"));
    m_sampledAt = addFigure(WidgetsTr::tr("Sampled at"), QStringLiteral("summarySampledAt"));
    layout->addStretch(1);
    setSnapshot(nullptr);
}

QLabel* ClusterSummaryStrip::addFigure(const QString& caption, const QString& objectName) {
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 28, 0);
    column->setSpacing(1);
    auto* captionLabel = new QLabel(caption.toUpper(), box);
    QFont small = captionLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    small.setLetterSpacing(QFont::PercentageSpacing, 106);
    captionLabel->setFont(small);
    captionLabel->setEnabled(false); // secondary text colour from the palette
    auto* value = new QLabel(box);
    value->setObjectName(objectName);
    QFont large = value->font();
    large.setPointSizeF(large.pointSizeF() * 1.3);
    large.setWeight(QFont::DemiBold);
    value->setFont(large);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(captionLabel);
    column->addWidget(value);
    layout()->addWidget(box);
    return value;
}

void ClusterSummaryStrip::setSnapshot(const ClusterSnapshot& snapshot) {
    const QString unknown = QStringLiteral("\u2014");
    if (!snapshot) {
        for (QLabel* label : {m_clusterId, m_controller, m_brokers, m_topics, m_partitions,
                              m_messages, m_sampledAt})
            label->setText(unknown);
        return;
    }
    // Figures describe the user's topics; Kafka's internal ones are in the tooltips.
    const QLocale locale = displayLocale();
    qint64 messages = 0;
    bool anyKnown = false;
    int userTopics = 0;
    int userPartitions = 0;
    for (const auto& topic : snapshot->topics) {
        if (topic.internal || isInternalTopicName(topic.name))
            continue;
        ++userTopics;
        userPartitions += static_cast<int>(topic.partitions.size());
        if (const qint64 count = topic.messageCount(); count >= 0) {
            messages += count;
            anyKnown = true;
        }
    }
    const auto allTopics = static_cast<qint64>(snapshot->topics.size());
    const QString internalNote =
        WidgetsTr::tr("Not counting %1 internal topics with %2 partitions")
            .arg(formatCount(locale, allTopics - userTopics),
                 formatCount(locale, snapshot->partitionCount() - userPartitions));
    m_clusterId->setText(snapshot->clusterId.isEmpty() ? unknown : snapshot->clusterId);
    m_controller->setText(snapshot->controllerId >= 0 ? QString::number(snapshot->controllerId)
                                                      : unknown);
    m_brokers->setText(formatCount(locale, static_cast<qint64>(snapshot->brokers.size())));
    m_topics->setText(formatCount(locale, userTopics));
    m_partitions->setText(formatCount(locale, userPartitions));
    m_messages->setText(anyKnown ? formatCount(locale, messages) : unknown);
    for (QLabel* label : {m_topics, m_partitions, m_messages})
        label->setToolTip(internalNote);
    // Seconds matter here: the numbers change every tick.
    m_sampledAt->setText(snapshot->sampledAt.isValid()
                             ? snapshot->sampledAt.time().toString(QStringLiteral("HH:mm:ss"))
                             : unknown);
}

} // namespace streamscope
