#include "kafka/KafkaClient.h"

#include "cluster/TopicName.h"
#include "kafka/ClientConfig.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <thread>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KafkaClient)
};

Error errorFrom(rd_kafka_resp_err_t err, const char* context = nullptr) {
    QString message = describeKafkaError(err);
    if (context && *context)
        message = QString::fromUtf8(context) + QStringLiteral(": ") + message;
    return Error{static_cast<int>(err), message};
}

// Every librdkafka constructor can return NULL (bad argument, out of memory); each result is
// checked and turned into one of these instead of being dereferenced.
Error constructorError(const char* function) {
    return streamscopeError(
        Tr::tr("librdkafka could not create an object (%1).").arg(QString::fromLatin1(function)));
}

Error invalidTopicError(const QString& name) {
    if (auto status = validateTopicName(name); !status)
        return status.error();
    return streamscopeError(Tr::tr("librdkafka refused the topic name \"%1\".").arg(name));
}

} // namespace

QString describeKafkaError(int code) {
    const auto err = static_cast<rd_kafka_resp_err_t>(code);
    const QString raw = QString::fromUtf8(rd_kafka_err2str(err));
    switch (err) {
    case RD_KAFKA_RESP_ERR__TRANSPORT:
    case RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN:
        return Tr::tr("No broker answered (%1)").arg(raw);
    case RD_KAFKA_RESP_ERR__TIMED_OUT:
        return Tr::tr("The cluster did not answer in time (%1)").arg(raw);
    case RD_KAFKA_RESP_ERR__AUTHENTICATION:
    case RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED:
        return Tr::tr("Authentication failed: check user name and password (%1)").arg(raw);
    case RD_KAFKA_RESP_ERR__SSL:
        return Tr::tr("TLS handshake failed: check CA, certificate and key (%1)").arg(raw);
    case RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED:
    case RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED:
        return Tr::tr("Not authorized (%1)").arg(raw);
    default:
        return raw;
    }
}

namespace {

// The first bytes of an answer that librdkafka read as a 4-byte size: a TLS record (handshake or
// alert, version 3.x) means the port speaks TLS; anything else is shown as text, so that "SSH-"
// tells who answered.
QString describeAnswerPrefix(quint32 size, bool* looksLikeTls) {
    const unsigned char bytes[4] = {
        static_cast<unsigned char>(size >> 24), static_cast<unsigned char>(size >> 16),
        static_cast<unsigned char>(size >> 8), static_cast<unsigned char>(size)};
    *looksLikeTls = bytes[0] >= 0x14 && bytes[0] <= 0x17 && bytes[1] == 0x03;
    QString text;
    for (unsigned char c : bytes)
        text += (c >= 0x20 && c < 0x7f) ? QString(QLatin1Char(static_cast<char>(c)))
                                        : QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
    return text;
}

} // namespace

