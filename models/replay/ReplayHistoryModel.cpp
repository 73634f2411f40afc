#include "replay/ReplayHistoryModel.h"

#include "common/DisplayFormat.h"
#include "common/ModelsTr.h"

#include <QColor>

namespace streamscope {

namespace {

QString formatMs(const QLocale& locale, qint64 ms) {
    if (ms < 1000)
        return ModelsTr::tr("%1 ms").arg(ms);
    if (ms < 120000)
        return ModelsTr::tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
    return ModelsTr::tr("%1 min").arg(locale.toString(double(ms) / 60000.0, 'f', 1));
}

// Newest first; replay ids break ties (two replays started in the same millisecond).
bool newestFirst(const ReplayReport& a, const ReplayReport& b) {
    if (a.startedAt != b.startedAt)
        return a.startedAt > b.startedAt;
    return a.replayId < b.replayId;
}

} // namespace

ReplayHistoryModel::ReplayHistoryModel(QObject* parent)
    : SnapshotTableModel(ColumnCount, parent) {}

void ReplayHistoryModel::setEntries(std::vector<ReplayReport> entries) {
    const auto changed = [](const ReplayReport& a, const ReplayReport& b) -> ColumnMask {
        // History lines never change once written; a reload only adds or drops rows. Compare
        // what could differ if the file was rewritten by hand.
        return a.outcome != b.outcome || a.replayed != b.replayed || a.verified != b.verified
                   ? ~ColumnMask(0)
                   : 0;
    };
    replaceRows(m_rows, std::move(entries), newestFirst, changed);
}

int ReplayHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ReplayHistoryModel::outcomeText(const ReplayReport& e) {
    if (e.outcome == ReplayReport::Outcome::Completed)
        return e.succeeded() ? ModelsTr::tr("completed") : ModelsTr::tr("completed, not verified");
    if (e.outcome == ReplayReport::Outcome::DryRun)
        return ModelsTr::tr("dry run");
    if (e.outcome == ReplayReport::Outcome::Refused)
        return ModelsTr::tr("refused");
    if (e.outcome == ReplayReport::Outcome::Cancelled)
        return ModelsTr::tr("cancelled");
    return ModelsTr::tr("failed");
}

QString ReplayHistoryModel::verificationText(const ReplayReport& e, const QLocale& locale) {
    if (e.outcome == ReplayReport::Outcome::DryRun || e.outcome == ReplayReport::Outcome::Refused)
        return ModelsTr::tr("nothing written");
    if (e.verified)
        return ModelsTr::tr("verified: %1 equal").arg(formatCount(locale, e.verifiedCount));
    if (e.mismatches > 0)
        return ModelsTr::tr("%n mismatch(es)", nullptr,
                            int(std::min<qint64>(e.mismatches, 1 << 30)));
    if (!e.verifyRequested)
        return ModelsTr::tr("off");
    if (e.outcome != ReplayReport::Outcome::Completed)
        return ModelsTr::tr("not verified (the replay did not complete)");
    return ModelsTr::tr("not verified");
}

QString ReplayHistoryModel::detailText(const ReplayReport& e, const QLocale& locale) {
    QStringList lines;
    lines << ModelsTr::tr("Replay %1: %2").arg(e.replayId, outcomeText(e));
    lines << ModelsTr::tr("Started %1, finished %2")
                 .arg(locale.toString(e.startedAt.toLocalTime(), QLocale::ShortFormat),
                      locale.toString(e.finishedAt.toLocalTime(), QLocale::ShortFormat));
    lines << ModelsTr::tr("Source: %1 (topic %2)").arg(e.source, e.sourceTopic);
    lines << ModelsTr::tr("Target: %1").arg(e.target.isEmpty() ? e.targetTopic : e.target);
    if (!e.reason.isEmpty())
        lines << ModelsTr::tr("Reason: %1").arg(e.reason);
    lines << ModelsTr::tr("Read %1, replayed %2 in %3 transaction(s), %4 in aborted transactions")
                 .arg(formatCount(locale, e.read), formatCount(locale, e.replayed))
                 .arg(e.transactions)
                 .arg(formatCount(locale, e.aborted));
    if (e.topicCreated)
        lines << ModelsTr::tr("The target topic was created by this replay.");
    lines << ModelsTr::tr("Verification: %1").arg(verificationText(e, locale));
    lines << ModelsTr::tr("Replay took %1, verification %2")
                 .arg(formatMs(locale, e.replayMs), formatMs(locale, e.verifyMs));
    for (const QString& event : e.events)
        lines << QStringLiteral("  - ") + event;
    return lines.join(QLatin1Char('\n'));
}

QVariant ReplayHistoryModel::data(const QModelIndex& index, int role) const {
    if (!isCellIndex(index))
        return {};
    const ReplayReport& e = m_rows[size_t(index.row())];
    const QLocale& loc = locale();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return loc.toString(e.startedAt.toLocalTime(), QLocale::ShortFormat);
        case OutcomeColumn:
            return outcomeText(e);
        case SourceColumn:
            return e.sourceTopic.isEmpty() ? e.source
                                           : ModelsTr::tr("%1: %2").arg(e.sourceTopic, e.source);
        case TargetColumn:
            return e.target.isEmpty() ? e.targetTopic : e.target;
        case RecordsColumn:
            return e.read == e.replayed
                       ? formatCount(loc, e.replayed)
                       : ModelsTr::tr("%1 of %2")
                             .arg(formatCount(loc, e.replayed), formatCount(loc, e.read));
        case VerificationColumn:
            return verificationText(e, loc);
        case DurationColumn:
            return formatMs(loc, e.replayMs + e.verifyMs);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case WhenColumn:
            return e.startedAt;
        case RecordsColumn:
            return e.replayed;
        case DurationColumn:
            return e.replayMs + e.verifyMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    case SucceededRole:
        return e.succeeded();
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn || index.column() == VerificationColumn) {
            if (e.outcome == ReplayReport::Outcome::Refused ||
                e.outcome == ReplayReport::Outcome::Failed || e.mismatches > 0)
                return QColor(0xc6, 0x28, 0x28);
            if (e.succeeded())
                return QColor(0x2e, 0x7d, 0x32);
        }
        return {};
    case Qt::ToolTipRole:
        return detailText(e, loc);
    case Qt::TextAlignmentRole:
        return cellAlignment(index.column() != RecordsColumn && index.column() != DurationColumn);
    default:
        return {};
    }
}

QVariant ReplayHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return SnapshotTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return ModelsTr::tr("When");
    case OutcomeColumn:
        return ModelsTr::tr("Outcome");
    case SourceColumn:
        return ModelsTr::tr("Source");
    case TargetColumn:
        return ModelsTr::tr("Target");
    case RecordsColumn:
        return ModelsTr::tr("Records");
    case VerificationColumn:
        return ModelsTr::tr("Verification");
    case DurationColumn:
        return ModelsTr::tr("Took");
    default:
        return {};
    }
}

} // namespace streamscope
