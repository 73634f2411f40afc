#pragma once

#include "cluster/ConnectionProfile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace streamscope {

// The form for one connection profile: name, bootstrap servers, security (SASL, TLS files),
// extra librdkafka properties, and the read-only and sandbox flags.
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

Q_SIGNALS:
    void edited();

private:
    QLineEdit* addFileRow(QFormLayout* form, const QString& label, const QString& objectName,
                          const QString& filter);
    void updateSecurityGroups();

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
