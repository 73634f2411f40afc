#include "throughput/ThroughputTopicFilterModel.h"

#include <cmath>

namespace streamscope {

namespace {

// Unknown (NaN or negative "no estimate") sorts below every known value.
double sortable(double value) {
    return std::isnan(value) || value < 0 ? -1.0 : value;
}

} // namespace

ThroughputTopicFilterModel::ThroughputTopicFilterModel(QObject* parent)
    : TypedTopicFilterModel(parent) {}

bool ThroughputTopicFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const ThroughputTopicModel* topics = topicModel();
    if (!topics)
        return TypedTopicFilterModel::lessThan(left, right);
    const auto& a = topics->topicAt(left.row());
    const auto& b = topics->topicAt(right.row());
    const auto byValue = [](double x, double y) -> int {
        const double sx = sortable(x);
        const double sy = sortable(y);
        return sx < sy ? -1 : (sx > sy ? 1 : 0);
    };
    int order = 0;
    switch (left.column()) {
    case ThroughputTopicModel::RateColumn:
    case ThroughputTopicModel::TrendColumn:
        order = byValue(a.msgsPerSec, b.msgsPerSec);
        break;
    case ThroughputTopicModel::ProducedColumn:
        order = a.producedSinceStart < b.producedSinceStart
                    ? -1
                    : (a.producedSinceStart > b.producedSinceStart ? 1 : 0);
        break;
    case ThroughputTopicModel::PartitionsColumn:
        order = a.partitionCount - b.partitionCount;
        break;
    case ThroughputTopicModel::SkewColumn:
        order = byValue(a.partitionCount > 1 ? a.skew : -1.0, b.partitionCount > 1 ? b.skew : -1.0);
        break;
    case ThroughputTopicModel::BytesColumn:
        order = byValue(a.estimatedBytesPerSec, b.estimatedBytesPerSec);
        break;
    case ThroughputTopicModel::NotesColumn: {
        const QString na = topics->index(left.row(), left.column()).data().toString();
        const QString nb = topics->index(right.row(), right.column()).data().toString();
        order = na.compare(nb);
        break;
    }
    default:
        break;
    }
    if (order != 0)
        return order < 0;
    // Ties (and the name column) fall back to the name, so equal values keep a stable order.
    return a.name < b.name;
}

} // namespace streamscope
