#include "common/SnapshotTableModel.h"

#include "common/DisplayFormat.h"

namespace streamscope {

SnapshotTableModel::SnapshotTableModel(int columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_locale(displayLocale())
    , m_columnCount(columns) {}

int SnapshotTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_columnCount;
}

} // namespace streamscope
