#pragma once

#include "cluster/ConnectionProfile.h"
#include "connection/KeychainSecrets.h"
#include "connection/SessionSecrets.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;

namespace streamscope {

class OverviewPage;
class ClusterPage;
class ClusterSession;
class ConnectionStatusWidget;
class GraphPage;
class HistoryFileWriter;
class PageNavigator;
class SamplingIntervalBox;
class SessionServices;
class BrowsePage;
class ThroughputPage;

// Composition root of the GUI: creates the pages, the status bar and the actions, and owns the
// one ClusterSession the pages look at. Knows no Kafka details and draws no data itself.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Replaces the current session with one for profile, asking for a missing password first.
    // Returns false when the user cancelled the password prompt (the old session stays).
    bool connectTo(ConnectionProfile profile);
    // Opens the connection dialog; true when it led to a new session.
    bool chooseConnection();
    // Stops and drops the session (fast, even with a dead broker).
    void disconnectFromCluster();

    ClusterSession* session() const { return m_session.get(); }
    ConnectionStatusWidget* statusWidget() const { return m_status; }
    SessionServices* services() const { return m_services.get(); }
    // Sampling interval for sessions opened from now on (and the current one); 0 = default.
    // The toolbar's interval box shows it; only the user's choice there is saved in settings.
    void setPollIntervalMs(int ms);
    int pollIntervalMs() const;
    PageNavigator* navigator() const { return m_navigator; }

Q_SIGNALS:
    // Each time a snapshot reached the visible tables.
    void snapshotShown();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void addPage(ClusterPage* page);
    void updateTitleAndFlags();
    void showAbout();
    void saveWindowSettings() const;
    void restoreWindowSettings();

    SessionSecrets m_secrets;
    KeychainSecrets* m_keychain = nullptr; // child of this window
    // Writes the sessions' history files off the GUI thread; outlives each session so switching
    // clusters never waits for the disk, and joins (finishing the last save) when the window goes.
    std::shared_ptr<HistoryFileWriter> m_historyWriter;
    std::unique_ptr<ClusterSession> m_session;
    std::unique_ptr<SessionServices> m_services; // the session's engines; go before the session
    int m_pollIntervalMs = 0;
    PageNavigator* m_navigator = nullptr;
    OverviewPage* m_overview = nullptr;
    ThroughputPage* m_throughput = nullptr;
    GraphPage* m_graph = nullptr;
    BrowsePage* m_browse = nullptr;
    ConnectionStatusWidget* m_status = nullptr;
    QLabel* m_flagsLabel = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_disconnectAction = nullptr;
    SamplingIntervalBox* m_intervalBox = nullptr;
};

} // namespace streamscope
