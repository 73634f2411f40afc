#pragma once

#include "checks/CheckReport.h"
#include "checks/RecordFacts.h"
#include "checks/RecordRef.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace streamscope {

// Malformed records, judged per topic at the end: invalid JSON counts only where more than half
// of the topic's non-empty values are valid JSON, empty (or null) values only where more than
// half of the topic's values are non-empty. Missing required headers count everywhere (a record
// lacking several counts once). A framed value that did not decode through the registry is not
// JSON either; its example says why.
class MalformedCheck {
public:
    MalformedCheck(const QStringList& requiredHeaders, int maxExamples);

    void add(const RecordFacts& facts, const RecordRef& ref);
    void finish(const TopicTable& topics, MalformedFindings& out) const;

private:
    struct PerTopic {
        qint64 valid = 0, invalid = 0, empty = 0;
        std::vector<RecordRef> invalidExamples;
        std::vector<QString> invalidReasons; // parallel: why a framed value did not decode
        std::vector<RecordRef> emptyExamples;
    };
    std::vector<QByteArray> m_required;
    int m_maxExamples;
    std::vector<PerTopic> m_topics;
    qint64 m_missingHeaders = 0;
    std::vector<RecordRef> m_missingExamples;
    std::vector<QString> m_missingReasons;
};

} // namespace streamscope
