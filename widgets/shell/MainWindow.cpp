#include "shell/MainWindow.h"

#include "browse/BrowseControls.h"
#include "browse/BrowsePage.h"
#include "checks/ChecksPage.h"
#include "cluster/ProfileStore.h"
#include "common/WidgetsTr.h"
#include "connection/ConnectionDialog.h"
#include "connection/PasswordPrompt.h"
#include "graph/GraphPage.h"
#include "lag/LagGroupsPanel.h"
#include "lag/LagPage.h"
#include "overview/OverviewPage.h"
#include "session/ClusterSession.h"
#include "session/SessionServices.h"
#include "shell/ConnectionStatusWidget.h"
#include "shell/PageNavigator.h"
#include "shell/SamplingIntervalBox.h"
#include "streamscope/Version.h"
#include "throughput/HistoryFileWriter.h"
#include "throughput/ThroughputPage.h"
#include "throughput/ThroughputTopicsPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace streamscope {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_keychain(new KeychainSecrets(this))
    , m_historyWriter(std::make_shared<HistoryFileWriter>())
    , m_navigator(new PageNavigator(this))
    , m_overview(new OverviewPage(this))
    , m_throughput(new ThroughputPage(this))
    , m_graph(new GraphPage(this))
    , m_browse(new BrowsePage(this))
    , m_status(new ConnectionStatusWidget(this))
    , m_flagsLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_navigator);

    // The pages, in navigation order. Later views (Lag, Graph, Browse, Replay) are one line
    // each here.
    addPage(m_overview);
    addPage(m_throughput);
    addPage(new LagPage(this));
    addPage(m_browse);
    addPage(m_graph);
    auto* checks = new ChecksPage(this);
    addPage(checks);

    m_flagsLabel->setObjectName(QStringLiteral("profileFlags"));
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_flagsLabel);
    statusBar()->setSizeGripEnabled(true);

    connect(m_status, &ConnectionStatusWidget::retryRequested, this, [this] {
        if (m_session)
            m_session->refreshNow();
    });
    connect(m_overview, &OverviewPage::connectRequested, this, &MainWindow::chooseConnection);
    connect(m_overview, &OverviewPage::snapshotShown, this, &MainWindow::snapshotShown);
    // The graph opens a topic in the browser (its newest 1,000 events) and a group's lag on the
    // Lag page.
    connect(m_graph, &GraphPage::topicActivated, this, [this](const QString& topic) {
        m_navigator->setCurrentPage(m_browse);
        if (m_browse->isBrowsing())
            m_browse->stopBrowse();
        m_browse->controls()->setTopic(topic);
        m_browse->controls()->setStartSpec(QStringLiteral("-1000"));
        m_browse->startBrowse();
    });
    // The browser hands its selection or filtered set to the checks; a finding opens its
    // records in the browser (every partition it has records on, from its first offset there).
    connect(m_browse, &BrowsePage::checkEventsRequested, this,
            [this, checks](std::shared_ptr<MessageStore> store, const std::vector<size_t>& rows,
                           const QString& description) {
                m_navigator->setCurrentPage(checks);
                checks->checkRows(std::move(store), rows, description);
            });
    connect(checks, &ChecksPage::openInBrowseRequested, this,
            [this](const QString& topic, const QString& partitions, const QString& startSpec,
                   const QString& stopSpec) {
                m_navigator->setCurrentPage(m_browse);
                if (m_browse->isBrowsing())
                    m_browse->stopBrowse();
                m_browse->controls()->setTopic(topic);
                m_browse->controls()->setPartitions(partitions);
                m_browse->controls()->setStartSpec(startSpec);
                m_browse->controls()->setStopSpec(stopSpec);
                m_browse->startBrowse();
            });
    connect(m_graph, &GraphPage::groupLagRequested, this, [this](const QString& group) {
        LagPage* lag = m_navigator->page<LagPage>();
        lag->groupsPanel()->selectGroup(group);
        m_navigator->setCurrentPage(lag);
    });

    createActions();
    updateTitleAndFlags();
    restoreWindowSettings();
}

MainWindow::~MainWindow() {
    // Pages hold pointers to the session; stop it and let them forget it before it goes.
    disconnectFromCluster();
}

void MainWindow::addPage(ClusterPage* page) {
    m_navigator->addPage(page);
}

