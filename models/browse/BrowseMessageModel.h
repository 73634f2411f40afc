#pragma once

#include "browse/Filter.h"
#include "browse/MatchedRows.h"
#include "common/LatestOnlyRunner.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <memory>
#include <vector>

namespace streamscope {

class MessageStore;
class MessageTextCache;
namespace schema {
class DecodedPayloads;
}

// The Browse page's message table: a view over a MessageStore that a fetch fills on its own
// thread. The model never gets a signal per message: a 40 ms timer polls the store's size and
// inserts what arrived, filtered, with one beginInsertRows per batch (Wireshark's packet list
// does the same). Rows hold only store row numbers (an index vector); text is decoded lazily
// for the rows a view asks for, in the store's bounded MessageTextCache.
//
// Re-filtering (another filter, a time span from the timeline) and sorting large sets run off
// the GUI thread through a LatestOnlyRunner: the newest request wins, and while one is pending
// the drain waits, so the result covers the store up to its size at the request and the rows
// that arrived meanwhile follow in the next batch. Sorting keeps selections (persistent indexes
// follow their store row); a re-filter resets the model and says so with refiltered().
//
// GUI thread only.
class BrowseMessageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Partition, Offset, Timestamp, Key, Value, Size, Headers, ColumnCount };
    // The row of the store behind a table row (qulonglong).
    static constexpr int StoreRowRole = Qt::UserRole + 1;
    // Key and Value: how the Schema Registry saw them (int of schema::DecodedPayload::Kind).
    static constexpr int DecodedRole = Qt::UserRole + 2;
    // Sorting more rows than this runs on a worker thread.
    static constexpr size_t kSyncSortLimit = 50000;
    static constexpr int kDrainIntervalMs = 40;
    // Store rows one drain looks at, at most (the rest follows in the next turn of the event
    // loop): without a filter or with one that reads no JSON, and with a JSON filter.
    static constexpr size_t kMaxRowsPerDrain = 100000;
    static constexpr size_t kMaxJsonRowsPerDrain = 16384;

    explicit BrowseMessageModel(QObject* parent = nullptr);
    ~BrowseMessageModel() override;

    // A new store (a new browse), or nullptr: the model empties and starts taking the store's
    // rows in batches. Keeps the filter, the time span and the sort.
    // With `decoded` (a Schema Registry is set), keys and values show, sort and filter as their
    // decoded JSON where they decoded; where they did not, the bytes show with the reason.
    void setStore(std::shared_ptr<const MessageStore> store,
                  std::shared_ptr<const schema::DecodedPayloads> decoded = {});
    const std::shared_ptr<const schema::DecodedPayloads>& decoded() const { return m_decoded; }
    const std::shared_ptr<const MessageStore>& store() const { return m_store; }

    // Which loaded messages show; null or an empty expression shows all. Re-filters the loaded
    // messages (no re-fetch).
    void setFilter(std::shared_ptr<const CompiledFilter> filter);
    const std::shared_ptr<const CompiledFilter>& filter() const { return m_filter; }
    // Only messages stamped in [fromMs, toMs] show; (-1, -1) lifts it.
    void setTimeSpan(qint64 fromMs, qint64 toMs);
    bool hasTimeSpan() const { return m_spanFrom >= 0 || m_spanTo >= 0; }

    // Whether new rows are taken on the timer (off while the page is hidden: it catches up when
    // shown).
    void setDraining(bool draining);
    // Takes what the store holds now (tests, the end of a fetch; the timer does this every
    // 40 ms), at most kMaxRowsPerDrain rows now and the rest in the next turns while draining.
    void drainNow();
    // A re-filter or sort is still running.
    bool isBusy() const { return m_runner.isBusy(); }
    // Rows of the store looked at so far (shown or filtered out).
    size_t scannedRows() const { return m_scanned; }

    size_t storeRow(int row) const { return m_rows[size_t(row)]; }
    // The table row of a store row, or -1 when it does not show.
    int rowOfStoreRow(size_t storeRow) const;
    // The table rows (ascending) where any of these store rows show: one pass over the shown
    // rows with a bitmap, so a million kept rows cost milliseconds.
    std::vector<int> tableRowsOf(const std::vector<quint32>& storeRows) const;
    const std::vector<quint32>& shownStoreRows() const { return m_rows; }
    // The filter's matches among the scanned rows, in store order and before the time span (the
    // volume timeline counts them instead of running the filter again): a cheap copy of shared
    // chunks. A new filter or store gives a new generation.
    MatchedRows matchedRows() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The value shown in a cell, for tests and the context menu (no decoration).
    QString cellText(int row, int column) const;

Q_SIGNALS:
    // A batch of new rows was inserted (or scanned and filtered out).
    void rowsDrained();
    // A re-filter is about to replace the shown rows (the model resets right after): the last
    // moment the view's selection still names the old rows (the page keeps it across).
    void aboutToRefilter();
    // A re-filter replaced the shown rows (the model was reset).
    void refiltered();
    // A sort was applied (layout changed).
    void sorted();

private:
    void drain();
    // Large sorted tables put new rows in place at most once a second (a sort on a worker).
    void resortIfDue();
    // rowSetChanged: the filter or the time span changed.
    void rebuild(bool rowSetChanged);
    void applyRows(std::vector<quint32> rows, size_t scanned, bool rowSetChanged);
    // A re-filter's matches replace m_matched (null chunk: no filter).
    void setMatched(std::shared_ptr<const CompiledFilter> filter, MatchedRows::Chunk matches,
                    size_t scanned);
    bool inSpan(size_t storeRow) const;

    std::shared_ptr<const MessageStore> m_store;
    std::shared_ptr<const schema::DecodedPayloads> m_decoded;
    CompiledFilter::RowView m_rowView; // through m_decoded; empty without it
    std::unique_ptr<MessageTextCache> m_text;
    std::shared_ptr<const CompiledFilter> m_filter;
    qint64 m_spanFrom = -1;
    qint64 m_spanTo = -1;
    int m_sortColumn = -1; // -1: store order (arrival or timestamp merge)
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<quint32> m_rows; // store rows in display order
    size_t m_scanned = 0;        // store rows below this were looked at
    MatchedRows m_matched;       // the filter's matches below m_scanned (filtered: m_filter set)
    std::shared_ptr<const CompiledFilter> m_matchedFilter; // the filter m_matched is of
    bool m_resortPending = false;
    bool m_catchUpQueued = false; // a drain step is queued for what a capped step left
    qint64 m_lastAsyncSortMs = 0;
    QTimer m_drainTimer;
    LatestOnlyRunner m_runner{this};
};

} // namespace streamscope
