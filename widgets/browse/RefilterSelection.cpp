#include "browse/RefilterSelection.h"

#include "browse/BrowseMessageModel.h"

#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace streamscope {

RefilterSelection::RefilterSelection(QTableView* table, BrowseMessageModel* model)
    : QObject(table)
    , m_table(table)
    , m_model(model) {
    connect(model, &BrowseMessageModel::aboutToRefilter, this, &RefilterSelection::remember);
    connect(model, &BrowseMessageModel::refiltered, this, &RefilterSelection::restore);
}

void RefilterSelection::remember() {
    m_selected.clear();
    m_remembered = 0;
    m_current = -1;
    QItemSelectionModel* selection = m_table->selectionModel();
    if (!selection)
        return;
    // One bit per store row, set from the selection's ranges (a million selected rows are one
    // range, not a million indexes): a pass over the selected rows with no list built, and the
    // restore tests a bit per new row.
    const std::vector<quint32>& rows = m_model->shownStoreRows();
    m_selected.assign(m_model->scannedRows(), false);
    const QItemSelection ranges = selection->selection();
    for (const QItemSelectionRange& range : ranges) {
        if (!range.isValid() || range.model() != m_model)
            continue;
        const int bottom = std::min(range.bottom(), int(rows.size()) - 1);
        for (int row = range.top(); row <= bottom; ++row) {
            const quint32 storeRow = rows[size_t(row)];
            if (storeRow < m_selected.size() && !m_selected[storeRow]) {
                m_selected[storeRow] = true;
                ++m_remembered;
            }
        }
    }
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && current.row() < int(rows.size()))
        m_current = qint64(rows[size_t(current.row())]);
}

void RefilterSelection::restore() {
    QItemSelectionModel* selection = m_table->selectionModel();
    if (!selection || (m_remembered == 0 && m_current < 0))
        return;
    // One pass over the new rows: contiguous kept rows become one range each, and the current
    // message's new row is found on the way.
    const std::vector<quint32>& rows = m_model->shownStoreRows();
    const int lastColumn = m_model->columnCount() - 1;
    QItemSelection kept;
    int keptRows = 0;
    int firstKept = -1;
    int currentRow = -1;
    int runStart = -1;
    const auto closeRun = [&](int end) {
        if (runStart >= 0)
            kept.append(QItemSelectionRange(m_model->index(runStart, 0),
                                            m_model->index(end - 1, lastColumn)));
        runStart = -1;
    };
    for (size_t i = 0; i < rows.size(); ++i) {
        const quint32 storeRow = rows[i];
        if (qint64(storeRow) == m_current)
            currentRow = int(i);
        const bool selected = storeRow < m_selected.size() && m_selected[storeRow];
        if (selected) {
            ++keptRows;
            if (firstKept < 0)
                firstKept = int(i);
            if (runStart < 0)
                runStart = int(i);
        } else {
            closeRun(int(i));
        }
    }
    closeRun(int(rows.size()));
    if (currentRow >= 0)
        selection->setCurrentIndex(m_model->index(currentRow, 0), QItemSelectionModel::NoUpdate);
    if (!kept.isEmpty())
        selection->select(kept, QItemSelectionModel::ClearAndSelect);
    const int visible = currentRow >= 0 ? currentRow : firstKept;
    if (visible >= 0)
        m_table->scrollTo(m_model->index(visible, 0), QAbstractItemView::PositionAtCenter);
    Q_EMIT restored(keptRows, int(m_remembered));
}

std::vector<quint32> RefilterSelection::keptStoreRows() const {
    std::vector<quint32> out;
    for (size_t r = 0; r < m_selected.size(); ++r)
        if (m_selected[r])
            out.push_back(quint32(r));
    return out;
}

} // namespace streamscope
