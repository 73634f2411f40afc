// Connection profiles: config import (Java client.properties, kcat), -X overrides, and that the
// profile store never writes secrets to disk.
#include "ProfileStore.h"
#include "kafka/ConnectionProfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace streamscope;

class TestConnectionProfile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importsJavaClientProperties() {
        const auto imported = importClientConfig(QStringLiteral(
            "# exported from a Java client\n"
            "bootstrap.servers=b1.example:9093,b2.example:9093\n"
            "security.protocol=SASL_SSL\n"
            "sasl.mechanism=SCRAM-SHA-512\n"
            "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required "
            "username=\"alice\" password=\"s3cr\\\"et\";\n"
            "ssl.truststore.location=/etc/kafka/ca.pem\n"
            "ssl.truststore.type=PEM\n"
            "request.timeout.ms=20000\n"));
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        const auto& p = imported->profile;
        QCOMPARE(p.bootstrapServers, QStringLiteral("b1.example:9093,b2.example:9093"));
        QCOMPARE(p.security, SecurityProtocol::SaslSsl);
        QCOMPARE(p.saslMechanism, SaslMechanism::ScramSha512);
        QCOMPARE(p.username, QStringLiteral("alice"));
        QCOMPARE(p.password, QStringLiteral("s3cr\\\"et"));
        QCOMPARE(p.caFile, QStringLiteral("/etc/kafka/ca.pem"));
        QCOMPARE(p.extraProperties.size(), 1);
        QCOMPARE(p.extraProperties.first().first, QStringLiteral("request.timeout.ms"));
        QVERIFY(imported->warnings.isEmpty());
    }

    void warnsAboutJavaKeyStores() {
        const auto imported =
            importClientConfig(QStringLiteral("bootstrap.servers=k:9093\nsecurity.protocol=SSL\n"
                                              "ssl.truststore.location=/x/truststore.jks\n"
                                              "ssl.keystore.location=/x/keystore.jks\n"));
        QVERIFY(imported.ok());
        QCOMPARE(imported->warnings.size(), 2);
        QVERIFY(imported->profile.caFile.isEmpty());
    }

    void importsKcatConfig() {
        const auto imported = importClientConfig(
            QStringLiteral("metadata.broker.list=k1:9092\nsecurity.protocol=sasl_plaintext\n"
                           "sasl.mechanisms=PLAIN\nsasl.username=bob\nsasl.password=pw\n"));
        QVERIFY(imported.ok());
        QCOMPARE(imported->profile.bootstrapServers, QStringLiteral("k1:9092"));
        QCOMPARE(imported->profile.security, SecurityProtocol::SaslPlaintext);
        QCOMPARE(imported->profile.username, QStringLiteral("bob"));
        QCOMPARE(imported->profile.password, QStringLiteral("pw"));
        const auto props = imported->profile.clientProperties();
        QVERIFY(
            props.contains(qMakePair(QStringLiteral("sasl.mechanisms"), QStringLiteral("PLAIN"))));
        QVERIFY(props.contains(
            qMakePair(QStringLiteral("security.protocol"), QStringLiteral("sasl_plaintext"))));
    }

    void rejectsMalformedLinesWithTheirNumber() {
        const auto imported =
            importClientConfig(QStringLiteral("bootstrap.servers=a:1\nnonsense\n"));
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().message.contains(QStringLiteral("2")),
                 qPrintable(imported.error().message));
        QVERIFY(!importClientConfig(QStringLiteral("security.protocol=CARRIER_PIGEON")).ok());
    }

    void laterPropertiesWin() {
        ConnectionProfile p;
        QVERIFY(applyClientProperty(p, QStringLiteral("linger.ms"), QStringLiteral("5")).ok());
        QVERIFY(applyClientProperty(p, QStringLiteral("linger.ms"), QStringLiteral("7")).ok());
        QCOMPARE(p.extraProperties.size(), 1);
        QCOMPARE(p.extraProperties.first().second, QStringLiteral("7"));
        QVERIFY(!applyClientProperty(p, QString(), QStringLiteral("x")).ok());
    }

    void storeNeverWritesSecrets() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.ini"));
        {
            ProfileStore store(std::make_unique<QSettings>(path, QSettings::IniFormat));
            ConnectionProfile p;
            p.name = QStringLiteral("prod");
            p.bootstrapServers = QStringLiteral("k:9093");
            p.security = SecurityProtocol::SaslSsl;
            p.saslMechanism = SaslMechanism::ScramSha256;
            p.username = QStringLiteral("alice");
            p.password = QStringLiteral("TopSecretPassword");
            p.keyPassword = QStringLiteral("KeyPassphrase");
            p.extraProperties.append(
                {QStringLiteral("ssl.keystore.password"), QStringLiteral("RawSecretProp")});
            p.readOnly = true;
            p.sandbox = false;
            store.save(p);
            store.setLastUsed(p.name);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(onDisk.contains("alice"));
        QVERIFY(!onDisk.contains("TopSecretPassword"));
        QVERIFY(!onDisk.contains("KeyPassphrase"));
        QVERIFY(!onDisk.contains("RawSecretProp"));

        ProfileStore reopened(std::make_unique<QSettings>(path, QSettings::IniFormat));
        const auto loaded = reopened.find(QStringLiteral("prod"));
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->saslMechanism, SaslMechanism::ScramSha256);
        QVERIFY(loaded->password.isEmpty());
        QVERIFY(loaded->needsPassword());
        QVERIFY(loaded->readOnly);
        QCOMPARE(reopened.lastUsed(), QStringLiteral("prod"));
        reopened.remove(QStringLiteral("prod"));
        QVERIFY(!reopened.find(QStringLiteral("prod")).has_value());
    }

    void readOnlyIsTheDefault() {
        ConnectionProfile p;
        QVERIFY(p.readOnly);
        QVERIFY(!p.sandbox);
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
