#include "schema/SchemaCache.h"

#include <QDateTime>

namespace streamscope::schema {

SchemaCache::SchemaCache(RegistryOptions options)
    : m_client(std::move(options)) {}

Expected<std::shared_ptr<const RegisteredSchema>> SchemaCache::schema(quint32 id) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_entries.find(id); it != m_entries.end()) {
            if (it->second.schema)
                return it->second.schema;
            if (now - it->second.failedAtMs < kRetryFailedAfterMs)
                return it->second.error;
        }
    }
    // Fetched without the lock: other ids are served meanwhile; two threads missing the same id
    // at once both fetch it, which is harmless.
    auto fetched = m_client.fetchById(id);
    QMutexLocker lock(&m_mutex);
    Entry& entry = m_entries[id];
    if (!fetched) {
        entry.error = fetched.error();
        entry.failedAtMs = now;
        return fetched.error();
    }
    entry.schema = std::make_shared<const RegisteredSchema>(std::move(*fetched));
    return entry.schema;
}

std::shared_ptr<const RegisteredSchema> SchemaCache::cached(quint32 id) const {
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.find(id);
    return it != m_entries.end() ? it->second.schema : nullptr;
}

} // namespace streamscope::schema
