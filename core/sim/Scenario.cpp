#include "sim/Scenario.h"

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

} // namespace streamscope::sim
