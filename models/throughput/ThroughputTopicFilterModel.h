#pragma once

#include "common/TypedTopicFilterModel.h"
#include "throughput/ThroughputTopicModel.h"

namespace streamscope {

// Filters and sorts a ThroughputTopicModel (the filter: TopicFilterModelBase). Compares rows
// directly rather than through QVariant, so re-sorting 10,000 topics by rate every tick stays
// cheap; unknown values sort below every known one, ties by name.
class ThroughputTopicFilterModel : public TypedTopicFilterModel<ThroughputTopicModel> {
    Q_OBJECT
public:
    explicit ThroughputTopicFilterModel(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace streamscope
