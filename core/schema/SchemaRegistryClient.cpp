#include "schema/SchemaRegistryClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <set>

namespace streamscope::schema {

namespace {

struct SchemaTr {
    Q_DECLARE_TR_FUNCTIONS(SchemaRegistry)
};

struct HttpAnswer {
    int status = 0;
    QByteArray body;
};

// A reference may itself refer to others; past this depth the registry's data is circular.
constexpr int kMaxReferenceDepth = 16;

QString registryMessage(const QByteArray& body) {
    const auto json =
        nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (json.is_object() && json.contains("message") && json["message"].is_string())
        return QString::fromStdString(json["message"].get<std::string>());
    return QString::fromUtf8(body.left(200));
}

} // namespace

const char* formatName(SchemaFormat format) {
    switch (format) {
    case SchemaFormat::Protobuf:
        return "protobuf";
    case SchemaFormat::Json:
        return "json";
    case SchemaFormat::Avro:
        break;
    }
    return "avro";
}

QString formatTitle(SchemaFormat format) {
    switch (format) {
    case SchemaFormat::Protobuf:
        return QStringLiteral("Protobuf");
    case SchemaFormat::Json:
        return QStringLiteral("JSON Schema");
    case SchemaFormat::Avro:
        break;
    }
    return QStringLiteral("Avro");
}

SchemaRegistryClient::SchemaRegistryClient(RegistryOptions options)
    : m_options(std::move(options)) {}

namespace {

// A PEM private key of any algorithm OpenSSL offers Qt (RSA, EC, DSA): QSslKey needs to be told
// which, so each is tried. An EC key read as RSA is a null key, and the handshake would then
// fail with no word about the key.
Expected<QSslKey> readPrivateKey(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return streamscopeError(SchemaTr::tr("cannot read the registry client key %1: %2")
                                    .arg(path, file.errorString()));
    const QByteArray pem = file.readAll();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return streamscopeError(
        SchemaTr::tr("no unencrypted RSA, EC or DSA private key in %1").arg(path));
}

Expected<HttpAnswer> call(const RegistryOptions& options, const QByteArray& method,
                          const QString& path, const QByteArray& body = {}) {
    QUrl url = options.url;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/vnd.schemaregistry.v1+json, application/json");
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/vnd.schemaregistry.v1+json");
    if (!options.username.isEmpty())
        request.setRawHeader("Authorization",
                             "Basic " +
                                 (options.username + u':' + options.password).toUtf8().toBase64());
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!options.caFile.isEmpty()) {
            auto cas = QSslCertificate::fromPath(options.caFile, QSsl::Pem);
            if (cas.isEmpty())
                return streamscopeError(
                    SchemaTr::tr("no certificate in the registry CA file %1").arg(options.caFile));
            tls.addCaCertificates(cas);
        }
        if (!options.certFile.isEmpty()) {
            const auto certs = QSslCertificate::fromPath(options.certFile, QSsl::Pem);
            if (certs.isEmpty())
                return streamscopeError(
                    SchemaTr::tr("no certificate in the registry client certificate file %1")
                        .arg(options.certFile));
            auto key =
                readPrivateKey(options.keyFile.isEmpty() ? options.certFile : options.keyFile);
            if (!key)
                return key.error();
            tls.setLocalCertificate(certs.constFirst());
            tls.setPrivateKey(*key);
        }
        if (!options.verifyTls)
            tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }
    request.setTransferTimeout(options.timeoutMs);

    // A manager and an event loop of this thread's own: the caller is a worker that blocks here.
    QNetworkAccessManager manager;
    QEventLoop loop;
    std::unique_ptr<QNetworkReply> reply(
        manager.sendCustomRequest(request, method, body.isEmpty() ? QByteArray() : body));
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(options.timeoutMs + 1000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!reply->isFinished()) {
        reply->abort();
        return streamscopeError(SchemaTr::tr("the schema registry at %1 did not answer within %2 s")
                                    .arg(options.url.toDisplayString())
                                    .arg(options.timeoutMs / 1000));
    }
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (answer.status == 0)
        return streamscopeError(SchemaTr::tr("schema registry %1: %2")
                                    .arg(options.url.toDisplayString(), reply->errorString()));
    return answer;
}

Expected<nlohmann::json> getJson(const RegistryOptions& options, const QString& path) {
    auto answer = call(options, "GET", path);
    if (!answer)
        return answer.error();
    if (answer->status != 200)
        return streamscopeError(SchemaTr::tr("schema registry: %1 (HTTP %2 for %3)")
                                    .arg(registryMessage(answer->body))
                                    .arg(answer->status)
                                    .arg(path));
    auto json = nlohmann::json::parse(
        answer->body.constData(), answer->body.constData() + answer->body.size(), nullptr, false);
    if (json.is_discarded())
        return streamscopeError(SchemaTr::tr("schema registry: %1 is not JSON").arg(path));
    return json;
}

