#include "checks/CheckFindingsModel.h"

#include "browse/MessageFormat.h"
#include "common/DisplayFormat.h"
#include "common/ModelsTr.h"

namespace streamscope {

namespace {

using Spec = TreeNodeSpec<CheckFindingItem>;

// Keys are numbers: children stay in the order the report gives them.
Spec node(qint64 number, CheckFindingItem item, std::vector<Spec> children = {}) {
    return {TreeKey::numbered(number), std::move(item), std::move(children)};
}

Spec recordNode(qint64 number, const QString& title, const QString& detail,
                const CheckRecordRef& ref) {
    CheckFindingItem item;
    item.title = title;
    item.detail = detail;
    item.where = formatRecordRef(ref);
    item.records = {ref};
    return node(number, std::move(item));
}

QString keyText(const QByteArray& key) {
    if (key.isNull())
        return ModelsTr::tr("(no key)");
    return QString::fromUtf8(key);
}

QString timeText(qint64 timestampMs) {
    return formatMessageTime(timestampMs);
}

std::vector<Spec> duplicateFindings(const DuplicateFindings& d, const QLocale& locale) {
    std::vector<Spec> out;
    for (size_t i = 0; i < d.examples.size(); ++i) {
        const DuplicateExample& example = d.examples[i];
        CheckFindingItem item;
        item.title = example.identity;
        item.detail = (example.samePayload
                           ? ModelsTr::tr("%n copies, same payload, %1 from first to last", nullptr,
                                          int(example.copies.size()))
                           : ModelsTr::tr("%n copies, different payloads, %1 from first to last",
                                          nullptr, int(example.copies.size())))
                          .arg(formatDelayMs(locale, double(example.firstToLastMs)));
        item.records = example.copies;
        std::vector<Spec> copies;
        for (size_t c = 0; c < example.copies.size(); ++c) {
            const CheckRecordRef& ref = example.copies[c];
            QString detail = timeText(ref.timestampMs);
            if (c > 0 && ref.timestampMs >= 0 && example.copies.front().timestampMs >= 0)
                detail =
                    ModelsTr::tr("%1, %2 after the first")
                        .arg(detail,
                             formatDelayMs(locale, double(ref.timestampMs -
                                                          example.copies.front().timestampMs)));
            copies.push_back(recordNode(
                qint64(c), c == 0 ? ModelsTr::tr("First copy") : ModelsTr::tr("Copy %1").arg(c + 1),
                detail, ref));
        }
        out.push_back(node(qint64(i), std::move(item), std::move(copies)));
    }
    return out;
}

std::vector<Spec> orderFindings(const OrderFindings& o, const QLocale& locale) {
    std::vector<Spec> out;
    for (size_t i = 0; i < o.examples.size(); ++i) {
        const OrderViolation& v = o.examples[i];
        CheckFindingItem item;
        item.title = keyText(v.key);
        item.detail =
            ModelsTr::tr("%1 after %2 (back by %3)")
                .arg(formatCount(locale, v.laterSequence), formatCount(locale, v.earlierSequence),
                     formatCount(locale, v.earlierSequence - v.laterSequence));
        item.records = {v.earlier, v.later};
        std::vector<Spec> records;
        records.push_back(recordNode(
            0, ModelsTr::tr("Earlier record"),
            ModelsTr::tr("sequence %1, %2")
                .arg(formatCount(locale, v.earlierSequence), timeText(v.earlier.timestampMs)),
            v.earlier));
        records.push_back(recordNode(
            1, ModelsTr::tr("Later record"),
            ModelsTr::tr("sequence %1, %2")
                .arg(formatCount(locale, v.laterSequence), timeText(v.later.timestampMs)),
            v.later));
        out.push_back(node(qint64(i), std::move(item), std::move(records)));
    }
    return out;
}

std::vector<Spec> keyFindings(const OrderFindings& o) {
    std::vector<Spec> out;
    for (size_t i = 0; i < o.keyExamples.size(); ++i) {
        const KeyOnSeveralPartitions& k = o.keyExamples[i];
        CheckFindingItem item;
        item.title = keyText(k.key);
        QList<int> partitions(k.partitions.begin(), k.partitions.end());
        item.detail = ModelsTr::tr("on partitions %1").arg(formatIdList(partitions));
        item.records = k.firstSeen;
        std::vector<Spec> records;
        for (size_t r = 0; r < k.firstSeen.size(); ++r)
            records.push_back(recordNode(
                qint64(r), ModelsTr::tr("First on partition %1").arg(k.firstSeen[r].partition),
                timeText(k.firstSeen[r].timestampMs), k.firstSeen[r]));
        out.push_back(node(qint64(i), std::move(item), std::move(records)));
    }
    return out;
}

QString versionTitle(const VersionFinding& v) {
    const QString type = v.type.isEmpty() ? ModelsTr::tr("(no type)") : v.type;
    const QString version = v.version.isEmpty() ? ModelsTr::tr("(no version)") : v.version;
    return ModelsTr::tr("%1, version %2").arg(type, version);
}

std::vector<Spec> versionFindings(const std::vector<VersionFinding>& versions,
                                  const QLocale& locale) {
    std::vector<Spec> out;
    for (size_t i = 0; i < versions.size(); ++i) {
        const VersionFinding& v = versions[i];
        CheckFindingItem item;
        item.title = versionTitle(v);
        item.detail =
            ModelsTr::tr("%1 records (%2% of the type), first seen %3, last seen %4")
                .arg(formatCount(locale, v.count), locale.toString(v.share * 100.0, 'f', 1),
                     timeText(v.firstSeenMs), timeText(v.lastSeenMs));
        if (v.firstRecord.offset >= 0)
            item.records = {v.firstRecord};
        std::vector<Spec> details;
        const auto addList = [&](const QString& title, const QStringList& list) {
            if (list.isEmpty())
                return;
            CheckFindingItem field;
            field.title = title;
            field.detail = list.join(QStringLiteral(", "));
            details.push_back(node(qint64(details.size()), std::move(field)));
        };
        addList(ModelsTr::tr("Fields added"), v.fieldsAdded);
        addList(ModelsTr::tr("Fields removed"), v.fieldsRemoved);
        addList(ModelsTr::tr("Fields that changed type"), v.fieldsChangedType);
        if (!v.fields.empty()) {
            QStringList shape;
            for (const FieldShape& f : v.fields)
                shape << QStringLiteral("%1: %2").arg(f.path, f.type);
            CheckFindingItem field;
            field.title = ModelsTr::tr("Shape (%n fields)", nullptr, int(v.fields.size()));
            field.detail = shape.join(QStringLiteral(", "));
            details.push_back(node(qint64(details.size()), std::move(field)));
        }
        if (v.firstRecord.offset >= 0)
            details.push_back(recordNode(qint64(details.size()), ModelsTr::tr("First record"),
                                         timeText(v.firstRecord.timestampMs), v.firstRecord));
        out.push_back(node(qint64(i), std::move(item), std::move(details)));
    }
    return out;
}

std::vector<Spec> malformedFindings(const MalformedFindings& m) {
    std::vector<Spec> out;
    for (size_t i = 0; i < m.examples.size(); ++i) {
        const QString reason = i < m.exampleReasons.size() ? m.exampleReasons[i] : QString();
        out.push_back(recordNode(qint64(i), reason.isEmpty() ? ModelsTr::tr("Malformed") : reason,
                                 timeText(m.examples[i].timestampMs), m.examples[i]));
    }
    return out;
}

QString latencyFigures(const QLocale& locale, qint64 count, double p50, double p95, double p99,
                       double max) {
    return ModelsTr::tr("%1 measured: p50 %2, p95 %3, p99 %4, max %5")
        .arg(formatCount(locale, count), formatDelayMs(locale, p50), formatDelayMs(locale, p95),
             formatDelayMs(locale, p99), formatDelayMs(locale, max));
}

std::vector<Spec> latencyFindings(const CheckReport& report, const QLocale& locale) {
    std::vector<Spec> out;
    for (const LatencyStep& step : report.latency) {
        CheckFindingItem item;
        item.title = QStringLiteral("%1 \u2192 %2").arg(step.fromType, step.toType);
        item.detail =
            latencyFigures(locale, step.count, step.p50Ms, step.p95Ms, step.p99Ms, step.maxMs);
        out.push_back(node(qint64(out.size()), std::move(item)));
    }
    const SagaFindings& saga = report.saga;
    if (saga.traces > 0) {
        CheckFindingItem item;
        item.title = ModelsTr::tr("Whole flow (first to last event of a trace)");
        item.detail =
            latencyFigures(locale, saga.sagas, saga.p50Ms, saga.p95Ms, saga.p99Ms, saga.maxMs);
        std::vector<Spec> incomplete;
        for (size_t i = 0; i < saga.incompleteExamples.size(); ++i) {
            CheckFindingItem trace;
            trace.title = ModelsTr::tr("Incomplete trace");
            trace.detail = saga.incompleteExamples[i];
            incomplete.push_back(node(qint64(i), std::move(trace)));
        }
        if (saga.incomplete > 0)
            item.detail +=
                ModelsTr::tr("; %1 of %2 traces incomplete")
                    .arg(formatCount(locale, saga.incomplete), formatCount(locale, saga.traces));
        out.push_back(node(qint64(out.size()), std::move(item), std::move(incomplete)));
    }
    return out;
}

std::vector<Spec> findingsOf(CheckKind kind, const CheckReport& report, const QLocale& locale) {
    switch (kind) {
    case CheckKind::Duplicates:
        return duplicateFindings(report.duplicates, locale);
    case CheckKind::Order:
        return orderFindings(report.order, locale);
    case CheckKind::KeysOnPartitions:
        return keyFindings(report.order);
    case CheckKind::Versions:
        return versionFindings(report.versions, locale);
    case CheckKind::Malformed:
        return malformedFindings(report.malformed);
    case CheckKind::Latency:
        return latencyFindings(report, locale);
    }
    return {};
}

} // namespace

CheckFindingsModel::CheckFindingsModel(QObject* parent)
    : SnapshotTreeModel(ColumnCount, parent)
    , m_locale(displayLocale()) {}

void CheckFindingsModel::setReport(const CheckReport* report) {
    std::vector<Spec> next;
    m_hasReport = report != nullptr;
    if (report) {
        for (const CheckSummary& summary : summarizeChecks(*report, m_locale)) {
            CheckFindingItem item;
            item.title = summary.title;
            item.detail = summary.sentence;
            item.health = summary.health;
            next.push_back(node(qint64(summary.kind), std::move(item),
                                findingsOf(summary.kind, *report, m_locale)));
        }
    }
    constexpr ColumnMask one = 1;
    replaceTree(std::move(next), [](const CheckFindingItem& a, const CheckFindingItem& b, int) {
        ColumnMask mask = 0;
        if (a.title != b.title || a.health != b.health)
            mask |= one << NameColumn;
        if (a.detail != b.detail)
            mask |= one << FindingColumn;
        if (a.where != b.where)
            mask |= one << RecordColumn;
        return mask;
    });
}

QModelIndex CheckFindingsModel::indexOfCheck(CheckKind kind, int column) const {
    return indexOfPath({TreeKey::numbered(qint64(kind))}, column);
}

std::vector<CheckRecordRef> CheckFindingsModel::recordsAt(const QModelIndex& index) const {
    const CheckFindingItem* item = itemAt(index);
    if (!item)
        return {};
    if (!item->records.empty())
        return item->records;
    const QModelIndex first = index.siblingAtColumn(0);
    for (int row = 0; row < rowCount(first); ++row) {
        std::vector<CheckRecordRef> records = recordsAt(this->index(row, 0, first));
        if (!records.empty())
            return records;
    }
    return {};
}

QVariant CheckFindingsModel::data(const QModelIndex& index, int role) const {
    if (!isCellIndex(index))
        return {};
    const CheckFindingItem* item = itemAt(index);
    if (!item)
        return {};
    const bool summaryRow = depthOf(index) == 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return item->title;
        case FindingColumn:
            return item->detail;
        case RecordColumn:
            return item->where;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == FindingColumn && !item->detail.isEmpty())
            return item->detail;
        if (index.column() == NameColumn && summaryRow)
            return checkHealthName(item->health);
        if (!item->records.empty())
            return ModelsTr::tr("Double-click to open in the Browse page");
        return {};
    case Qt::DecorationRole:
        if (summaryRow && index.column() == NameColumn)
            return checkHealthColor(item->health);
        return {};
    case Qt::ForegroundRole:
        if (summaryRow && index.column() == FindingColumn && item->health != CheckHealth::Clean &&
            item->health != CheckHealth::NotApplicable)
            return checkHealthColor(item->health);
        return {};
    case HealthRole:
        return summaryRow ? QVariant(int(item->health)) : QVariant();
    case SortRole:
        return index.column() == NameColumn ? QVariant(keyAt(index).number)
                                            : data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant CheckFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return ModelsTr::tr("Check");
    case FindingColumn:
        return ModelsTr::tr("Finding");
    case RecordColumn:
        return ModelsTr::tr("Record");
    default:
        break;
    }
    return {};
}

} // namespace streamscope
