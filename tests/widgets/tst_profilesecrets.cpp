// Secrets never reach disk, through every way a secret gets into a profile: a client.properties
// import, typing in the connection dialog, and -X overrides. Every file the app wrote under a
// private HOME is searched for every secret and must be owner-only. Also: the dialog refuses a
// profile whose stored security cannot be read, says when the settings file was damaged, and the
// password prompt asks for the secret properties a saved profile does not keep.
#include "cluster/ProfileStore.h"
#include "connection/ConnectionDialog.h"
#include "connection/PasswordPrompt.h"
#include "connection/SessionSecrets.h"
#include "throughput/HistoryStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace streamscope;

namespace {

// Every secret-bearing property librdkafka (CONFIGURATION.md) and the Java client know, plus an
// unknown key (secret by default) and a harmless key whose value embeds a password.
QList<QPair<QString, QString>> secretProperties(const QString& tag) {
    QList<QPair<QString, QString>> props;
    auto add = [&](const char* key, const QString& value) {
        props.append({QString::fromLatin1(key), value});
    };
    add("sasl.password", QStringLiteral("SaslPassword") + tag);
    add("ssl.key.password", QStringLiteral("SslKeyPassword") + tag);
    // A well-formed PEM block (base64 body) so the editor's PEM check lets it through.
    add("ssl.key.pem", QStringLiteral("-----BEGIN PRIVATE KEY-----\nInlineKey") + tag +
                           QStringLiteral("\n-----END PRIVATE KEY-----\n"));
    add("ssl_key", QStringLiteral("KcatKey") + tag);
    add("ssl.keystore.password", QStringLiteral("KeystorePassword") + tag);
    add("ssl.truststore.password", QStringLiteral("TruststorePassword") + tag);
    add("ssl.keystore.key", QStringLiteral("JavaInlineKey") + tag);
    add("sasl.oauthbearer.config",
        QStringLiteral("principal=me clientId=cid clientSecret=OauthConfigSecret") + tag);
    add("sasl.oauthbearer.client.secret", QStringLiteral("OauthClientSecret") + tag);
    add("sasl.oauthbearer.extensions", QStringLiteral("token=OauthExtension") + tag);
    add("basic.auth.user.info", QStringLiteral("sr-user:BasicAuthSecret") + tag);
    add("schema.registry.basic.auth.user.info", QStringLiteral("sr-user:SrAuthSecret") + tag);
    add("bearer.auth.token", QStringLiteral("BearerToken") + tag);
    add("sasl.kerberos.kinit.cmd", QStringLiteral("kinit -S KinitSecret") + tag);
    add("sasl.oauthbearer.token.endpoint.url",
        QStringLiteral("https://client:UrlSecret") + tag + QStringLiteral("@idp.example/token"));
    add("my.custom.token", QStringLiteral("UnknownKeySecret") + tag);
    return props;
}

// The part of each value that must never be found (the whole value, for most).
QStringList secretMarkers(const QString& tag) {
    QStringList markers;
    for (const auto& [key, value] : secretProperties(tag)) {
        Q_UNUSED(key)
        const QRegularExpression marker(QStringLiteral("[A-Z][A-Za-z]+") + tag);
        markers.append(marker.match(value).captured(0));
    }
    return markers;
}

QStringList filesUnder(const QString& root) {
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

constexpr auto kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

class TestProfileSecrets : public QObject {
    Q_OBJECT
public:
    explicit TestProfileSecrets(QString home)
        : m_home(std::move(home)) {}

private Q_SLOTS:
    void secretsNeverReachDisk();
    void dialogRefusesUnreadableSecurity();
    void dialogSaysTheSettingsFileWasDamaged();
    void dialogChecksBootstrapLikeEveryEntryPoint();

private:
    QString m_home;
};

void TestProfileSecrets::secretsNeverReachDisk() {
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation).startsWith(m_home));
    QStringList secrets;

