#include "ConnectionProfile.h"

#include "BootstrapAddress.h"
#include "input/InputLimits.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
};

QString jaasValue(const QString& jaas, const QString& key) {
    // sasl.jaas.config: ...LoginModule required username="alice" password="secret";
    static constexpr char kValuePattern[] = R"re(\s*=\s*"((?:[^"\\]|\\.)*)")re";
    const QRegularExpression re(key + QLatin1String(kValuePattern));
    const auto match = re.match(jaas);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

bool ConnectionProfile::usesSasl() const {
    return security == SecurityProtocol::SaslPlaintext || security == SecurityProtocol::SaslSsl;
}

bool ConnectionProfile::usesSsl() const {
    return security == SecurityProtocol::Ssl || security == SecurityProtocol::SaslSsl;
}

bool ConnectionProfile::needsPassword() const {
    return (usesSasl() && !username.isEmpty() && password.isEmpty());
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
        profile.username = jaasValue(value, QStringLiteral("username"));
        profile.password = jaasValue(value, QStringLiteral("password"));
    } else if (key == u"ssl.ca.location") {
        profile.caFile = value;
    } else if (key == u"ssl.certificate.location") {
        profile.certFile = value;
    } else if (key == u"ssl.key.location") {
        profile.keyFile = value;
    } else if (key == u"ssl.key.password") {
        profile.keyPassword = value;
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

Expected<ImportedProfile> importClientConfig(const QString& text) {
    ImportedProfile result;
    bool pemTrustStore = false;
    QString trustStore;
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
        } else if (key == u"ssl.keystore.location" || key == u"ssl.keystore.password" ||
                   key == u"ssl.truststore.password" || key == u"ssl.keystore.type" ||
                   key == u"ssl.endpoint.identification.algorithm" || key == u"client.dns.lookup" ||
                   key == u"sasl.login.callback.handler.class") {
            if (key == u"ssl.keystore.location")
                result.warnings.append(
                    Tr::tr("Java key store %1 is not supported; convert it to PEM and set the "
                           "client certificate and key files.")
                        .arg(value));
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
