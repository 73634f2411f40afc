#include "kafka/ClientConfig.h"

#include "cluster/BootstrapAddress.h"
#include "cluster/PemCheck.h"
#include "kafka/KafkaClient.h"
#include "kafka/TlsVerifyProblems.h"

#include <QCoreApplication>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KafkaClient)
};

void ignoreLog(const rd_kafka_t*, int, const char*, const char*) {
    // librdkafka logs reconnect attempts to stderr by default and floods terminals; the same
    // information reaches the client's error callback.
}

// Properties sent to the broker in request headers or group requests as a Kafka STRING, whose
// length is a signed 16-bit number: librdkafka accepts longer values and the broker then drops
// the malformed request, which looks like "all brokers are down".
constexpr qsizetype kMaxKafkaStringBytes = 32767;
// Any other value: far above a real CA bundle or JAAS line, far below what exhausts memory.
constexpr qsizetype kMaxPropertyBytes = 4 * 1024 * 1024;

Status checkValueSize(const QString& key, const QString& value) {
    static const QStringList kafkaStrings = {
        QStringLiteral("client.id"), QStringLiteral("group.id"),
        QStringLiteral("group.instance.id"), QStringLiteral("transactional.id"),
        QStringLiteral("client.rack")};
    const qsizetype bytes = value.toUtf8().size();
    const qsizetype limit = kafkaStrings.contains(key) ? kMaxKafkaStringBytes : kMaxPropertyBytes;
    if (bytes <= limit)
        return {};
    return streamscopeError(Tr::tr("Client property %1 is too long (%2 bytes; at most %3): the "
                                   "broker would reject every request")
                                .arg(key)
                                .arg(bytes)
                                .arg(limit));
}

} // namespace

Expected<rd::Conf> makeClientConf(const ConnectionProfile& profile, const PropertyList& overrides,
                                  const PropertyList& extraDefaults) {
    if (profile.bootstrapServers.trimmed().isEmpty())
        return streamscopeError(Tr::tr("No bootstrap servers given."));
    // A profile whose stored security settings could not be read is refused here, below every
    // entry point, rather than connected with a default that may send credentials in clear.
    if (const QString problem = profile.storedProblem(); !problem.isEmpty())
        return streamscopeError(problem);
    rd::Conf conf(rd_kafka_conf_new());
    if (!conf)
        return streamscopeError(Tr::tr("Cannot create a Kafka client configuration."));
    const PropertyList defaults = {
        {QStringLiteral("client.id"), QStringLiteral("streamscope")},
        {QStringLiteral("socket.connection.setup.timeout.ms"), QStringLiteral("5000")},
        {QStringLiteral("reconnect.backoff.ms"), QStringLiteral("200")},
        {QStringLiteral("reconnect.backoff.max.ms"), QStringLiteral("2000")},
        {QStringLiteral("log.connection.close"), QStringLiteral("false")},
    };
    bool debugRequested = false;
    for (const auto& list : {defaults, extraDefaults, profile.clientProperties(), overrides}) {
        for (const auto& [key, value] : list) {
            debugRequested = debugRequested || key == u"debug";
            if (auto status = checkValueSize(key, value); !status)
                return status.error();
            // Every profile reaches a client through here, whichever entry point built it: an
            // out-of-range port must fail here rather than wrap around in librdkafka.
            if (key == u"bootstrap.servers" || key == u"metadata.broker.list") {
                if (auto status = validateBootstrapServers(value); !status)
                    return status.error();
            }
            char errstr[512] = {};
            if (rd_kafka_conf_set(conf.get(), key.toUtf8().constData(), value.toUtf8().constData(),
                                  errstr, sizeof errstr) != RD_KAFKA_CONF_OK)
                return streamscopeError(
                    Tr::tr("Invalid client property %1: %2").arg(key, QString::fromUtf8(errstr)));
        }
    }
    // The TLS files and PEM texts as they end up (a later list overrides an earlier one): a
    // file that is not PEM of the right kind is named here, before any connection is tried.
    for (const char* key : {"ssl.ca.location", "ssl.certificate.location", "ssl.key.location",
                            "ssl.ca.pem", "ssl.certificate.pem", "ssl.key.pem"}) {
        size_t size = 0;
        if (rd_kafka_conf_get(conf.get(), key, nullptr, &size) != RD_KAFKA_CONF_OK || size <= 1)
            continue;
        QByteArray value(static_cast<qsizetype>(size), '\0');
        if (rd_kafka_conf_get(conf.get(), key, value.data(), &size) != RD_KAFKA_CONF_OK)
            continue;
        value.truncate(static_cast<qsizetype>(qstrlen(value.constData())));
        if (auto status = checkPemProperty(QString::fromLatin1(key), QString::fromUtf8(value));
            !status)
            return status.error();
    }
    if (!debugRequested)
        rd_kafka_conf_set_log_cb(conf.get(), &ignoreLog);
    // Keeps OpenSSL's verdict; records why a broker certificate was refused, which OpenSSL's
    // error text does not say. Fails only without TLS support, where there is nothing to verify.
    (void)rd_kafka_conf_set_ssl_cert_verify_cb(conf.get(), &rd::tlsVerifyCallback);
    return conf;
}

void ClientErrorState::record(int code, const char* reason) {
    std::lock_guard lock(m_mutex);
    if (code == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN && !m_lastError.isEmpty() &&
        m_lastCode != RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN)
        return;
    m_lastError = QString::fromUtf8(reason);
    m_lastCode = code;
}

QString ClientErrorState::lastError() const {
    std::lock_guard lock(m_mutex);
    return m_lastError.isEmpty() ? QString() : explainBrokerError(m_lastCode, m_lastError);
}

} // namespace streamscope
