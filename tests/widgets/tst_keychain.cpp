// "Remember in the system keychain" (issue 12) through QtKeychain, run twice by ctest:
//  - STREAMSCOPE_TEST_KEYRING=1 under tests/scripts/with-keyring.sh (a real Secret Service:
//    gnome-keyring on a private D-Bus session): secrets stored from the password prompt and the
//    profile editor come back in a new session without a prompt, never reach the settings file,
//    and are gone when the profile stops remembering them;
//  - without a session bus: the option is greyed out with the reason and nothing is remembered.
#include "cluster/ProfileStore.h"
#include "connection/ConnectionDialog.h"
#include "connection/KeychainSecrets.h"
#include "connection/PasswordPrompt.h"
#include "connection/ProfileEditor.h"
#include "connection/SessionSecrets.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace streamscope;

namespace {

ConnectionProfile saslProfile(const QString& name) {
    ConnectionProfile p;
    p.name = name;
    p.bootstrapServers = QStringLiteral("127.0.0.1:9093");
    p.security = SecurityProtocol::SaslSsl;
    p.saslMechanism = SaslMechanism::ScramSha512;
    p.username = QStringLiteral("alice");
    p.password = QStringLiteral("Keychain-Pass-") + name;
    p.extraProperties = {{QStringLiteral("sasl.oauthbearer.client.secret"),
                          QStringLiteral("Keychain-Prop-") + name}};
    return p;
}

// The profile as the store gives it back: secrets gone, the secret property only by name.
ConnectionProfile withoutSecrets(const ConnectionProfile& p) {
    ConnectionProfile stored = p;
    stored.password.clear();
    stored.keyPassword.clear();
    stored.extraProperties.clear();
    stored.missingSecretProperties = {QStringLiteral("sasl.oauthbearer.client.secret")};
    return stored;
}

} // namespace

class TestKeychain : public QObject {
    Q_OBJECT

    const bool m_withKeyring = qEnvironmentVariableIntValue("STREAMSCOPE_TEST_KEYRING") == 1;
    QString m_home;

    // STREAMSCOPE_KEYCHAIN_SHOTS=DIR: saves how the prompt and the dialog look, for a human.
    static void saveShot(QWidget& widget, const QString& name) {
        const QString dir = qEnvironmentVariable("STREAMSCOPE_KEYCHAIN_SHOTS");
        if (dir.isEmpty())
            return;
        widget.show();
        QTest::qWait(200);
        widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    static void waitForAnswer(const KeychainSecrets& keychain) {
        QTRY_VERIFY_WITH_TIMEOUT(keychain.availability() != KeychainSecrets::Availability::Checking,
                                 15000);
    }
    void verifyNoSecretOnDisk(const QStringList& secrets) {
        QDirIterator it(m_home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QString& secret : secrets)
                QVERIFY2(!bytes.contains(secret.toUtf8()),
                         qPrintable(QStringLiteral("%1 found in %2").arg(secret, path)));
        }
    }

public:
    explicit TestKeychain(QString home)
        : m_home(std::move(home)) {}

private Q_SLOTS:
    void availabilityMatchesTheEnvironment() {
        KeychainSecrets keychain;
        waitForAnswer(keychain);
        if (m_withKeyring) {
            QCOMPARE(keychain.availability(), KeychainSecrets::Availability::Available);
            QVERIFY(keychain.unavailableReason().isEmpty());
        } else {
            QCOMPARE(keychain.availability(), KeychainSecrets::Availability::Unavailable);
            QVERIFY(keychain.unavailableReason().contains(QStringLiteral("No system keychain")));
        }
    }

    void entryRoundTrip() {
        ConnectionProfile p = saslProfile(QStringLiteral("codec"));
        p.keyPassword = QStringLiteral("kp");
        ConnectionProfile back = withoutSecrets(p);
        QVERIFY(KeychainSecrets::decodeInto(KeychainSecrets::encode(p), back));
        QCOMPARE(back.password, p.password);
        QCOMPARE(back.keyPassword, QStringLiteral("kp"));
        QCOMPARE(back.extraProperties, p.extraProperties);
        QVERIFY(back.missingSecretProperties.isEmpty());
        ConnectionProfile untouched = withoutSecrets(p);
        QVERIFY(!KeychainSecrets::decodeInto(QByteArrayLiteral("\x01garbage"), untouched));
        QVERIFY(untouched.password.isEmpty());
    }

