#include "cluster/ConnectionProfile.h"

#include "cluster/BootstrapAddress.h"
#include "common/InputLimits.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
};

// Extra properties that may be written to the settings file: librdkafka's (CONFIGURATION.md,
// 2.x) and the Java client's settings that name behaviour, files or identities, never a secret.
// An allow-list, because a deny-list misses what it does not know: sasl.jaas.config,
// ssl.key.pem, sasl.oauthbearer.config or basic.auth.user.info all leaked through "password"/
// "secret" name matching. Left out on purpose: every password, key, token, secret and
// credential, sasl.oauthbearer.config/extensions (free text that carries client secrets),
// sasl.kerberos.kinit.cmd (a command line that may carry a password), and the callback and
// pointer properties that cannot be set as text.
const QSet<QString>& storableKeys() {
    static const QSet<QString> keys = [] {
        QSet<QString> set;
        for (const char* key :
             {// librdkafka, global
              "builtin.features", "client.id", "metadata.broker.list", "bootstrap.servers",
              "message.max.bytes", "message.copy.max.bytes", "receive.message.max.bytes",
              "max.in.flight.requests.per.connection", "max.in.flight",
              "topic.metadata.refresh.interval.ms", "metadata.max.age.ms",
              "topic.metadata.refresh.fast.interval.ms", "topic.metadata.refresh.fast.cnt",
              "topic.metadata.refresh.sparse", "topic.metadata.propagation.max.ms",
              "topic.blacklist", "debug", "socket.timeout.ms", "socket.blocking.max.ms",
              "socket.send.buffer.bytes", "socket.receive.buffer.bytes", "socket.keepalive.enable",
              "socket.nagle.disable", "socket.max.fails", "broker.address.ttl",
              "broker.address.family", "socket.connection.setup.timeout.ms",
              "connections.max.idle.ms", "reconnect.backoff.jitter.ms", "reconnect.backoff.ms",
              "reconnect.backoff.max.ms", "statistics.interval.ms", "enabled_events", "log_level",
              "log.queue", "log.thread.name", "enable.random.seed", "log.connection.close",
              "internal.termination.signal", "api.version.request",
              "api.version.request.timeout.ms", "api.version.fallback.ms",
              "broker.version.fallback", "allow.auto.create.topics", "security.protocol",
              "ssl.cipher.suites", "ssl.curves.list", "ssl.sigalgs.list", "ssl.key.location",
              "ssl.certificate.location", "ssl.certificate.pem", "ssl.ca.location", "ssl.ca.pem",
              "ssl.ca.certificate.stores", "ssl.crl.location", "ssl.keystore.location",
              "ssl.providers", "ssl.engine.location", "ssl.engine.id",
              "enable.ssl.certificate.verification", "ssl.endpoint.identification.algorithm",
              "sasl.mechanisms", "sasl.mechanism", "sasl.kerberos.service.name",
              "sasl.kerberos.principal", "sasl.kerberos.keytab",
              "sasl.kerberos.min.time.before.relogin", "sasl.username",
              "enable.sasl.oauthbearer.unsecure.jwt", "sasl.oauthbearer.method",
              "sasl.oauthbearer.client.id", "sasl.oauthbearer.scope",
              "sasl.oauthbearer.token.endpoint.url", "plugin.library.paths", "group.id",
              "group.instance.id", "partition.assignment.strategy", "session.timeout.ms",
              "heartbeat.interval.ms", "group.protocol.type", "coordinator.query.interval.ms",
              "max.poll.interval.ms", "enable.auto.commit", "auto.commit.interval.ms",
              "enable.auto.offset.store", "queued.min.messages", "queued.max.messages.kbytes",
              "fetch.wait.max.ms", "fetch.message.max.bytes", "max.partition.fetch.bytes",
              "fetch.max.bytes", "fetch.min.bytes", "fetch.error.backoff.ms", "offset.store.method",
              "isolation.level", "enable.partition.eof", "check.crcs", "client.rack",
              "transactional.id", "transaction.timeout.ms", "enable.idempotence",
              "enable.gapless.guarantee", "queue.buffering.max.messages",
              "queue.buffering.max.kbytes", "queue.buffering.max.ms", "linger.ms",
              "message.send.max.retries", "retries", "retry.backoff.ms",
              "queue.buffering.backpressure.threshold", "compression.codec", "compression.type",
              "batch.num.messages", "batch.size", "delivery.report.only.error",
              "sticky.partitioning.linger.ms",
              // librdkafka, topic
              "request.required.acks", "acks", "request.timeout.ms", "message.timeout.ms",
              "delivery.timeout.ms", "queuing.strategy", "produce.offset.report", "partitioner",
              "compression.level", "auto.commit.enable", "auto.offset.reset", "offset.store.path",
              "offset.store.sync.interval.ms", "consume.callback.max.messages",
              // Java client settings without secrets
              "client.dns.lookup", "ssl.truststore.location", "ssl.truststore.type",
              "ssl.keystore.type", "ssl.protocol", "ssl.enabled.protocols",
              "sasl.login.callback.handler.class", "sasl.client.callback.handler.class",
              "sasl.login.class", "sasl.login.connect.timeout.ms", "sasl.login.read.timeout.ms",
              "sasl.login.refresh.buffer.seconds", "sasl.oauthbearer.token.endpoint.url",
              "sasl.oauthbearer.scope.claim.name", "sasl.oauthbearer.sub.claim.name",
              "sasl.oauthbearer.jwks.endpoint.url", "max.poll.records", "default.api.timeout.ms",
              "retry.backoff.max.ms", "metadata.max.idle.ms", "receive.buffer.bytes",
              "send.buffer.bytes", "key.serializer", "value.serializer", "key.deserializer",
              "value.deserializer", "basic.auth.credentials.source", "schema.registry.url"})
            set.insert(QString::fromLatin1(key));
        return set;
    }();
    return keys;
}

