#pragma once

#include "cluster/ConnectionProfile.h"

#include <QDialog>
#include <QList>

class QLabel;
class QListWidget;
class QPushButton;

namespace streamscope {

class ProfileEditor;
class ProfileStore;
class SessionSecrets;
class KeychainSecrets;

// Pick, edit, import and save connection profiles, then connect. Profiles are saved without
// their secrets; what is typed into password fields is remembered for this session only.
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    // keychain: where profiles marked "remember in the system keychain" keep their secrets
    // (saving such a profile stores them, unmarking or deleting it removes them); may be null.
    ConnectionDialog(ProfileStore& store, SessionSecrets& secrets, QWidget* parent = nullptr,
                     KeychainSecrets* keychain = nullptr);

    // After accept(): the profile to connect to, secrets included.
    ConnectionProfile chosenProfile() const { return m_chosen; }
    // Import a client.properties / kcat file as a new, unsaved profile; false with a message box
    // on failure. Public so tests and drag-and-drop can use it without a file dialog.
    bool importFile(const QString& path);
    void selectProfile(const QString& name);

private:
    struct Entry {
        ConnectionProfile profile;
        QString savedName; // name in the store; empty for a profile not saved yet
        bool modified = false;
    };

    void loadProfiles();
    void addEntry(const ConnectionProfile& profile, bool modified);
    void showEntry(int row);
    void onEdited();
    void refreshListItem(int row);
    void updateButtons();
    QString uniqueName(const QString& base) const;
    bool saveCurrent();

    void newProfile();
    void duplicateProfile();
    void deleteProfile();
    void chooseImportFile();
    void connectToCurrent();

    ProfileStore& m_store;
    SessionSecrets& m_secrets;
    KeychainSecrets* m_keychain = nullptr;
    QList<Entry> m_entries;
    int m_current = -1;
    QListWidget* m_list = nullptr;
    ProfileEditor* m_editor = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_duplicateButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_connectButton = nullptr;
    ConnectionProfile m_chosen;
};

} // namespace streamscope
