#include "graph/GraphInference.h"

#include "graph/GraphTr.h"
#include "graph/ServiceNaming.h"
#include "graph/TraceCausality.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace streamscope {

namespace {

// Collects nodes by id while the edges are made; service details merge.
class NodeSet {
public:
    GraphNode& service(const QString& name) {
        return node(serviceNodeId(name), GraphNodeKind::Service, name);
    }
    GraphNode& topic(const QString& name) {
        return node(topicNodeId(name), GraphNodeKind::Topic, name);
    }
    GraphNode& unknown(const QString& topic) {
        return node(unknownNodeId(topic), GraphNodeKind::Unknown, topic);
    }
    std::vector<GraphNode> take() {
        std::vector<GraphNode> out;
        out.reserve(m_nodes.size());
        for (auto& [id, n] : m_nodes) {
            n.groups.removeDuplicates();
            n.clientIds.removeDuplicates();
            n.hosts.removeDuplicates();
            n.groups.sort();
            n.clientIds.sort();
            n.hosts.sort();
            out.push_back(std::move(n));
        }
        return out; // std::map: sorted by id
    }

private:
    GraphNode& node(const QString& id, GraphNodeKind kind, const QString& name) {
        auto [it, added] = m_nodes.try_emplace(id);
        if (added) {
            it->second.id = id;
            it->second.kind = kind;
            it->second.name = name;
        }
        return it->second;
    }
    std::map<QString, GraphNode> m_nodes;
};

bool topicExists(const GraphInputs& inputs, const QString& topic) {
    if (isInternalTopicName(topic))
        return false;
    if (inputs.cluster)
        return inputs.cluster->findTopic(topic) != nullptr;
    return !inputs.rates || inputs.rates->findTopic(topic) != nullptr;
}

double topicRate(const GraphInputs& inputs, const QString& topic) {
    if (!inputs.rates)
        return kNoRate;
    const TopicRate* rate = inputs.rates->findTopic(topic);
    if (!rate)
        return kNoRate;
    return hasValue(rate->smoothedMsgsPerSec) ? rate->smoothedMsgsPerSec : rate->msgsPerSec;
}

struct ProducerTally {
    int inWindow = 0;
    qint64 newestMs = -1;
};

void addProduceEdges(const GraphInputs& inputs, const ServiceNamer& namer,
                     const GraphSettings& settings, NodeSet& nodes, std::vector<GraphEdge>& edges) {
    const qint64 windowStart = inputs.nowMs - settings.activityWindowMs;
    for (const auto& sample : inputs.samples) {
        if (!topicExists(inputs, sample.topic) || sample.records.empty())
            continue;
        std::map<QString, ProducerTally> producers; // "" = no identity
        int inWindow = 0;
        for (const auto& record : sample.records) {
            ProducerTally& tally = producers[namer.producerOf(record.headers)];
            // A record without a time stamp counts as recent: it was among the newest.
            const qint64 ts = record.timestampMs >= 0 ? record.timestampMs : inputs.nowMs;
            tally.newestMs = std::max(tally.newestMs, ts);
            if (ts >= windowStart) {
                ++tally.inWindow;
                ++inWindow;
            }
        }
        const double rate = topicRate(inputs, sample.topic);
        const QString topicId = nodes.topic(sample.topic).id;
        for (const auto& [producer, tally] : producers) {
            GraphEdge edge;
            edge.kind = GraphEdgeKind::Produce;
            edge.to = topicId;
            edge.share = inWindow > 0 ? static_cast<double>(tally.inWindow) / inWindow : 0.0;
            edge.idle = tally.inWindow == 0;
            edge.msgsPerSec = edge.idle ? 0.0 : rate * edge.share;
            edge.lastActiveMs = std::min(tally.newestMs, inputs.nowMs);
            if (producer.isEmpty()) {
                GraphNode& unknown = nodes.unknown(sample.topic);
                unknown.unknownShare = edge.share;
                edge.from = unknown.id;
            } else {
                edge.from = nodes.service(producer).id;
            }
            edges.push_back(std::move(edge));
        }
    }
}

// The worst partition verdict of the group on this topic; the group's when none has one.
LagStatus topicStatus(const GroupLag& group, const GroupTopicLag& topic) {
    std::optional<LagStatus> worst;
    for (const auto& p : topic.partitions) {
        const LagStatus status = p.verdict.status;
        if (status != LagStatus::Unknown &&
            (!worst || lagStatusSeverity(status) > lagStatusSeverity(*worst)))
            worst = status;
    }
    return worst.value_or(group.verdict.status);
}

void addConsumeEdges(const GraphInputs& inputs, const ServiceNamer& namer, NodeSet& nodes,
                     std::vector<GraphEdge>& edges) {
    if (!inputs.groups)
        return;
    for (const auto& group : inputs.groups->groups) {
        // Topics the group has commits on, and topics its members are assigned.
        std::map<QString, const GroupTopicLag*> topics;
        for (const auto& t : group.topics)
            topics[t.topic] = &t;
        for (const auto& m : group.members)
            for (const auto& a : m.assignment)
                topics.try_emplace(a.topic, nullptr);
        std::erase_if(topics, [&](const auto& t) { return !topicExists(inputs, t.first); });
        if (topics.empty())
            continue;

        const QString service = namer.serviceOfGroup(group);
        GraphNode& node = nodes.service(service);
        node.groups << group.groupId;
        for (const auto& m : group.members) {
            if (!m.clientId.isEmpty())
                node.clientIds << m.clientId;
            if (!m.host.isEmpty())
                node.hosts << m.host;
        }
        const QString serviceId = node.id;
        const bool inactive = group.members.empty();
        for (const auto& [topic, lag] : topics) {
            GraphEdge edge;
            edge.kind = GraphEdgeKind::Consume;
            edge.from = nodes.topic(topic).id;
            edge.to = serviceId;
            edge.group = group.groupId;
            edge.inactive = inactive;
            if (lag) {
                const bool anyLag =
                    std::any_of(lag->partitions.begin(), lag->partitions.end(),
                                [](const PartitionLag& p) { return p.lag.has_value(); });
                if (anyLag)
                    edge.lag = lag->totalLag;
                edge.msgsPerSec = lag->consumeRatePerSec;
                edge.status = topicStatus(group, *lag);
            } else {
                edge.status = group.verdict.status;
            }
            // Idle: nobody is reading, or nothing was consumed in the window.
            edge.idle = inactive || (hasValue(edge.msgsPerSec) && edge.msgsPerSec <= 0.0);
            edge.lastActiveMs = edge.idle ? 0 : inputs.nowMs;
            edges.push_back(std::move(edge));
        }
    }
}

} // namespace

