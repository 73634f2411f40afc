#pragma once

#include "common/SnapshotTableModel.h"
#include "replay/ReplayTypes.h"

#include <vector>

namespace streamscope {

// The replay history as a table, newest first: when, outcome, source, target, records
// (replayed of read), verification and duration. Rows come from ReplayHistory::loadReports()
// (JSON lines written by the engine after every replay, refused and dry runs included);
// setEntries() merges with minimal change signals, so a reload keeps the selection.
class ReplayHistoryModel : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        OutcomeColumn,
        SourceColumn,
        TargetColumn,
        RecordsColumn,
        VerificationColumn,
        DurationColumn,
        ColumnCount
    };
    // Whether the row's replay succeeded (bool): completed and, when asked, verified.
    static constexpr int SucceededRole = SortRole + 1;

    explicit ReplayHistoryModel(QObject* parent = nullptr);

    void setEntries(std::vector<ReplayReport> entries);
    const ReplayReport& entry(int row) const { return m_rows[size_t(row)]; }
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Words for a row's outcome and verification (the table and the detail text).
    static QString outcomeText(const ReplayReport& entry);
    static QString verificationText(const ReplayReport& entry, const QLocale& locale);
    // Everything about one replay as lines of text (the dialog's detail pane).
    static QString detailText(const ReplayReport& entry, const QLocale& locale);

private:
    std::vector<ReplayReport> m_rows; // newest first
};

} // namespace streamscope