QString explainBrokerError(int code, const QString& reason) {
    if (reason.isEmpty() && code == 0)
        return {};
    const QString raw = reason.isEmpty() ? describeKafkaError(code) : reason;
    auto with = [&raw](const QString& meaning) {
        return QStringLiteral("%1 (%2)").arg(meaning, raw);
    };
    const auto err = static_cast<rd_kafka_resp_err_t>(code);
    if (err == RD_KAFKA_RESP_ERR__AUTHENTICATION ||
        err == RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED ||
        raw.contains(QLatin1String("SASL authentication error")) ||
        raw.contains(QLatin1String("Authentication failed")))
        return with(Tr::tr("The broker refused the login (authentication failed): check user "
                           "name, password and SASL mechanism"));
    if (err == RD_KAFKA_RESP_ERR__SSL || raw.contains(QLatin1String("SSL handshake failed")) ||
        raw.contains(QLatin1String("in state SSL_HANDSHAKE"))) {
        if (raw.contains(QLatin1String("unexpected eof"), Qt::CaseInsensitive) ||
            raw.contains(QLatin1String("wrong version number")) ||
            raw.contains(QLatin1String("Disconnected")))
            return with(Tr::tr("TLS handshake failed: the port closed the connection during the "
                               "handshake; it is probably a plaintext listener (check "
                               "security.protocol)"));
        return with(Tr::tr("TLS handshake failed: check CA, certificate and key"));
    }
    static const QRegularExpression invalidSize(QStringLiteral("Invalid response size (-?\\d+)"));
    if (const auto m = invalidSize.match(raw); m.hasMatch()) {
        bool tls = false;
        const QString prefix =
            describeAnswerPrefix(static_cast<quint32>(m.captured(1).toLongLong()), &tls);
        if (tls)
            return with(Tr::tr("The port answered with TLS: it is a TLS listener, set "
                               "security.protocol to SSL or SASL_SSL"));
        return with(
            Tr::tr("Not a Kafka broker: unexpected response (it begins with \"%1\")").arg(prefix));
    }
    if (raw.contains(QLatin1String("CorrelationId")) ||
        raw.contains(QLatin1String("Protocol parse failure")) ||
        raw.contains(QLatin1String("Protocol read buffer underflow")))
        return with(Tr::tr("Not a Kafka broker: unexpected response"));
    if (raw.contains(QLatin1String("Disconnected while requesting ApiVersion")) ||
        (raw.contains(QLatin1String("Disconnected")) &&
         raw.contains(QLatin1String("APIVERSION_QUERY"))))
        return with(Tr::tr("The port closed the connection without answering: not a Kafka "
                           "broker, a TLS listener spoken to in plaintext (check "
                           "security.protocol), or a request the broker rejected"));
    if (raw.contains(QLatin1String("timed out"), Qt::CaseInsensitive) &&
        (raw.contains(QLatin1String("APIVERSION_QUERY")) || raw.contains(QLatin1String("AUTH")) ||
         raw.contains(QLatin1String("SSL_HANDSHAKE"))))
        return with(Tr::tr("Timed out waiting for the broker's answer: the port accepts "
                           "connections but does not answer like a Kafka broker"));
    if (raw.contains(QLatin1String("timed out"), Qt::CaseInsensitive) &&
        raw.contains(QLatin1String("CONNECT")))
        return with(Tr::tr("Timed out connecting: no answer from the host (firewall or wrong "
                           "address?)"));
    if (raw.contains(QLatin1String("Connection refused")))
        return with(Tr::tr("Connection refused: nothing listens on that port"));
    if (raw.contains(QLatin1String("Failed to resolve")))
        return with(Tr::tr("Host name not found"));
    if (raw.contains(QLatin1String("exceeds")) && raw.contains(QLatin1String("max.bytes")))
        return with(Tr::tr("Request too large"));
    return raw;
}

Expected<std::unique_ptr<KafkaClient>>
KafkaClient::create(const ConnectionProfile& profile, Kind kind, const PropertyList& overrides) {
    // The poller asks for metadata itself every tick; librdkafka's own periodic refresh would
    // only add requests.
    // log.connection.close=true: librdkafka reports a connection closed while it waits for the
    // ApiVersion answer (a TLS listener spoken to in plaintext, a port that is not Kafka) only
    // through this setting; without it the error callback hears just "1/1 brokers are down".
    // The errors land in lastBrokerError(), nothing is printed, so idle closes cost nothing.
    auto made = makeClientConf(
        profile, overrides,
        {{QStringLiteral("topic.metadata.refresh.interval.ms"), QStringLiteral("-1")},
         {QStringLiteral("log.connection.close"), QStringLiteral("true")}});
    if (!made)
        return made.error();
    rd::Conf conf = std::move(made.value());
    std::unique_ptr<KafkaClient> client(new KafkaClient);
    rd_kafka_conf_set_opaque(conf.get(), client.get());
    rd_kafka_conf_set_error_cb(conf.get(), [](rd_kafka_t* rk, int err, const char* reason,
                                              void* opaque) { onError(rk, err, reason, opaque); });

    char errstr[512] = {};
    const auto type = kind == Kind::Consumer ? RD_KAFKA_CONSUMER : RD_KAFKA_PRODUCER;
    // rd_kafka_new takes ownership of conf only on success.
    rd_kafka_t* rk = rd_kafka_new(type, conf.get(), errstr, sizeof errstr);
    if (!rk)
        return streamscopeError(
            Tr::tr("Cannot create Kafka client: %1").arg(QString::fromUtf8(errstr)));
    conf.release();
    client->m_handle.reset(rk);
    return client;
}

KafkaClient::~KafkaClient() = default;

