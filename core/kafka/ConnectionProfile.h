#pragma once

#include "KafkaError.h"

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

namespace streamscope {

enum class SecurityProtocol { Plaintext, Ssl, SaslPlaintext, SaslSsl };
enum class SaslMechanism { Plain, ScramSha256, ScramSha512 };

using PropertyList = QList<QPair<QString, QString>>;

// Everything needed to reach one cluster. Secrets (password, keyPassword) live only in memory:
// ProfileStore never writes them, the UI asks for them once per session.
struct ConnectionProfile {
    QString name;
    QString bootstrapServers;
    SecurityProtocol security = SecurityProtocol::Plaintext;
    SaslMechanism saslMechanism = SaslMechanism::Plain;
    QString username;
    QString password; // never persisted
    QString caFile;
    QString certFile;
    QString keyFile;
    QString keyPassword;          // never persisted
    PropertyList extraProperties; // raw librdkafka properties, applied last
    bool sandbox = false;         // replay may only ever write to sandbox targets
    bool readOnly = true;         // anything that writes asks first

    bool usesSasl() const;
    bool usesSsl() const;
    // True when the profile needs a secret that is not in memory yet.
    bool needsPassword() const;

    // librdkafka configuration for this profile, in the order it must be applied.
    PropertyList clientProperties() const;
    // Human summary for status bars: "PLAINTEXT 127.0.0.1:9092".
    QString describe() const;
};

QString securityProtocolName(SecurityProtocol p); // "SASL_SSL"
QString saslMechanismName(SaslMechanism m);       // "SCRAM-SHA-256"
bool parseSecurityProtocol(const QString& text, SecurityProtocol* out);
bool parseSaslMechanism(const QString& text, SaslMechanism* out);

// A profile read from a Java client.properties or a kcat/librdkafka config file.
struct ImportedProfile {
    ConnectionProfile profile;
    QStringList warnings; // settings that could not be carried over (e.g. JKS trust stores)
};

// Parses "key=value" lines (Java .properties or kcat -F files). Both dialects are recognised:
// Java keys (sasl.jaas.config, ssl.truststore.location, ...) are translated to librdkafka ones,
// everything else is kept as an extra property. Fails on lines that are not key=value.
Expected<ImportedProfile> importClientConfig(const QString& text);
Expected<ImportedProfile> importClientConfigFile(const QString& path);

// Applies one "key=value" override (the CLI's -X) to a profile, translating well-known keys.
Status applyClientProperty(ConnectionProfile& profile, const QString& key, const QString& value);

} // namespace streamscope

Q_DECLARE_METATYPE(streamscope::ConnectionProfile)
