#pragma once

#include "throughput/ThroughputTypes.h"

#include <QLocale>
#include <QString>

namespace streamscope {

// The facts line under the throughput chart for one topic, as rich text: rate, partitions (and
// which could not be read), skew and the hot partition, the estimated byte rate labelled as an
// estimate, and what compaction or transactions mean for offset-based counts.
QString topicRateSummaryHtml(const TopicRate& topic, const QLocale& locale);

} // namespace streamscope