void KafkaClient::onError(rd_kafka_t*, int err, const char* reason, void* opaque) {
    auto* self = static_cast<KafkaClient*>(opaque);
    std::lock_guard lock(self->m_errorMutex);
    if (err == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN) {
        self->m_allBrokersDown = true;
        // "1/1 brokers are down" follows the broker's own error, which says what was seen
        // (TLS, refused, timed out, not Kafka): keep that one.
        if (!self->m_lastBrokerError.isEmpty())
            return;
    }
    self->m_lastBrokerError = QString::fromUtf8(reason);
    self->m_lastBrokerErrorCode = err;
    if (err == RD_KAFKA_RESP_ERR__AUTHENTICATION ||
        err == RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED)
        self->m_authenticationFailed = true;
}

void KafkaClient::pollEvents() {
    rd_kafka_poll(m_handle.get(), 0);
}

QString KafkaClient::lastBrokerError() const {
    std::lock_guard lock(m_errorMutex);
    if (m_lastBrokerError.isEmpty())
        return {};
    return explainBrokerError(m_lastBrokerErrorCode, m_lastBrokerError);
}

int KafkaClient::lastBrokerErrorCode() const {
    std::lock_guard lock(m_errorMutex);
    return m_lastBrokerErrorCode;
}

bool KafkaClient::authenticationFailed() const {
    std::lock_guard lock(m_errorMutex);
    return m_authenticationFailed;
}

bool KafkaClient::allBrokersDown() const {
    std::lock_guard lock(m_errorMutex);
    return m_allBrokersDown;
}

void KafkaClient::clearBrokerError() {
    std::lock_guard lock(m_errorMutex);
    m_lastBrokerError.clear();
    m_lastBrokerErrorCode = 0;
    m_allBrokersDown = false;
    m_authenticationFailed = false;
}

namespace {

ClusterMetadata convertMetadata(const rd_kafka_metadata_t& md, int controllerId) {
    ClusterMetadata out;
    out.controllerId = controllerId;
    out.brokers.reserve(md.broker_cnt);
    for (int i = 0; i < md.broker_cnt; ++i) {
        const auto& b = md.brokers[i];
        out.brokers.push_back(
            BrokerInfo{b.id, QString::fromUtf8(b.host), b.port, QString(), b.id == controllerId});
    }
    std::sort(out.brokers.begin(), out.brokers.end(),
              [](const BrokerInfo& a, const BrokerInfo& b) { return a.id < b.id; });
    out.topics.reserve(md.topic_cnt);
    for (int i = 0; i < md.topic_cnt; ++i) {
        const auto& t = md.topics[i];
        TopicInfo topic;
        topic.name = QString::fromUtf8(t.topic);
        topic.internal = isInternalTopicName(topic.name);
        topic.errorCode = t.err;
        topic.partitions.reserve(t.partition_cnt);
        for (int j = 0; j < t.partition_cnt; ++j) {
            const auto& p = t.partitions[j];
            PartitionInfo part;
            part.partition = p.id;
            part.leader = p.leader;
            part.errorCode = p.err;
            part.replicas.reserve(p.replica_cnt);
            for (int r = 0; r < p.replica_cnt; ++r)
                part.replicas.append(p.replicas[r]);
            part.isr.reserve(p.isr_cnt);
            for (int r = 0; r < p.isr_cnt; ++r)
                part.isr.append(p.isrs[r]);
            topic.partitions.push_back(std::move(part));
        }
        std::sort(topic.partitions.begin(), topic.partitions.end(),
                  [](const PartitionInfo& a, const PartitionInfo& b) {
                      return a.partition < b.partition;
                  });
        out.topics.push_back(std::move(topic));
    }
    std::sort(out.topics.begin(), out.topics.end(),
              [](const TopicInfo& a, const TopicInfo& b) { return a.name < b.name; });
    return out;
}

} // namespace

Expected<ClusterMetadata> KafkaClient::fetchMetadata(int timeoutMs,
                                                     const std::atomic_bool* cancel) {
    constexpr int kFirstSliceMs = 800;
    constexpr int kMaxSliceMs = 3200;
    QElapsedTimer elapsed;
    elapsed.start();
    int slice = kFirstSliceMs;
    for (;;) {
        const int remaining = timeoutMs - static_cast<int>(elapsed.elapsed());
        auto md = fetchMetadataOnce(std::clamp(remaining, 1, slice));
        if (md || remaining <= slice || allBrokersDown() || authenticationFailed())
            return md;
        if (cancel && cancel->load())
            return streamscopeError(Tr::tr("Cancelled."));
        // A live but slow cluster (many topics) may need more than one slice: grow it.
        slice = std::min(slice * 2, kMaxSliceMs);
    }
}