// A URL with a password in it (https://user:pw@idp.example/token) makes a harmless key a secret.
bool embedsCredentials(const QString& value) {
    static const QRegularExpression userInfo(QStringLiteral(R"(://[^/@\s]*:[^/@\s]*@)"));
    return userInfo.match(value).hasMatch();
}

QChar unescapeJava(QChar c) {
    // Java's StreamTokenizer, which parses JAAS lines, knows these escapes; any other character
    // after a backslash stands for itself (\" \' \\).
    switch (c.unicode()) {
    case 'n':
        return QLatin1Char('\n');
    case 't':
        return QLatin1Char('\t');
    case 'r':
        return QLatin1Char('\r');
    case 'b':
        return QLatin1Char('\b');
    case 'f':
        return QLatin1Char('\f');
    default:
        return c;
    }
}

} // namespace

bool ConnectionProfile::usesSasl() const {
    return security == SecurityProtocol::SaslPlaintext || security == SecurityProtocol::SaslSsl;
}

bool ConnectionProfile::usesSsl() const {
    return security == SecurityProtocol::Ssl || security == SecurityProtocol::SaslSsl;
}

bool ConnectionProfile::needsPassword() const {
    return (usesSasl() && !username.isEmpty() && password.isEmpty()) ||
           !missingSecretProperties.isEmpty() || needsRegistryPassword();
}

bool ConnectionProfile::needsRegistryPassword() const {
    return schemaRegistry.isSet() && !schemaRegistry.username.isEmpty() &&
           schemaRegistry.password.isEmpty();
}

