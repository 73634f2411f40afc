#include "ClientConfig.h"

#include "BootstrapAddress.h"

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

} // namespace

Expected<rd::Conf> makeClientConf(const ConnectionProfile& profile, const PropertyList& overrides,
                                  const PropertyList& extraDefaults) {
    if (profile.bootstrapServers.trimmed().isEmpty())
        return streamscopeError(Tr::tr("No bootstrap servers given."));
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
    if (!debugRequested)
        rd_kafka_conf_set_log_cb(conf.get(), &ignoreLog);
    return conf;
}

void ClientErrorState::record(const char* reason) {
    std::lock_guard lock(m_mutex);
    m_lastError = QString::fromUtf8(reason);
}

QString ClientErrorState::lastError() const {
    std::lock_guard lock(m_mutex);
    return m_lastError;
}

} // namespace streamscope
