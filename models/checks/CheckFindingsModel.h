#pragma once

#include "checks/CheckReport.h"
#include "checks/CheckSummary.h"
#include "common/SnapshotTreeModel.h"

#include <QLocale>

#include <vector>

namespace streamscope {

// One row of the findings tree: a check's summary line (depth 0), a finding under it (an
// identity seen twice, a key whose sequence went back, an event type's version, a latency
// step), or a record or detail of that finding.
struct CheckFindingItem {
    QString title;
    QString detail;
    QString where; // the record's topic, partition and offset, when the row is one record
    CheckHealth health = CheckHealth::Clean; // of the check (summary rows)
    // The records this row stands for, in the order to show them: what "open in Browse" reads.
    std::vector<CheckRecordRef> records;
};

// The Checks page's tree: one line per check in CheckKind order (green, amber, red or grey
// with one sentence), each expanding into its findings and their records. A new report is
// merged with minimal change signals (SnapshotTreeModel), so expanded checks stay expanded.
class CheckFindingsModel : public SnapshotTreeModel<CheckFindingItem> {
    Q_OBJECT
public:
    enum Column { NameColumn, FindingColumn, RecordColumn, ColumnCount };
    // int(CheckHealth) on summary rows.
    static constexpr int HealthRole = Qt::UserRole + 10;

    explicit CheckFindingsModel(QObject* parent = nullptr);

    // nullptr clears the tree.
    void setReport(const CheckReport* report);
    bool hasReport() const { return m_hasReport; }

    // The summary row of a check.
    QModelIndex indexOfCheck(CheckKind kind, int column = 0) const;
    // The records behind a row: its own, else those of its first child that has some.
    std::vector<CheckRecordRef> recordsAt(const QModelIndex& index) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QLocale m_locale;
    bool m_hasReport = false;
};

} // namespace streamscope
