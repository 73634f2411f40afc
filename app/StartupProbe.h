#pragma once

#include "CommandLine.h"

#include <QElapsedTimer>
#include <QObject>

namespace streamscope {

class MainWindow;

// The automation flags of the GUI: --screenshot (grab the window once the first snapshot is on
// screen, or after 8 s, then quit), --quit-after, and --bench-startup (print startup_ms,
// connected_ms and rss_mb, then quit). Does nothing when none of them is given.
class StartupProbe : public QObject {
    Q_OBJECT
public:
    // processClock was started first thing in main().
    StartupProbe(MainWindow& window, const GuiOptions& options, QElapsedTimer processClock,
                 QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onSnapshotShown();
    void takeScreenshot();
    void printBenchAndQuit();

    MainWindow& m_window;
    GuiOptions m_options;
    QElapsedTimer m_processClock;
    qint64 m_startupMs = -1;
    qint64 m_connectedMs = -1;
    bool m_screenshotDone = false;
    bool m_benchScheduled = false;
};

// Resident set size of this process in MiB, from /proc/self/status; -1 where unavailable.
double residentMemoryMb();

} // namespace streamscope
