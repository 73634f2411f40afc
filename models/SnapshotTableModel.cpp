#include "SnapshotTableModel.h"

#include "DisplayFormat.h"

namespace streamscope {

SnapshotTableModel::SnapshotTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_locale(displayLocale()) {}

} // namespace streamscope
