#pragma once

#include <QIcon>
#include <QWidget>

class QSettings;

namespace streamscope {

class ClusterSession;
class SessionServices;

// One page of the main window's navigation: Overview today; Throughput, Lag, Graph, Browse and
// Replay later. The main window knows pages only through this interface, so adding a view is one
// new class and one addPage() line in MainWindow.
class ClusterPage : public QWidget {
    Q_OBJECT
public:
    explicit ClusterPage(QWidget* parent = nullptr)
        : QWidget(parent) {}

    virtual QString pageTitle() const = 0;
    virtual QIcon pageIcon() const { return {}; }

    // A new session, before it starts (a page may add its SnapshotConsumers now), or nullptr once
    // the old session has stopped. Connections to the session use the page as context object.
    virtual void setSession(ClusterSession* session) = 0;
    // The session's engines (throughput tracker, ...), right after setSession and before the
    // session starts; nullptr right after setSession(nullptr). Same lifetime as the session.
    // Pages that show nothing of them keep the default.
    virtual void setServices(SessionServices* services) { Q_UNUSED(services); }

    // Whether the page is on screen. Pages nobody sees do no work: they keep the latest snapshot
    // and catch up when shown again.
    virtual void setPageActive(bool active) { m_pageActive = active; }
    bool isPageActive() const { return m_pageActive; }

    // Splitter positions, column widths and the like; the settings are already in the page's group.
    virtual void saveSettings(QSettings& settings) const { Q_UNUSED(settings); }
    virtual void restoreSettings(const QSettings& settings) { Q_UNUSED(settings); }

private:
    bool m_pageActive = false;
};

} // namespace streamscope
