// Connection profiles: config import (Java client.properties, kcat), -X overrides, and that the
// profile store never writes secrets to disk.
#include "cluster/ConnectionProfile.h"
#include "cluster/ProfileStore.h"
#include "kafka/ClientConfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace streamscope;

namespace {

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList backupsOf(const QString& path) {
    const QFileInfo info(path);
    return info.absoluteDir().entryList({info.fileName() + QStringLiteral(".bad-*")}, QDir::Files);
}

// A settings file as the store writes it, with n profiles.
QByteArray validSettings(int n) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        ProfileStore store(std::make_unique<QSettings>(path, QSettings::IniFormat));
        for (int i = 0; i < n; ++i) {
            ConnectionProfile p;
            p.name = QStringLiteral("cluster-%1").arg(i);
            p.bootstrapServers = QStringLiteral("k%1:9092").arg(i);
            store.save(p);
        }
    }
    return readFile(path);
}

} // namespace

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
        QCOMPARE(p.password, QStringLiteral("s3cr\"et")); // unescaped as Java's tokenizer does
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

    // A Java PEM key store (key and certificate chain in one file) is the client certificate and
    // key for librdkafka: one client.properties serves Kafka's tools and Streamscope.
    void importsJavaPemKeyStore() {
        const auto imported =
            importClientConfig(QStringLiteral("bootstrap.servers=k:9093\nsecurity.protocol=SSL\n"
                                              "ssl.truststore.type=PEM\n"
                                              "ssl.truststore.location=/x/ca.crt\n"
                                              "ssl.keystore.type=PEM\n"
                                              "ssl.keystore.location=/x/client-keystore\n"));
        QVERIFY(imported.ok());
        QVERIFY(imported->warnings.isEmpty());
        QCOMPARE(imported->profile.caFile, QStringLiteral("/x/ca.crt"));
        QCOMPARE(imported->profile.certFile, QStringLiteral("/x/client-keystore"));
        QCOMPARE(imported->profile.keyFile, QStringLiteral("/x/client-keystore"));
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

    // JAAS lines as Java's StreamTokenizer reads them: double or single quotes (Confluent
    // Cloud's template), both in one line, backslash escapes, unquoted words, any whitespace.
    void jaasQuotingAsJavaReadsIt_data() {
        QTest::addColumn<QString>("jaas");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        const QString plain =
            QStringLiteral("org.apache.kafka.common.security.plain.PlainLoginModule");
        QTest::newRow("single quotes (Confluent Cloud)")
            << plain + QStringLiteral(" required username='KEY123' password='S3cr/et+=';")
            << "KEY123"
            << "S3cr/et+=";
        QTest::newRow("double quotes")
            << plain + QStringLiteral(" required username=\"a\" password=\"b\";") << "a"
            << "b";
        QTest::newRow("mixed quoting")
            << plain + QStringLiteral(" required username='a\"b' password=\"it's\";") << "a\"b"
            << "it's";
        QTest::newRow("escaped quotes")
            << plain + QStringLiteral(R"( required username='o\'neil' password="p\"w\\x";)")
            << "o'neil"
            << R"(p"w\x)";
        QTest::newRow("extra whitespace")
            << QStringLiteral("  ") + plain +
                   QStringLiteral("\trequired\n  username = 'u'   password\t=\t'p'  ;  ")
            << "u"
            << "p";
        QTest::newRow("unquoted, no semicolon")
            << plain + QStringLiteral(" required username=u1 password=p1") << "u1"
            << "p1";
        QTest::newRow("scram, spaces inside the value")
            << QStringLiteral("org.apache.kafka.common.security.scram.ScramLoginModule required "
                              "username='svc account' password='a b;c';")
            << "svc account"
            << "a b;c";
    }
    void jaasQuotingAsJavaReadsIt() {
        QFETCH(QString, jaas);
        QFETCH(QString, user);
        QFETCH(QString, password);
        ConnectionProfile p;
        const Status status = applyClientProperty(p, QStringLiteral("sasl.jaas.config"), jaas);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        QCOMPARE(p.username, user);
        QCOMPARE(p.password, password);
        QVERIFY(p.extraProperties.isEmpty()); // the line itself is kept nowhere
        // The same line through a whole client.properties import.
        const auto imported = importClientConfig(
            QStringLiteral("bootstrap.servers=k:9092\nsecurity.protocol=SASL_SSL\n"
                           "sasl.jaas.config=") +
            QString(jaas).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        QVERIFY(imported.ok());
        QCOMPARE(imported->profile.username, user);
        QCOMPARE(imported->profile.password, password);
    }

    void badJaasLinesSayWhy() {
        ConnectionProfile p;
        const QString plain =
            QStringLiteral("org.apache.kafka.common.security.plain.PlainLoginModule");
        const auto unclosed = applyClientProperty(
            p, QStringLiteral("sasl.jaas.config"),
            plain + QStringLiteral(" required username='u' password='never closed;"));
        QVERIFY(!unclosed.ok());
        QVERIFY2(unclosed.error().message.contains(QStringLiteral("quote")),
                 qPrintable(unclosed.error().message));
        const auto kerberos = applyClientProperty(
            p, QStringLiteral("sasl.jaas.config"),
            QStringLiteral(
                "com.sun.security.auth.module.Krb5LoginModule required useKeyTab=true;"));
        QVERIFY(!kerberos.ok());
        QVERIFY(kerberos.error().message.contains(QStringLiteral("Krb5LoginModule")));
        QVERIFY(!applyClientProperty(p, QStringLiteral("sasl.jaas.config"), QStringLiteral("junk"))
                     .ok());
    }

    // The allow-list: what the store may keep. Unknown keys are secrets by default.
    void onlyAllowListedPropertiesAreStorable() {
        for (const char* key : {"client.id", "request.timeout.ms", "ssl.ca.location",
                                "sasl.oauthbearer.client.id", "debug"})
            QVERIFY2(isStorableProperty(QString::fromLatin1(key), QStringLiteral("x")), key);
        for (const char* key :
             {"sasl.password", "sasl.jaas.config", "ssl.key.password", "ssl.key.pem", "ssl_key",
              "ssl.keystore.password", "ssl.truststore.password", "ssl.keystore.key",
              "sasl.oauthbearer.config", "sasl.oauthbearer.client.secret",
              "sasl.oauthbearer.extensions", "basic.auth.user.info",
              "schema.registry.basic.auth.user.info", "bearer.auth.token",
              "sasl.kerberos.kinit.cmd", "some.unknown.key", "client.id.typo"})
            QVERIFY2(!isStorableProperty(QString::fromLatin1(key), QStringLiteral("x")), key);
        QVERIFY(!isStorableProperty(QStringLiteral("sasl.oauthbearer.token.endpoint.url"),
                                    QStringLiteral("https://client:S3cret@idp.example/token")));
        QVERIFY(isStorableProperty(QStringLiteral("sasl.oauthbearer.token.endpoint.url"),
                                   QStringLiteral("https://idp.example/token")));
    }

    // Secret extras are kept by name only and come back as missing secrets, which make the
    // profile ask before connecting; a settings file from an older build that holds secret
    // extras is scrubbed as soon as it is opened.
    void secretExtrasComeBackAsMissing() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.ini"));
        {
            ProfileStore store(std::make_unique<QSettings>(path, QSettings::IniFormat));
            ConnectionProfile p;
            p.name = QStringLiteral("oauth");
            p.bootstrapServers = QStringLiteral("k:9092");
            p.extraProperties = {{QStringLiteral("client.id"), QStringLiteral("me")},
                                 {QStringLiteral("sasl.oauthbearer.client.secret"),
                                  QStringLiteral("OauthSecretValue")}};
            store.save(p);
        }
        QVERIFY(!readFile(path).contains("OauthSecretValue"));
        QCOMPARE(QFile::permissions(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser);
        ProfileStore reopened(std::make_unique<QSettings>(path, QSettings::IniFormat));
        const auto loaded = reopened.find(QStringLiteral("oauth"));
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->extraProperties.size(), 1);
        QCOMPARE(loaded->missingSecretProperties,
                 QStringList{QStringLiteral("sasl.oauthbearer.client.secret")});
        QVERIFY(loaded->needsPassword());

        // An older build's file with a JAAS line and an inline key among the extras.
        const QString legacy = dir.filePath(QStringLiteral("legacy.ini"));
        writeFile(legacy, "[profiles]\n1\\name=old\n1\\bootstrap=k:9092\n1\\security=SSL\n"
                          "1\\extraProperties=linger.ms=5, ssl.key.pem=LegacyInlineKey, "
                          "\"sasl.jaas.config=x required username=u password=LegacyPw;\"\n"
                          "size=1\n");
        ProfileStore scrubbed(std::make_unique<QSettings>(legacy, QSettings::IniFormat));
        const QByteArray after = readFile(legacy);
        QVERIFY2(!after.contains("LegacyInlineKey") && !after.contains("LegacyPw"),
                 after.constData());
        const auto old = scrubbed.find(QStringLiteral("old"));
        QVERIFY(old.has_value());
        QCOMPARE(old->missingSecretProperties,
                 (QStringList{QStringLiteral("ssl.key.pem"), QStringLiteral("sasl.jaas.config")}));
    }

    // Garbage bytes and a truncated INI: the original is copied aside before anything is
    // rewritten, the problem says so, and a second open reuses the same copy.
    void corruptSettingsAreKeptAside_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("why");
        QTest::addColumn<int>("readable"); // profiles still listed from the damaged file
        QByteArray garbage(4096, '\0');
        QRandomGenerator random(13);
        for (char& c : garbage)
            c = static_cast<char>(random.bounded(256));
        QTest::newRow("garbage bytes") << garbage << "binary" << 0;
        const QByteArray valid = validSettings(3);
        const qsizetype cut = valid.indexOf("3\\name"); // cut inside the last profile
        QVERIFY(cut > 0);
        QTest::newRow("truncated INI") << valid.left(cut + 4) << "cut short" << 3;
        QTest::newRow("count cut off") << valid.left(valid.indexOf("size=")) << "cut short" << 3;
    }
    void corruptSettingsAreKeptAside() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, why);
        QFETCH(int, readable);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("streamscope.conf"));
        writeFile(path, bytes);
        QString backup;
        {
            ProfileStore store(std::make_unique<QSettings>(path, QSettings::IniFormat));
            const QString problem = store.problem();
            QVERIFY2(problem.contains(QStringLiteral("could not be read")), qPrintable(problem));
            QVERIFY2(problem.contains(why), qPrintable(problem));
            QCOMPARE(store.profiles().size(), readable);
            const QStringList backups = backupsOf(path);
            QCOMPARE(backups.size(), 1);
            backup = dir.filePath(backups.first());
            QVERIFY2(problem.contains(backups.first()), qPrintable(problem));
            QCOMPARE(readFile(backup), bytes);
            QCOMPARE(QFile::permissions(backup) & 0x0077, QFileDevice::Permissions());
        }
        {
            // Opening again (the dialog after the start-up check) makes no second copy.
            ProfileStore again(std::make_unique<QSettings>(path, QSettings::IniFormat));
            QVERIFY(again.problem().contains(QFileInfo(backup).fileName()));
            ConnectionProfile p;
            p.name = QStringLiteral("fresh");
            p.bootstrapServers = QStringLiteral("k:9092");
            again.save(p);
        }
        QCOMPARE(backupsOf(path).size(), 1);
        QCOMPARE(readFile(backup), bytes);
        ProfileStore afterSave(std::make_unique<QSettings>(path, QSettings::IniFormat));
        QVERIFY2(afterSave.problem().isEmpty(), qPrintable(afterSave.problem()));
        QVERIFY(afterSave.find(QStringLiteral("fresh")).has_value());
    }

    void healthySettingsHaveNoProblem() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ok.ini"));
        writeFile(path, validSettings(2));
        // As an older build left it: readable by everyone.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
        ProfileStore store(std::make_unique<QSettings>(path, QSettings::IniFormat));
        QVERIFY2(store.problem().isEmpty(), qPrintable(store.problem()));
        QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions());
        QCOMPARE(store.profiles().size(), 2);
        QVERIFY(backupsOf(path).isEmpty());
    }

    // security=BOGUS or an unknown mechanism: no silent PLAINTEXT; the profile says why and the
    // client configuration refuses it (below every entry point).
    void unknownSecurityIsRefusedNotDefaulted() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bogus.ini"));
        writeFile(path, "[profiles]\n1\\name=bogus\n1\\bootstrap=127.0.0.1:9092\n"
                        "1\\security=BOGUS\n1\\saslMechanism=PLAIN\n"
                        "2\\name=badmech\n2\\bootstrap=127.0.0.1:9092\n"
                        "2\\security=SASL_SSL\n2\\saslMechanism=KERBEROS9\n2\\username=u\n"
                        "size=2\n");
        ProfileStore store(std::make_unique<QSettings>(path, QSettings::IniFormat));
        const auto bogus = store.find(QStringLiteral("bogus"));
        QVERIFY(bogus.has_value());
        QVERIFY2(bogus->storedProblem().contains(QStringLiteral("BOGUS")),
                 qPrintable(bogus->storedProblem()));
        const auto conf = makeClientConf(*bogus, {});
        QVERIFY(!conf.ok());
        QVERIFY(conf.error().message.contains(QStringLiteral("BOGUS")));
        const auto badMech = store.find(QStringLiteral("badmech"));
        QVERIFY(badMech.has_value());
        QVERIFY(badMech->storedProblem().contains(QStringLiteral("KERBEROS9")));
        QVERIFY(!makeClientConf(*badMech, {}).ok());

        // Saving another profile keeps the stored text: nothing turns it into PLAINTEXT.
        ConnectionProfile other;
        other.name = QStringLiteral("other");
        other.bootstrapServers = QStringLiteral("k:9092");
        store.save(other);
        ProfileStore reopened(std::make_unique<QSettings>(path, QSettings::IniFormat));
        QCOMPARE(reopened.find(QStringLiteral("bogus"))->unreadableSecurity,
                 QStringLiteral("BOGUS"));

        // Choosing a protocol fixes it.
        ConnectionProfile fixed = *bogus;
        fixed.unreadableSecurity.clear();
        QVERIFY(fixed.storedProblem().isEmpty());
        QVERIFY(makeClientConf(fixed, {}).ok());
    }

    // profiles/size=100000000 took 20 s and 1.2 GB: the count read is capped and said once.
    void absurdProfileCountIsBounded() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.ini"));
        QByteArray bytes = validSettings(2);
        bytes.replace("size=2", "size=100000000");
        writeFile(path, bytes);
        QElapsedTimer timer;
        timer.start();
        ProfileStore store(std::make_unique<QSettings>(path, QSettings::IniFormat));
        const auto profiles = store.profiles();
        const qint64 ms = timer.elapsed();
        QCOMPARE(profiles.size(), 2);
        QVERIFY2(store.problem().contains(QStringLiteral("100000000")),
                 qPrintable(store.problem()));
        QVERIFY2(store.problem().contains(QString::number(ProfileStore::kMaxProfiles)),
                 qPrintable(store.problem()));
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
        QCOMPARE(backupsOf(path).size(), 1);

        // A file that really has more than the cap: only the cap is read, quickly.
        QByteArray many = "[profiles]\n";
        for (int i = 1; i <= 3000; ++i)
            many += QStringLiteral("%1\\name=p%1\n%1\\bootstrap=k:9092\n%1\\security=PLAINTEXT\n")
                        .arg(i)
                        .toLatin1();
        many += "size=3000\n";
        const QString manyPath = dir.filePath(QStringLiteral("many.ini"));
        writeFile(manyPath, many);
        timer.restart();
        ProfileStore capped(std::make_unique<QSettings>(manyPath, QSettings::IniFormat));
        QCOMPARE(capped.profiles().size(), ProfileStore::kMaxProfiles);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(capped.problem().contains(QStringLiteral("3000")));
    }

    void readOnlyIsTheDefault() {
        ConnectionProfile p;
        QVERIFY(p.readOnly);
        QVERIFY(!p.sandbox);
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
