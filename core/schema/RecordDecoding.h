#pragma once

#include "browse/MessageView.h"
#include "schema/PayloadDecoder.h"
#include "schema/SchemaRegistryClient.h"

namespace streamscope::schema {

// Key and value of the record being handled, decoded through the registry once for both the
// filter and the output (both on the fetch thread, one record after the other). One per thread.
class RecordDecoding {
public:
    explicit RecordDecoding(const RegistryOptions& options);
    // Schemas from a cache shared with other threads (the GUI session's).
    explicit RecordDecoding(std::shared_ptr<SchemaCache> cache);

    void decode(const MessageView& raw);
    // The record as the filter sees it: decoded JSON in place of framed bytes.
    MessageView filterView(const MessageView& raw);
    const DecodedPayload& key() const { return m_key; }
    const DecodedPayload& value() const { return m_value; }

private:
    PayloadDecoder m_decoder;
    DecodedPayload m_key;
    DecodedPayload m_value;
    int m_partition = -1;
    qint64 m_offset = -1;
    QByteArray m_topic; // shares the reader's topic name (no copy of the bytes)
};

} // namespace streamscope::schema
