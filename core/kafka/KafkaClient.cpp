// KafkaClient: the handle, its broker-error state and metadata. Offsets are in
// KafkaClientOffsets.cpp, admin calls in KafkaClientAdmin.cpp.
#include "kafka/KafkaClient.h"

#include "cluster/TopicName.h"
#include "kafka/ClientConfig.h"
#include "kafka/RdErrors.h"
#include "kafka/TlsVerifyProblems.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <algorithm>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KafkaClient)
};

using rd::errorFrom;
using rd::invalidTopicError;

} // namespace

QString librdkafkaVersion() {
    return QString::fromLatin1(rd_kafka_version_str());
}

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
    case RD_KAFKA_RESP_ERR_GROUP_AUTHORIZATION_FAILED:
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
    // librdkafka appends ", N identical error(s) suppressed" to a repeated broker error: without
    // it the same failure reads the same each time (the CLI collapses repeats by their text).
    static const QRegularExpression suppressed(
        QStringLiteral(R"(,? ?\d+ identical error\(s\) suppressed)"));
    const QString raw =
        reason.isEmpty() ? describeKafkaError(code) : QString(reason).remove(suppressed);
    auto with = [&raw](const QString& meaning) {
        return QStringLiteral("%1 (%2)").arg(meaning, raw);
    };
    const auto err = static_cast<rd_kafka_resp_err_t>(code);
    if (err == RD_KAFKA_RESP_ERR__AUTHENTICATION ||
        err == RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED ||
        raw.contains(QLatin1String("SASL authentication error")) ||
        raw.contains(QLatin1String("Authentication failed"))) {
        static const QRegularExpression mechanism(QStringLiteral(
            R"(SASL (\S+) mechanism handshake failed.*supported mechanisms: ([^ ()]+))"));
        if (const auto m = mechanism.match(raw); m.hasMatch())
            return with(Tr::tr("The broker does not offer the SASL mechanism %1 (it offers %2): "
                               "choose one of those")
                            .arg(m.captured(1), m.captured(2)));
        if (raw.contains(QLatin1String("Unsupported SASL mechanism")))
            return with(Tr::tr("The broker does not offer this SASL mechanism: choose another"));
        return with(Tr::tr("The broker refused the login: wrong user name or password, or an "
                           "unknown user (check them and the SASL mechanism)"));
    }
    // A TLS alert from the broker about our certificate: TLS 1.3 sends it after the handshake
    // looked complete to the client, so it arrives with the first request.
    if (raw.contains(QLatin1String("alert bad certificate")) ||
        raw.contains(QLatin1String("alert certificate unknown")) ||
        raw.contains(QLatin1String("alert unknown ca")) ||
        raw.contains(QLatin1String("alert certificate required")) ||
        raw.contains(QLatin1String("alert certificate expired")))
        return with(Tr::tr("The broker refused the client certificate (none was sent, or the "
                           "broker does not trust it): set the client certificate and key"));
    if (raw.contains(QLatin1String("certificate verify failed"))) {
        static const QRegularExpression broker(QStringLiteral(R"((?:^|[ :/])([^ /]+:\d+)/)"));
        const auto m = broker.match(raw);
        const QString why = m.hasMatch() ? rd::tlsVerifyProblem(m.captured(1)) : QString();
        if (!why.isEmpty())
            return with(Tr::tr("TLS handshake failed: %1").arg(why));
        return with(Tr::tr("TLS handshake failed: the broker's certificate could not be "
                           "verified (untrusted CA, expired, or made out to another host)"));
    }
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
         raw.contains(QLatin1String("APIVERSION_QUERY")))) {
        // Spoken to in plaintext (the broker name has no ssl:// or sasl_ssl:// scheme), a Kafka
        // TLS listener closes the connection at the first request without a word.
        if (!raw.contains(QLatin1String("ssl://")))
            return with(Tr::tr("The port closed the connection at the first request: it is "
                               "probably a TLS listener spoken to in plaintext (set "
                               "security.protocol to SSL or SASL_SSL), or not a Kafka broker"));
        return with(Tr::tr("The port closed the connection without answering: not a Kafka "
                           "broker, a TLS listener spoken to in plaintext (check "
                           "security.protocol), or a request the broker rejected"));
    }
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
} // namespace streamscope