    // The prompt's option: enabled with a keychain (and stores on OK), greyed out with the
    // reason without one.
    void passwordPromptOffersTheKeychain() {
        KeychainSecrets keychain;
        waitForAnswer(keychain);
        ConnectionProfile profile = withoutSecrets(saslProfile(QStringLiteral("prompted")));
        PasswordPrompt prompt(profile, &keychain);
        auto* remember = prompt.findChild<QCheckBox*>(QStringLiteral("rememberInKeychain"));
        auto* note = prompt.findChild<QLabel*>(QStringLiteral("rememberInKeychainNote"));
        QVERIFY(remember && note);
        QCOMPARE(remember->isEnabled(), m_withKeyring);
        QCOMPARE(note->isVisibleTo(&prompt), !m_withKeyring);
        if (!m_withKeyring)
            QVERIFY(note->text().contains(QStringLiteral("No system keychain")));
        QVERIFY(!prompt.windowTitle().contains(QStringLiteral("Keychain-Pass")));
        saveShot(prompt, m_withKeyring ? QStringLiteral("prompt-keyring")
                                       : QStringLiteral("prompt-no-keyring"));
        if (!m_withKeyring) {
            ProfileStore store;
            SessionSecrets secrets;
            ConnectionDialog dialog(store, secrets, nullptr, &keychain);
            saveShot(dialog, QStringLiteral("dialog-no-keyring"));
        }
    }

    // Saved from the profile editor with the option ticked: a new session (new KeychainSecrets,
    // new SessionSecrets) gets the secrets without asking; the settings file has none of them;
    // unticked and saved again, the entry is gone.
    void editorStoresAndAnotherSessionReads() {
        if (!m_withKeyring)
            QSKIP("needs a Secret Service (run under tests/scripts/with-keyring.sh)");
        ConnectionProfile profile = saslProfile(QStringLiteral("remembered"));
        profile.keychain = true;
        {
            KeychainSecrets keychain;
            waitForAnswer(keychain);
            ProfileStore store;
            SessionSecrets secrets;
            ConnectionDialog dialog(store, secrets, nullptr, &keychain);
            auto* editor = dialog.findChild<ProfileEditor*>();
            QVERIFY(editor);
            auto* box = editor->findChild<QCheckBox*>(QStringLiteral("profileKeychain"));
            QVERIFY(box && box->isEnabled());
            QSignalSpy stored(&keychain, &KeychainSecrets::stored);
            keychain.store(profile);
            QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 10000);
            QCOMPARE(stored.first().at(1).toString(), QString());
            store.save(profile);
        }
        ProfileStore store;
        const auto reread = store.find(profile.name);
        QVERIFY(reread);
        QVERIFY(reread->keychain);
        QVERIFY(reread->needsPassword());
        ConnectionProfile next = *reread;
        KeychainSecrets keychain;
        waitForAnswer(keychain);
        QVERIFY(keychain.fill(next));
        QCOMPARE(next.password, profile.password);
        QVERIFY(!next.needsPassword());
        verifyNoSecretOnDisk({profile.password, profile.extraProperties.first().second});

        // Saved again in a session that has no secrets in memory: the entry stays.
        QSignalSpy stored(&keychain, &KeychainSecrets::stored);
        keychain.store(*reread);
        QTest::qWait(300);
        QCOMPARE(stored.size(), 0);
        ConnectionProfile still = *reread;
        QVERIFY(keychain.fill(still));
        QCOMPARE(still.password, profile.password);

        keychain.erase(profile.name);
        ConnectionProfile after = *reread;
        QTRY_VERIFY_WITH_TIMEOUT(!keychain.fill(after), 10000);
        QVERIFY(after.password.isEmpty());
    }

    // Windows that close before the keychain answered its probe (tst_mainwindow makes many):
    // QtKeychain's libsecret backend calls back into the job later; that must not crash.
    void destroyedBeforeTheKeychainAnswers() {
        for (int i = 0; i < 10; ++i) {
            KeychainSecrets keychain;
            keychain.store(saslProfile(QStringLiteral("gone")));
        }
        QTest::qWait(1500);
        KeychainSecrets survivor;
        waitForAnswer(survivor);
    }

    void editorGreysOutWithoutKeychain() {
        KeychainSecrets keychain;
        waitForAnswer(keychain);
        ProfileEditor editor;
        editor.setKeychain(&keychain);
        auto* box = editor.findChild<QCheckBox*>(QStringLiteral("profileKeychain"));
        auto* note = editor.findChild<QLabel*>(QStringLiteral("profileKeychainNote"));
        QVERIFY(box && note);
        QCOMPARE(box->isEnabled(), m_withKeyring);
        QCOMPARE(note->isVisibleTo(&editor), !m_withKeyring);
        QVERIFY(m_withKeyring || !box->toolTip().isEmpty());
    }
};

int main(int argc, char* argv[]) {
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Streamscope"));
    QApplication::setOrganizationName(QStringLiteral("Streamscope"));
    TestKeychain test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