QString ConnectionProfile::storedProblem() const {
    if (!unreadableSecurity.isEmpty())
        return Tr::tr("The saved security protocol \"%1\" is unknown: choose PLAINTEXT, SSL, "
                      "SASL_PLAINTEXT or SASL_SSL.")
            .arg(unreadableSecurity);
    if (usesSasl() && !unreadableMechanism.isEmpty())
        return Tr::tr("The saved SASL mechanism \"%1\" is unknown: choose PLAIN, SCRAM-SHA-256 "
                      "or SCRAM-SHA-512.")
            .arg(unreadableMechanism);
    return {};
}

PropertyList ConnectionProfile::clientProperties() const {
    PropertyList props;
    props.append({QStringLiteral("bootstrap.servers"), bootstrapServers});
    props.append({QStringLiteral("security.protocol"), securityProtocolName(security).toLower()});
    if (usesSasl()) {
        props.append({QStringLiteral("sasl.mechanisms"), saslMechanismName(saslMechanism)});
        if (!username.isEmpty())
            props.append({QStringLiteral("sasl.username"), username});
        if (!password.isEmpty())
            props.append({QStringLiteral("sasl.password"), password});
    }
    if (usesSsl()) {
        if (!caFile.isEmpty())
            props.append({QStringLiteral("ssl.ca.location"), caFile});
        if (!certFile.isEmpty())
            props.append({QStringLiteral("ssl.certificate.location"), certFile});
        if (!keyFile.isEmpty())
            props.append({QStringLiteral("ssl.key.location"), keyFile});
        if (!keyPassword.isEmpty())
            props.append({QStringLiteral("ssl.key.password"), keyPassword});
    }
    props.append(extraProperties);
    return props;
}

QString ConnectionProfile::describe() const {
    return securityProtocolName(security) + QLatin1Char(' ') + bootstrapServers;
}

QString securityProtocolName(SecurityProtocol p) {
    switch (p) {
    case SecurityProtocol::Plaintext:
        return QStringLiteral("PLAINTEXT");
    case SecurityProtocol::Ssl:
        return QStringLiteral("SSL");
    case SecurityProtocol::SaslPlaintext:
        return QStringLiteral("SASL_PLAINTEXT");
    case SecurityProtocol::SaslSsl:
        return QStringLiteral("SASL_SSL");
    }
    return QStringLiteral("PLAINTEXT");
}

QString saslMechanismName(SaslMechanism m) {
    switch (m) {
    case SaslMechanism::Plain:
        return QStringLiteral("PLAIN");
    case SaslMechanism::ScramSha256:
        return QStringLiteral("SCRAM-SHA-256");
    case SaslMechanism::ScramSha512:
        return QStringLiteral("SCRAM-SHA-512");
    }
    return QStringLiteral("PLAIN");
}

bool parseSecurityProtocol(const QString& text, SecurityProtocol* out) {
    const QString t = text.trimmed().toUpper();
    for (auto p : {SecurityProtocol::Plaintext, SecurityProtocol::Ssl,
                   SecurityProtocol::SaslPlaintext, SecurityProtocol::SaslSsl}) {
        if (securityProtocolName(p) == t) {
            *out = p;
            return true;
        }
    }
    return false;
}

bool parseSaslMechanism(const QString& text, SaslMechanism* out) {
    const QString t = text.trimmed().toUpper();
    for (auto m : {SaslMechanism::Plain, SaslMechanism::ScramSha256, SaslMechanism::ScramSha512}) {
        if (saslMechanismName(m) == t) {
            *out = m;
            return true;
        }
    }
    return false;
}

