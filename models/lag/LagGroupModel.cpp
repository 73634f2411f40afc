#include "lag/LagGroupModel.h"

#include "common/DisplayFormat.h"
#include "common/ModelsTr.h"
#include "common/RateFormat.h"
#include "common/TimeSeriesSource.h"
#include "lag/LagFormat.h"

#include <QStringList>

#include <cmath>

namespace streamscope {

namespace {

using Row = LagGroupModel::Row;

const QColor kUnknownColor(0x8a, 0x8a, 0x8a);
const QColor kErrorColor(0xc6, 0x28, 0x28);

bool sameOptional(const std::optional<double>& a, const std::optional<double>& b) {
    return a.has_value() == b.has_value() && (!a || *a == *b);
}

// The catch-up text is formatted when a row is painted, not for all rows on every refresh.
CatchUpFacts catchUpFactsOf(const Row& row) {
    return {row.etaSeconds, row.fallingBehindPerSec,     !row.error.isEmpty(),
            row.totalLag,   row.partitionsWithoutCommit, row.topics > 0};
}

bool byGroupId(const Row& a, const Row& b) {
    return a.groupId < b.groupId;
}

} // namespace

LagGroupModel::LagGroupModel(QObject* parent)
    : SnapshotTableModel(ColumnCount, parent) {}

Row LagGroupModel::rowOf(const GroupLag& group) const {
    Row row;
    row.groupId = group.groupId;
    row.state = group.state;
    row.verdict = group.verdict;
    row.members = group.memberCount();
    row.membersDescribed = group.membersDescribed;
    row.membersNote = group.membersNote;
    row.topics = static_cast<int>(group.topics.size());
    row.totalLag = group.totalLag;
    row.partitionsWithoutCommit = group.partitionsWithoutCommit;
    for (const GroupTopicLag& topic : group.topics)
        row.partitions += static_cast<int>(topic.partitions.size());
    row.timeLagSeconds = group.timeLagSeconds;
    row.etaSeconds = group.etaSeconds;
    row.fallingBehindPerSec = group.fallingBehindPerSec;
    row.error = group.error;
    return row;
}

void LagGroupModel::setSnapshot(const LagSnapshotPtr& snapshot) {
    const bool newRefresh = snapshot != m_snapshot;
    std::vector<Row> next;
    if (snapshot) {
        next.reserve(snapshot->groups.size());
        for (const GroupLag& group : snapshot->groups)
            next.push_back(rowOf(group));
    }
    m_snapshot = snapshot;
    if (newRefresh)
        m_sparklineCache.clear();
    constexpr ColumnMask one = 1;
    const auto changedColumns = [newRefresh](const Row& a, const Row& b) {
        ColumnMask mask = 0;
        if (a.verdict.status != b.verdict.status || a.verdict.explanation != b.verdict.explanation)
            mask |= one << StatusColumn;
        if (a.error != b.error)
            mask |= (one << StatusColumn) | (one << GroupColumn);
        if (a.state != b.state)
            mask |= one << StateColumn;
        if (a.members != b.members || a.membersDescribed != b.membersDescribed ||
            a.membersNote != b.membersNote)
            mask |= one << MembersColumn;
        if (a.topics != b.topics || a.partitions != b.partitions)
            mask |= one << TopicsColumn;
        if (a.totalLag != b.totalLag || a.partitionsWithoutCommit != b.partitionsWithoutCommit)
            mask |= one << LagColumn;
        if (!sameOptional(a.timeLagSeconds, b.timeLagSeconds))
            mask |= one << TimeLagColumn;
        if (catchUpFactsOf(a) != catchUpFactsOf(b))
            mask |= one << CatchUpColumn;
        if (newRefresh)
            mask |= one << TrendColumn; // the sparkline scrolls with every refresh
        return mask;
    };
    // Most rows change on every refresh (the sparkline always): one signal per column keeps
    // the sorting proxy from re-sorting per run of rows.
    replaceRows(m_rows, std::move(next), byGroupId, changedColumns, ChangeSpans::ColumnSpans);
    Q_EMIT refreshed();
}

void LagGroupModel::setHistory(const TimeSeriesSource* history) {
    if (history == m_history)
        return;
    m_history = history;
    m_sparklineCache.clear();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, TrendColumn), index(rowCount() - 1, TrendColumn));
}

int LagGroupModel::rowOfGroup(const QString& groupId) const {
    return rowOfKey(m_rows, groupId, &Row::groupId);
}

int LagGroupModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QList<float> LagGroupModel::sparkline(const QString& groupId) const {
    if (!m_history)
        return {};
    const auto cached = m_sparklineCache.constFind(groupId);
    if (cached != m_sparklineCache.constEnd())
        return *cached;
    QList<float> values;
    const qint64 newest = m_history->newestTimeMs();
    if (newest >= 0) {
        // A generous span: the newest kSparklinePoints samples whatever the tick is (>= 100 ms
        // would need 6 s; the slowest tick here is 60 s).
        const qint64 spanMs = qint64(kSparklinePoints) * 60'000;
        const TimeSeriesData data =
            m_history->series(TimeSeriesKey{groupId, QString(), -1}, newest - spanMs, newest);
        const std::size_t count = data.values.size();
        const std::size_t first = count > kSparklinePoints ? count - kSparklinePoints : 0;
        values.reserve(static_cast<qsizetype>(count - first));
        for (std::size_t i = first; i < count; ++i)
            values.append(data.values[i]);
    }
    m_sparklineCache.insert(groupId, values);
    return values;
}

QVariant LagGroupModel::displayText(const Row& row, int column) const {
    const QLocale& loc = locale();
    switch (column) {
    case StatusColumn:
        return lagStatusName(row.verdict.status);
    case GroupColumn:
        return row.groupId;
    case StateColumn:
        return row.state.isEmpty() ? QStringLiteral("\u2014") : row.state;
    case MembersColumn:
        if (!row.membersDescribed)
            return ModelsTr::tr("unknown");
        return formatCount(loc, row.members);
    case TopicsColumn:
        return formatCount(loc, row.topics);
    case LagColumn:
        if (row.partitions > 0 && row.partitionsWithoutCommit == row.partitions)
            return ModelsTr::tr("no commit");
        if (row.partitionsWithoutCommit > 0)
            return ModelsTr::tr("%1 (+%n no commit)", nullptr, row.partitionsWithoutCommit)
                .arg(formatCount(loc, row.totalLag));
        return formatCount(loc, row.totalLag);
    case TimeLagColumn:
        return formatDuration(loc, row.timeLagSeconds);
    case CatchUpColumn:
        return formatCatchUp(loc, catchUpFactsOf(row));
    case TrendColumn:
        return {}; // painted by the sparkline delegate
    default:
        break;
    }
    return {};
}

int LagGroupModel::compareRows(const Row& a, const Row& b, int column) {
    const auto threeWay = [](const auto& x, const auto& y) { return x < y ? -1 : y < x ? 1 : 0; };
    const auto orBelowZero = [](const std::optional<double>& v) { return v ? *v : -1.0; };
    const auto catchUpValue = [&orBelowZero](const Row& row) {
        // As sortValue(): falling behind above every ETA, longer ETAs above shorter ones.
        return row.fallingBehindPerSec ? 1e12 + *row.fallingBehindPerSec
                                       : orBelowZero(row.etaSeconds);
    };
    switch (column) {
    case StatusColumn:
        return threeWay(lagStatusSeverity(a.verdict.status), lagStatusSeverity(b.verdict.status));
    case GroupColumn:
        return threeWay(a.groupId, b.groupId);
    case StateColumn:
        return threeWay(a.state, b.state);
    case MembersColumn:
        return threeWay(a.membersDescribed ? a.members : -1, b.membersDescribed ? b.members : -1);
    case TopicsColumn:
        return threeWay(a.topics, b.topics);
    case LagColumn:
    case TrendColumn:
        return threeWay(a.totalLag, b.totalLag);
    case TimeLagColumn:
        return threeWay(orBelowZero(a.timeLagSeconds), orBelowZero(b.timeLagSeconds));
    case CatchUpColumn:
        return threeWay(catchUpValue(a), catchUpValue(b));
    default:
        break;
    }
    return 0;
}

QVariant LagGroupModel::sortValue(const Row& row, int column) const {
    const auto orBelowZero = [](const std::optional<double>& v) { return v ? *v : -1.0; };
    switch (column) {
    case StatusColumn:
        return lagStatusSeverity(row.verdict.status);
    case GroupColumn:
        return row.groupId;
    case StateColumn:
        return row.state;
    case MembersColumn:
        return row.membersDescribed ? row.members : -1;
    case TopicsColumn:
        return row.topics;
    case LagColumn:
    case TrendColumn:
        return row.totalLag;
    case TimeLagColumn:
        return orBelowZero(row.timeLagSeconds);
    case CatchUpColumn:
        // Falling behind sorts above every ETA, longer ETAs above shorter ones.
        if (row.fallingBehindPerSec)
            return 1e12 + *row.fallingBehindPerSec;
        return orBelowZero(row.etaSeconds);
    default:
        break;
    }
    return {};
}