Expected<ClusterMetadata> KafkaClient::fetchMetadataOnce(int timeoutMs) {
    const rd_kafka_metadata_t* raw = nullptr;
    const auto err = rd_kafka_metadata(m_handle.get(), 1, nullptr, &raw, timeoutMs);
    rd::Metadata md(raw);
    pollEvents();
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        const QString brokerError = lastBrokerError();
        // A refused login is its own error (not a timeout): callers stop retrying on it.
        Error error =
            authenticationFailed() ? errorFrom(RD_KAFKA_RESP_ERR__AUTHENTICATION) : errorFrom(err);
        if (!brokerError.isEmpty())
            error.message += QStringLiteral(": ") + brokerError;
        return error;
    }
    clearBrokerError();
    ClusterMetadata out = convertMetadata(*md, rd_kafka_controllerid(m_handle.get(), 0));
    if (char* id = rd_kafka_clusterid(m_handle.get(), 0)) {
        out.clusterId = QString::fromUtf8(id);
        rd_kafka_mem_free(m_handle.get(), id);
    }
    return out;
}

Expected<ClusterMetadata> KafkaClient::fetchTopicMetadata(const QStringList& topics,
                                                          int timeoutMs) {
    // rd_kafka_metadata only takes one topic at a time for a subset; ask per topic and merge.
    ClusterMetadata merged;
    for (const auto& name : topics) {
        const QByteArray utf8 = name.toUtf8();
        rd_kafka_topic_t* rkt = rd_kafka_topic_new(m_handle.get(), utf8.constData(), nullptr);
        if (!rkt) // librdkafka refuses some names (e.g. empty) with NULL
            return invalidTopicError(name);
        const rd_kafka_metadata_t* raw = nullptr;
        const auto err = rd_kafka_metadata(m_handle.get(), 0, rkt, &raw, timeoutMs);
        rd_kafka_topic_destroy(rkt);
        rd::Metadata md(raw);
        pollEvents();
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            Error error = authenticationFailed() ? errorFrom(RD_KAFKA_RESP_ERR__AUTHENTICATION)
                                                 : errorFrom(err);
            if (const QString brokerError = lastBrokerError(); !brokerError.isEmpty())
                error.message += QStringLiteral(": ") + brokerError;
            return error;
        }
        ClusterMetadata one = convertMetadata(*md, rd_kafka_controllerid(m_handle.get(), 0));
        if (merged.brokers.empty())
            merged.brokers = std::move(one.brokers);
        merged.controllerId = one.controllerId;
        for (auto& t : one.topics)
            merged.topics.push_back(std::move(t));
    }
    std::sort(merged.topics.begin(), merged.topics.end(),
              [](const TopicInfo& a, const TopicInfo& b) { return a.name < b.name; });
    if (!topics.isEmpty())
        clearBrokerError(); // the brokers answered: an older error no longer describes them
    return merged;
}

namespace {

// librdkafka 2.0.2 merges each ListOffsets response into the request list with a linear search
// per partition, so one offsets_for_times call costs O(n^2) in the partition count: 735 ms for
// 10,000 partitions on the bench broker, 36 ms in chunks of 250 (bench/RESULTS.md). Chunks are
// run on a few threads so a remote cluster pays a few round trips per tick, not one per chunk.
constexpr size_t kOffsetChunk = 250;
constexpr size_t kOffsetThreads = 4;

} // namespace

struct KafkaClient::OffsetBatch {
    const std::vector<OffsetQuery>* queries = nullptr;
    std::vector<OffsetAnswer>* answers = nullptr;
    size_t begin = 0;
    size_t count = 0;
    qint64 doneMonotonicMs = 0;
    bool failed = false;
    Error error;
};

void KafkaClient::addOffsetBatches(std::vector<OffsetBatch>& batches,
                                   const std::vector<OffsetQuery>& queries,
                                   std::vector<OffsetAnswer>& answers) {
    answers.resize(queries.size());
    for (size_t begin = 0; begin < queries.size(); begin += kOffsetChunk) {
        OffsetBatch batch;
        batch.queries = &queries;
        batch.answers = &answers;
        batch.begin = begin;
        batch.count = std::min(kOffsetChunk, queries.size() - begin);
        batches.push_back(std::move(batch));
    }
}

