#include "throughput/TopicRateSummary.h"

#include "common/RateFormat.h"
#include "common/WidgetsTr.h"

#include <QStringList>

namespace streamscope {

namespace {

QString colored(const QString& text, const char* color) {
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(QLatin1String(color), text.toHtmlEscaped());
}

} // namespace

QString topicRateSummaryHtml(const TopicRate& topic, const QLocale& locale) {
    const double rate =
        hasValue(topic.smoothedMsgsPerSec) ? topic.smoothedMsgsPerSec : topic.msgsPerSec;
    QStringList facts;
    facts.append(QStringLiteral("<b>%1</b>").arg(topic.topic.toHtmlEscaped()));
    if (hasValue(rate)) {
        const QString text = formatRateWithUnit(locale, rate);
        facts.append(topic.complete() ? text.toHtmlEscaped()
                                      : WidgetsTr::tr("at least %1").arg(text).toHtmlEscaped());
    } else {
        facts.append(colored(WidgetsTr::tr("rate not known yet"), "#8a8a8a"));
    }
    facts.append(topic.partitionCount == 1
                     ? WidgetsTr::tr("1 partition")
                     : WidgetsTr::tr("%1 partitions").arg(topic.partitionCount));
    const int unreadable = topic.partitionCount - topic.readablePartitions;
    if (unreadable > 0)
        facts.append(colored(WidgetsTr::tr("%n unreadable (no rate, not 0)", nullptr, unreadable),
                             "#c62828"));
    if (topic.partitionCount > 1 && hasValue(topic.skew)) {
        facts.append(WidgetsTr::tr("skew %1").arg(formatSkew(locale, topic.skew)).toHtmlEscaped());
        if (topic.hotPartition)
            facts.append(colored(WidgetsTr::tr("hot partition %1 carries %2% of the traffic")
                                     .arg(topic.hottestPartition)
                                     .arg(qRound(topic.hottestShare * 100)),
                                 "#d84315"));
    }
    if (topic.estimatedBytesPerSec >= 0)
        facts.append(WidgetsTr::tr("%1 (estimate: %2 B mean sampled record size)")
                         .arg(formatEstimatedByteRate(locale, topic.estimatedBytesPerSec),
                              locale.toString(topic.meanRecordBytes, 'f', 0))
                         .toHtmlEscaped());
    else
        facts.append(
            colored(WidgetsTr::tr("byte rate not estimated yet (no records sampled)"), "#8a8a8a"));
    QString html = facts.join(QStringLiteral(" &middot; "));
    if (topic.offsetNotes != 0)
        html += QStringLiteral("<br>") + colored(describeOffsetNotes(topic.offsetNotes), "#b26a00");
    return html;
}

} // namespace streamscope
