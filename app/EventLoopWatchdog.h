#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace streamscope {

// Measures how long the GUI thread's event loop is kept from running: a precise timer fires every
// intervalMs, and each gap between two firings minus the interval is one "stall" sample (0 when
// the loop was free). A stall over 16 ms is a dropped frame. The stall includes time the thread
// waited for a CPU held by other processes, so each gap also records the CPU time the GUI thread
// itself used in it: a long stall with little CPU is the machine's doing, not the application's.
class EventLoopWatchdog : public QObject {
    Q_OBJECT
public:
    struct Figures {
        double maxStallMs = 0;
        double p99StallMs = 0;
        double meanStallMs = 0;
        qint64 ticks = 0;
        int stallsOver16Ms = 0;
        double maxGapCpuMs = 0; // most GUI-thread CPU time used between two firings
        double p99GapCpuMs = 0;
        int gapsOver16MsCpu = 0;
        double guiCpuShare = 0; // GUI-thread CPU time / wall time while measuring
    };

    explicit EventLoopWatchdog(int intervalMs = 5, QObject* parent = nullptr);

    void start(); // (re)starts and forgets earlier samples
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    Figures figures() const;

private:
    void onTimeout();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    int m_intervalMs;
    qint64 m_lastCpuNs = 0;
    qint64 m_startCpuNs = 0;
    qint64 m_stopCpuNs = -1;
    qint64 m_stopNs = -1;
    std::vector<float> m_stallsMs;
    std::vector<float> m_gapCpuMs; // parallel to m_stallsMs
};

} // namespace streamscope
