#include "SchemaRegistryOptions.h"

#include "CliContext.h"

#include <QCoreApplication>

namespace streamscope::cli {

namespace {
struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)
};
} // namespace

void addSchemaRegistryOptions(QCommandLineParser& parser) {
    parser.addOption({QStringLiteral("schema-registry"),
                      CliTr::tr("Decode Avro, Protobuf and JSON Schema payloads through this "
                                "Confluent-compatible Schema Registry (e.g. "
                                "http://localhost:8081 or .../apis/ccompat/v7)."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("schema-registry-auth"),
                      CliTr::tr("Basic auth for the Schema Registry: USER:PASSWORD."),
                      QStringLiteral("user:password")});
    parser.addOption(
        {QStringLiteral("schema-registry-ca"),
         CliTr::tr("PEM file of the CA that signed the Schema Registry's certificate."),
         QStringLiteral("file")});
    parser.addOption({QStringLiteral("schema-registry-cert"),
                      CliTr::tr("PEM client certificate for mutual TLS with the Schema Registry."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("schema-registry-key"),
                      CliTr::tr("PEM private key (RSA or EC, unencrypted) of that certificate. "
                                "Default: the certificate file."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("schema-registry-insecure"),
                      CliTr::tr("Accept any certificate from the Schema Registry (tests only).")});
}

bool readSchemaRegistryOptions(CliContext& ctx, std::optional<schema::RegistryOptions>* out) {
    auto& parser = ctx.parser();
    out->reset();
    if (!parser.isSet(QStringLiteral("schema-registry"))) {
        for (const char* dependent :
             {"schema-registry-auth", "schema-registry-ca", "schema-registry-cert",
              "schema-registry-key", "schema-registry-insecure"})
            if (parser.isSet(QString::fromLatin1(dependent))) {
                ctx.usageError(
                    CliTr::tr("--%1 needs --schema-registry").arg(QLatin1String(dependent)));
                return false;
            }
        return true;
    }
    schema::RegistryOptions options;
    options.url = QUrl(parser.value(QStringLiteral("schema-registry")), QUrl::StrictMode);
    const QString scheme = options.url.scheme();
    if (!options.url.isValid() || options.url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        ctx.usageError(CliTr::tr("--schema-registry: \"%1\" is not an http(s) URL")
                           .arg(parser.value(QStringLiteral("schema-registry"))));
        return false;
    }
    if (parser.isSet(QStringLiteral("schema-registry-auth"))) {
        const QString auth = parser.value(QStringLiteral("schema-registry-auth"));
        const qsizetype colon = auth.indexOf(u':');
        if (colon <= 0) {
            ctx.usageError(CliTr::tr("--schema-registry-auth: give USER:PASSWORD"));
            return false;
        }
        options.username = auth.left(colon);
        options.password = auth.mid(colon + 1);
    }
    options.caFile = parser.value(QStringLiteral("schema-registry-ca"));
    options.certFile = parser.value(QStringLiteral("schema-registry-cert"));
    options.keyFile = parser.value(QStringLiteral("schema-registry-key"));
    if (options.certFile.isEmpty() && !options.keyFile.isEmpty()) {
        ctx.usageError(CliTr::tr("--schema-registry-key needs --schema-registry-cert"));
        return false;
    }
    options.verifyTls = !parser.isSet(QStringLiteral("schema-registry-insecure"));
    *out = std::move(options);
    return true;
}

} // namespace streamscope::cli