void KafkaClient::runOffsetBatches(std::vector<OffsetBatch>& batches, int timeoutMs) {
    QElapsedTimer elapsed;
    elapsed.start();
    std::atomic<size_t> next{0};
    // Batches are picked up in order: callers put what must be read first (end offsets) first.
    auto work = [&] {
        for (size_t i; (i = next.fetch_add(1)) < batches.size();) {
            OffsetBatch& b = batches[i];
            const int remaining = std::max(1, timeoutMs - static_cast<int>(elapsed.elapsed()));
            auto answered = queryOffsetsOnce(b.queries->data() + b.begin, b.count, remaining);
            b.doneMonotonicMs = monotonicNowMs();
            if (answered) {
                std::move(answered->begin(), answered->end(),
                          b.answers->begin() + static_cast<std::ptrdiff_t>(b.begin));
                continue;
            }
            // The whole batch failed: its partitions are unreadable, the others are not.
            b.failed = true;
            b.error = answered.error();
            for (size_t q = b.begin; q < b.begin + b.count; ++q) {
                const OffsetQuery& query = (*b.queries)[q];
                (*b.answers)[q] =
                    OffsetAnswer{query.topic, query.partition, kUnknownOffset,
                                 b.error.code != 0 ? b.error.code : RD_KAFKA_RESP_ERR__FAIL};
            }
        }
    };
    std::vector<std::jthread> helpers;
    for (size_t t = 1; t < std::min(kOffsetThreads, batches.size()); ++t)
        helpers.emplace_back(work);
    work();
}

Expected<std::vector<OffsetAnswer>>
KafkaClient::queryOffsets(const std::vector<OffsetQuery>& queries, int timeoutMs) {
    if (queries.size() <= kOffsetChunk)
        return queryOffsetsOnce(queries.data(), queries.size(), timeoutMs);
    std::vector<OffsetAnswer> answers;
    std::vector<OffsetBatch> batches;
    addOffsetBatches(batches, queries, answers);
    runOffsetBatches(batches, timeoutMs);
    if (std::all_of(batches.begin(), batches.end(), [](const OffsetBatch& b) { return b.failed; }))
        return batches.front().error;
    return answers;
}

Expected<std::vector<OffsetAnswer>> KafkaClient::queryOffsetsOnce(const OffsetQuery* queries,
                                                                  size_t count, int timeoutMs) {
    std::vector<OffsetAnswer> answers;
    if (count == 0)
        return answers;
    rd::PartitionList list(rd_kafka_topic_partition_list_new(static_cast<int>(count)));
    if (!list)
        return constructorError("rd_kafka_topic_partition_list_new");
    // Keep the UTF-8 names alive; the list copies them, but convert each name only once.
    QByteArray lastName;
    QString lastTopic;
    for (size_t i = 0; i < count; ++i) {
        const auto& q = queries[i];
        if (q.topic != lastTopic) {
            lastTopic = q.topic;
            lastName = q.topic.toUtf8();
        }
        auto* tp = rd_kafka_topic_partition_list_add(list.get(), lastName.constData(), q.partition);
        tp->offset = q.timestampMs;
    }
    const auto err = rd_kafka_offsets_for_times(m_handle.get(), list.get(), timeoutMs);
    pollEvents();
    // A partition was answered when it has its own error or its offset changed from the query's
    // timestamp. librdkafka returns the first partition error (e.g. NOT_LEADER while a leader
    // moves, UNKNOWN_TOPIC while a topic is deleted) as the call's result, but the other
    // partitions were answered fine: one bad partition must not blank out the whole cluster.
    auto answered = [&](int i) {
        const auto& tp = list->elems[i];
        return tp.err != RD_KAFKA_RESP_ERR_NO_ERROR ||
               tp.offset != queries[static_cast<size_t>(i)].timestampMs;
    };
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        bool any = false;
        for (int i = 0; i < list->cnt && !any; ++i)
            any = answered(i);
        if (!any)
            return errorFrom(err); // nothing came back: the request as a whole failed
    }
    answers.reserve(count);
    for (int i = 0; i < list->cnt; ++i) {
        const auto& tp = list->elems[i];
        OffsetAnswer a;
        a.topic = queries[static_cast<size_t>(i)].topic;
        a.partition = tp.partition;
        a.errorCode = tp.err;
        if (!answered(i))
            a.errorCode = err != RD_KAFKA_RESP_ERR_NO_ERROR ? err : RD_KAFKA_RESP_ERR__TIMED_OUT;
        a.offset = a.errorCode == 0 ? tp.offset : kUnknownOffset;
        answers.push_back(a);
    }
    return answers;
}

