#pragma once

#include "kafka/ConnectionProfile.h"

#include <QDialog>

class QLineEdit;

namespace streamscope {

// Asks for the secrets a saved profile does not keep: the SASL password and, when the profile
// has a client key, its passphrase. Says plainly that nothing typed here is saved.
class PasswordPrompt : public QDialog {
    Q_OBJECT
public:
    PasswordPrompt(const ConnectionProfile& profile, QWidget* parent = nullptr);

    // Shows the prompt; on OK writes the secrets into profile and returns true.
    static bool ask(QWidget* parent, ConnectionProfile& profile);

    QString password() const;
    QString keyPassword() const;

private:
    QLineEdit* m_password = nullptr;
    QLineEdit* m_keyPassword = nullptr;
};

} // namespace streamscope
