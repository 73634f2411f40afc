#include "connection/PasswordPrompt.h"

#include "common/WidgetsTr.h"
#include "connection/KeychainSecrets.h"

#include <QCheckBox>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace streamscope {

PasswordPrompt::PasswordPrompt(const ConnectionProfile& profile, const KeychainSecrets* keychain,
                               QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("passwordPrompt"));
    setWindowTitle(WidgetsTr::tr("Password for %1")
                       .arg(profile.name.isEmpty() ? profile.bootstrapServers : profile.name));

    const QString who = profile.username.isEmpty()
                            ? WidgetsTr::tr("this cluster")
                            : WidgetsTr::tr("user \u201c%1\u201d").arg(profile.username);
    const QString title =
        (profile.name.isEmpty() ? profile.bootstrapServers : profile.name).toHtmlEscaped();
    auto* intro = new QLabel(
        profile.usesSasl()
            ? WidgetsTr::tr("<b>%1</b> needs the %2 password of %3.")
                  .arg(title, saslMechanismName(profile.saslMechanism), who.toHtmlEscaped())
            : WidgetsTr::tr("<b>%1</b> needs secrets that are not saved.").arg(title),
        this);
    intro->setWordWrap(true);
    auto* servers = new QLabel(profile.bootstrapServers, this);
    servers->setWordWrap(true);
    servers->setEnabled(false);
    auto* note = new QLabel(WidgetsTr::tr("Passwords and other secrets are kept in memory for "
                                          "this session only and are never saved."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto* form = new QFormLayout;
    if (profile.usesSasl()) {
        m_password = new QLineEdit(profile.password, this);
        m_password->setObjectName(QStringLiteral("passwordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        form->addRow(WidgetsTr::tr("&Password:"), m_password);
    }
    if (profile.usesSsl() && !profile.keyFile.isEmpty()) {
        m_keyPassword = new QLineEdit(profile.keyPassword, this);
        m_keyPassword->setObjectName(QStringLiteral("keyPasswordEdit"));
        m_keyPassword->setEchoMode(QLineEdit::Password);
        m_keyPassword->setPlaceholderText(WidgetsTr::tr("Leave empty if the key is not encrypted"));
        form->addRow(WidgetsTr::tr("&Key passphrase:"), m_keyPassword);
    }
    if (profile.schemaRegistry.isSet() && !profile.schemaRegistry.username.isEmpty()) {
        m_registryPassword = new QLineEdit(profile.schemaRegistry.password, this);
        m_registryPassword->setObjectName(QStringLiteral("registryPasswordEdit"));
        m_registryPassword->setEchoMode(QLineEdit::Password);
        m_registryPassword->setToolTip(
            WidgetsTr::tr("Basic auth of user \u201c%1\u201d at the Schema Registry %2")
                .arg(profile.schemaRegistry.username,
                     profile.schemaRegistry.url.toDisplayString(QUrl::RemoveUserInfo)));
        form->addRow(WidgetsTr::tr("Schema &Registry password:"), m_registryPassword);
    }
    // Extra properties that are secrets (sasl.oauthbearer.client.secret, ssl.key.pem, ...): the
    // profile on disk keeps only their names.
    for (const QString& key : profile.missingSecretProperties) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("secretProperty:") + key);
        edit->setEchoMode(QLineEdit::Password);
        form->addRow(key + QLatin1Char(':'), edit);
        m_properties.append({key, edit});
    }

    m_remember = new QCheckBox(WidgetsTr::tr("&Remember in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberInKeychain"));
    const QString reason = keychain ? keychain->unavailableReason()
                                    : WidgetsTr::tr("No system keychain is available.");
    m_remember->setEnabled(reason.isEmpty());
    m_remember->setChecked(reason.isEmpty() && profile.keychain);
    m_remember->setToolTip(reason);
    auto* rememberNote = new QLabel(reason, this);
    rememberNote->setObjectName(QStringLiteral("rememberInKeychainNote"));
    rememberNote->setWordWrap(true);
    rememberNote->setEnabled(false);
    rememberNote->setVisible(!reason.isEmpty());
    // Without a name there is no keychain entry to file the secrets under.
    m_remember->setVisible(!profile.name.isEmpty());
    rememberNote->setVisible(!profile.name.isEmpty() && !reason.isEmpty());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(WidgetsTr::tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(servers);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_remember);
    layout->addWidget(rememberNote);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString PasswordPrompt::password() const {
    return m_password ? m_password->text() : QString();
}

QString PasswordPrompt::keyPassword() const {
    return m_keyPassword ? m_keyPassword->text() : QString();
}

QString PasswordPrompt::registryPassword() const {
    return m_registryPassword ? m_registryPassword->text() : QString();
}

PropertyList PasswordPrompt::secretProperties() const {
    PropertyList out;
    for (const auto& [key, edit] : m_properties)
        if (!edit->text().isEmpty())
            out.append({key, edit->text()});
    return out;
}

bool PasswordPrompt::ask(QWidget* parent, ConnectionProfile& profile, KeychainSecrets* keychain) {
    PasswordPrompt prompt(profile, keychain, parent);
    if (prompt.exec() != QDialog::Accepted)
        return false;
    if (profile.usesSasl())
        profile.password = prompt.password();
    if (!prompt.keyPassword().isEmpty())
        profile.keyPassword = prompt.keyPassword();
    if (!prompt.registryPassword().isEmpty())
        profile.schemaRegistry.password = prompt.registryPassword();
    for (const auto& [key, value] : prompt.secretProperties()) {
        profile.extraProperties.append({key, value});
        profile.missingSecretProperties.removeAll(key);
    }
    if (keychain && prompt.m_remember->isEnabled() && !profile.name.isEmpty()) {
        profile.keychain = prompt.m_remember->isChecked();
        if (profile.keychain)
            keychain->store(profile);
        else
            keychain->erase(profile.name);
    }
    return true;
}

} // namespace streamscope