Status KafkaClient::fillOffsets(ClusterMetadata& metadata, int timeoutMs) {
    std::vector<OffsetQuery> endQueries;
    endQueries.reserve(static_cast<size_t>(metadata.partitionCount()));
    for (const auto& t : metadata.topics)
        for (const auto& p : t.partitions)
            endQueries.push_back(OffsetQuery{t.name, p.partition, kLatestOffsetQuery});
    std::vector<OffsetQuery> startQueries = endQueries;
    for (auto& q : startQueries)
        q.timestampMs = kEarliestOffsetQuery;

    // End and start offsets in one parallel run, end offsets first (they carry the rates).
    std::vector<OffsetAnswer> ends;
    std::vector<OffsetAnswer> starts;
    std::vector<OffsetBatch> batches;
    addOffsetBatches(batches, endQueries, ends);
    const size_t endBatches = batches.size();
    addOffsetBatches(batches, startQueries, starts);
    const qint64 before = monotonicNowMs();
    const QDateTime wallBefore = QDateTime::currentDateTimeUtc();
    runOffsetBatches(batches, timeoutMs);
    // The end offsets were read somewhere between the start and the last end batch's answer:
    // the midpoint is the best estimate of the sample time, on both clocks.
    qint64 endsDone = before;
    for (size_t i = 0; i < endBatches; ++i)
        endsDone = std::max(endsDone, batches[i].doneMonotonicMs);
    metadata.sampledAtMonotonicMs = (before + endsDone) / 2;
    metadata.sampledAt = wallBefore.addMSecs((endsDone - before) / 2);
    if (!batches.empty() &&
        std::all_of(batches.begin(), batches.begin() + static_cast<std::ptrdiff_t>(endBatches),
                    [](const OffsetBatch& b) { return b.failed; })) {
        // Nothing readable: every partition says why, rather than just holding -1.
        const int failure = batches.front().error.code;
        const int code = failure != 0 ? failure : RD_KAFKA_RESP_ERR__FAIL;
        for (auto& t : metadata.topics)
            for (auto& p : t.partitions)
                p.offsetErrorCode = code;
        return batches.front().error;
    }
    size_t i = 0;
    for (auto& t : metadata.topics) {
        for (auto& p : t.partitions) {
            const auto& end = ends[i];
            const auto& start = starts[i];
            ++i;
            p.endOffset = end.offset;
            p.startOffset = start.offset;
            p.offsetErrorCode = end.errorCode ? end.errorCode : start.errorCode;
            if (p.offsetErrorCode) {
                p.startOffset = kUnknownOffset;
                p.endOffset = kUnknownOffset;
            }
        }
    }
    return {};
}

Status KafkaClient::runAdmin(rd_kafka_event_type_t expected, int timeoutMs,
                             const std::function<void(rd_kafka_t*, const rd_kafka_AdminOptions_t*,
                                                      rd_kafka_queue_t*)>& start,
                             const std::function<Status(rd_kafka_event_t*)>& check) {
    rd::Queue queue(rd_kafka_queue_new(m_handle.get()));
    rd::AdminOptions options(rd_kafka_AdminOptions_new(m_handle.get(), RD_KAFKA_ADMIN_OP_ANY));
    if (!queue || !options)
        return constructorError(!queue ? "rd_kafka_queue_new" : "rd_kafka_AdminOptions_new");
    char errstr[256] = {};
    rd_kafka_AdminOptions_set_request_timeout(options.get(), timeoutMs, errstr, sizeof errstr);
    rd_kafka_AdminOptions_set_operation_timeout(options.get(), timeoutMs, errstr, sizeof errstr);
    start(m_handle.get(), options.get(), queue.get());
    // The admin request times out by itself; the extra second only guards against a lost event.
    rd::Event event(rd_kafka_queue_poll(queue.get(), timeoutMs + 1000));
    pollEvents();
    if (!event)
        return errorFrom(RD_KAFKA_RESP_ERR__TIMED_OUT);
    if (rd_kafka_event_error(event.get()))
        return Error{static_cast<int>(rd_kafka_event_error(event.get())),
                     QString::fromUtf8(rd_kafka_event_error_string(event.get()))};
    if (rd_kafka_event_type(event.get()) != expected)
        return streamscopeError(Tr::tr("Unexpected admin result from librdkafka."));
    return check(event.get());
}

