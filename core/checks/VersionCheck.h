#pragma once

#include "checks/CheckReport.h"
#include "checks/Hash128.h"
#include "checks/Hash128Map.h"
#include "checks/JsonShape.h"
#include "checks/RecordFacts.h"
#include "checks/RecordRef.h"

#include <vector>

namespace streamscope {

// Versions per event type: every record (copies included) counts for its type and version;
// each version's shape is the union of its records' field paths and types, compared with the
// previous version of the same type (versions ordered numerically when both are numbers, else
// as text).
class VersionCheck {
public:
    // Counts the record for its RecordFacts::versionKey (type, version and, for framed values,
    // schema id).
    void add(const RecordFacts& facts, const RecordRef& ref);
    void finish(const TopicTable& topics, std::vector<VersionFinding>& out) const;
    size_t memoryBytes() const {
        size_t bytes = m_index.memoryBytes();
        for (const Version& v : m_versions)
            bytes += sizeof(Version) + v.shapes.memoryBytes();
        return bytes;
    }

private:
    struct Version {
        QString type;
        QString version;
        bool framed = false;
        quint32 schemaId = 0;
        QString subject;
        qint64 count = 0;
        RecordRef first;
        qint64 lastSeenMs = -1;
        qint64 firstSeenMs = -1;
        Hash128Map<bool> shapes; // hashes already collected into fields
        ShapeSet fields;
    };
    Hash128Map<int> m_index; // by RecordFacts::versionKey
    std::vector<Version> m_versions;
};

} // namespace streamscope
