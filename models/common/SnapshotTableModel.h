#pragma once

#include <QAbstractTableModel>
#include <QLocale>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

namespace streamscope {

// Base of the table models that mirror a cluster snapshot. Each tick brings a whole new snapshot;
// replaceRows() turns it into the smallest set of change signals (rows removed for keys that
// vanished, rows inserted for new keys, dataChanged only over the cells that differ) so views
// keep their selection, scroll position and sort, and nothing ever resets per tick.
class SnapshotTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Raw value for sorting (numbers as numbers, not as formatted text).
    static constexpr int SortRole = Qt::UserRole + 1;

    // columns: the table's fixed number of columns.
    explicit SnapshotTableModel(int columns, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const final;

protected:
    // Bit n set = column n changed. Tables here have far fewer than 64 columns.
    using ColumnMask = std::uint64_t;

    // How replaceRows() announces changed cells.
    enum class ChangeSpans {
        // One dataChanged per run of consecutive changed rows, over the columns that changed in
        // the run: the fewest cells, for tables whose rows change a few at a time.
        RowRuns,
        // One dataChanged per changed column, from its first to its last changed row: at most
        // one signal per column whatever the pattern. For tables where most rows change on
        // every snapshot behind a sorting proxy, which re-sorts once per signal that covers its
        // sort column (row runs made that hundreds of re-sorts per snapshot).
        ColumnSpans,
    };

    // rows is sorted by keyLess with unique keys, and stays so. next may come in any order and
    // may repeat a key (the first row of a key counts). changedColumns(oldRow, newRow) returns
    // the mask of columns whose display differs between two rows of the same key.
    template <typename Row, typename KeyLess, typename ChangedColumns>
    void replaceRows(std::vector<Row>& rows, std::vector<Row> next, KeyLess keyLess,
                     ChangedColumns changedColumns, ChangeSpans spans = ChangeSpans::RowRuns);

    // Sorts rows by keyLess and keeps the first row of each key: the order replaceRows() keeps.
    // Snapshots usually come in that order already, which is checked first.
    template <typename Row, typename KeyLess>
    static void sortUniqueByKey(std::vector<Row>& rows, KeyLess keyLess);

    // Index of the row whose key (keyOf(row)) equals key in rows sorted by that key, -1 if there
    // is none (binary search).
    template <typename Row, typename Key, typename KeyOf>
    static int rowOfKey(const std::vector<Row>& rows, const Key& key, KeyOf keyOf);

    // Whether index points at a cell of this table (data() asks before it reads a row).
    bool isCellIndex(const QModelIndex& index) const {
        return index.isValid() && index.model() == this && index.row() < rowCount() &&
               index.column() < columnCount();
    }

    const QLocale& locale() const { return m_locale; }

private:
    QLocale m_locale;
    int m_columnCount;
};

template <typename Row, typename KeyLess>
void SnapshotTableModel::sortUniqueByKey(std::vector<Row>& rows, KeyLess keyLess) {
    if (!std::is_sorted(rows.begin(), rows.end(), keyLess))
        std::stable_sort(rows.begin(), rows.end(), keyLess);
    // Sorted: a row whose key is not less than the next one's has the same key.
    rows.erase(std::unique(rows.begin(), rows.end(),
                           [&keyLess](const Row& a, const Row& b) { return !keyLess(a, b); }),
               rows.end());
}

template <typename Row, typename Key, typename KeyOf>
int SnapshotTableModel::rowOfKey(const std::vector<Row>& rows, const Key& key, KeyOf keyOf) {
    const auto it = std::ranges::lower_bound(rows, key, {}, keyOf);
    if (it == rows.end() || std::invoke(keyOf, *it) != key)
        return -1;
    return static_cast<int>(it - rows.begin());
}

template <typename Row, typename KeyLess, typename ChangedColumns>
void SnapshotTableModel::replaceRows(std::vector<Row>& rows, std::vector<Row> next, KeyLess keyLess,
                                     ChangedColumns changedColumns, ChangeSpans spans) {
    sortUniqueByKey(next, keyLess);

    // 1. Rows whose key is gone, as runs of consecutive rows; removed last run first so the
    //    indexes of the runs still to do stay valid.
    std::vector<std::pair<int, int>> goneRuns;
    for (size_t i = 0, j = 0; i < rows.size(); ++i) {
        while (j < next.size() && keyLess(next[j], rows[i]))
            ++j;
        const bool kept = j < next.size() && !keyLess(rows[i], next[j]);
        if (kept)
            continue;
        const int row = static_cast<int>(i);
        if (!goneRuns.empty() && goneRuns.back().second == row - 1)
            goneRuns.back().second = row;
        else
            goneRuns.emplace_back(row, row);
    }
    for (auto run = goneRuns.rbegin(); run != goneRuns.rend(); ++run) {
        beginRemoveRows({}, run->first, run->second);
        rows.erase(rows.begin() + run->first, rows.begin() + run->second + 1);
        endRemoveRows();
    }

    // 2. Now every remaining row has its key in next, in the same order: insert the runs of new
    //    keys where they belong.
    for (size_t i = 0, j = 0; j < next.size();) {
        if (i < rows.size() && !keyLess(next[j], rows[i])) { // same key
            ++i;
            ++j;
            continue;
        }
        size_t end = j;
        while (end < next.size() && (i >= rows.size() || keyLess(next[end], rows[i])))
            ++end;
        const auto count = end - j;
        beginInsertRows({}, static_cast<int>(i), static_cast<int>(i + count - 1));
        rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(i),
                    next.begin() + static_cast<std::ptrdiff_t>(j),
                    next.begin() + static_cast<std::ptrdiff_t>(end));
        endInsertRows();
        i += count;
        j = end;
    }

    // 3. Same keys on both sides now: find the changed cells, store the new rows, and only then
    //    announce the changes (a proxy reads the data from inside its dataChanged handler).
    struct ChangedRun {
        int first;
        int last;
        ColumnMask columns;
    };
    std::vector<ChangedRun> changedRuns;
    constexpr int kMaxColumns = 64;
    struct ColumnSpan {
        int first = -1;
        int last = -1;
    };
    std::vector<ColumnSpan> columnSpans(spans == ChangeSpans::ColumnSpans ? kMaxColumns : 0);
    for (size_t k = 0; k < next.size(); ++k) {
        const ColumnMask mask = changedColumns(rows[k], next[k]);
        if (mask == 0)
            continue;
        const int row = static_cast<int>(k);
        if (spans == ChangeSpans::ColumnSpans) {
            for (ColumnMask bits = mask; bits != 0; bits &= bits - 1) {
                ColumnSpan& span = columnSpans[static_cast<size_t>(std::countr_zero(bits))];
                if (span.first < 0)
                    span.first = row;
                span.last = row;
            }
            continue;
        }
        if (!changedRuns.empty() && changedRuns.back().last == row - 1) {
            changedRuns.back().last = row;
            changedRuns.back().columns |= mask;
        } else {
            changedRuns.push_back({row, row, mask});
        }
    }
    rows = std::move(next);
    for (int column = 0; column < static_cast<int>(columnSpans.size()); ++column) {
        const ColumnSpan& span = columnSpans[static_cast<size_t>(column)];
        if (span.first >= 0)
            Q_EMIT dataChanged(index(span.first, column), index(span.last, column));
    }
    for (const auto& run : changedRuns) {
        const int firstColumn = std::countr_zero(run.columns);
        const int lastColumn = 63 - std::countl_zero(run.columns);
        Q_EMIT dataChanged(index(run.first, firstColumn), index(run.last, lastColumn));
    }
}

} // namespace streamscope