QVariant LagGroupModel::data(const QModelIndex& index, int role) const {
    if (!isCellIndex(index))
        return {};
    const Row& row = m_rows[static_cast<size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case SortRole:
        return sortValue(row, column);
    case GroupIdRole:
        return row.groupId;
    case SeverityRole:
        return lagStatusSeverity(row.verdict.status);
    case SparklineRole:
        if (column == TrendColumn)
            return QVariant::fromValue(sparkline(row.groupId));
        break;
    case SeriesColorRole:
        if (column == TrendColumn)
            return lagStatusColor(row.verdict.status);
        break;
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return lagStatusColor(row.verdict.status);
        break;
    case Qt::TextAlignmentRole:
        return cellAlignment(column == StatusColumn || column == GroupColumn ||
                             column == StateColumn || column == CatchUpColumn);
    case Qt::ForegroundRole:
        if (column == StatusColumn)
            return lagStatusColor(row.verdict.status);
        if (column == GroupColumn && !row.error.isEmpty())
            return kErrorColor;
        if ((column == MembersColumn && !row.membersDescribed) ||
            (column == TimeLagColumn && !row.timeLagSeconds))
            return kUnknownColor;
        if (column == CatchUpColumn && row.fallingBehindPerSec && *row.fallingBehindPerSec > 0)
            return kErrorColor;
        break;
    case Qt::ToolTipRole:
        return toolTip(row, column);
    default:
        break;
    }
    return {};
}

QString LagGroupModel::toolTip(const Row& row, int column) const {
    QStringList lines{row.groupId};
    switch (column) {
    case StatusColumn:
    case GroupColumn:
        lines.append(lagStatusName(row.verdict.status) + QStringLiteral(": ") +
                     (row.verdict.explanation.isEmpty()
                          ? ModelsTr::tr("not evaluated yet: the status needs a few samples")
                          : row.verdict.explanation));
        if (!row.error.isEmpty())
            lines.append(ModelsTr::tr("Could not be read: %1").arg(row.error));
        break;
    case MembersColumn:
        if (!row.membersDescribed)
            lines.append(row.membersNote);
        break;
    case LagColumn:
        if (row.partitionsWithoutCommit > 0)
            lines.append(ModelsTr::tr("%n partition(s) without a committed offset: their lag is "
                                      "unknown and not counted as 0",
                                      nullptr, row.partitionsWithoutCommit));
        break;
    case TimeLagColumn:
        lines.append(ModelsTr::tr("How long ago the newest message the group has consumed was "
                                  "produced (the slowest partition)"));
        break;
    default:
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant LagGroupModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case StatusColumn:
            return ModelsTr::tr("Status");
        case GroupColumn:
            return ModelsTr::tr("Group");
        case StateColumn:
            return ModelsTr::tr("State");
        case MembersColumn:
            return ModelsTr::tr("Members");
        case TopicsColumn:
            return ModelsTr::tr("Topics");
        case LagColumn:
            return ModelsTr::tr("Lag");
        case TimeLagColumn:
            return ModelsTr::tr("Time lag");
        case CatchUpColumn:
            return ModelsTr::tr("Catch-up");
        case TrendColumn:
            return ModelsTr::tr("Trend");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case StatusColumn:
            return ModelsTr::tr("Evaluated over a sliding window of samples: OK, WARN (lag keeps "
                                "growing), STALL (no progress while behind), STOP (no commits "
                                "for longer than the window), REWIND (offset went back), ERR");
        case LagColumn:
            return ModelsTr::tr("Messages behind: end offset minus committed offset, summed over "
                                "the partitions with a commit");
        case CatchUpColumn:
            return ModelsTr::tr("When the group catches up at its current consumption rate "
                                "against the produce rate, or by how much it falls behind");
        case TrendColumn:
            return ModelsTr::tr("Total lag over the last %1 samples").arg(kSparklinePoints);
        default:
            break;
        }
    } else if (role == Qt::TextAlignmentRole) {
        return cellAlignment(section == StatusColumn || section == GroupColumn ||
                             section == StateColumn || section == CatchUpColumn);
    }
    return {};
}

} // namespace streamscope
