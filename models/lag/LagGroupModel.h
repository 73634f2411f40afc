#pragma once

#include "common/SnapshotTableModel.h"
#include "lag/LagTypes.h"

#include <QHash>
#include <QList>

#include <optional>
#include <vector>

namespace streamscope {

class TimeSeriesSource;

// One row per consumer group of a LagSnapshot: status, group, state, members, topics, total lag,
// time lag, catch-up estimate (ETA, or "falling behind by N msgs/s") and a sparkline of the total
// lag. Each refresh is merged with minimal change signals (SnapshotTableModel::replaceRows, one
// dataChanged per changed column), never a reset, so selection and scroll survive every tick.
//
// The sparkline comes from the lag history (LagMonitor::history(LagMetric::Lag), key: scope =
// group), fetched lazily for the rows a view paints and cached until the next snapshot.
class LagGroupModel : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column {
        StatusColumn,
        GroupColumn,
        StateColumn,
        MembersColumn,
        TopicsColumn,
        LagColumn,
        TimeLagColumn,
        CatchUpColumn,
        TrendColumn,
        ColumnCount
    };
    enum Role {
        GroupIdRole = SortRole + 1, // the group's id, whatever the column
        SeverityRole,               // int: lagStatusSeverity of the group's status
        SparklineRole,              // QList<float>, oldest first (TrendColumn)
        SeriesColorRole,            // QColor of the sparkline (the status colour; TrendColumn)
    };
    // One point per refresh: 2 minutes at the default 2 s tick.
    static constexpr int kSparklinePoints = 60;

    struct Row {
        QString groupId;
        QString state;
        LagVerdict verdict;
        int members = 0;
        bool membersDescribed = true;
        QString membersNote;
        int topics = 0;
        qint64 totalLag = 0;
        int partitionsWithoutCommit = 0;
        int partitions = 0;
        std::optional<double> timeLagSeconds;
        std::optional<double> etaSeconds;
        std::optional<double> fallingBehindPerSec;
        QString error;
    };

    explicit LagGroupModel(QObject* parent = nullptr);

    // nullptr clears the table.
    void setSnapshot(const LagSnapshotPtr& snapshot);
    LagSnapshotPtr snapshot() const { return m_snapshot; }
    // Source of the sparklines (lag history); must outlive the model or be reset first.
    void setHistory(const TimeSeriesSource* history);

    const Row& groupAt(int row) const { return m_rows[static_cast<size_t>(row)]; }
    // Row of the group with this id, -1 if there is none (binary search).
    int rowOfGroup(const QString& groupId) const;

    // Three-way comparison of two rows by what SortRole gives for `column`, without QVariants:
    // the sorting proxy compares 2,000 groups with it after a refresh.
    static int compareRows(const Row& a, const Row& b, int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A snapshot was merged (after all its row and data signals): a sorting proxy sorts once
    // here instead of once per changed run of rows.
    void refreshed();

private:
    Row rowOf(const GroupLag& group) const;
    QVariant displayText(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;
    QString toolTip(const Row& row, int column) const;
    QList<float> sparkline(const QString& groupId) const;

    std::vector<Row> m_rows;
    LagSnapshotPtr m_snapshot;
    const TimeSeriesSource* m_history = nullptr;
    mutable QHash<QString, QList<float>> m_sparklineCache;
};

} // namespace streamscope