    // 1. Import a client.properties with every secret, through the dialog, and connect (which
    //    saves the profile even if the connection then fails).
    const QString importPath = m_home + QStringLiteral("/prod.properties");
    {
        QFile file(importPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = "bootstrap.servers=broker.example.com:9093\n"
                          "security.protocol=SASL_SSL\nsasl.mechanism=PLAIN\n"
                          "client.id=prod-laptop\n";
        for (const auto& [key, value] : secretProperties(QStringLiteral("Imp"))) {
            // A line-based file cannot hold a multi-line PEM; the -X case below covers it.
            if (key == u"ssl.key.pem")
                continue;
            text += key.toUtf8() + '=' + value.toUtf8() + '\n';
        }
        text += "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule "
                "required username='ImportUser' password='JaasPasswordImp';\n";
        file.write(text);
        secrets << secretMarkers(QStringLiteral("Imp")) << QStringLiteral("JaasPasswordImp");
    }
    SessionSecrets session;
    {
        ProfileStore store;
        ConnectionDialog dialog(store, session);
        QVERIFY(dialog.importFile(importPath));
        auto* connect = dialog.findChild<QPushButton*>(QStringLiteral("connectButton"));
        auto* problem = dialog.findChild<QLabel*>(QStringLiteral("profileProblem"));
        QVERIFY2(connect->isEnabled(), qPrintable(problem->text()));
        QTest::mouseClick(connect, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ConnectionProfile chosen = dialog.chosenProfile();
        QCOMPARE(chosen.username, QStringLiteral("ImportUser"));
        QCOMPARE(chosen.password, QStringLiteral("JaasPasswordImp"));
    }

    // 2. Type every secret into the dialog: the password fields and the extra properties.
    {
        ProfileStore store;
        ConnectionDialog dialog(store, session);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("newProfileButton")),
                          Qt::LeftButton);
        dialog.findChild<QLineEdit*>(QStringLiteral("profileName"))
            ->setText(QStringLiteral("typed"));
        dialog.findChild<QLineEdit*>(QStringLiteral("profileBootstrap"))
            ->setText(QStringLiteral("k1:9092"));
        dialog.findChild<QComboBox*>(QStringLiteral("profileSecurity"))->setCurrentIndex(3);
        dialog.findChild<QLineEdit*>(QStringLiteral("profileUsername"))
            ->setText(QStringLiteral("TypedUser"));
        dialog.findChild<QLineEdit*>(QStringLiteral("profilePassword"))
            ->setText(QStringLiteral("FieldPasswordTyp"));
        dialog.findChild<QLineEdit*>(QStringLiteral("profileKeyPassword"))
            ->setText(QStringLiteral("FieldKeyPassTyp"));
        QStringList lines = {QStringLiteral("linger.ms=7")};
        for (const auto& [key, value] : secretProperties(QStringLiteral("Typ")))
            if (key != u"ssl.key.pem") // one property per line: no multi-line PEM here
                lines.append(key + QLatin1Char('=') + value);
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("profileExtraProperties"))
            ->setPlainText(lines.join(QLatin1Char('\n')));
        secrets << secretMarkers(QStringLiteral("Typ")) << QStringLiteral("FieldPasswordTyp")
                << QStringLiteral("FieldKeyPassTyp");
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveButton"));
        QVERIFY2(save->isEnabled(),
                 qPrintable(dialog.findChild<QLabel*>(QStringLiteral("profileProblem"))->text()));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!save->isEnabled()); // saved
    }

    // 3. -X overrides, as the command line applies them, saved by the store.
    {
        ConnectionProfile cli;
        cli.name = QStringLiteral("cli");
        cli.bootstrapServers = QStringLiteral("k2:9092");
        for (const auto& [key, value] : secretProperties(QStringLiteral("Cli")))
            QVERIFY(applyClientProperty(cli, key, value).ok());
        QVERIFY(applyClientProperty(cli, QStringLiteral("security.protocol"),
                                    QStringLiteral("SASL_PLAINTEXT"))
                    .ok());
        QVERIFY(applyClientProperty(cli, QStringLiteral("sasl.jaas.config"),
                                    QStringLiteral("org.apache.kafka.common.security.scram."
                                                   "ScramLoginModule required username=\"CliUser\" "
                                                   "password=\"JaasPasswordCli\";"))
                    .ok());
        secrets << secretMarkers(QStringLiteral("Cli")) << QStringLiteral("JaasPasswordCli");
        ProfileStore store;
        store.save(cli);
        store.setLastUsed(cli.name);
    }

    // 4. A history file under AppData, as a session writes it.
    const HistoryStore history(HistoryStore::defaultDirectory());
    QVERIFY(history.save(QStringLiteral("cluster-test"), QByteArray("payload")));

    // Every file written below HOME: no secret, owner-only.
    const QStringList files = filesUnder(m_home);
    QVERIFY2(files.size() >= 3, qPrintable(files.join(QLatin1Char(' '))));
    for (const QString& path : files) {
        if (path == importPath)
            continue; // the test's own input
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QString& secret : secrets) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!bytes.contains(secret.toUtf8()),
                     qPrintable(QStringLiteral("%1 found in %2").arg(secret, path)));
        }
        QVERIFY2((file.permissions() & 0x0077) == 0,
                 qPrintable(QStringLiteral("%1 is readable by others: %2")
                                .arg(path)
                                .arg(int(file.permissions()), 0, 16)));
        QVERIFY((file.permissions() & kOwnerOnlyFile) == kOwnerOnlyFile);
    }
    ProfileStore reopened;
    for (const QString& dir :
         {QFileInfo(reopened.fileName()).absolutePath(), HistoryStore::defaultDirectory()})
        QVERIFY2((QFile::permissions(dir) & 0x0077) == 0, qPrintable(dir));

    // What is not secret was kept; the secrets come back as missing and are asked for.
    const auto prod = reopened.find(QStringLiteral("prod"));
    QVERIFY(prod.has_value());
    QCOMPARE(prod->username, QStringLiteral("ImportUser"));
    QVERIFY(prod->extraProperties.contains(
        qMakePair(QStringLiteral("client.id"), QStringLiteral("prod-laptop"))));
    QVERIFY(prod->password.isEmpty());
    QVERIFY(prod->needsPassword());
    QVERIFY2(prod->missingSecretProperties.contains(QStringLiteral("ssl.keystore.key")),
             qPrintable(prod->missingSecretProperties.join(QLatin1Char(' '))));
    QVERIFY(prod->missingSecretProperties.contains(QStringLiteral("my.custom.token")));
    {
        PasswordPrompt prompt(*prod);
        QVERIFY(prompt.findChild<QLineEdit*>(QStringLiteral("passwordEdit")));
        for (const QString& key : prod->missingSecretProperties) {
            auto* edit = prompt.findChild<QLineEdit*>(QStringLiteral("secretProperty:") + key);
            QVERIFY2(edit, qPrintable(key));
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            edit->setText(QStringLiteral("again-") + key);
        }
        QCOMPARE(prompt.secretProperties().size(), prod->missingSecretProperties.size());
    }
    // This session still knows what was typed, so it does not ask again.
    auto typed = reopened.find(QStringLiteral("typed"));
    QVERIFY(typed.has_value());
    QVERIFY(typed->needsPassword());
    session.fill(*typed);
    QVERIFY2(!typed->needsPassword(), qPrintable(typed->missingSecretProperties.join(u' ')));
    QCOMPARE(typed->password, QStringLiteral("FieldPasswordTyp"));
    QVERIFY(typed->extraProperties.contains(
        qMakePair(QStringLiteral("my.custom.token"), QStringLiteral("UnknownKeySecretTyp"))));
    QVERIFY(typed->extraProperties.contains(
        qMakePair(QStringLiteral("linger.ms"), QStringLiteral("7"))));
}

