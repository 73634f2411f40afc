#include "schema/RecordDecoding.h"

#include "schema/SchemaCache.h"

namespace streamscope::schema {

RecordDecoding::RecordDecoding(const RegistryOptions& options)
    : m_decoder(std::make_shared<SchemaCache>(options)) {}

RecordDecoding::RecordDecoding(std::shared_ptr<SchemaCache> cache)
    : m_decoder(std::move(cache)) {}

void RecordDecoding::decode(const MessageView& raw) {
    // The same record again (the filter, then the output): decoded once. The topic counts too:
    // `check` reads several topics through one decoder.
    const QByteArray topic = raw.topicUtf8 ? *raw.topicUtf8 : QByteArray();
    if (raw.partition == m_partition && raw.offset == m_offset && topic == m_topic)
        return;
    m_partition = raw.partition;
    m_offset = raw.offset;
    m_topic = topic;
    m_decoder.decode(raw.key.view(), raw.key.null, m_key);
    m_decoder.decode(raw.value.view(), raw.value.null, m_value);
}

MessageView RecordDecoding::filterView(const MessageView& raw) {
    decode(raw);
    MessageView view = raw;
    if (m_key.kind == DecodedPayload::Kind::Decoded)
        view.key = MaybeBytes{m_key.json.data(), qsizetype(m_key.json.size()), false};
    if (m_value.kind == DecodedPayload::Kind::Decoded) {
        view.value = MaybeBytes{m_value.json.data(), qsizetype(m_value.json.size()), false};
        view.valuePadded = false;
    }
    return view;
}

} // namespace streamscope::schema
