#include "sim/ScenarioRates.h"

#include <algorithm>

namespace streamscope::sim {

namespace {

// Records per second by topic, then by event type.
using TypeRates = QHash<QString, QHash<QString, double>>;

double total(const QHash<QString, double>& byType) {
    double sum = 0;
    for (double rate : byType)
        sum += rate;
    return sum;
}

} // namespace

ScenarioRates computeScenarioRates(const Scenario& scenario) {
    ScenarioRates rates;
    TypeRates paced;
    for (const auto& service : scenario.services) {
        for (const auto& produce : service.produces)
            paced[produce.topic][produce.eventType] +=
                produce.ratePerSecond * (1.0 + service.duplicateRatio);
    }

    // Follow-up events depend on what their consumers read, which may itself be follow-ups:
    // iterate until the chain settles (a chain of N hops settles after N rounds; cycles with
    // ratios below 1 converge geometrically).
    TypeRates current = paced;
    for (int round = 0; round < 64; ++round) {
        TypeRates next = paced;
        for (const auto& service : scenario.services) {
            for (const auto& consume : service.consumes) {
                const auto& input = current.value(consume.topic);
                const double inputRate = total(input);
                if (inputRate <= 0 || consume.stalled())
                    continue;
                const double processedShare =
                    std::min(1.0, consume.processingRatePerSecond / inputRate);
                for (const auto& reaction : consume.reactions) {
                    const double matching = reaction.whenEventType.isEmpty()
                                                ? inputRate
                                                : input.value(reaction.whenEventType);
                    next[reaction.topic][reaction.eventType] +=
                        matching * processedShare * reaction.ratio * (1.0 + service.duplicateRatio);
                }
            }
        }
        current = std::move(next);
    }

    for (const auto& topic : scenario.topics) {
        rates.topicRecordsPerSecond.insert(topic.name, total(current.value(topic.name)));
        rates.topicPacedRecordsPerSecond.insert(topic.name, total(paced.value(topic.name)));
    }
    for (const auto& service : scenario.services) {
        for (const auto& consume : service.consumes) {
            const double input = rates.topicRecordsPerSecond.value(consume.topic);
            rates.groupRecordsPerSecond.insert(
                consume.group,
                consume.stalled() ? 0.0 : std::min(input, consume.processingRatePerSecond));
        }
    }
    return rates;
}

} // namespace streamscope::sim
