#include "graph/TraceCausality.h"

#include "common/TraceParent.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace streamscope {

namespace {

// trace id -> the earliest time stamp it was seen with on one topic.
using TraceTimes = QHash<TraceId, qint64>;

TraceTimes traceTimes(const TopicRecordSample& sample) {
    TraceTimes times;
    for (const auto& record : sample.records) {
        for (const auto& h : record.headers) {
            if (h.name != "traceparent")
                continue;
            const auto parsed =
                parseTraceparent(std::string_view(h.value.constData(), size_t(h.value.size())));
            if (!parsed)
                continue;
            auto it = times.find(parsed->traceId);
            if (it == times.end())
                times.insert(parsed->traceId, record.timestampMs);
            else
                *it = std::min(*it, record.timestampMs);
        }
    }
    return times;
}

} // namespace

void confirmCausality(ServiceGraph& graph, const std::vector<TopicRecordSample>& samples) {
    std::map<QString, TraceTimes> byTopic;
    for (const auto& s : samples)
        if (graph.findNode(topicNodeId(s.topic)))
            byTopic[s.topic] = traceTimes(s);

    // Hops: a service consuming `in` and producing `out`.
    for (auto& consume : graph.edges) {
        if (consume.kind != GraphEdgeKind::Consume)
            continue;
        const GraphNode* inTopic = graph.findNode(consume.from);
        const GraphNode* service = graph.findNode(consume.to);
        if (!inTopic || !service)
            continue;
        const auto in = byTopic.find(inTopic->name);
        if (in == byTopic.end() || in->second.isEmpty())
            continue;
        for (auto& produce : graph.edges) {
            if (produce.kind != GraphEdgeKind::Produce || produce.from != consume.to)
                continue;
            const GraphNode* outTopic = graph.findNode(produce.to);
            if (!outTopic || outTopic->name == inTopic->name)
                continue;
            const auto out = byTopic.find(outTopic->name);
            if (out == byTopic.end())
                continue;
            int shared = 0;
            for (auto it = out->second.cbegin(); it != out->second.cend(); ++it) {
                const auto cause = in->second.constFind(it.key());
                // A missing time stamp (-1) cannot contradict the order.
                if (cause != in->second.cend() &&
                    (*cause < 0 || it.value() < 0 || *cause <= it.value()))
                    ++shared;
            }
            if (shared == 0)
                continue;
            consume.causalityConfirmed = true;
            produce.causalityConfirmed = true;
            const bool known = std::any_of(
                graph.causalLinks.begin(), graph.causalLinks.end(), [&](const CausalLink& l) {
                    return l.fromTopic == inTopic->name && l.toTopic == outTopic->name &&
                           l.service == service->name;
                });
            if (!known)
                graph.causalLinks.push_back({inTopic->name, outTopic->name, service->name, shared});
        }
    }
    std::sort(graph.causalLinks.begin(), graph.causalLinks.end(),
              [](const CausalLink& a, const CausalLink& b) {
                  return std::tie(a.fromTopic, a.toTopic, a.service) <
                         std::tie(b.fromTopic, b.toTopic, b.service);
              });
}

} // namespace streamscope