ServiceGraph inferServiceGraph(const GraphInputs& inputs, const ServiceNamer& namer,
                               const GraphSettings& settings) {
    ServiceGraph graph;
    graph.builtAtMs = inputs.nowMs;
    NodeSet nodes;
    addProduceEdges(inputs, namer, settings, nodes, graph.edges);
    addConsumeEdges(inputs, namer, nodes, graph.edges);
    graph.nodes = nodes.take();
    std::sort(graph.edges.begin(), graph.edges.end(),
              [](const GraphEdge& a, const GraphEdge& b) { return a.key() < b.key(); });
    confirmCausality(graph, inputs.samples);

    if (!inputs.groups)
        graph.notes << GraphTr::tr("Consumer groups are not known yet: consume edges are missing.");
    else if (!inputs.groups->error.isEmpty())
        graph.notes
            << GraphTr::tr("Consumer groups could not be read: %1").arg(inputs.groups->error);
    QStringList unread;
    for (const auto& s : inputs.samples)
        if (!s.error.isEmpty())
            unread << s.topic;
    if (!unread.isEmpty())
        graph.notes
            << GraphTr::tr(
                   "Records of %n topic(s) could not be read (%1): their producers may be missing.",
                   nullptr, static_cast<int>(unread.size()))
                   .arg(unread.mid(0, 5).join(QStringLiteral(", ")));
    return graph;
}

} // namespace streamscope