namespace {

Status checkTopicResults(const rd_kafka_topic_result_t* const* results, size_t count) {
    for (size_t i = 0; i < count; ++i) {
        const auto err = rd_kafka_topic_result_error(results[i]);
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            const char* msg = rd_kafka_topic_result_error_string(results[i]);
            return Error{static_cast<int>(err),
                         QString::fromUtf8(rd_kafka_topic_result_name(results[i])) +
                             QStringLiteral(": ") +
                             (msg ? QString::fromUtf8(msg) : describeKafkaError(err))};
        }
    }
    return {};
}

} // namespace

Status KafkaClient::createTopic(const QString& name, int partitions, int replicationFactor,
                                const PropertyList& configs, int timeoutMs) {
    char errstr[512] = {};
    rd::NewTopic topic(rd_kafka_NewTopic_new(name.toUtf8().constData(), partitions,
                                             replicationFactor, errstr, sizeof errstr));
    if (!topic)
        return streamscopeError(
            Tr::tr("Invalid topic %1: %2").arg(name, QString::fromUtf8(errstr)));
    for (const auto& [key, value] : configs) {
        if (auto err = rd_kafka_NewTopic_set_config(topic.get(), key.toUtf8().constData(),
                                                    value.toUtf8().constData()))
            return errorFrom(err);
    }
    return runAdmin(
        RD_KAFKA_EVENT_CREATETOPICS_RESULT, timeoutMs,
        [&](rd_kafka_t* rk, const rd_kafka_AdminOptions_t* opts, rd_kafka_queue_t* q) {
            rd_kafka_NewTopic_t* raw[] = {topic.get()};
            rd_kafka_CreateTopics(rk, raw, 1, opts, q);
        },
        [](rd_kafka_event_t* ev) {
            size_t n = 0;
            const auto* results =
                rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(ev), &n);
            return checkTopicResults(results, n);
        });
}

Status KafkaClient::createPartitions(const QString& topic, int totalPartitions, int timeoutMs) {
    char errstr[512] = {};
    rd::NewPartitions np(rd_kafka_NewPartitions_new(
        topic.toUtf8().constData(), static_cast<size_t>(totalPartitions), errstr, sizeof errstr));
    if (!np)
        return streamscopeError(QString::fromUtf8(errstr));
    return runAdmin(
        RD_KAFKA_EVENT_CREATEPARTITIONS_RESULT, timeoutMs,
        [&](rd_kafka_t* rk, const rd_kafka_AdminOptions_t* opts, rd_kafka_queue_t* q) {
            rd_kafka_NewPartitions_t* raw[] = {np.get()};
            rd_kafka_CreatePartitions(rk, raw, 1, opts, q);
        },
        [](rd_kafka_event_t* ev) {
            size_t n = 0;
            const auto* results = rd_kafka_CreatePartitions_result_topics(
                rd_kafka_event_CreatePartitions_result(ev), &n);
            return checkTopicResults(results, n);
        });
}

Status KafkaClient::deleteTopics(const QStringList& topics, int timeoutMs) {
    std::vector<rd::DeleteTopic> owned;
    std::vector<rd_kafka_DeleteTopic_t*> raw;
    for (const auto& name : topics) {
        owned.emplace_back(rd_kafka_DeleteTopic_new(name.toUtf8().constData()));
        if (!owned.back())
            return invalidTopicError(name);
        raw.push_back(owned.back().get());
    }
    return runAdmin(
        RD_KAFKA_EVENT_DELETETOPICS_RESULT, timeoutMs,
        [&](rd_kafka_t* rk, const rd_kafka_AdminOptions_t* opts, rd_kafka_queue_t* q) {
            rd_kafka_DeleteTopics(rk, raw.data(), raw.size(), opts, q);
        },
        [](rd_kafka_event_t* ev) {
            size_t n = 0;
            const auto* results =
                rd_kafka_DeleteTopics_result_topics(rd_kafka_event_DeleteTopics_result(ev), &n);
            return checkTopicResults(results, n);
        });
}

