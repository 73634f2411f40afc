#include "connection/ProfileEditor.h"

#include "cluster/BootstrapAddress.h"
#include "cluster/PemCheck.h"
#include "common/WidgetsTr.h"
#include "connection/KeychainSecrets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace streamscope {

namespace {

constexpr SecurityProtocol kProtocols[] = {SecurityProtocol::Plaintext, SecurityProtocol::Ssl,
                                           SecurityProtocol::SaslPlaintext,
                                           SecurityProtocol::SaslSsl};
constexpr SaslMechanism kMechanisms[] = {SaslMechanism::Plain, SaslMechanism::ScramSha256,
                                         SaslMechanism::ScramSha512};

QString propertyText(const PropertyList& properties) {
    QStringList lines;
    for (const auto& [key, value] : properties)
        lines.append(key + QLatin1Char('=') + value);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

bool parsePropertyLines(const QString& text, PropertyList* properties, QString* error) {
    properties->clear();
    const auto lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = WidgetsTr::tr("Extra properties, line %1: \u201c%2\u201d is not key=value.")
                         .arg(i + 1)
                         .arg(line);
            return false;
        }
        properties->append({line.left(eq).trimmed(), line.mid(eq + 1).trimmed()});
    }
    return true;
}

ProfileEditor::ProfileEditor(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_bootstrap(new QLineEdit(this))
    , m_security(new QComboBox(this))
    , m_saslGroup(new QGroupBox(WidgetsTr::tr("SASL authentication"), this))
    , m_mechanism(new QComboBox(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_tlsGroup(new QGroupBox(WidgetsTr::tr("TLS"), this))
    , m_extra(new QPlainTextEdit(this))
    , m_readOnly(new QCheckBox(WidgetsTr::tr("&Read-only"), this))
    , m_sandbox(new QCheckBox(WidgetsTr::tr("&Sandbox"), this))
    , m_keychain(new QCheckBox(WidgetsTr::tr("Remember secrets in the system &keychain"), this))
    , m_keychainNote(new QLabel(this))
    , m_sandboxPrefix(new QLineEdit(this))
    , m_missingNote(new QLabel(this)) {
    setObjectName(QStringLiteral("profileEditor"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_bootstrap->setObjectName(QStringLiteral("profileBootstrap"));
    m_bootstrap->setPlaceholderText(WidgetsTr::tr("host1:9092,host2:9092"));
    m_security->setObjectName(QStringLiteral("profileSecurity"));
    for (auto protocol : kProtocols)
        m_security->addItem(securityProtocolName(protocol));
    m_mechanism->setObjectName(QStringLiteral("profileMechanism"));
    for (auto mechanism : kMechanisms)
        m_mechanism->addItem(saslMechanismName(mechanism));
    m_username->setObjectName(QStringLiteral("profileUsername"));
    m_password->setObjectName(QStringLiteral("profilePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(WidgetsTr::tr("Not saved; asked for once per session"));
    m_extra->setObjectName(QStringLiteral("profileExtraProperties"));
    m_extra->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_extra->setPlaceholderText(
        WidgetsTr::tr("# librdkafka properties, one key=value per line, e.g.\n"
                      "# client.id=streamscope-laptop"));
    m_extra->setTabChangesFocus(true);
    m_readOnly->setObjectName(QStringLiteral("profileReadOnly"));
    m_readOnly->setToolTip(
        WidgetsTr::tr("Anything that would write to this cluster asks for confirmation first."));
    m_sandbox->setObjectName(QStringLiteral("profileSandbox"));
    m_sandbox->setToolTip(WidgetsTr::tr(
        "A disposable cluster: only sandbox clusters can ever receive replayed messages."));
    m_sandboxPrefix->setObjectName(QStringLiteral("profileSandboxPrefix"));
    m_sandboxPrefix->setToolTip(
        WidgetsTr::tr("On this cluster, topics starting with this prefix may receive replayed "
                      "messages even when the cluster is not a sandbox. Empty: none."));

    m_keychain->setObjectName(QStringLiteral("profileKeychain"));
    m_keychain->setEnabled(false);
    m_keychainNote->setObjectName(QStringLiteral("profileKeychainNote"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setEnabled(false);
    m_keychainNote->setText(
        WidgetsTr::tr("No system keychain is available; secrets are asked for once per session."));

    auto* general = new QFormLayout;
    general->addRow(WidgetsTr::tr("&Name:"), m_name);
    general->addRow(WidgetsTr::tr("&Bootstrap servers:"), m_bootstrap);
    general->addRow(WidgetsTr::tr("S&ecurity protocol:"), m_security);

    auto* sasl = new QFormLayout(m_saslGroup);
    sasl->addRow(WidgetsTr::tr("&Mechanism:"), m_mechanism);
    sasl->addRow(WidgetsTr::tr("&User name:"), m_username);
    sasl->addRow(WidgetsTr::tr("&Password:"), m_password);

    auto* tls = new QFormLayout(m_tlsGroup);
    const QString pem = WidgetsTr::tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)");
    m_caFile = addFileRow(tls, WidgetsTr::tr("&CA file:"), QStringLiteral("profileCaFile"), pem);
    m_certFile = addFileRow(tls, WidgetsTr::tr("Client &certificate:"),
                            QStringLiteral("profileCertFile"), pem);
    m_keyFile =
        addFileRow(tls, WidgetsTr::tr("Client &key:"), QStringLiteral("profileKeyFile"), pem);
    m_keyPassword = new QLineEdit(this);
    m_keyPassword->setObjectName(QStringLiteral("profileKeyPassword"));
    m_keyPassword->setEchoMode(QLineEdit::Password);
    m_keyPassword->setPlaceholderText(WidgetsTr::tr("Only for an encrypted key; not saved"));
    tls->addRow(WidgetsTr::tr("Key &passphrase:"), m_keyPassword);

    auto* extraLabel = new QLabel(WidgetsTr::tr("E&xtra properties:"), this);
    extraLabel->setBuddy(m_extra);
    auto* extraNote = new QLabel(
        WidgetsTr::tr("Applied last, so they override the settings above. Only settings known to "
                      "hold no secret are saved; any other property is kept for this session and "
                      "asked for again next time."),
        this);
    extraNote->setWordWrap(true);
    extraNote->setEnabled(false);

    auto* flags = new QHBoxLayout;
    flags->addWidget(m_readOnly);
    flags->addSpacing(16);
    flags->addWidget(m_sandbox);
    flags->addSpacing(16);
    auto* prefixLabel = new QLabel(WidgetsTr::tr("Sandbox topic &prefix:"), this);
    prefixLabel->setBuddy(m_sandboxPrefix);
    flags->addWidget(prefixLabel);
    flags->addWidget(m_sandboxPrefix);
    flags->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(general);
    layout->addWidget(m_saslGroup);
    layout->addWidget(m_tlsGroup);
    layout->addWidget(extraLabel);
    layout->addWidget(m_extra, 1);
    layout->addWidget(extraNote);
    layout->addWidget(m_keychain);
    layout->addWidget(m_keychainNote);
    m_missingNote->setObjectName(QStringLiteral("profileMissingSecrets"));
    m_missingNote->setWordWrap(true);
    layout->addWidget(m_missingNote);
    layout->addLayout(flags);

    for (QLineEdit* edit : {m_name, m_bootstrap, m_username, m_password, m_caFile, m_certFile,
                            m_keyFile, m_keyPassword, m_sandboxPrefix})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
    for (QComboBox* combo : {m_security, m_mechanism})
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
            updateSecurityGroups();
            if (m_loading)
                return;
            // Choosing a value replaces the unreadable one the settings file had.
            if (combo == m_security)
                m_unreadableSecurity.clear();
            else
                m_unreadableMechanism.clear();
            Q_EMIT edited();
        });
    for (QCheckBox* box : {m_readOnly, m_sandbox, m_keychain})
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
    connect(m_extra, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
    setProfile(ConnectionProfile{});
}

QLineEdit* ProfileEditor::addFileRow(QFormLayout* form, const QString& label,
                                     const QString& objectName, const QString& filter) {
    auto* row = new QWidget(this);
    auto* edit = new QLineEdit(row);
    edit->setObjectName(objectName);
    auto* browse = new QToolButton(row);
    browse->setText(WidgetsTr::tr("Browse\u2026"));
    connect(browse, &QToolButton::clicked, this, [this, edit, filter, label] {
        const QString start = edit->text().isEmpty() ? QString() : QFileInfo(edit->text()).path();
        const QString path = QFileDialog::getOpenFileName(
            this,
            WidgetsTr::tr("Choose %1")
                .arg(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':'))),
            start, filter);
        if (!path.isEmpty())
            edit->setText(path);
    });
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    form->addRow(label, row);
    if (auto* labelWidget = qobject_cast<QLabel*>(form->labelForField(row)))
        labelWidget->setBuddy(edit);
    return edit;
}

void ProfileEditor::setProfile(const ConnectionProfile& profile) {
    m_loading = true;
    m_name->setText(profile.name);
    m_bootstrap->setText(profile.bootstrapServers);
    // An unreadable stored value shows as no choice at all, not as the default it would fall
    // back to.
    m_unreadableSecurity = profile.unreadableSecurity;
    m_unreadableMechanism = profile.unreadableMechanism;
    m_security->setCurrentIndex(m_unreadableSecurity.isEmpty() ? static_cast<int>(profile.security)
                                                               : -1);
    m_mechanism->setCurrentIndex(
        m_unreadableMechanism.isEmpty() ? static_cast<int>(profile.saslMechanism) : -1);
    m_missingSecrets = profile.missingSecretProperties;
    m_missingNote->setText(WidgetsTr::tr("Not saved, asked for when connecting: %1")
                               .arg(m_missingSecrets.join(QStringLiteral(", "))));
    m_missingNote->setVisible(!m_missingSecrets.isEmpty());
    m_username->setText(profile.username);
    m_password->setText(profile.password);
    m_caFile->setText(profile.caFile);
    m_certFile->setText(profile.certFile);
    m_keyFile->setText(profile.keyFile);
    m_keyPassword->setText(profile.keyPassword);
    m_extra->setPlainText(propertyText(profile.extraProperties));
    m_readOnly->setChecked(profile.readOnly);
    m_sandbox->setChecked(profile.sandbox);
    m_keychain->setChecked(profile.keychain);
    m_sandboxPrefix->setText(profile.sandboxPrefix);
    updateSecurityGroups();
    m_loading = false;
}

void ProfileEditor::setKeychain(const KeychainSecrets* keychain) {
    auto update = [this, keychain] {
        const QString reason = keychain->unavailableReason();
        m_keychain->setEnabled(reason.isEmpty());
        m_keychain->setToolTip(reason.isEmpty() ? WidgetsTr::tr("The password, key passphrase "
                                                                "and secret properties are kept "
                                                                "in the system keychain, not "
                                                                "asked for each session.")
                                                : reason);
        m_keychainNote->setText(reason);
        m_keychainNote->setVisible(!reason.isEmpty());
    };
    update();
    connect(keychain, &KeychainSecrets::availabilityChanged, this, update);
}

ConnectionProfile ProfileEditor::profile() const {
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.bootstrapServers = m_bootstrap->text().trimmed().remove(QLatin1Char(' '));
    p.security = kProtocols[std::max(0, m_security->currentIndex())];
    p.saslMechanism = kMechanisms[std::max(0, m_mechanism->currentIndex())];
    p.username = m_username->text().trimmed();
    p.password = m_password->text();
    p.caFile = m_caFile->text().trimmed();
    p.certFile = m_certFile->text().trimmed();
    p.keyFile = m_keyFile->text().trimmed();
    p.keyPassword = m_keyPassword->text();
    QString ignored;
    parsePropertyLines(m_extra->toPlainText(), &p.extraProperties, &ignored);
    p.unreadableSecurity = m_unreadableSecurity;
    p.unreadableMechanism = m_unreadableMechanism;
    for (const QString& key : m_missingSecrets) {
        const bool typed = std::any_of(p.extraProperties.begin(), p.extraProperties.end(),
                                       [&key](const auto& prop) { return prop.first == key; });
        if (!typed)
            p.missingSecretProperties.append(key);
    }
    p.readOnly = m_readOnly->isChecked();
    p.sandbox = m_sandbox->isChecked();
    p.keychain = m_keychain->isChecked();
    p.sandboxPrefix = m_sandboxPrefix->text().trimmed();
    return p;
}

QString ProfileEditor::problem() const {
    const ConnectionProfile p = profile();
    if (p.name.isEmpty())
        return WidgetsTr::tr("Give the profile a name.");
    if (const QString stored = p.storedProblem(); !stored.isEmpty())
        return stored;
    if (p.bootstrapServers.isEmpty())
        return WidgetsTr::tr("Enter at least one bootstrap server as host:port.");
    // The same check as every other entry point (and as the client configuration itself).
    if (auto status = validateBootstrapServers(p.bootstrapServers); !status)
        return status.error().message;
    if (p.usesSasl() && p.username.isEmpty())
        return WidgetsTr::tr("SASL needs a user name.");
    if (p.usesSsl()) {
        struct TlsFile {
            QString path;
            QString what;
            PemKind kind;
        };
        const TlsFile files[] = {
            {p.caFile, WidgetsTr::tr("CA file"), PemKind::Certificate},
            {p.certFile, WidgetsTr::tr("Client certificate"), PemKind::Certificate},
            {p.keyFile, WidgetsTr::tr("Client key"), PemKind::PrivateKey}};
        for (const auto& [path, what, kind] : files) {
            if (path.isEmpty())
                continue;
            if (!QFileInfo(path).isReadable())
                return WidgetsTr::tr("%1 \u201c%2\u201d cannot be read.").arg(what, path);
            // Pasted text or the wrong file: said here, naming the field, not at connect time.
            if (const QString pem = pemFileProblem(path, kind, what); !pem.isEmpty())
                return pem;
        }
        if (p.certFile.isEmpty() != p.keyFile.isEmpty())
            return WidgetsTr::tr("A client certificate needs its key, and a key its certificate.");
    }
    PropertyList extras;
    QString error;
    if (!parsePropertyLines(m_extra->toPlainText(), &extras, &error))
        return error;
    for (const auto& [key, value] : extras) {
        if (auto pem = checkPemProperty(key, value); !pem)
            return pem.error().message;
    }
    return {};
}

void ProfileEditor::updateSecurityGroups() {
    const auto protocol = kProtocols[std::max(0, m_security->currentIndex())];
    m_saslGroup->setEnabled(protocol == SecurityProtocol::SaslPlaintext ||
                            protocol == SecurityProtocol::SaslSsl);
    m_tlsGroup->setEnabled(protocol == SecurityProtocol::Ssl ||
                           protocol == SecurityProtocol::SaslSsl);
}

} // namespace streamscope
