#pragma once

#include "common/SnapshotTableModel.h"

#include "throughput/ThroughputTypes.h"

#include <QColor>
#include <QHash>
#include <QList>

#include <vector>

namespace streamscope {

class ThroughputHistory;

// Live rates of every topic (internal ones included; ThroughputTopicFilterModel hides them),
// ordered by name as the throughput snapshot is. Each tick is merged into the rows with minimal
// change signals (SnapshotTableModel::replaceRows): dataChanged over the cells that changed, rows
// inserted and removed for topics that appear and vanish, never a reset.
//
// The Trend column's sparkline comes from the history, fetched lazily for the rows a view paints
// and cached until the next tick, so 10,000 topics cost nothing for the rows nobody looks at.
class ThroughputTopicModel : public SnapshotTableModel {
    Q_OBJECT
public:
    // Most telling first: a narrow table still shows rate, trend and skew.
    enum Column {
        NameColumn,
        RateColumn,
        TrendColumn,
        SkewColumn,
        PartitionsColumn,
        ProducedColumn,
        BytesColumn,
        NotesColumn,
        ColumnCount
    };
    enum Role {
        TopicNameRole = SortRole + 1, // the topic's name, whatever the column
        InternalRole,                 // bool
        SparklineRole,                // QList<float>, oldest first, NaN = no value (TrendColumn)
        SeriesColorRole,              // QColor of the topic's chart series; invalid if not charted
        HotPartitionRole,             // bool: one partition carries most of the traffic
    };
    // Points of a sparkline: one per tick (2 minutes at the default 2 s tick).
    static constexpr int kSparklinePoints = 60;

    struct Row {
        QString name;
        bool internal = false;
        double msgsPerSec = kNoRate;    // smoothed: what the table shows
        double rawMsgsPerSec = kNoRate; // this tick's rate (the chart's last point)
        qint64 producedSinceStart = 0;
        int partitionCount = 0;
        int readablePartitions = 0;
        int ratedPartitions = 0;
        double skew = kNoRate;
        bool hotPartition = false;
        int hottestPartition = -1;
        double hottestShare = kNoRate;
        OffsetNotes offsetNotes = 0;
        double estimatedBytesPerSec = -1;
        double meanRecordBytes = -1;
        // Sequence of the last tick whose raw rate was not 0: the sparkline changes shape only
        // while such a tick is inside it.
        quint64 lastActiveSequence = 0;

        int unreadablePartitions() const { return partitionCount - readablePartitions; }
    };

    explicit ThroughputTopicModel(QObject* parent = nullptr);

    // nullptr clears the table.
    void setSnapshot(const ThroughputSnapshotPtr& snapshot);
    ThroughputSnapshotPtr snapshot() const { return m_snapshot; }
    // Source of the sparklines; must outlive the model or be reset to nullptr first.
    void setHistory(const ThroughputHistory* history);
    // Colours of the topics on the chart (the name cell shows a swatch in that colour).
    void setSeriesColors(const QHash<QString, QColor>& colors);

    const Row& topicAt(int row) const { return m_rows[static_cast<size_t>(row)]; }
    // Row of the topic with this name, -1 if there is none (binary search).
    int rowOfTopic(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> rowsOf(const ThroughputSnapshotPtr& snapshot) const;
    QVariant displayText(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;
    QString toolTip(const Row& row, int column) const;
    QList<float> sparkline(const QString& topic) const;

    std::vector<Row> m_rows;
    ThroughputSnapshotPtr m_snapshot;
    const ThroughputHistory* m_history = nullptr;
    QHash<QString, QColor> m_seriesColors;
    // Sparklines fetched since the last tick, by topic (views ask for the same cells repeatedly).
    mutable QHash<QString, QList<float>> m_sparklineCache;
};

} // namespace streamscope
