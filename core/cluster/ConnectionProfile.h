#pragma once

#include "common/Expected.h"
#include "schema/SchemaRegistryClient.h"

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

namespace streamscope {

enum class SecurityProtocol { Plaintext, Ssl, SaslPlaintext, SaslSsl };
enum class SaslMechanism { Plain, ScramSha256, ScramSha512 };

using PropertyList = QList<QPair<QString, QString>>;

// Everything needed to reach one cluster. Secrets live only in memory: ProfileStore writes the
// fields below that are not marked as secrets and the extra properties that isStorableProperty()
// allows; everything else (password, keyPassword, every other extra property) is a session
// secret that the UI asks for once per session.
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
    // Extra properties that are session secrets whose values are not in memory (a profile read
    // from disk keeps only their names): the UI asks for them before connecting.
    QStringList missingSecretProperties;
    // The stored text of a security protocol or SASL mechanism that ProfileStore could not read
    // (e.g. "BOGUS"): empty when fine. Such a profile is not usable until it is chosen again;
    // falling back to PLAINTEXT would silently send credentials somewhere unintended.
    QString unreadableSecurity;
    QString unreadableMechanism;
    bool sandbox = false; // replay may only ever write to sandbox targets
    bool readOnly = true; // anything that writes asks first
    // The user chose to keep this profile's secrets in the system keychain (widgets/connection/
    // KeychainSecrets); the flag is stored, the secrets never are.
    bool keychain = false;
    // On this profile's cluster, topics whose names start with this prefix may receive replays
    // even when the cluster is not a sandbox (empty: no such topics). Not a secret.
    QString sandboxPrefix = defaultSandboxPrefix();
    // The Schema Registry of this cluster's Avro/Protobuf/JSON Schema payloads (no URL: framed
    // payloads show as bytes). URL, user name and TLS files are stored; its password is a
    // session secret like `password` (memory, the prompt, or the keychain; never the settings).
    schema::RegistryOptions schemaRegistry;

    static QString defaultSandboxPrefix() { return QStringLiteral("sandbox."); }

    bool usesSasl() const;
    bool usesSsl() const;
    // True when the profile needs a secret that is not in memory yet (the SASL password or a
    // secret extra property).
    bool needsPassword() const;
    // Basic auth for the registry is configured but its password is not in memory.
    bool needsRegistryPassword() const;
    // Why this profile, as read from the settings file, must not be used; empty when usable.
    QString storedProblem() const;

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

// The secrets policy: an ALLOW-LIST of extra properties that may be written to disk, the
// librdkafka and Java client settings known to carry no secret (and whose value does not embed
// credentials, like https://user:pw@host). Everything else, including unknown keys, is a session
// secret: kept in memory and asked for again in the next session.
bool isStorableProperty(const QString& key, const QString& value);

// A sasl.jaas.config line: "<LoginModule> <flag> key=value ...;" with values unquoted, in double
// or in single quotes (Confluent Cloud's template), backslash escapes as in Java's tokenizer.
struct JaasConfig {
    QString loginModule;
    QString controlFlag;
    PropertyList options;
    QString option(const QString& key) const;
};
Expected<JaasConfig> parseJaasConfig(const QString& text);

// Applies one "key=value" override (the CLI's -X) to a profile, translating well-known keys.
Status applyClientProperty(ConnectionProfile& profile, const QString& key, const QString& value);

} // namespace streamscope

Q_DECLARE_METATYPE(streamscope::ConnectionProfile)
