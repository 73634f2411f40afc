#pragma once

#include "common/SnapshotTableModel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace streamscope {

// The replay history as a table, newest first: when, outcome, source, target, records
// (replayed of read), verification and duration. Rows come from ReplayHistory::load() (JSON
// lines written by the engine after every replay, refused and dry runs included); setEntries()
// merges with minimal change signals, so a reload keeps the selection.
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

    // One past replay, read from a history line (fields missing from older lines stay empty).
    struct Entry {
        QString replayId;
        QDateTime startedAt;
        QDateTime finishedAt;
        QString outcome; // completed, dry-run, refused, cancelled, failed
        QString source;  // the selection in words ("42 selected messages", ...)
        QString sourceTopic;
        QString target; // "topic @ cluster"
        QString targetTopic;
        QString reason;
        qint64 read = 0;
        qint64 replayed = 0;
        qint64 aborted = 0;
        int transactions = 0;
        bool topicCreated = false;
        // Missing in lines written before verify_requested existed: then "verified" decides.
        std::optional<bool> verifyRequested;
        bool verified = false;
        qint64 verifiedCount = 0;
        qint64 mismatches = 0;
        qint64 replayMs = 0;
        qint64 verifyMs = 0;
        QStringList events;

        static Entry fromJson(const QJsonObject& line);
        bool succeeded() const;
    };

    explicit ReplayHistoryModel(QObject* parent = nullptr);

    void setEntries(std::vector<Entry> entries);
    const Entry& entry(int row) const { return m_rows[size_t(row)]; }
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Words for a row's outcome and verification (the table and the detail text).
    static QString outcomeText(const Entry& entry);
    static QString verificationText(const Entry& entry, const QLocale& locale);
    // Everything about one replay as lines of text (the dialog's detail pane).
    static QString detailText(const Entry& entry, const QLocale& locale);

private:
    std::vector<Entry> m_rows; // newest first
};

} // namespace streamscope
