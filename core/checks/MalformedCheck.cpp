#include "checks/MalformedCheck.h"

namespace streamscope {

MalformedCheck::MalformedCheck(const QStringList& requiredHeaders, int maxExamples)
    : m_maxExamples(maxExamples) {
    for (const QString& name : requiredHeaders)
        if (!name.trimmed().isEmpty())
            m_required.push_back(name.trimmed().toUtf8());
}

void MalformedCheck::add(const RecordFacts& facts, const RecordRef& ref) {
    if (size_t(ref.topic) >= m_topics.size())
        m_topics.resize(size_t(ref.topic) + 1);
    PerTopic& topic = m_topics[size_t(ref.topic)];
    switch (facts.json) {
    case RecordFacts::Json::Absent:
        ++topic.empty;
        if (int(topic.emptyExamples.size()) < m_maxExamples)
            topic.emptyExamples.push_back(ref);
        break;
    case RecordFacts::Json::Invalid:
        ++topic.invalid;
        if (int(topic.invalidExamples.size()) < m_maxExamples) {
            topic.invalidExamples.push_back(ref);
            topic.invalidReasons.push_back(facts.decodeError
                                               ? QStringLiteral("not decodable with schema %1: %2")
                                                     .arg(facts.schemaId)
                                                     .arg(*facts.decodeError)
                                               : QStringLiteral("invalid JSON"));
        }
        break;
    case RecordFacts::Json::Valid:
        ++topic.valid;
        break;
    }
    // RecordReader found the headers in its one pass; the names are the same trimmed list.
    if (facts.missingRequiredHeader >= 0 &&
        size_t(facts.missingRequiredHeader) < m_required.size()) {
        ++m_missingHeaders;
        if (int(m_missingExamples.size()) < m_maxExamples) {
            m_missingExamples.push_back(ref);
            m_missingReasons.push_back(
                QStringLiteral("missing header ") +
                QString::fromUtf8(m_required[size_t(facts.missingRequiredHeader)]));
        }
    }
}

void MalformedCheck::finish(const TopicTable& topics, MalformedFindings& out) const {
    out = MalformedFindings{};
    out.missingHeaders = m_missingHeaders;
    auto example = [&](const RecordRef& ref, const QString& reason) {
        if (int(out.examples.size()) >= m_maxExamples)
            return;
        out.examples.push_back(topics.resolve(ref));
        out.exampleReasons.push_back(reason);
    };
    for (size_t i = 0; i < m_topics.size(); ++i) {
        const PerTopic& topic = m_topics[i];
        const qint64 nonEmpty = topic.valid + topic.invalid;
        if (topic.invalid > 0 && topic.valid * 2 > nonEmpty) {
            out.invalidJson += topic.invalid;
            for (size_t k = 0; k < topic.invalidExamples.size(); ++k)
                example(topic.invalidExamples[k], topic.invalidReasons[k]);
        }
        if (topic.empty > 0 && nonEmpty * 2 > nonEmpty + topic.empty) {
            out.emptyPayload += topic.empty;
            for (const RecordRef& ref : topic.emptyExamples)
                example(ref, QStringLiteral("empty payload"));
        }
    }
    for (size_t i = 0; i < m_missingExamples.size(); ++i)
        example(m_missingExamples[i], m_missingReasons[i]);
}

} // namespace streamscope
