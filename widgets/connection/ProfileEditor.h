#pragma once

#include "cluster/ConnectionProfile.h"
#include "common/LatestOnlyRunner.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace streamscope {

// The form for one connection profile: name, bootstrap servers, security (SASL, TLS files),
// extra librdkafka properties, the Schema Registry (URL, basic auth, TLS files; "Test" asks it
// for its subjects off the GUI thread), and the read-only and sandbox flags.
class ProfileEditor : public QWidget {
    Q_OBJECT
public:
    explicit ProfileEditor(QWidget* parent = nullptr);

    void setProfile(const ConnectionProfile& profile);
    // Enables "Remember in the system keychain" while the keychain is available (else greyed out
    // with the reason). Without a call the option stays off.
    void setKeychain(const class KeychainSecrets* keychain);
    // What the form says now, secrets included.
    ConnectionProfile profile() const;
    // The first thing that keeps this profile from being used, in words; empty when none.
    QString problem() const;
    // Asks the registry of the form for /subjects on a worker; the answer lands in
    // registryTestLabel() and registryTested().
    void testRegistry();

    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* registryTestButton() const { return m_registryTest; }
    QLabel* registryTestLabel() const { return m_registryResult; }

Q_SIGNALS:
    void edited();
    // ok: the registry answered (message lists how many subjects it has).
    void registryTested(bool ok, const QString& message);

private:
    QLineEdit* addFileRow(QFormLayout* form, const QString& label, const QString& objectName,
                          const QString& filter);
    void updateSecurityGroups();
    QWidget* makeRegistryPage();
    QString registryProblem(const schema::RegistryOptions& registry) const;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_bootstrap = nullptr;
    QComboBox* m_security = nullptr;
    QGroupBox* m_saslGroup = nullptr;
    QComboBox* m_mechanism = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QGroupBox* m_tlsGroup = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLineEdit* m_certFile = nullptr;
    QLineEdit* m_keyFile = nullptr;
    QLineEdit* m_keyPassword = nullptr;
    QPlainTextEdit* m_extra = nullptr;
    QCheckBox* m_readOnly = nullptr;
    QCheckBox* m_sandbox = nullptr;
    QCheckBox* m_keychain = nullptr;
    QLabel* m_keychainNote = nullptr;
    QLineEdit* m_sandboxPrefix = nullptr;
    QLabel* m_missingNote = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_registryUrl = nullptr;
    QLineEdit* m_registryUser = nullptr;
    QLineEdit* m_registryPassword = nullptr;
    QLineEdit* m_registryCa = nullptr;
    QLineEdit* m_registryCert = nullptr;
    QLineEdit* m_registryKey = nullptr;
    QPushButton* m_registryTest = nullptr;
    QLabel* m_registryResult = nullptr;
    LatestOnlyRunner m_registryRunner{this};
    // Carried from the profile given to setProfile(), which the widgets cannot show.
    QString m_unreadableSecurity;
    QString m_unreadableMechanism;
    QStringList m_missingSecrets;
    bool m_loading = false;
};

// Parses "key=value" lines (blank lines and # comments skipped). On a bad line returns false and
// sets *error to a message naming the line.
bool parsePropertyLines(const QString& text, PropertyList* properties, QString* error);

} // namespace streamscope
