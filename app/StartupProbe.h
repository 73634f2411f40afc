#pragma once

#include "CommandLine.h"
#include "EventDeliveryProfiler.h"
#include "EventLoopWatchdog.h"

#include <QElapsedTimer>
#include <QObject>

namespace streamscope {

class MainWindow;

// The automation flags of the GUI: --page (open a page), --interval, --chart-top (chart the N
// busiest topics), --screenshot (grab the window once the first data is on screen plus
// --screenshot-delay, or after 8 s, then quit), --quit-after, --bench-startup (print startup_ms,
// connected_ms and rss_mb, then quit) and --bench-eventloop (on the Throughput page with charts,
// print the worst event-loop stalls over S seconds of 1 s sampling, then quit). Does nothing when
// none of them is given.
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
    void startBrowse(); // --browse-topic, --check-topic: once, after the first snapshot
    void onRatesShown();
    void takeScreenshot();
    void printBenchAndQuit();
    void startEventLoopMeasurement();
    void printEventLoopAndQuit();

    MainWindow& m_window;
    GuiOptions m_options;
    QElapsedTimer m_processClock;
    qint64 m_startupMs = -1;
    qint64 m_connectedMs = -1;
    bool m_screenshotDone = false;
    bool m_browseStarted = false;
    bool m_screenshotScheduled = false;
    bool m_benchScheduled = false;
    bool m_chartTopDone = false;
    // --bench-eventloop
    EventLoopWatchdog m_watchdog;
    EventLoopWatchdog::Figures m_warmup;
    EventDeliveryProfiler m_eventProfiler;
    bool m_measuring = false;
    int m_ratesDuringMeasurement = 0;
    int m_replotsAtStart = 0;
};

// Resident set size of this process in MiB, from /proc/self/status; -1 where unavailable.
double residentMemoryMb();

} // namespace streamscope
