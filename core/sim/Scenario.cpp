#include "sim/Scenario.h"

#include <algorithm>

namespace streamscope::sim {

const TopicSpec* Scenario::findTopic(const QString& topicName) const {
    for (const auto& topic : topics) {
        if (topic.name == topicName)
            return &topic;
    }
    return nullptr;
}

const EventTypeSpec* Scenario::findEventType(const QString& typeName) const {
    for (const auto& type : eventTypes) {
        if (type.name == typeName)
            return &type;
    }
    return nullptr;
}

bool Scenario::hasSchemaTopics() const {
    return std::any_of(topics.begin(), topics.end(),
                       [](const TopicSpec& t) { return t.schema.has_value(); });
}

Scenario withoutSchemaTopics(Scenario scenario) {
    QStringList dropped;
    for (const auto& topic : scenario.topics)
        if (topic.schema)
            dropped.append(topic.name);
    if (dropped.isEmpty())
        return scenario;
    std::erase_if(scenario.topics, [](const TopicSpec& t) { return t.schema.has_value(); });
    for (auto& service : scenario.services) {
        std::erase_if(service.produces,
                      [&](const ProduceSpec& p) { return dropped.contains(p.topic); });
        std::erase_if(service.consumes, [&](ConsumeSpec& c) {
            if (dropped.contains(c.topic))
                return true;
            const bool reacted = !c.reactions.empty();
            std::erase_if(c.reactions,
                          [&](const ReactionSpec& r) { return dropped.contains(r.topic); });
            return reacted && c.reactions.empty();
        });
    }
    std::erase_if(scenario.services,
                  [](const ServiceSpec& s) { return s.produces.empty() && s.consumes.empty(); });
    return scenario;
}

} // namespace streamscope::sim
