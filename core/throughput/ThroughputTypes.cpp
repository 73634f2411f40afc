#include "throughput/ThroughputTypes.h"

#include <QCoreApplication>

#include <algorithm>

namespace streamscope {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Throughput)
};
} // namespace

QString describeOffsetNotes(OffsetNotes notes) {
    QStringList parts;
    if (hasNote(notes, OffsetNote::Compacted))
        parts << Tr::tr("Compacted topic: offset-based record counts include records that "
                        "compaction has since removed (gaps); produce rates are unaffected.");
    if (hasNote(notes, OffsetNote::TransactionMarkers))
        parts << Tr::tr("Transactional writes seen: offset-based counts and rates include "
                        "transaction markers (control records), so they over-count data records.");
    if (hasNote(notes, OffsetNote::ConfigsNotAuthorized))
        parts << Tr::tr("Configs not authorized: this user may not describe the topic's configs "
                        "(DESCRIBE_CONFIGS), so whether it is compacted is unknown.");
    return parts.join(QLatin1Char(' '));
}

const PartitionRate* TopicRate::findPartition(int id) const {
    auto it = std::lower_bound(partitions.begin(), partitions.end(), id,
                               [](const PartitionRate& p, int v) { return p.partition < v; });
    return (it != partitions.end() && it->partition == id) ? &*it : nullptr;
}

const TopicRate* ThroughputSnapshot::findTopic(const QString& name) const {
    auto it = std::lower_bound(topics.begin(), topics.end(), name,
                               [](const TopicRate& t, const QString& n) { return t.topic < n; });
    return (it != topics.end() && it->topic == name) ? &*it : nullptr;
}

void registerThroughputMetaTypes() {
    qRegisterMetaType<ThroughputSnapshotPtr>();
}

} // namespace streamscope
