#pragma once

#include "checks/CheckReport.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace streamscope {

// Where a record lives, in 24 bytes: the checks keep one per identity and per key, so the topic
// is an index into a TopicTable instead of a string.
struct RecordRef {
    qint64 offset = -1;
    qint64 timestampMs = -1;
    int partition = -1;
    int topic = -1;
};

// The topics of one run, each named once.
class TopicTable {
public:
    // The index of a topic; the same topic as last time is answered without hashing.
    int indexOf(const QByteArray* topicUtf8) {
        if (topicUtf8 == m_lastPointer && topicUtf8 && *topicUtf8 == m_lastName)
            return m_lastIndex;
        const QByteArray name = topicUtf8 ? *topicUtf8 : QByteArray();
        auto it = m_indices.constFind(name);
        if (it == m_indices.cend()) {
            it = m_indices.insert(name, int(m_names.size()));
            m_names.push_back(QString::fromUtf8(name));
        }
        m_lastPointer = topicUtf8;
        m_lastName = name;
        m_lastIndex = *it;
        return m_lastIndex;
    }
    // The index indexOf() gave last when asked for this same topic object, else -1: a glance
    // ahead that neither hashes nor adds.
    int lastIndexIf(const QByteArray* topicUtf8) const {
        return topicUtf8 && topicUtf8 == m_lastPointer ? m_lastIndex : -1;
    }
    const QString& name(int index) const { return m_names[size_t(index)]; }
    int size() const { return int(m_names.size()); }
    CheckRecordRef resolve(const RecordRef& ref) const {
        return CheckRecordRef{ref.topic >= 0 ? name(ref.topic) : QString(), ref.partition,
                              ref.offset, ref.timestampMs};
    }

private:
    QHash<QByteArray, int> m_indices;
    std::vector<QString> m_names;
    const QByteArray* m_lastPointer = nullptr;
    QByteArray m_lastName;
    int m_lastIndex = -1;
};

} // namespace streamscope
