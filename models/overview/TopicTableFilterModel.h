#pragma once

#include "common/TypedTopicFilterModel.h"
#include "overview/TopicTableModel.h"

namespace streamscope {

// Filters and sorts a TopicTableModel (the filter: TopicFilterModelBase). Sorts the counts as
// numbers, ties by name.
class TopicTableFilterModel : public TypedTopicFilterModel<TopicTableModel> {
    Q_OBJECT
public:
    explicit TopicTableFilterModel(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace streamscope
