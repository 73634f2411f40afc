#pragma once

#include "lag/LagTypes.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

// The service dependency graph as plain values: built by inferServiceGraph() on a worker thread,
// shared immutably (ServiceGraphPtr), read by the CLI, the layout and the Graph page.
namespace streamscope {

// The contract names ("service", "topic", "unknown") are the CLI's JSON "kind" values.
enum class GraphNodeKind : quint8 { Service, Topic, Unknown };
enum class GraphEdgeKind : quint8 { Produce, Consume };

QString graphNodeKindName(GraphNodeKind kind);
QString graphEdgeKindName(GraphEdgeKind kind);

// Node ids as the CLI prints them: "service:NAME", "topic:NAME", "unknown:TOPIC".
QString serviceNodeId(const QString& service);
QString topicNodeId(const QString& topic);
QString unknownNodeId(const QString& topic);

struct GraphNode {
    QString id;
    GraphNodeKind kind = GraphNodeKind::Service;
    QString name; // service name, topic name, or the topic of an unknown-producer node
    // Service detail: the consumer groups behind it and their members' client ids and hosts.
    QStringList groups;
    QStringList clientIds;
    QStringList hosts;
    // Unknown-producer node: the share of the topic's sampled records without an identity.
    double unknownShare = 0;
};

struct GraphEdge {
    QString from;
    QString to;
    GraphEdgeKind kind = GraphEdgeKind::Produce;
    // Produce: the topic's rate times the producer's share of the sample; NaN when the topic's
    // rate is not known yet. Consume: the group's consume rate on the topic (NaN: unknown).
    double msgsPerSec = std::numeric_limits<double>::quiet_NaN();
    double share = 0; // produce: the producer's share of the topic's recent sampled records
    // Consume edges: the group, its lag on the topic (nullopt: no commit or no end offset) and
    // the lag status.
    QString group;
    std::optional<qint64> lag;
    LagStatus status = LagStatus::Unknown;
    // No traffic in the activity window: drawn idle until it expires.
    bool idle = false;
    // Consume edge of a group with commits but no members.
    bool inactive = false;
    // Wall-clock ms of the newest evidence of traffic (a sampled record, a busy group).
    qint64 lastActiveMs = 0;
    // A shared W3C trace id links this edge's records to the other side of its service.
    bool causalityConfirmed = false;

    QString key() const { return from + u'>' + to + u'>' + group; }
};

// Records on `toTopic` whose trace ids also appear, earlier, on `fromTopic`: an event on
// fromTopic caused one on toTopic, through `service` (which consumes the first and produces the
// second; empty when no such service is known).
struct CausalLink {
    QString fromTopic;
    QString toTopic;
    QString service;
    int sharedTraces = 0;
};

struct ServiceGraph {
    qint64 builtAtMs = 0;         // wall clock
    std::vector<GraphNode> nodes; // sorted by id
    std::vector<GraphEdge> edges; // sorted by key
    std::vector<CausalLink> causalLinks;
    // Why part of the picture is missing (groups unreadable, sampling failed); empty when fine.
    QStringList notes;

    const GraphNode* findNode(const QString& id) const;
    const GraphEdge* findEdge(const QString& from, const QString& to,
                              const QString& group = {}) const;
    // Nodes and edges without their figures: equal keys mean the same drawing (no relayout).
    QString structureKey() const;
};

using ServiceGraphPtr = std::shared_ptr<const ServiceGraph>;

void registerGraphMetaTypes();

} // namespace streamscope

Q_DECLARE_METATYPE(streamscope::ServiceGraphPtr)