QString stringField(const nlohmann::json& json, const char* name) {
    const auto it = json.find(name);
    return it != json.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                               : QString();
}

// Fetches the references of `json` (depth first, each subject/version once) into `out`.
Status resolveReferences(const RegistryOptions& options, const nlohmann::json& json,
                         std::vector<SchemaReference>& out, std::set<QString>& seen, int depth) {
    const auto refs = json.find("references");
    if (refs == json.end() || !refs->is_array())
        return {};
    if (depth > kMaxReferenceDepth)
        return streamscopeError(
            SchemaTr::tr("schema references nest deeper than %1").arg(kMaxReferenceDepth));
    for (const auto& ref : *refs) {
        if (!ref.is_object())
            continue;
        SchemaReference reference;
        reference.name = stringField(ref, "name");
        reference.subject = stringField(ref, "subject");
        reference.version = ref.value("version", 0);
        const QString key = reference.subject + u'/' + QString::number(reference.version);
        if (!seen.insert(key).second)
            continue;
        auto referenced =
            getJson(options, QStringLiteral("/subjects/%1/versions/%2")
                                 .arg(QString::fromUtf8(QUrl::toPercentEncoding(reference.subject)))
                                 .arg(reference.version));
        if (!referenced)
            return referenced.error();
        if (auto s = resolveReferences(options, *referenced, out, seen, depth + 1); !s)
            return s;
        reference.text = stringField(*referenced, "schema");
        reference.schemaType = stringField(*referenced, "schemaType");
        out.push_back(std::move(reference));
    }
    return {};
}

} // namespace

Expected<RegisteredSchema> SchemaRegistryClient::fetchById(quint32 id) const {
    auto json = getJson(m_options, QStringLiteral("/schemas/ids/%1").arg(id));
    if (!json)
        return json.error();
    RegisteredSchema schema;
    schema.id = id;
    schema.text = stringField(*json, "schema");
    const QString type = stringField(*json, "schemaType");
    if (type.isEmpty() || type == QLatin1String("AVRO"))
        schema.format = SchemaFormat::Avro;
    else if (type == QLatin1String("PROTOBUF"))
        schema.format = SchemaFormat::Protobuf;
    else if (type == QLatin1String("JSON"))
        schema.format = SchemaFormat::Json;
    else
        return streamscopeError(
            SchemaTr::tr("schema %1 has the unknown type %2").arg(id).arg(type));
    std::set<QString> seen;
    if (auto s = resolveReferences(m_options, *json, schema.references, seen, 0); !s)
        return s.error();
    // Subject and version are for display only: a registry without this endpoint is fine.
    if (auto versions = getJson(m_options, QStringLiteral("/schemas/ids/%1/versions").arg(id));
        versions && versions->is_array() && !versions->empty() && (*versions)[0].is_object()) {
        schema.subject = stringField((*versions)[0], "subject");
        schema.version = (*versions)[0].value("version", 0);
    }
    return schema;
}

Expected<quint32> SchemaRegistryClient::registerSchema(const QString& subject, SchemaFormat format,
                                                       const QString& text) const {
    nlohmann::json body{{"schema", text.toStdString()}};
    if (format == SchemaFormat::Protobuf)
        body["schemaType"] = "PROTOBUF";
    else if (format == SchemaFormat::Json)
        body["schemaType"] = "JSON";
    auto answer = call(m_options, "POST",
                       QStringLiteral("/subjects/%1/versions")
                           .arg(QString::fromUtf8(QUrl::toPercentEncoding(subject))),
                       QByteArray::fromStdString(body.dump()));
    if (!answer)
        return answer.error();
    const auto json = nlohmann::json::parse(
        answer->body.constData(), answer->body.constData() + answer->body.size(), nullptr, false);
    if (answer->status != 200 || !json.is_object() || !json.contains("id") ||
        !json["id"].is_number_unsigned())
        return streamscopeError(SchemaTr::tr("schema registry refused %1: %2 (HTTP %3)")
                                    .arg(subject, registryMessage(answer->body))
                                    .arg(answer->status));
    return json["id"].get<quint32>();
}

Expected<QStringList> SchemaRegistryClient::listSubjects() const {
    auto json = getJson(m_options, QStringLiteral("/subjects"));
    if (!json)
        return json.error();
    if (!json->is_array())
        return streamscopeError(SchemaTr::tr("schema registry: /subjects is not a list"));
    QStringList subjects;
    for (const auto& subject : *json)
        if (subject.is_string())
            subjects.append(QString::fromStdString(subject.get<std::string>()));
    return subjects;
}

} // namespace streamscope::schema