Status applyClientProperty(ConnectionProfile& profile, const QString& rawKey,
                           const QString& value) {
    const QString key = rawKey.trimmed();
    if (key.isEmpty())
        return streamscopeError(Tr::tr("Empty property name."));
    if (key == u"bootstrap.servers" || key == u"metadata.broker.list") {
        if (auto status = validateBootstrapServers(value); !status)
            return status;
        profile.bootstrapServers = value.trimmed();
    } else if (key == u"security.protocol") {
        if (!parseSecurityProtocol(value, &profile.security))
            return streamscopeError(Tr::tr("Unknown security.protocol \"%1\".").arg(value));
    } else if (key == u"sasl.mechanism" || key == u"sasl.mechanisms") {
        if (!parseSaslMechanism(value, &profile.saslMechanism))
            return streamscopeError(
                Tr::tr("Unsupported SASL mechanism \"%1\" (PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512).")
                    .arg(value));
    } else if (key == u"sasl.username") {
        profile.username = value;
    } else if (key == u"sasl.password") {
        profile.password = value;
    } else if (key == u"sasl.jaas.config") {
        // Translated into the user name and the (session-only) password: the line mixes an
        // identity and a secret, and librdkafka has no such property anyway.
        auto jaas = parseJaasConfig(value);
        if (!jaas)
            return jaas.error();
        const QString module = jaas->loginModule.section(QLatin1Char('.'), -1);
        if (module != u"PlainLoginModule" && module != u"ScramLoginModule")
            return streamscopeError(
                Tr::tr("sasl.jaas.config: the login module %1 is not supported (PlainLoginModule "
                       "or ScramLoginModule, for PLAIN or SCRAM).")
                    .arg(jaas->loginModule));
        profile.username = jaas->option(QStringLiteral("username"));
        profile.password = jaas->option(QStringLiteral("password"));
        if (profile.username.isEmpty())
            return streamscopeError(Tr::tr("sasl.jaas.config has no username."));
    } else if (key == u"ssl.ca.location") {
        profile.caFile = value;
    } else if (key == u"ssl.certificate.location") {
        profile.certFile = value;
    } else if (key == u"ssl.key.location") {
        profile.keyFile = value;
    } else if (key == u"ssl.key.password") {
        profile.keyPassword = value;
    } else if (key == u"schema.registry.url") {
        // The Java serializers' setting: here the profile's registry, never a librdkafka
        // property (librdkafka refuses keys it does not know). The first of a list is used.
        const QString first = value.section(QLatin1Char(','), 0, 0).trimmed();
        const QUrl url(first, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"http" && url.scheme() != u"https"))
            return streamscopeError(
                Tr::tr("schema.registry.url: \"%1\" is not an http(s) URL.").arg(first));
        profile.schemaRegistry.url = url;
    } else {
        // Later values win, as in librdkafka: replace an earlier extra with the same key.
        for (auto& prop : profile.extraProperties) {
            if (prop.first == key) {
                prop.second = value;
                return {};
            }
        }
        profile.extraProperties.append({key, value});
    }
    return {};
}

bool isStorableProperty(const QString& key, const QString& value) {
    return storableKeys().contains(key.trimmed()) && !embedsCredentials(value);
}

QString JaasConfig::option(const QString& key) const {
    for (const auto& [name, value] : options)
        if (name == key)
            return value;
    return {};
}

Expected<JaasConfig> parseJaasConfig(const QString& text) {
    JaasConfig config;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto skipSpace = [&] {
        while (i < n && text[i].isSpace())
            ++i;
    };
    auto word = [&] {
        const qsizetype start = i;
        while (i < n && !text[i].isSpace() && text[i] != u'=' && text[i] != u';')
            ++i;
        return text.mid(start, i - start);
    };
    skipSpace();
    config.loginModule = word();
    skipSpace();
    config.controlFlag = word();
    static const QStringList flags = {QStringLiteral("required"), QStringLiteral("requisite"),
                                      QStringLiteral("sufficient"), QStringLiteral("optional")};
    if (config.loginModule.isEmpty() || !flags.contains(config.controlFlag.toLower()))
        return streamscopeError(Tr::tr("sasl.jaas.config is not \"<LoginModule> required "
                                       "username=... password=...;\"."));
    for (;;) {
        skipSpace();
        if (i >= n || text[i] == u';')
            break;
        const QString key = word();
        skipSpace();
        if (key.isEmpty() || i >= n || text[i] != u'=')
            return streamscopeError(
                Tr::tr("sasl.jaas.config: expected key=value at position %1.").arg(i + 1));
        ++i; // '='
        skipSpace();
        QString value;
        if (i < n && (text[i] == u'"' || text[i] == u'\'')) {
            const QChar quote = text[i++];
            bool closed = false;
            while (i < n) {
                const QChar c = text[i++];
                if (c == quote) {
                    closed = true;
                    break;
                }
                if (c == u'\\' && i < n)
                    value.append(unescapeJava(text[i++]));
                else
                    value.append(c);
            }
            if (!closed)
                return streamscopeError(
                    Tr::tr("sasl.jaas.config: the value of %1 has no closing quote.").arg(key));
        } else {
            value = word();
        }
        config.options.append({key, value});
    }
    return config;
}

