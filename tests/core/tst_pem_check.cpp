// The PEM checks of TLS settings (core/cluster/PemCheck): what is not a certificate or key is
// named with its field before a client exists, and the files kafka.sh makes pass. No broker;
// the last case goes through the client configuration itself (makeClientConf via
// KafkaClient::create), so the CLI and every session get the same message.
#include "cluster/ConnectionProfile.h"
#include "cluster/PemCheck.h"
#include "kafka/KafkaClient.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace streamscope;

namespace {

const QByteArray kCertificate = "-----BEGIN CERTIFICATE-----\n"
                                "MIIBszCCAVmgAwIBAgIUQk1hZGUgZm9yIGEgdGVzdA==\n"
                                "-----END CERTIFICATE-----\n";
const QByteArray kKey = "-----BEGIN PRIVATE KEY-----\n"
                        "MC4CAQAwBQYDK2VwBCIEIGZha2Uga2V5IGZvciBhIHRlc3Q=\n"
                        "-----END PRIVATE KEY-----\n";
const QByteArray kLegacyEncryptedKey = "-----BEGIN RSA PRIVATE KEY-----\n"
                                       "Proc-Type: 4,ENCRYPTED\n"
                                       "DEK-Info: AES-256-CBC,0123456789ABCDEF\n"
                                       "\n"
                                       "MC4CAQAwBQYDK2VwBCIEIGZha2Uga2V5IGZvciBhIHRlc3Q=\n"
                                       "-----END RSA PRIVATE KEY-----\n";

} // namespace

class TestPemCheck : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void wellFormedPemPasses() {
        const QString field = QStringLiteral("CA file");
        QCOMPARE(pemTextProblem(kCertificate, PemKind::Certificate, field), QString());
        QCOMPARE(pemTextProblem(kKey, PemKind::PrivateKey, field), QString());
        QCOMPARE(pemTextProblem(kLegacyEncryptedKey, PemKind::PrivateKey, field), QString());
        // A PEM key store: key and certificate in one file serve as both.
        const QByteArray store = QByteArray(kKey) + kCertificate;
        QCOMPARE(pemTextProblem(store, PemKind::PrivateKey, field), QString());
        QCOMPARE(pemTextProblem(store, PemKind::Certificate, field), QString());
        // openssl's "Bag Attributes" text around the blocks and CRLF line ends are fine.
        const QByteArray bagged = QByteArray("Bag Attributes\r\n    friendlyName: x\r\n") +
                                  QByteArray(kCertificate).replace("\n", "\r\n");
        QCOMPARE(pemTextProblem(bagged, PemKind::Certificate, field), QString());
        // A folder of hashed CA files and librdkafka's "probe" are not files to read.
        QVERIFY(checkPemProperty(QStringLiteral("ssl.ca.location"), m_dir.path()));
        QVERIFY(checkPemProperty(QStringLiteral("ssl.ca.location"), QStringLiteral("probe")));
        QVERIFY(checkPemProperty(QStringLiteral("client.id"), QStringLiteral("not pem")));
    }

    void problemsNameTheField_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        const int cert = int(PemKind::Certificate);
        const int key = int(PemKind::PrivateKey);
        QTest::newRow("empty") << QByteArray(" \n") << cert << QStringLiteral("is empty");
        QTest::newRow("pasted garbage")
            << QByteArray("my password is hunter2") << cert << QStringLiteral("holds no PEM block");
        QTest::newRow("DER bytes")
            << QByteArray("\x30\x82\x01\x0a\x00\x02", 6) << cert << QStringLiteral("binary data");
        QTest::newRow("cut off") << kCertificate.left(40) << cert
                                 << QStringLiteral("has no matching END line");
        QTest::newRow("damaged body") << QByteArray(kCertificate).replace("MIIB", "MI*B") << cert
                                      << QStringLiteral("is damaged");
        QTest::newRow("key given as certificate")
            << kKey << cert << QStringLiteral("holds no certificate");
        QTest::newRow("certificate given as key")
            << kCertificate << key << QStringLiteral("holds no private key");
    }
    void problemsNameTheField() {
        QFETCH(QByteArray, text);
        QFETCH(int, kind);
        QFETCH(QString, expected);
        const QString field = QStringLiteral("Client certificate");
        const QString problem = pemTextProblem(text, PemKind(kind), field);
        QVERIFY2(problem.startsWith(field), qPrintable(problem));
        QVERIFY2(problem.contains(expected), qPrintable(problem));
        // The same through a file: the message names the field and the path.
        const QString path = writeFile(QStringLiteral("bad.pem"), text);
        const QString fileProblem = pemFileProblem(path, PemKind(kind), field);
        QVERIFY2(fileProblem.startsWith(field) && fileProblem.contains(path),
                 qPrintable(fileProblem));
    }

    void missingFileIsNamed() {
        const QString problem = pemFileProblem(m_dir.filePath(QStringLiteral("nope.pem")),
                                               PemKind::Certificate, QStringLiteral("CA file"));
        QVERIFY2(problem.contains(QStringLiteral("does not exist")), qPrintable(problem));
    }

    // Below every entry point: a client is not even created, and the message names the
    // property, not OpenSSL's "no start line".
    void clientCreationRefusesBadPem() {
        ConnectionProfile profile;
        profile.bootstrapServers = QStringLiteral("127.0.0.1:9093");
        profile.security = SecurityProtocol::Ssl;
        profile.caFile = writeFile(QStringLiteral("garbage-ca.pem"), "garbage\n");
        auto client = KafkaClient::create(profile);
        QVERIFY(!client);
        QVERIFY2(client.error().message.startsWith(QStringLiteral("CA file (ssl.ca.location)")),
                 qPrintable(client.error().message));

        profile.caFile = writeFile(QStringLiteral("good-ca.pem"), kCertificate);
        profile.extraProperties = {{QStringLiteral("ssl.key.pem"), QStringLiteral("garbage")}};
        client = KafkaClient::create(profile);
        QVERIFY(!client);
        QVERIFY2(client.error().message.startsWith(QStringLiteral("ssl.key.pem")),
                 qPrintable(client.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPemCheck)
#include "tst_pem_check.moc"
