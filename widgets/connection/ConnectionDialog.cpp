#include "connection/ConnectionDialog.h"

#include "cluster/ProfileStore.h"
#include "common/SplitterSetup.h"
#include "common/WidgetsTr.h"
#include "connection/KeychainSecrets.h"
#include "connection/ProfileEditor.h"
#include "connection/SessionSecrets.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace streamscope {

ConnectionDialog::ConnectionDialog(ProfileStore& store, SessionSecrets& secrets, QWidget* parent,
                                   KeychainSecrets* keychain)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_keychain(keychain)
    , m_list(new QListWidget(this))
    , m_editor(new ProfileEditor(this))
    , m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(WidgetsTr::tr("Connect to a Kafka Cluster"));

    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setMinimumWidth(200);
    m_list->setSpacing(2);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    auto* newButton = new QPushButton(WidgetsTr::tr("&New"), this);
    newButton->setObjectName(QStringLiteral("newProfileButton"));
    m_duplicateButton = new QPushButton(WidgetsTr::tr("D&uplicate"), this);
    m_deleteButton = new QPushButton(WidgetsTr::tr("&Delete"), this);
    auto* importButton = new QPushButton(WidgetsTr::tr("&Import\u2026"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setToolTip(
        WidgetsTr::tr("Create a profile from a Java client.properties or a kcat config file"));

    m_problem->setObjectName(QStringLiteral("profileProblem"));
    m_problem->setWordWrap(true);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problem->setPalette(problemPalette);

    auto* buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    m_connectButton = buttons->addButton(WidgetsTr::tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveCurrent(); });
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectionDialog::connectToCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(newButton, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ConnectionDialog::duplicateProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(importButton, &QPushButton::clicked, this, &ConnectionDialog::chooseImportFile);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionDialog::showEntry);
    connect(m_editor, &ProfileEditor::edited, this, &ConnectionDialog::onEdited);

    auto* listButtons = new QGridLayout;
    listButtons->addWidget(newButton, 0, 0);
    listButtons->addWidget(m_duplicateButton, 0, 1);
    listButtons->addWidget(m_deleteButton, 1, 0);
    listButtons->addWidget(importButton, 1, 1);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* listTitle = new QLabel(WidgetsTr::tr("Profiles"), left);
    QFont bold = listTitle->font();
    bold.setBold(true);
    listTitle->setFont(bold);
    leftLayout->addWidget(listTitle);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_editor, 1);

    auto* splitter = new QSplitter(this);
    addSplitterPanes(splitter, {{left, 0}, {right, 1}});

    auto* layout = new QVBoxLayout(this);
    if (!m_store.problem().isEmpty()) {
        // Said once, above everything: the list below may be missing profiles because of it.
        auto* settingsProblem = new QLabel(m_store.problem(), this);
        settingsProblem->setObjectName(QStringLiteral("settingsProblem"));
        settingsProblem->setWordWrap(true);
        settingsProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
        settingsProblem->setPalette(problemPalette);
        layout->addWidget(settingsProblem);
    }
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(860, 640);

    if (m_keychain)
        m_editor->setKeychain(m_keychain);
    loadProfiles();
}

void ConnectionDialog::loadProfiles() {
    for (ConnectionProfile profile : m_store.profiles()) {
        m_secrets.fill(profile);
        m_entries.append({profile, profile.name, false});
        m_list->addItem(QString());
        refreshListItem(static_cast<int>(m_entries.size()) - 1);
    }
    if (m_entries.isEmpty()) {
        // A first start: offer the most likely cluster rather than an empty form.
        ConnectionProfile local;
        local.name = WidgetsTr::tr("Local");
        local.bootstrapServers = QStringLiteral("localhost:9092");
        addEntry(local, true);
        return;
    }
    selectProfile(m_store.lastUsed());
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
}

void ConnectionDialog::selectProfile(const QString& name) {
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].profile.name == name) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void ConnectionDialog::addEntry(const ConnectionProfile& profile, bool modified) {
    m_entries.append({profile, QString(), modified});
    m_list->addItem(QString());
    const int row = static_cast<int>(m_entries.size()) - 1;
    refreshListItem(row);
    m_list->setCurrentRow(row);
}

void ConnectionDialog::showEntry(int row) {
    m_current = row;
    if (row >= 0 && row < m_entries.size())
        m_editor->setProfile(m_entries[row].profile);
    m_editor->setEnabled(row >= 0);
    updateButtons();
}

void ConnectionDialog::onEdited() {
    if (m_current < 0 || m_current >= m_entries.size())
        return;
    m_entries[m_current].profile = m_editor->profile();
    m_entries[m_current].modified = true;
    refreshListItem(m_current);
    updateButtons();
}

void ConnectionDialog::refreshListItem(int row) {
    const Entry& entry = m_entries[row];
    QListWidgetItem* item = m_list->item(row);
    const QString name =
        entry.profile.name.isEmpty() ? WidgetsTr::tr("(unnamed)") : entry.profile.name;
    QStringList flags;
    if (entry.profile.readOnly)
        flags.append(WidgetsTr::tr("read-only"));
    if (entry.profile.sandbox)
        flags.append(WidgetsTr::tr("sandbox"));
    QString second = entry.profile.bootstrapServers;
    if (!flags.isEmpty())
        second += QStringLiteral(" \u00b7 ") + flags.join(QStringLiteral(", "));
    item->setText(name + (entry.modified ? QStringLiteral(" *") : QString()) + QLatin1Char('\n') +
                  second);
    item->setToolTip(entry.profile.describe());
}

