#pragma once

#include <QHash>
#include <QString>

namespace streamscope::test {

// One listener of the secured broker (`scripts/kafka.sh start --secure`).
struct SecureListener {
    QString hostPort;
    QString properties; // its client.properties
};

// The "NAME HOST:PORT PROPERTIES_FILE" lines of the file STREAMSCOPE_SECURE_LISTENERS names
// (scripts/test.sh writes it), by NAME (PLAINTEXT, SASL_SSL, SSL, RESTRICTED), and the folder of
// kafka.sh's test certificates. error says what is missing; callers QFAIL with it.
struct SecureBroker {
    QHash<QString, SecureListener> listeners;
    QString certDir;
    QString error;

    SecureListener listener(const QString& name) const { return listeners.value(name); }
    QString cert(const QString& file) const { return certDir + QLatin1Char('/') + file; }
};
SecureBroker secureBroker();

// The value of key in a client.properties file; empty when absent.
QString propertyOf(const QString& file, const QString& key);

} // namespace streamscope::test
