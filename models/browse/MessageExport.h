#pragma once

#include "browse/MessageView.h"
#include "common/CancelToken.h"
#include "common/Expected.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <vector>

namespace streamscope {

class MessageStore;
namespace schema {
class DecodedPayloads;
}

enum class ExportFormat { JsonLines, Csv };

// CSV columns: topic, partition, offset, timestamp (ISO-8601 UTC), timestamp_ms, key,
// key_encoding, value, value_encoding, headers (a JSON object). RFC 4180 quoting.
QByteArray csvHeaderLine();
QByteArray messageCsvLine(const MessageView& message);

// Writes the given store rows to path (JSON Lines in the shape of RecordJson.h, the CLI's
// `browse --jsonl`) (all or nothing: a cancelled or failed export leaves no
// file behind). Runs on a worker thread; counts rows written into *written as it goes. Returns
// the number of rows written. With `decoded` (Schema Registry payloads), keys and values that
// decoded are written as their JSON: in JSON Lines as `browse --jsonl --schema-registry` does
// ("value": <JSON>, "value_schema_id", "value_format"), in CSV as the value text.
Expected<qint64> exportMessages(const MessageStore& store, const std::vector<quint32>& rows,
                                ExportFormat format, const QString& path, const CancelToken& cancel,
                                std::atomic<qint64>* written = nullptr,
                                const schema::DecodedPayloads* decoded = nullptr);

} // namespace streamscope
