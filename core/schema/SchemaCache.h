#pragma once

#include "common/Expected.h"
#include "schema/RegisteredSchema.h"
#include "schema/SchemaRegistryClient.h"

#include <QMutex>

#include <memory>
#include <unordered_map>

namespace streamscope::schema {

// Schemas by id, shared by every decoder of a session: fetched once from the registry (a schema
// id never changes its schema), failures remembered for a few seconds so a dead registry is not
// asked again for every record. Thread-safe; schema() blocks on a miss, so call it from workers.
class SchemaCache {
public:
    explicit SchemaCache(RegistryOptions options);

    Expected<std::shared_ptr<const RegisteredSchema>> schema(quint32 id);
    // Without asking the registry: what is cached (for the GUI thread).
    std::shared_ptr<const RegisteredSchema> cached(quint32 id) const;

    const RegistryOptions& options() const { return m_client.options(); }

    static constexpr qint64 kRetryFailedAfterMs = 5000;

private:
    struct Entry {
        std::shared_ptr<const RegisteredSchema> schema;
        Error error;
        qint64 failedAtMs = 0;
    };
    SchemaRegistryClient m_client;
    mutable QMutex m_mutex;
    std::unordered_map<quint32, Entry> m_entries;
};

} // namespace streamscope::schema
