#include "checks/VersionCheck.h"

#include <QMap>

#include <algorithm>

namespace streamscope {

namespace {

QString textOf(std::string_view s) {
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool versionLess(const QString& a, const QString& b) {
    bool aNumber = false;
    bool bNumber = false;
    const double x = a.toDouble(&aNumber);
    const double y = b.toDouble(&bNumber);
    if (aNumber && bNumber && x != y)
        return x < y;
    if (aNumber != bNumber)
        return aNumber; // numbers before text
    return a < b;
}

QStringList pathsOf(const ShapeSet& shape) {
    QStringList paths;
    for (const auto& [path, type] : shape)
        if (paths.isEmpty() || paths.constLast() != path)
            paths.append(path);
    return paths;
}

QMap<QString, QStringList> typesByPath(const ShapeSet& shape) {
    QMap<QString, QStringList> types;
    for (const auto& [path, type] : shape)
        types[path].append(type);
    return types;
}

} // namespace

void VersionCheck::add(const RecordFacts& facts, const RecordRef& ref) {
    const auto [index, isNew] = m_index.findOrInsert(facts.versionKey);
    if (isNew) {
        *index = int(m_versions.size());
        Version v;
        v.type = textOf(facts.type);
        v.version = textOf(facts.version);
        v.framed = facts.framed;
        v.schemaId = facts.schemaId;
        if (facts.schema)
            v.subject = facts.schema->subject;
        v.first = ref;
        v.firstSeenMs = ref.timestampMs;
        m_versions.push_back(std::move(v));
    }
    Version& v = m_versions[size_t(*index)];
    ++v.count;
    if (ref.timestampMs >= 0) {
        if (v.firstSeenMs < 0 || ref.timestampMs < v.firstSeenMs)
            v.firstSeenMs = ref.timestampMs;
        v.lastSeenMs = std::max(v.lastSeenMs, ref.timestampMs);
    }
    if (facts.json == RecordFacts::Json::Valid && v.shapes.findOrInsert(facts.shape).second) {
        // The first record of this version with this shape: its reader met the pair first too
        // and collected the paths (RecordFacts::newShape).
        Q_ASSERT(facts.newShape);
        if (facts.newShape)
            v.fields.insert(facts.newShape->begin(), facts.newShape->end());
    }
}

void VersionCheck::finish(const TopicTable& topics, std::vector<VersionFinding>& out) const {
    std::vector<const Version*> sorted;
    QHash<QString, qint64> perType;
    for (const Version& v : m_versions) {
        sorted.push_back(&v);
        perType[v.type] += v.count;
    }
    std::sort(sorted.begin(), sorted.end(), [](const Version* a, const Version* b) {
        if (a->type != b->type)
            return a->type < b->type;
        if (a->version != b->version)
            return versionLess(a->version, b->version);
        return a->schemaId < b->schemaId;
    });
    out.clear();
    const Version* previous = nullptr;
    for (const Version* v : sorted) {
        if (previous && previous->type != v->type)
            previous = nullptr;
        VersionFinding finding;
        finding.type = v->type;
        finding.version = v->version;
        finding.framed = v->framed;
        finding.schemaId = v->schemaId;
        finding.subject = v->subject;
        finding.count = v->count;
        finding.share = double(v->count) / double(std::max<qint64>(1, perType.value(v->type)));
        finding.firstSeenMs = v->firstSeenMs;
        finding.lastSeenMs = v->lastSeenMs;
        finding.firstRecord = topics.resolve(v->first);
        for (const auto& [path, type] : v->fields)
            finding.fields.push_back(FieldShape{path, type});
        if (previous) {
            const QStringList now = pathsOf(v->fields);
            const QStringList before = pathsOf(previous->fields);
            for (const QString& path : now)
                if (!std::binary_search(before.begin(), before.end(), path))
                    finding.fieldsAdded.append(path);
            for (const QString& path : before)
                if (!std::binary_search(now.begin(), now.end(), path))
                    finding.fieldsRemoved.append(path);
            const auto nowTypes = typesByPath(v->fields);
            const auto beforeTypes = typesByPath(previous->fields);
            for (auto it = nowTypes.cbegin(); it != nowTypes.cend(); ++it) {
                const auto old = beforeTypes.constFind(it.key());
                if (old != beforeTypes.cend() && *old != *it)
                    finding.fieldsChangedType.append(it.key() + QStringLiteral(": ") +
                                                     old->join(u'|') + QStringLiteral(" -> ") +
                                                     it->join(u'|'));
            }
        }
        out.push_back(std::move(finding));
        previous = v;
    }
}

} // namespace streamscope
