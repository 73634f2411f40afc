#include "browse/RefilterSelection.h"

#include "browse/BrowseMessageModel.h"

#include <QItemSelectionModel>
#include <QTableView>

namespace streamscope {

RefilterSelection::RefilterSelection(QTableView* table, BrowseMessageModel* model)
    : QObject(table)
    , m_table(table)
    , m_model(model) {
    connect(model, &BrowseMessageModel::aboutToRefilter, this, &RefilterSelection::remember);
    connect(model, &BrowseMessageModel::refiltered, this, &RefilterSelection::restore);
}

void RefilterSelection::remember() {
    m_kept.clear();
    m_current = -1;
    QItemSelectionModel* selection = m_table->selectionModel();
    if (!selection)
        return;
    // Walk the ranges, not selectedRows(): a million selected rows are one range, not a million
    // indexes.
    const QItemSelection ranges = selection->selection();
    for (const QItemSelectionRange& range : ranges) {
        if (!range.isValid() || range.model() != m_model)
            continue;
        for (int row = range.top(); row <= range.bottom(); ++row)
            m_kept.push_back(quint32(m_model->storeRow(row)));
    }
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && current.row() < m_model->rowCount())
        m_current = qint64(m_model->storeRow(current.row()));
}

void RefilterSelection::restore() {
    QItemSelectionModel* selection = m_table->selectionModel();
    if (!selection || (m_kept.empty() && m_current < 0))
        return;
    const std::vector<int> rows = m_model->tableRowsOf(m_kept);
    // Contiguous table rows become one range each.
    QItemSelection kept;
    const int lastColumn = m_model->columnCount() - 1;
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        kept.select(m_model->index(rows[i], 0), m_model->index(rows[j], lastColumn));
        i = j + 1;
    }
    const int currentRow = m_current >= 0 ? m_model->rowOfStoreRow(size_t(m_current)) : -1;
    if (currentRow >= 0)
        selection->setCurrentIndex(m_model->index(currentRow, 0), QItemSelectionModel::NoUpdate);
    if (!kept.isEmpty())
        selection->select(kept, QItemSelectionModel::ClearAndSelect);
    const int visible = currentRow >= 0 ? currentRow : (rows.empty() ? -1 : rows.front());
    if (visible >= 0)
        m_table->scrollTo(m_model->index(visible, 0), QAbstractItemView::PositionAtCenter);
    Q_EMIT restored(int(rows.size()), int(m_kept.size()));
}

} // namespace streamscope
