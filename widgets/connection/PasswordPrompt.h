#pragma once

#include "cluster/ConnectionProfile.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace streamscope {

// Asks for the secrets a saved profile does not keep: the SASL password, when the profile has a
// client key its passphrase, the Schema
// Registry's basic-auth password, and the values of secret extra properties. Says plainly that
// nothing typed here is saved.
class PasswordPrompt : public QDialog {
    Q_OBJECT
public:
    explicit PasswordPrompt(const ConnectionProfile& profile,
                            const class KeychainSecrets* keychain = nullptr,
                            QWidget* parent = nullptr);

    // Shows the prompt; on OK writes the secrets into profile and returns true. With a keychain
    // it offers "Remember in the system keychain" (greyed out with the reason when there is no
    // keychain service); ticked, it sets profile.keychain and stores the secrets there.
    static bool ask(QWidget* parent, ConnectionProfile& profile,
                    class KeychainSecrets* keychain = nullptr);

    QString password() const;
    QString keyPassword() const;
    // The Schema Registry's basic-auth password (empty when not asked).
    QString registryPassword() const;
    // The secret extra properties typed (empty fields left out).
    PropertyList secretProperties() const;

private:
    QLineEdit* m_password = nullptr;
    QLineEdit* m_keyPassword = nullptr;
    QLineEdit* m_registryPassword = nullptr;
    QList<QPair<QString, QLineEdit*>> m_properties;
    QCheckBox* m_remember = nullptr;
};

} // namespace streamscope
