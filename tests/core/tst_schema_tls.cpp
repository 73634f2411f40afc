// The Schema Registry client over mutual TLS (issue 15): a client certificate whose private key
// is EC (PKCS#8 and OpenSSL's traditional "EC PRIVATE KEY") works as well as RSA, a client
// without a certificate is refused by the server, and a key file that holds no key is named.
// The server is Python's ssl module (tests/scripts/tls_registry.py) with certificates made here
// by the openssl tool; no broker needed.
#include "CliRunner.h"
#include "schema/SchemaRegistryClient.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace streamscope;
using namespace streamscope::schema;

namespace {

bool openssl(const QString& dir, const QStringList& args) {
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning().noquote() << "openssl" << args.join(u' ') << p.readAllStandardError();
        return false;
    }
    return true;
}

// A key (RSA 2048 or EC P-256) and a certificate for it signed by the test CA.
bool makeSigned(const QString& dir, const QString& name, bool ec, const QString& extensions) {
    const QStringList keyArgs =
        ec ? QStringList{QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1")}
           : QStringList{QStringLiteral("-newkey"), QStringLiteral("rsa:2048")};
    if (!openssl(dir, QStringList{QStringLiteral("req"), QStringLiteral("-new"),
                                  QStringLiteral("-nodes")} +
                          keyArgs +
                          QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                                      QStringLiteral("-out"), name + QStringLiteral(".csr"),
                                      QStringLiteral("-subj"), QStringLiteral("/CN=") + name}))
        return false;
    QFile ext(dir + QStringLiteral("/") + name + QStringLiteral(".ext"));
    if (!ext.open(QIODevice::WriteOnly) || ext.write(extensions.toUtf8()) < 0)
        return false;
    ext.close();
    return openssl(dir,
                   {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                    QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-out"), name + QStringLiteral(".pem"),
                    QStringLiteral("-extfile"), name + QStringLiteral(".ext")});
}

} // namespace

class TestSchemaTls : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_server;
    QUrl m_url;

    QString path(const QString& file) const { return m_dir.filePath(file); }

    RegistryOptions options(const QString& cert, const QString& key) const {
        RegistryOptions o;
        o.url = m_url;
        o.caFile = path(QStringLiteral("ca.pem"));
        o.certFile = cert.isEmpty() ? QString() : path(cert);
        o.keyFile = key.isEmpty() ? QString() : path(key);
        o.timeoutMs = 10000;
        return o;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString dir = m_dir.path();
        QVERIFY(openssl(
            dir, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                  QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                  QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                  QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                  QStringLiteral("/CN=streamscope test CA")}));
        QVERIFY(makeSigned(dir, QStringLiteral("server"), true,
                           QStringLiteral("subjectAltName=IP:127.0.0.1\n")));
        const QString clientUse = QStringLiteral("extendedKeyUsage=clientAuth\n");
        QVERIFY(makeSigned(dir, QStringLiteral("client-ec"), true, clientUse));
        QVERIFY(makeSigned(dir, QStringLiteral("client-rsa"), false, clientUse));
        // The same EC key in OpenSSL's traditional format ("BEGIN EC PRIVATE KEY").
        QVERIFY(openssl(dir, {QStringLiteral("ec"), QStringLiteral("-in"),
                              QStringLiteral("client-ec.key"), QStringLiteral("-out"),
                              QStringLiteral("client-ec-traditional.key")}));
        QFile traditional(path(QStringLiteral("client-ec-traditional.key")));
        QVERIFY(traditional.open(QIODevice::ReadOnly));
        QVERIFY(traditional.readAll().contains("BEGIN EC PRIVATE KEY"));
        QFile pkcs8(path(QStringLiteral("client-ec.key")));
        QVERIFY(pkcs8.open(QIODevice::ReadOnly));
        QVERIFY(pkcs8.readAll().contains("BEGIN PRIVATE KEY"));

        m_server.start(QStringLiteral("/usr/bin/python3"),
                       {QStringLiteral(STREAMSCOPE_SOURCE_DIR "/tests/scripts/tls_registry.py"),
                        path(QStringLiteral("server.pem")), path(QStringLiteral("server.key")),
                        path(QStringLiteral("ca.pem")), QStringLiteral("120")});
        QVERIFY(m_server.waitForStarted(10000));
        QVERIFY2(m_server.waitForReadyRead(20000), m_server.readAllStandardError().constData());
        const int port = m_server.readLine().trimmed().toInt();
        QVERIFY(port > 0);
        m_url = QUrl(QStringLiteral("https://127.0.0.1:%1/apis/ccompat/v7").arg(port));
    }

    void cleanupTestCase() {
        m_server.closeWriteChannel(); // the server stops when its stdin closes
        if (!m_server.waitForFinished(10000))
            m_server.kill();
    }

    void clientKeys_data() {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("key");
        QTest::newRow("EC, PKCS#8") << "client-ec.pem"
                                    << "client-ec.key";
        QTest::newRow("EC, traditional") << "client-ec.pem"
                                         << "client-ec-traditional.key";
        QTest::newRow("RSA") << "client-rsa.pem"
                             << "client-rsa.key";
    }

    void clientKeys() {
        QFETCH(QString, cert);
        QFETCH(QString, key);
        const SchemaRegistryClient client(options(cert, key));
        const auto schema = client.fetchById(1);
        QVERIFY2(schema, qPrintable(schema ? QString() : schema.error().message));
        QVERIFY(schema->text.contains(QStringLiteral("\"Ping\"")));
        QCOMPARE(schema->format, SchemaFormat::Avro);
    }

    // Without a certificate the server refuses the handshake: the keys above were really used.
    void noClientCertificateIsRefused() {
        const SchemaRegistryClient client(options({}, {}));
        const auto schema = client.fetchById(1);
        QVERIFY(!schema);
    }

    void keyFileWithoutKey() {
        const SchemaRegistryClient client(
            options(QStringLiteral("client-ec.pem"), QStringLiteral("client-ec.pem")));
        const auto schema = client.fetchById(1);
        QVERIFY(!schema);
        QVERIFY2(schema.error().message.contains(QStringLiteral("no unencrypted RSA, EC or DSA")),
                 qPrintable(schema.error().message));
    }

    // The CLI takes the same files; a key without a certificate is a usage error.
    void cliOptions() {
        const auto result = test::runCli({QStringLiteral("check"), QStringLiteral("-b"),
                                          QStringLiteral("127.0.0.1:1"), QStringLiteral("-t"),
                                          QStringLiteral("x"), QStringLiteral("--schema-registry"),
                                          m_url.toString(), QStringLiteral("--schema-registry-key"),
                                          path(QStringLiteral("client-ec.key"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.stdErr.contains(QStringLiteral("--schema-registry-cert")),
                 qPrintable(test::describe(result)));
    }
};

QTEST_GUILESS_MAIN(TestSchemaTls)
#include "tst_schema_tls.moc"