Expected<QHash<int, QString>> KafkaClient::brokerRacks(const QList<int>& brokerIds, int timeoutMs) {
    QHash<int, QString> racks;
    std::vector<rd::ConfigResource> owned;
    std::vector<rd_kafka_ConfigResource_t*> raw;
    for (int id : brokerIds) {
        owned.emplace_back(rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_BROKER,
                                                       QByteArray::number(id).constData()));
        if (!owned.back())
            return constructorError("rd_kafka_ConfigResource_new");
        raw.push_back(owned.back().get());
    }
    if (raw.empty())
        return racks;
    Status status = runAdmin(
        RD_KAFKA_EVENT_DESCRIBECONFIGS_RESULT, timeoutMs,
        [&](rd_kafka_t* rk, const rd_kafka_AdminOptions_t* opts, rd_kafka_queue_t* q) {
            rd_kafka_DescribeConfigs(rk, raw.data(), raw.size(), opts, q);
        },
        [&racks](rd_kafka_event_t* ev) -> Status {
            size_t n = 0;
            const auto* resources = rd_kafka_DescribeConfigs_result_resources(
                rd_kafka_event_DescribeConfigs_result(ev), &n);
            for (size_t i = 0; i < n; ++i) {
                if (rd_kafka_ConfigResource_error(resources[i]))
                    continue; // a broker that cannot be described simply has no rack shown
                const int id = QByteArray(rd_kafka_ConfigResource_name(resources[i])).toInt();
                size_t entryCount = 0;
                const auto* entries = rd_kafka_ConfigResource_configs(resources[i], &entryCount);
                for (size_t e = 0; e < entryCount; ++e) {
                    if (qstrcmp(rd_kafka_ConfigEntry_name(entries[e]), "broker.rack") == 0) {
                        if (const char* v = rd_kafka_ConfigEntry_value(entries[e]))
                            racks.insert(id, QString::fromUtf8(v));
                    }
                }
            }
            return {};
        });
    if (!status)
        return status.error();
    return racks;
}

Expected<QHash<QString, QString>>
KafkaClient::topicConfigValues(const QStringList& topics, const QByteArray& key, int timeoutMs) {
    QHash<QString, QString> values;
    std::vector<rd::ConfigResource> owned;
    std::vector<rd_kafka_ConfigResource_t*> raw;
    owned.reserve(static_cast<size_t>(topics.size()));
    for (const auto& topic : topics) {
        owned.emplace_back(
            rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topic.toUtf8().constData()));
        // NULL for a name librdkafka refuses (an empty one): an error, not a crash later on.
        if (!owned.back())
            return invalidTopicError(topic);
        raw.push_back(owned.back().get());
    }
    if (raw.empty())
        return values;
    Status status = runAdmin(
        RD_KAFKA_EVENT_DESCRIBECONFIGS_RESULT, timeoutMs,
        [&](rd_kafka_t* rk, const rd_kafka_AdminOptions_t* opts, rd_kafka_queue_t* q) {
            rd_kafka_DescribeConfigs(rk, raw.data(), raw.size(), opts, q);
        },
        [&values, &key](rd_kafka_event_t* ev) -> Status {
            size_t n = 0;
            const auto* resources = rd_kafka_DescribeConfigs_result_resources(
                rd_kafka_event_DescribeConfigs_result(ev), &n);
            for (size_t i = 0; i < n; ++i) {
                if (rd_kafka_ConfigResource_error(resources[i]))
                    continue;
                size_t entryCount = 0;
                const auto* entries = rd_kafka_ConfigResource_configs(resources[i], &entryCount);
                for (size_t e = 0; e < entryCount; ++e) {
                    if (key == rd_kafka_ConfigEntry_name(entries[e])) {
                        const char* v = rd_kafka_ConfigEntry_value(entries[e]);
                        values.insert(QString::fromUtf8(rd_kafka_ConfigResource_name(resources[i])),
                                      v ? QString::fromUtf8(v) : QString());
                    }
                }
            }
            return {};
        });
    if (!status)
        return status.error();
    return values;
}

} // namespace streamscope