void ConnectionDialog::updateButtons() {
    const bool haveEntry = m_current >= 0 && m_current < m_entries.size();
    const QString problem = haveEntry ? m_editor->problem() : WidgetsTr::tr("Create a profile.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (haveEntry && problem.isEmpty()) {
        // A second profile with the same name would silently replace the first on save.
        for (int row = 0; row < m_entries.size(); ++row) {
            if (row != m_current &&
                m_entries[row].profile.name == m_entries[m_current].profile.name) {
                m_problem->setText(
                    WidgetsTr::tr("Another profile is already called \u201c%1\u201d.")
                        .arg(m_entries[m_current].profile.name));
                m_problem->show();
                break;
            }
        }
    }
    const bool usable = haveEntry && m_problem->isHidden();
    m_saveButton->setEnabled(usable && m_entries[m_current].modified);
    m_connectButton->setEnabled(usable);
    m_duplicateButton->setEnabled(haveEntry);
    m_deleteButton->setEnabled(haveEntry);
}

QString ConnectionDialog::uniqueName(const QString& base) const {
    auto taken = [this](const QString& name) {
        for (const auto& entry : m_entries)
            if (entry.profile.name == name)
                return true;
        return false;
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

bool ConnectionDialog::saveCurrent() {
    updateButtons();
    if (m_current < 0 || !m_problem->isHidden())
        return false;
    Entry& entry = m_entries[m_current];
    entry.profile = m_editor->profile();
    if (!entry.savedName.isEmpty() && entry.savedName != entry.profile.name)
        m_store.remove(entry.savedName); // renamed
    m_store.save(entry.profile);         // the store drops the secrets
    m_secrets.forget(entry.savedName);
    m_secrets.remember(entry.profile);
    if (m_keychain) {
        if (!entry.savedName.isEmpty() && entry.savedName != entry.profile.name)
            m_keychain->erase(entry.savedName);
        if (entry.profile.keychain)
            m_keychain->store(entry.profile);
        else
            m_keychain->erase(entry.profile.name);
    }
    entry.savedName = entry.profile.name;
    entry.modified = false;
    refreshListItem(m_current);
    updateButtons();
    return true;
}

void ConnectionDialog::newProfile() {
    ConnectionProfile profile;
    profile.name = uniqueName(WidgetsTr::tr("New cluster"));
    profile.bootstrapServers = QStringLiteral("localhost:9092");
    addEntry(profile, true);
    m_editor->setFocus();
}

void ConnectionDialog::duplicateProfile() {
    if (m_current < 0)
        return;
    ConnectionProfile copy = m_entries[m_current].profile;
    copy.name = uniqueName(WidgetsTr::tr("%1 copy").arg(copy.name));
    addEntry(copy, true);
}

void ConnectionDialog::deleteProfile() {
    if (m_current < 0)
        return;
    const Entry entry = m_entries[m_current];
    if (!entry.savedName.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, WidgetsTr::tr("Delete Profile"),
            WidgetsTr::tr("Delete the profile \u201c%1\u201d?").arg(entry.savedName));
        if (answer != QMessageBox::Yes)
            return;
        m_store.remove(entry.savedName);
        m_secrets.forget(entry.savedName);
        if (m_keychain)
            m_keychain->erase(entry.savedName);
    }
    const int row = m_current;
    m_entries.removeAt(row);
    m_current = -1;
    delete m_list->takeItem(row);
    showEntry(m_list->currentRow());
}

void ConnectionDialog::chooseImportFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, WidgetsTr::tr("Import Client Configuration"), QString(),
        WidgetsTr::tr("Client configuration (*.properties *.conf *.config *.cfg);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool ConnectionDialog::importFile(const QString& path) {
    auto imported = importClientConfigFile(path);
    if (!imported) {
        QMessageBox::warning(this, WidgetsTr::tr("Import Failed"), imported.error().message);
        return false;
    }
    ConnectionProfile profile = imported->profile;
    profile.name = uniqueName(QFileInfo(path).completeBaseName());
    addEntry(profile, true);
    if (!imported->warnings.isEmpty()) {
        QMessageBox::information(
            this, WidgetsTr::tr("Imported with Warnings"),
            WidgetsTr::tr("Some settings of %1 could not be carried over:\n\n%2")
                .arg(QFileInfo(path).fileName(), imported->warnings.join(QLatin1Char('\n'))));
    }
    return true;
}

void ConnectionDialog::connectToCurrent() {
    // Connect saves the profile before the connection is tried, failed or not: what is written
    // holds no secret (the store keeps only allow-listed settings), and a user who mistyped a
    // host expects to come back to the profile as typed, not to retype it.
    if (!saveCurrent())
        return; // the problem label says why
    m_chosen = m_entries[m_current].profile;
    m_store.setLastUsed(m_chosen.name);
    accept();
}

} // namespace streamscope