void MainWindow::setPollIntervalMs(int ms) {
    m_pollIntervalMs = ms;
    if (m_intervalBox)
        m_intervalBox->setIntervalMs(ms > 0 ? ms : SamplingIntervalBox::kDefaultIntervalMs);
    if (m_session && ms > 0)
        m_session->setIntervalMs(ms);
}

int MainWindow::pollIntervalMs() const {
    return m_pollIntervalMs > 0 ? m_pollIntervalMs : SamplingIntervalBox::kDefaultIntervalMs;
}

void MainWindow::createActions() {
    auto* connectAction = new QAction(WidgetsTr::tr("&Connect\u2026"), this);
    connectAction->setObjectName(QStringLiteral("connectAction"));
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connectAction->setToolTip(WidgetsTr::tr("Connect to another cluster (Ctrl+K)"));
    connect(connectAction, &QAction::triggered, this, &MainWindow::chooseConnection);

    m_refreshAction = new QAction(WidgetsTr::tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(WidgetsTr::tr("Read the cluster again now"));
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->refreshNow();
    });

    m_disconnectAction = new QAction(WidgetsTr::tr("&Disconnect"), this);
    connect(m_disconnectAction, &QAction::triggered, this, &MainWindow::disconnectFromCluster);

    auto* quitAction = new QAction(WidgetsTr::tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto* aboutAction = new QAction(WidgetsTr::tr("&About Streamscope"), this);
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu* clusterMenu = menuBar()->addMenu(WidgetsTr::tr("&Cluster"));
    clusterMenu->addAction(connectAction);
    clusterMenu->addAction(m_refreshAction);
    clusterMenu->addAction(m_disconnectAction);
    clusterMenu->addSeparator();
    clusterMenu->addAction(quitAction);
    QMenu* helpMenu = menuBar()->addMenu(WidgetsTr::tr("&Help"));
    helpMenu->addAction(aboutAction);

    QToolBar* toolBar = addToolBar(WidgetsTr::tr("Cluster"));
    toolBar->setObjectName(QStringLiteral("clusterToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(connectAction);
    toolBar->addAction(m_refreshAction);
    toolBar->addSeparator();
    auto* intervalLabel = new QLabel(WidgetsTr::tr("Sample"), toolBar);
    intervalLabel->setContentsMargins(6, 0, 4, 0);
    toolBar->addWidget(intervalLabel);
    m_intervalBox = new SamplingIntervalBox(toolBar);
    intervalLabel->setBuddy(m_intervalBox);
    toolBar->addWidget(m_intervalBox);
    connect(m_intervalBox, &SamplingIntervalBox::intervalChosen, this, [this](int ms) {
        setPollIntervalMs(ms);
        QSettings().setValue(QStringLiteral("sampling/intervalMs"), ms);
    });
}

bool MainWindow::connectTo(ConnectionProfile profile) {
    m_secrets.fill(profile);
    if (profile.needsPassword() && profile.keychain)
        m_keychain->fill(profile);
    if (profile.needsPassword()) {
        const bool wasInKeychain = profile.keychain;
        if (!PasswordPrompt::ask(this, profile, m_keychain))
            return false;
        // The prompt's "remember" choice is part of the saved profile (never its secrets).
        if (profile.keychain != wasInKeychain && !profile.name.isEmpty()) {
            ProfileStore store;
            if (store.find(profile.name))
                store.save(profile);
        }
    }
    m_secrets.remember(profile);

    disconnectFromCluster();
    m_session = std::make_unique<ClusterSession>(std::move(profile));
    ClusterSession* session = m_session.get();
    if (m_pollIntervalMs > 0)
        session->setIntervalMs(m_pollIntervalMs);
    // The engines register their snapshot consumers now, before the polling thread starts.
    m_services = std::make_unique<SessionServices>(*session, m_historyWriter);
    connect(session, &ClusterSession::stateChanged, m_status, &ConnectionStatusWidget::setState);
    connect(session, &ClusterSession::snapshotUpdated, m_status,
            [status = m_status](const ClusterSnapshot& snapshot) {
                status->setLastUpdate(snapshot ? snapshot->sampledAt : QDateTime());
            });
    for (ClusterPage* page : m_navigator->pages()) {
        page->setSession(session);
        page->setServices(m_services.get());
    }
    m_status->setState(session->state(),
                       WidgetsTr::tr("Connecting to %1\u2026").arg(session->profile().describe()));
    updateTitleAndFlags();
    session->start();
    m_services->start();
    return true;
}

bool MainWindow::chooseConnection() {
    ProfileStore store;
    ConnectionDialog dialog(store, m_secrets, this, m_keychain);
    if (m_session && !m_session->profile().name.isEmpty())
        dialog.selectProfile(m_session->profile().name);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return connectTo(dialog.chosenProfile());
}

void MainWindow::disconnectFromCluster() {
    if (!m_session)
        return;
    // Order matters: stop the polling thread (consumers registered by pages must outlive it),
    // then let the pages drop their pointers, then delete.
    m_session->stop();
    for (ClusterPage* page : m_navigator->pages()) {
        page->setSession(nullptr);
        page->setServices(nullptr);
    }
    m_services.reset();
    m_session.reset();
    m_status->setDisconnected();
    updateTitleAndFlags();
}

void MainWindow::updateTitleAndFlags() {
    const bool connected = m_session != nullptr;
    m_refreshAction->setEnabled(connected);
    m_disconnectAction->setEnabled(connected);
    if (!connected) {
        setWindowTitle(WidgetsTr::tr("Streamscope"));
        m_flagsLabel->clear();
        m_flagsLabel->hide();
        return;
    }
    const ConnectionProfile& profile = m_session->profile();
    const QString cluster = profile.name.isEmpty() ? profile.bootstrapServers : profile.name;
    setWindowTitle(WidgetsTr::tr("%1 \u2014 Streamscope").arg(cluster));
    QStringList flags;
    if (profile.readOnly)
        flags.append(WidgetsTr::tr("READ-ONLY"));
    if (profile.sandbox)
        flags.append(WidgetsTr::tr("SANDBOX"));
    flags.append(securityProtocolName(profile.security));
    m_flagsLabel->setText(flags.join(QStringLiteral("  \u00b7  ")));
    m_flagsLabel->setToolTip(
        profile.readOnly ? WidgetsTr::tr("Read-only profile: nothing writes to this cluster "
                                         "without asking")
                         : WidgetsTr::tr("Writable profile"));
    m_flagsLabel->show();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, WidgetsTr::tr("About Streamscope"),
        WidgetsTr::tr("<h3>Streamscope %1</h3><p>Live Kafka streams, lag, service graph and "
                      "replay for your desktop.</p><p>Built with Qt %2.</p>")
            .arg(QString::fromLatin1(kVersion), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveWindowSettings();
    // Stop now rather than in the destructor: the window disappears only after a quick stop,
    // and nothing paints a half-dead session.
    disconnectFromCluster();
    event->accept();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::WindowStateChange)
        m_navigator->setWindowVisible(!isMinimized());
    QMainWindow::changeEvent(event);
}

void MainWindow::saveWindowSettings() const {
    QSettings settings;
    settings.beginGroup(QStringLiteral("mainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.endGroup();
    for (const ClusterPage* page : m_navigator->pages()) {
        settings.beginGroup(QStringLiteral("pages/") + page->objectName());
        page->saveSettings(settings);
        settings.endGroup();
    }
}

void MainWindow::restoreWindowSettings() {
    QSettings settings;
    if (const int ms = settings.value(QStringLiteral("sampling/intervalMs"), 0).toInt(); ms > 0)
        setPollIntervalMs(ms);
    settings.beginGroup(QStringLiteral("mainWindow"));
    const bool restored = restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    settings.endGroup();
    for (ClusterPage* page : m_navigator->pages()) {
        settings.beginGroup(QStringLiteral("pages/") + page->objectName());
        page->restoreSettings(settings);
        settings.endGroup();
    }
    if (!restored) {
        // First start: most of the screen, centred.
        const QRect screen = QGuiApplication::primaryScreen()
                                 ? QGuiApplication::primaryScreen()->availableGeometry()
                                 : QRect(0, 0, 1400, 900);
        const QSize size(std::min(1320, screen.width() - 40), std::min(840, screen.height() - 40));
        resize(size);
        move(screen.center() - rect().center());
    }
}

} // namespace streamscope
