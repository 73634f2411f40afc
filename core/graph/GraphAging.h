#pragma once

#include "graph/GraphTypes.h"

#include <QHash>

namespace streamscope {

// The graph's memory between refreshes: an edge that no longer shows up (its producer's records
// rolled out of the sample, its group was deleted) stays, drawn idle with 0 msgs/s, until its
// last traffic is older than the expiry; an edge that shows up but whose last traffic is older
// than that is dropped too. Nodes live as long as one of their edges. One thread at a time.
class GraphAging {
public:
    // Returns `fresh` with remembered idle edges (and their nodes) added and expired ones
    // removed, sorted like inferServiceGraph's output.
    ServiceGraph apply(ServiceGraph fresh, qint64 nowMs, qint64 expiryMs);
    void clear();

private:
    QHash<QString, GraphEdge> m_edges; // by GraphEdge::key()
    QHash<QString, GraphNode> m_nodes; // by id
};

} // namespace streamscope
