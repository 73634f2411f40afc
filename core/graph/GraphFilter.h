#pragma once

#include "graph/GraphTypes.h"

#include <QSet>

namespace streamscope {

// The neighbourhood of one service: the topics it produces to or consumes from, and every
// producer (services and unknown producers) and consumer of those topics, with the edges
// between them. An unknown id gives an empty graph. Figures, notes and causal links among the
// kept topics are carried over.
ServiceGraph neighbourhoodOf(const ServiceGraph& graph, const QString& serviceId);

// The ids of the nodes upstream (that feed it, transitively) and downstream (that it feeds) of
// a node, the node itself included: what hovering it highlights.
QSet<QString> upAndDownstreamOf(const ServiceGraph& graph, const QString& nodeId);

} // namespace streamscope