void TestProfileSecrets::dialogRefusesUnreadableSecurity() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bogus.ini"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[profiles]\n1\\name=bogus\n1\\bootstrap=127.0.0.1:9092\n1\\security=BOGUS\n"
                   "size=1\n");
    }
    ProfileStore store(std::make_unique<QSettings>(path, QSettings::IniFormat));
    SessionSecrets session;
    ConnectionDialog dialog(store, session);
    dialog.selectProfile(QStringLiteral("bogus"));
    auto* connect = dialog.findChild<QPushButton*>(QStringLiteral("connectButton"));
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("profileProblem"));
    auto* security = dialog.findChild<QComboBox*>(QStringLiteral("profileSecurity"));
    QVERIFY(!connect->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("BOGUS")), qPrintable(problem->text()));
    QCOMPARE(security->currentIndex(), -1); // not shown as PLAINTEXT
    security->setCurrentIndex(1);           // the user chooses SSL
    QVERIFY2(connect->isEnabled(), qPrintable(problem->text()));
}

void TestProfileSecrets::dialogSaysTheSettingsFileWasDamaged() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.conf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x7f"
                              "ELF\0\0\0\x01\xff\xfe[profiles]\n",
                              16));
    }
    ProfileStore store(std::make_unique<QSettings>(path, QSettings::IniFormat));
    SessionSecrets session;
    ConnectionDialog dialog(store, session);
    auto* banner = dialog.findChild<QLabel*>(QStringLiteral("settingsProblem"));
    QVERIFY(banner);
    QVERIFY2(banner->text().contains(QStringLiteral("could not be read")),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("damaged.conf.bad-")),
             qPrintable(banner->text()));
    QVERIFY(!banner->text().contains(QStringLiteral("no saved connection profile")));
}

// The dialog uses the one bootstrap check of the CLI, the GUI's --bootstrap and the client
// configuration: a port above 65535 (which librdkafka would wrap to another port) or an empty
// list entry keeps Connect disabled and says why.
void TestProfileSecrets::dialogChecksBootstrapLikeEveryEntryPoint() {
    QTemporaryDir dir;
    ProfileStore store(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat));
    SessionSecrets session;
    ConnectionDialog dialog(store, session);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("newProfileButton")),
                      Qt::LeftButton);
    dialog.findChild<QLineEdit*>(QStringLiteral("profileName"))->setText(QStringLiteral("wrap"));
    auto* bootstrap = dialog.findChild<QLineEdit*>(QStringLiteral("profileBootstrap"));
    auto* connect = dialog.findChild<QPushButton*>(QStringLiteral("connectButton"));
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("profileProblem"));
    for (const char* bad : {"127.0.0.1:125835", "127.0.0.1:0", "a:9092,,b:9092", "::1:9092"}) {
        bootstrap->setText(QString::fromLatin1(bad));
        QVERIFY2(!connect->isEnabled(), bad);
        QVERIFY2(!problem->text().isEmpty(), bad);
    }
    bootstrap->setText(QStringLiteral("127.0.0.1:125835"));
    QVERIFY2(problem->text().contains(QStringLiteral("125835")), qPrintable(problem->text()));
    bootstrap->setText(QStringLiteral("127.0.0.1:65535,[::1]:9092"));
    QVERIFY2(connect->isEnabled(), qPrintable(problem->text()));
}

int main(int argc, char* argv[]) {
    // A private HOME before anything reads a path: every file the app writes lands below it.
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Streamscope"));
    QApplication::setOrganizationName(QStringLiteral("Streamscope"));
    TestProfileSecrets test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profilesecrets.moc"
