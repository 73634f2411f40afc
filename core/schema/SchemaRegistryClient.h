#pragma once

#include "common/Expected.h"
#include "schema/RegisteredSchema.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace streamscope::schema {

// How to reach a Confluent-compatible Schema Registry (Confluent, Apicurio's ccompat API, Redpanda,
// Karapace): the base URL (e.g. http://127.0.0.1:8081 or http://host/apis/ccompat/v7), basic auth
// and TLS. Part of the connection profile.
struct RegistryOptions {
    QUrl url;
    QString username; // basic auth when not empty
    QString password;
    QString caFile;        // PEM bundle to trust besides the system's
    QString certFile;      // client certificate (PEM) for mutual TLS
    QString keyFile;       // its private key (PEM: RSA, EC or DSA); empty: inside certFile
    bool verifyTls = true; // false: accept any certificate (self-signed test setups)
    int timeoutMs = 10000; // per request

    bool isSet() const { return url.isValid() && !url.isEmpty(); }
};

// Blocking REST calls to a registry, for worker threads (never the GUI thread): each call runs
// its own QNetworkAccessManager and event loop on the calling thread, bounded by timeoutMs.
class SchemaRegistryClient {
public:
    explicit SchemaRegistryClient(RegistryOptions options);

    // GET /schemas/ids/{id} with every reference fetched (GET /subjects/{s}/versions/{v}),
    // plus subject and version (GET /schemas/ids/{id}/versions) when the registry knows them.
    Expected<RegisteredSchema> fetchById(quint32 id) const;

    // POST /subjects/{subject}/versions; the id the registry gave. For tests and the simulator.
    Expected<quint32> registerSchema(const QString& subject, SchemaFormat format,
                                     const QString& text) const;

    const RegistryOptions& options() const { return m_options; }

    // GET /subjects: the registered subjects. What a profile's "Test" button asks (it proves URL,
    // auth and TLS at once).
    Expected<QStringList> listSubjects() const;

private:
    RegistryOptions m_options;
};

} // namespace streamscope::schema
