#include "replay/OffsetList.h"

#include "browse/Filter.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <set>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Replay)
};

} // namespace

Expected<std::vector<PartitionOffset>> parseOffsetList(const QString& text) {
    // A pair: an optional "topic/" and then P and O joined by ':', '/', ',' or blanks, in
    // optional brackets. Anything left between pairs must be separators.
    static const QRegularExpression pair(QStringLiteral(
        R"(\(?\s*(?:[A-Za-z0-9._-]*[A-Za-z._-][A-Za-z0-9._-]*/)?(\d{1,9})\s*(?::|/|,|\s)\s*(\d{1,18})\s*\)?)"));
    static const QRegularExpression separators(QStringLiteral(R"(^[\s,;]*$)"));
    std::vector<PartitionOffset> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype lineNo = 0; lineNo < lines.size(); ++lineNo) {
        const QString& line = lines[lineNo];
        qsizetype at = 0;
        auto it = pair.globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString between = line.mid(at, m.capturedStart() - at);
            if (!separators.match(between).hasMatch())
                return streamscopeError(Tr::tr("Line %1: \"%2\" is not a partition:offset pair.")
                                            .arg(lineNo + 1)
                                            .arg(between.trimmed()));
            out.push_back(PartitionOffset{m.captured(1).toInt(), m.captured(2).toLongLong()});
            at = m.capturedEnd();
            if (out.size() > size_t(kMaxListedOffsets))
                return streamscopeError(
                    Tr::tr("More than %1 offsets listed; replay a range with a filter instead.")
                        .arg(kMaxListedOffsets));
        }
        const QString rest = line.mid(at);
        if (!separators.match(rest).hasMatch())
            return streamscopeError(Tr::tr("Line %1: \"%2\" is not a partition:offset pair.")
                                        .arg(lineNo + 1)
                                        .arg(rest.trimmed()));
    }
    if (out.empty())
        return streamscopeError(
            Tr::tr("No offsets listed: give partition:offset pairs, such as 0:42."));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Expected<BrowseRequest> offsetListRequest(const QString& topic,
                                          const std::vector<PartitionOffset>& input) {
    std::vector<PartitionOffset> pairs = input;
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    if (pairs.empty())
        return streamscopeError(Tr::tr("No offsets listed."));
    BrowseRequest request;
    request.topic = topic;
    qint64 lowest = pairs.front().offset;
    QStringList perPartition;
    for (size_t i = 0; i < pairs.size();) {
        const int partition = pairs[i].partition;
        request.partitions.push_back(partition);
        // Sorted: the partition's first pair has its lowest offset, its last pair the highest.
        PartitionOffsetRange range{partition, pairs[i].offset, pairs[i].offset};
        QStringList singles;
        QStringList ranges;
        while (i < pairs.size() && pairs[i].partition == partition) {
            size_t j = i;
            while (j + 1 < pairs.size() && pairs[j + 1].partition == partition &&
                   pairs[j + 1].offset == pairs[j].offset + 1)
                ++j;
            lowest = std::min(lowest, pairs[i].offset);
            if (j - i >= 2)
                ranges << QStringLiteral("(offset >= %1 and offset <= %2)")
                              .arg(pairs[i].offset)
                              .arg(pairs[j].offset);
            else
                for (size_t k = i; k <= j; ++k)
                    singles << QString::number(pairs[k].offset);
            range.last = pairs[j].offset;
            i = j + 1;
        }
        request.offsetRanges.push_back(range);
        if (!singles.isEmpty())
            ranges.prepend(singles.size() == 1
                               ? QStringLiteral("offset == %1").arg(singles.front())
                               : QStringLiteral("offset in {%1}").arg(singles.join(u", ")));
        perPartition << QStringLiteral("(partition == %1 and (%2))")
                            .arg(partition)
                            .arg(ranges.join(QStringLiteral(" or ")));
    }
    // Each partition is read from its own lowest listed offset to its own highest (offsetRanges);
    // the filter keeps the listed records among them. The start says the same for people.
    request.start = BrowseStart{BrowseStart::Mode::Offset, lowest};
    request.stop = BrowseStop{BrowseStop::Mode::Count, qint64(pairs.size())};
    FilterError error;
    auto filter = CompiledFilter::compile(perPartition.join(QStringLiteral(" or ")), &error);
    if (!filter)
        return error.toError();
    request.filter = std::make_shared<const CompiledFilter>(std::move(*filter));
    return request;
}

QString describeOffsetList(const QString& topic, const std::vector<PartitionOffset>& pairs) {
    std::set<int> partitions;
    for (const PartitionOffset& p : pairs)
        partitions.insert(p.partition);
    QStringList names;
    for (int p : partitions)
        names << QString::number(p);
    return Tr::tr("%1: %n listed offset(s) in partition(s) %2", nullptr, int(pairs.size()))
        .arg(topic, names.join(QStringLiteral(", ")));
}

} // namespace streamscope
