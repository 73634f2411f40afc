#include "throughput/RecordProbe.h"

#include <QElapsedTimer>

#include <array>

namespace streamscope {

namespace {

using TopicHandle = std::unique_ptr<rd_kafka_topic_t, rd::Deleter<rd_kafka_topic_destroy>>;

qint64 headerBytes(const rd_kafka_message_t* m) {
    rd_kafka_headers_t* headers = nullptr;
    // The headers stay owned by the message.
    if (rd_kafka_message_headers(m, &headers) != RD_KAFKA_RESP_ERR_NO_ERROR || !headers)
        return 0;
    qint64 bytes = 0;
    const char* name = nullptr;
    const void* value = nullptr;
    size_t size = 0;
    for (size_t i = 0;
         rd_kafka_header_get_all(headers, i, &name, &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR;
         ++i)
        bytes += static_cast<qint64>(qstrlen(name) + size);
    return bytes;
}

} // namespace

Expected<std::unique_ptr<RecordProbe>> RecordProbe::create(const ConnectionProfile& profile) {
    auto client = KafkaClient::create(
        profile, KafkaClient::Kind::Consumer,
        {
            {QStringLiteral("client.id"), QStringLiteral("streamscope-record-probe")},
            // Control records are skipped either way; read_uncommitted keeps aborted records, so
            // the only skipped offsets in a non-compacted log are the markers.
            {QStringLiteral("isolation.level"), QStringLiteral("read_uncommitted")},
            {QStringLiteral("enable.partition.eof"), QStringLiteral("true")},
            {QStringLiteral("enable.auto.commit"), QStringLiteral("false")},
            {QStringLiteral("auto.offset.reset"), QStringLiteral("error")},
            // We want a few records, not librdkafka's default prefetch of up to 64 MiB.
            {QStringLiteral("queued.max.messages.kbytes"), QStringLiteral("1024")},
            {QStringLiteral("fetch.wait.max.ms"), QStringLiteral("100")},
        });
    if (!client)
        return client.error();
    return std::unique_ptr<RecordProbe>(new RecordProbe(std::move(client.value())));
}

RecordProbe::RecordProbe(std::unique_ptr<KafkaClient> client)
    : m_client(std::move(client)) {}

RecordProbe::~RecordProbe() = default;

Expected<RecordProbeResult> RecordProbe::read(const QString& topic, int partition,
                                              qint64 fromOffset, qint64 toOffset, int timeoutMs) {
    RecordProbeResult result;
    result.fromOffset = fromOffset;
    result.toOffset = toOffset;
    if (toOffset <= fromOffset) {
        result.complete = true;
        return result;
    }
    rd_kafka_t* rk = m_client->handle();
    TopicHandle rkt(rd_kafka_topic_new(rk, topic.toUtf8().constData(), nullptr));
    if (!rkt)
        return Error{static_cast<int>(rd_kafka_last_error()),
                     describeKafkaError(rd_kafka_last_error())};
    if (rd_kafka_consume_start(rkt.get(), partition, fromOffset) == -1)
        return Error{static_cast<int>(rd_kafka_last_error()),
                     describeKafkaError(rd_kafka_last_error())};

    QElapsedTimer elapsed;
    elapsed.start();
    std::array<rd_kafka_message_t*, 256> batch{};
    Error failure;
    qint64 next = fromOffset; // every offset below this is accounted for
    while (next < toOffset && elapsed.elapsed() < timeoutMs && failure.code == 0) {
        // Short waits: a stop request is never more than 100 ms away.
        const ssize_t n =
            rd_kafka_consume_batch(rkt.get(), partition, 100, batch.data(), batch.size());
        if (n < 0) {
            failure = Error{static_cast<int>(rd_kafka_last_error()),
                            describeKafkaError(rd_kafka_last_error())};
            break;
        }
        for (ssize_t i = 0; i < n; ++i) {
            rd::Message m(batch[static_cast<size_t>(i)]);
            if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
                // Reached the log end: offsets up to it without records were skipped.
                next = std::max(next, std::min<qint64>(m->offset, toOffset));
                continue;
            }
            if (m->err) {
                failure = Error{static_cast<int>(m->err), describeKafkaError(m->err)};
                break;
            }
            if (m->offset < next || m->offset >= toOffset) {
                next = std::max(next, std::min<qint64>(m->offset + 1, toOffset));
                continue; // outside the range asked for (newer records keep coming)
            }
            ++result.records;
            result.payloadBytes += static_cast<qint64>(m->key_len + m->len) + headerBytes(m.get());
            next = m->offset + 1;
        }
    }
    rd_kafka_consume_stop(rkt.get(), partition);
    if (failure.code != 0 && result.records == 0)
        return failure;
    result.complete = next >= toOffset;
    result.skippedOffsets = (std::min(next, toOffset) - fromOffset) - result.records;
    return result;
}

} // namespace streamscope