Expected<ImportedProfile> importClientConfig(const QString& text) {
    ImportedProfile result;
    bool pemTrustStore = false;
    QString trustStore;
    bool pemKeyStore = false;
    QString keyStore;
    const auto lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char('!')))
            continue;
        const auto eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return streamscopeError(
                Tr::tr("Line %1 is not key=value: \"%2\"").arg(i + 1).arg(printableExcerpt(line)));
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        // Java-only settings that librdkafka cannot use as they are.
        if (key == u"ssl.truststore.location") {
            trustStore = value;
        } else if (key == u"ssl.truststore.type") {
            pemTrustStore = value.compare(u"PEM", Qt::CaseInsensitive) == 0;
        } else if (key == u"ssl.keystore.location") {
            keyStore = value;
        } else if (key == u"ssl.keystore.type") {
            pemKeyStore = value.compare(u"PEM", Qt::CaseInsensitive) == 0;
        } else if (key == u"ssl.keystore.password" || key == u"ssl.truststore.password" ||
                   key == u"ssl.endpoint.identification.algorithm" || key == u"client.dns.lookup" ||
                   key == u"sasl.login.callback.handler.class") {
        } else if (auto status = applyClientProperty(result.profile, key, value); !status) {
            return status.error();
        }
    }
    if (!trustStore.isEmpty()) {
        if (pemTrustStore || trustStore.endsWith(u".pem") || trustStore.endsWith(u".crt"))
            result.profile.caFile = trustStore;
        else
            result.warnings.append(
                Tr::tr("Java trust store %1 is not supported; export its CA certificate to a "
                       "PEM file and set it as CA file.")
                    .arg(trustStore));
    }
    if (!keyStore.isEmpty()) {
        // A Java PEM key store is one file with the private key and the certificate chain;
        // librdkafka reads the key and the certificate from the same file.
        if (pemKeyStore || keyStore.endsWith(u".pem")) {
            result.profile.certFile = keyStore;
            result.profile.keyFile = keyStore;
        } else {
            result.warnings.append(
                Tr::tr("Java key store %1 is not supported; convert it to PEM and set the "
                       "client certificate and key files.")
                    .arg(keyStore));
        }
    }
    return result;
}

Expected<ImportedProfile> importClientConfigFile(const QString& path) {
    // Bounded: a config named by the user may be /dev/zero, a FIFO or a 4 GB log by mistake.
    auto bytes = readUserFile(path, kMaxClientConfigBytes);
    if (!bytes)
        return streamscopeError(Tr::tr("Config file: %1").arg(bytes.error().message));
    // A binary file is never echoed: its bytes could drive the terminal (escape sequences).
    if (auto problem = binaryContentProblem(*bytes))
        return streamscopeError(Tr::tr("Config file %1 is %2.").arg(path, *problem));
    auto imported = importClientConfig(QString::fromUtf8(*bytes));
    if (!imported)
        return streamscopeError(Tr::tr("Config file %1: %2").arg(path, imported.error().message));
    return imported;
}

} // namespace streamscope
