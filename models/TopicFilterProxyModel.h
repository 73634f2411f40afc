#pragma once

#include "TopicTableModel.h"
#include "TypedTopicFilterModel.h"

namespace streamscope {

// Filters and sorts a TopicTableModel (the filter: TopicFilterModelBase). Sorts the counts as
// numbers, ties by name.
class TopicFilterProxyModel : public TypedTopicFilterModel<TopicTableModel> {
    Q_OBJECT
public:
    explicit TopicFilterProxyModel(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace streamscope
