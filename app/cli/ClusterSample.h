#pragma once

#include "cluster/ClusterMetadata.h"
#include "common/Expected.h"

#include <QStringList>

namespace streamscope {
class KafkaClient;
}

namespace streamscope::cli {

// One sample: metadata (all topics, or just these) plus start and end offsets. A topic deleted
// between the metadata and the offsets is left out, not an error.
Expected<ClusterMetadata> sampleCluster(KafkaClient& client, const QStringList& topics,
                                        int timeoutMs);
// Why a first sample of `bootstrap` failed: the brokers' own words when there are some.
QString sampleFailure(const KafkaClient& client, const QString& bootstrap, const Error& error);

} // namespace streamscope::cli
