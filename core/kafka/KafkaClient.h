#pragma once

#include "cluster/ClusterMetadata.h"
#include "cluster/ConnectionProfile.h"
#include "common/Expected.h"
#include "kafka/RdHandles.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace streamscope {

// Special timestamps for offset queries (Kafka ListOffsets semantics).
inline constexpr qint64 kLatestOffsetQuery = -1;
inline constexpr qint64 kEarliestOffsetQuery = -2;

struct OffsetQuery {
    QString topic;
    int partition = 0;
    qint64 timestampMs = kLatestOffsetQuery; // or a wall-clock timestamp for offsets-for-times
};

struct OffsetAnswer {
    QString topic;
    int partition = 0;
    qint64 offset = kUnknownOffset;
    int errorCode = 0;
};

// Config values of topics as one DescribeConfigs request answered them.
struct TopicConfigValues {
    QHash<QString, QHash<QByteArray, QString>> values; // topic -> key -> value (keys it reported)
    QSet<QString> notAuthorized; // topics whose configs the user may not DESCRIBE_CONFIGS

    // The value of key for topic; empty when the topic or the key was not reported.
    QString value(const QString& topic, const QByteArray& key) const {
        return values.value(topic).value(key);
    }
};

// One librdkafka client handle (rd_kafka_t) with blocking helpers for metadata, offsets and admin
// operations. Every call here may block up to its timeout: use it only from worker threads.
// The handle is thread-safe; the helpers can be called from several threads at once.
class KafkaClient {
public:
    enum class Kind { Producer, Consumer };

    // Creates the handle. Configuration errors (bad property, missing file) fail here; network
    // errors appear later in the calls and in lastBrokerError().
    static Expected<std::unique_ptr<KafkaClient>> create(const ConnectionProfile& profile,
                                                         Kind kind = Kind::Producer,
                                                         const PropertyList& overrides = {});
    ~KafkaClient();
    KafkaClient(const KafkaClient&) = delete;
    KafkaClient& operator=(const KafkaClient&) = delete;

    rd_kafka_t* handle() const { return m_handle.get(); }

    // Brokers, topics and partitions (no offsets), plus controller and cluster id. A blocking
    // librdkafka call cannot be interrupted, so the wait is cut into slices: between slices a
    // set cancel flag or "all brokers down" ends the wait early (fast quit, fast failure).
    Expected<ClusterMetadata> fetchMetadata(int timeoutMs,
                                            const std::atomic_bool* cancel = nullptr);
    // Metadata for just these topics (faster on big clusters).
    Expected<ClusterMetadata> fetchTopicMetadata(const QStringList& topics, int timeoutMs);

    // Batched offsets-for-times: ListOffsets requests per partition leader, in chunks of a few
    // hundred partitions run in parallel (librdkafka's own batching is quadratic in the count).
    // A partition that could not be read carries its error; the call fails only when nothing
    // could be read at all.
    Expected<std::vector<OffsetAnswer>> queryOffsets(const std::vector<OffsetQuery>& queries,
                                                     int timeoutMs);
    // Fills start and end offsets of every partition in metadata (unreadable ones stay unknown
    // and carry offsetErrorCode), both read in one parallel run, end offsets first. Sets
    // sampledAtMonotonicMs and sampledAt to the middle of the end-offset reads.
    Status fillOffsets(ClusterMetadata& metadata, int timeoutMs);

    Status createTopic(const QString& name, int partitions, int replicationFactor,
                       const PropertyList& configs, int timeoutMs);
    Status createPartitions(const QString& topic, int totalPartitions, int timeoutMs);
    Status deleteTopics(const QStringList& topics, int timeoutMs);
    // broker.rack of each broker id that has one.
    Expected<QHash<int, QString>> brokerRacks(const QList<int>& brokerIds, int timeoutMs);
    // The values of some config keys (e.g. "cleanup.policy") for each topic, in one
    // DescribeConfigs request. A topic whose configs the ACLs hide is listed as not authorized;
    // one that cannot be described otherwise (deleted meanwhile) is left out.
    Expected<TopicConfigValues> topicConfigValues(const QStringList& topics,
                                                  const QList<QByteArray>& keys, int timeoutMs);

    // Serves librdkafka callbacks (errors, logs) without blocking.
    void pollEvents();
    // What went wrong with the brokers, in words (explainBrokerError of the most specific error
    // librdkafka reported, e.g. "TLS handshake failed ..." rather than "1/1 brokers are down"),
    // empty once a request succeeded afterwards.
    QString lastBrokerError() const;
    // The librdkafka code of that error (0 if none).
    int lastBrokerErrorCode() const;
    bool allBrokersDown() const;
    // The broker refused the SASL login: retrying with the same credentials cannot help.
    bool authenticationFailed() const;

private:
    KafkaClient() = default;
    static void onError(rd_kafka_t* rk, int err, const char* reason, void* opaque);
    void clearBrokerError();
    Expected<ClusterMetadata> fetchMetadataOnce(int timeoutMs);
    // One offsets_for_times call (librdkafka batches it per leader).
    Expected<std::vector<OffsetAnswer>> queryOffsetsOnce(const OffsetQuery* queries, size_t count,
                                                         int timeoutMs);
    // Offset queries cut into chunks and run on a few threads (see KafkaClient.cpp for why).
    struct OffsetBatch;
    static void addOffsetBatches(std::vector<OffsetBatch>& batches,
                                 const std::vector<OffsetQuery>& queries,
                                 std::vector<OffsetAnswer>& answers);
    void runOffsetBatches(std::vector<OffsetBatch>& batches, int timeoutMs);
    Status runAdmin(rd_kafka_event_type_t expected, int timeoutMs,
                    const std::function<void(rd_kafka_t*, const rd_kafka_AdminOptions_t*,
                                             rd_kafka_queue_t*)>& start,
                    const std::function<Status(rd_kafka_event_t*)>& check);

    rd::Handle m_handle;
    mutable std::mutex m_errorMutex;
    QString m_lastBrokerError; // raw librdkafka text
    int m_lastBrokerErrorCode = 0;
    bool m_allBrokersDown = false;
    bool m_authenticationFailed = false;
};

// The error codes that code outside core/kafka tests Error::code against.
inline constexpr int kErrAuthentication = RD_KAFKA_RESP_ERR__AUTHENTICATION;
inline constexpr int kErrTopicAlreadyExists = RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS;
inline constexpr int kErrUnknownTopicOrPartition = RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART;
// The broker's ACLs deny this topic, group or cluster operation to the user: shown as "not
// authorized", not as an error of the whole page and never as zero.
inline bool isAuthorizationError(int code) {
    return code == RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED ||
           code == RD_KAFKA_RESP_ERR_GROUP_AUTHORIZATION_FAILED ||
           code == RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED;
}

// The librdkafka version the program runs with (e.g. "2.0.2").
QString librdkafkaVersion();

// Text for a librdkafka error code, prefixed by a hint where the raw text is cryptic.
QString describeKafkaError(int code);

// What a client-level error from librdkafka (error callback: code and reason) means, in words,
// followed by the raw reason in parentheses: "SSL handshake failed ... unexpected eof" becomes
// "TLS handshake failed: the port closed the connection during the handshake ...", an "Invalid
// response size" from a port that is not Kafka becomes "not a Kafka broker ...". kcat shows the
// raw lines; a user of the app should not need to decode them.
QString explainBrokerError(int code, const QString& reason);

} // namespace streamscope
