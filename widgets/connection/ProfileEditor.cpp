#include "connection/ProfileEditor.h"

#include "cluster/BootstrapAddress.h"
#include "cluster/PemCheck.h"
#include "common/WidgetsTr.h"
#include "connection/KeychainSecrets.h"
#include "schema/SchemaRegistryClient.h"

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
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QToolButton>
#include <QUrl>
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

    // Kafka's own settings and the Schema Registry's on two tabs: both fit a 1280x800 screen.
    auto* kafkaPage = new QWidget(this);
    auto* kafkaLayout = new QVBoxLayout(kafkaPage);
    kafkaLayout->addWidget(m_saslGroup);
    kafkaLayout->addWidget(m_tlsGroup);
    kafkaLayout->addWidget(extraLabel);
    kafkaLayout->addWidget(m_extra, 1);
    kafkaLayout->addWidget(extraNote);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    m_tabs->addTab(kafkaPage, WidgetsTr::tr("Kafka security"));
    m_tabs->addTab(makeRegistryPage(), WidgetsTr::tr("Schema Registry"));
    // The tab last looked at opens again (someone setting up registries stays on that tab).
    m_tabs->setCurrentIndex(QSettings().value(QStringLiteral("connection/profileTab"), 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this, [](int index) {
        QSettings().setValue(QStringLiteral("connection/profileTab"), index);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(general);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_keychain);
    layout->addWidget(m_keychainNote);
    m_missingNote->setObjectName(QStringLiteral("profileMissingSecrets"));
    m_missingNote->setWordWrap(true);
    layout->addWidget(m_missingNote);
    layout->addLayout(flags);

    for (QLineEdit* edit :
         {m_name, m_bootstrap, m_username, m_password, m_caFile, m_certFile, m_keyFile,
          m_keyPassword, m_sandboxPrefix, m_registryUrl, m_registryUser, m_registryPassword,
          m_registryCa, m_registryCert, m_registryKey})
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

QWidget* ProfileEditor::makeRegistryPage() {
    auto* page = new QWidget(this);
    auto* intro = new QLabel(
        WidgetsTr::tr("With a Confluent-compatible Schema Registry (Confluent, Apicurio's ccompat "
                      "API, Redpanda, Karapace), Browse shows Avro, Protobuf and JSON Schema "
                      "payloads decoded. Leave the URL empty when the topics hold plain data."),
        page);
    intro->setWordWrap(true);
    intro->setEnabled(false);
    m_registryUrl = new QLineEdit(page);
    m_registryUrl->setObjectName(QStringLiteral("registryUrl"));
    m_registryUrl->setPlaceholderText(
        WidgetsTr::tr("http://localhost:8081 or https://host/apis/ccompat/v7"));
    m_registryUser = new QLineEdit(page);
    m_registryUser->setObjectName(QStringLiteral("registryUser"));
    m_registryUser->setPlaceholderText(WidgetsTr::tr("Only for basic auth"));
    m_registryPassword = new QLineEdit(page);
    m_registryPassword->setObjectName(QStringLiteral("registryPassword"));
    m_registryPassword->setEchoMode(QLineEdit::Password);
    m_registryPassword->setPlaceholderText(WidgetsTr::tr("Not saved; asked for once per session"));
    m_registryTest = new QPushButton(WidgetsTr::tr("&Test"), page);
    m_registryTest->setObjectName(QStringLiteral("registryTest"));
    m_registryTest->setToolTip(
        WidgetsTr::tr("Ask the registry for its subjects with these settings"));
    connect(m_registryTest, &QPushButton::clicked, this, &ProfileEditor::testRegistry);
    m_registryResult = new QLabel(page);
    m_registryResult->setObjectName(QStringLiteral("registryTestResult"));
    m_registryResult->setWordWrap(true);
    m_registryResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(m_registryUrl, 1);
    urlRow->addWidget(m_registryTest);
    form->addRow(WidgetsTr::tr("&URL:"), urlRow);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(urlRow)))
        label->setBuddy(m_registryUrl);
    form->addRow(WidgetsTr::tr("User &name:"), m_registryUser);
    form->addRow(WidgetsTr::tr("Pass&word:"), m_registryPassword);
    auto* tlsBox = new QGroupBox(WidgetsTr::tr("TLS (https:// only)"), page);
    auto* tls = new QFormLayout(tlsBox);
    const QString pem = WidgetsTr::tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)");
    m_registryCa =
        addFileRow(tls, WidgetsTr::tr("CA &file:"), QStringLiteral("registryCaFile"), pem);
    m_registryCert = addFileRow(tls, WidgetsTr::tr("Client c&ertificate:"),
                                QStringLiteral("registryCertFile"), pem);
    m_registryKey =
        addFileRow(tls, WidgetsTr::tr("Client &key:"), QStringLiteral("registryKeyFile"), pem);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(tlsBox);
    layout->addWidget(m_registryResult);
    layout->addStretch(1);
    for (QLineEdit* edit : {m_registryUrl, m_registryUser, m_registryPassword, m_registryCa,
                            m_registryCert, m_registryKey})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            // An answer about other settings would mislead.
            m_registryRunner.cancel();
            m_registryResult->clear();
            m_registryTest->setEnabled(true);
        });
    return page;
}

void ProfileEditor::testRegistry() {
    const ConnectionProfile p = profile();
    QString problem = registryProblem(p.schemaRegistry);
    if (problem.isEmpty() && !p.schemaRegistry.isSet())
        problem = WidgetsTr::tr("Enter the registry's URL first.");
    if (!problem.isEmpty()) {
        m_registryResult->setText(problem);
        Q_EMIT registryTested(false, problem);
        return;
    }
    m_registryResult->setText(WidgetsTr::tr("Asking %1\u2026")
                                  .arg(p.schemaRegistry.url.toDisplayString(QUrl::RemoveUserInfo)));
    m_registryTest->setEnabled(false);
    schema::RegistryOptions options = p.schemaRegistry;
    options.timeoutMs = 8000;
    m_registryRunner.submit(
        [options](const CancelToken&) {
            return schema::SchemaRegistryClient(options).listSubjects();
        },
        [this](Expected<QStringList> subjects) {
            m_registryTest->setEnabled(true);
            QString message;
            if (subjects) {
                QStringList shown = subjects->mid(0, 5);
                message = subjects->isEmpty()
                              ? WidgetsTr::tr("The registry answered: no subjects registered yet.")
                              : WidgetsTr::tr("The registry answered: %n subject(s), e.g. %1.",
                                              nullptr, int(subjects->size()))
                                    .arg(shown.join(QStringLiteral(", ")));
            } else {
                message = WidgetsTr::tr("No answer: %1").arg(subjects.error().message);
            }
            m_registryResult->setText(message);
            Q_EMIT registryTested(subjects.ok(), message);
        });
}

QString ProfileEditor::registryProblem(const schema::RegistryOptions& registry) const {
    const QString urlText = m_registryUrl->text().trimmed();
    if (urlText.isEmpty()) {
        if (!registry.username.isEmpty() || !registry.caFile.isEmpty() ||
            !registry.certFile.isEmpty() || !registry.keyFile.isEmpty())
            return WidgetsTr::tr("Schema Registry: enter its URL, or clear its other fields.");
        return {};
    }
    const QUrl url(urlText, QUrl::StrictMode);
    const bool https = url.scheme() == u"https";
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && !https))
        return WidgetsTr::tr("Schema Registry: \u201c%1\u201d is not an http:// or https:// URL.")
            .arg(urlText);
    if (!url.password().isEmpty())
        return WidgetsTr::tr("Schema Registry: put the user name and password in their fields, "
                             "not in the URL (the URL is saved, the password never is).");
    const bool tlsFiles =
        !registry.caFile.isEmpty() || !registry.certFile.isEmpty() || !registry.keyFile.isEmpty();
    if (tlsFiles && !https)
        return WidgetsTr::tr("Schema Registry: TLS files are only used with an https:// URL.");
    struct TlsFile {
        QString path;
        QString what;
        PemKind kind;
    };
    const TlsFile files[] = {
        {registry.caFile, WidgetsTr::tr("Schema Registry CA file"), PemKind::Certificate},
        {registry.certFile, WidgetsTr::tr("Schema Registry client certificate"),
         PemKind::Certificate},
        {registry.keyFile, WidgetsTr::tr("Schema Registry client key"), PemKind::PrivateKey}};
    for (const auto& [path, what, kind] : files) {
        if (path.isEmpty())
            continue;
        if (!QFileInfo(path).isReadable())
            return WidgetsTr::tr("%1 \u201c%2\u201d cannot be read.").arg(what, path);
        if (const QString pemProblem = pemFileProblem(path, kind, what); !pemProblem.isEmpty())
            return pemProblem;
    }
    if (registry.certFile.isEmpty() != registry.keyFile.isEmpty())
        return WidgetsTr::tr("Schema Registry: a client certificate needs its key, and a key its "
                             "certificate.");
    return {};
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
    const auto& registry = profile.schemaRegistry;
    m_registryUrl->setText(registry.isSet() ? registry.url.toString() : QString());
    m_registryUser->setText(registry.username);
    m_registryPassword->setText(registry.password);
    m_registryCa->setText(registry.caFile);
    m_registryCert->setText(registry.certFile);
    m_registryKey->setText(registry.keyFile);
    m_registryRunner.cancel();
    m_registryResult->clear();
    m_registryTest->setEnabled(true);
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
    const QString registryUrl = m_registryUrl->text().trimmed();
    if (!registryUrl.isEmpty())
        p.schemaRegistry.url = QUrl(registryUrl, QUrl::StrictMode);
    p.schemaRegistry.username = m_registryUser->text().trimmed();
    p.schemaRegistry.password = m_registryPassword->text();
    p.schemaRegistry.caFile = m_registryCa->text().trimmed();
    p.schemaRegistry.certFile = m_registryCert->text().trimmed();
    p.schemaRegistry.keyFile = m_registryKey->text().trimmed();
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
    return registryProblem(p.schemaRegistry);
}

void ProfileEditor::updateSecurityGroups() {
    const auto protocol = kProtocols[std::max(0, m_security->currentIndex())];
    m_saslGroup->setEnabled(protocol == SecurityProtocol::SaslPlaintext ||
                            protocol == SecurityProtocol::SaslSsl);
    m_tlsGroup->setEnabled(protocol == SecurityProtocol::Ssl ||
                           protocol == SecurityProtocol::SaslSsl);
}

} // namespace streamscope
