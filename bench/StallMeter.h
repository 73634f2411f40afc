#pragma once

// How long the GUI thread's event loop did not turn, for the offscreen page benchmarks
// (BrowseUiStall, LagUiStall). A 5 ms precise timer records every gap between its firings minus
// 5 ms (the stall a user would feel, including time the thread waited for a core on a shared
// machine) and the GUI thread's own CPU time within that gap (work the page did).
#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

namespace streamscope::bench {

inline double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

// Runs the event loop for ms milliseconds, sleeping while there is nothing to do. (A
// processEvents() loop would spin: it returns at once when no event is pending, and the spinning
// shows up as GUI-thread CPU and takes a core from the engine threads.)
inline void runEventLoopFor(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until done() holds, checked every 10 ms, or timeoutMs passed.
inline void runEventLoopUntil(const std::function<bool()>& done, int timeoutMs) {
    if (done())
        return;
    QEventLoop loop;
    QTimer check;
    check.setInterval(10);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
}

class StallMeter : public QObject {
public:
    static constexpr int kTickMs = 5;

    struct Result {
        QString phase;
        double tookMs = 0;
        double worstWallMs = 0;      // the longest stall
        double cpuOfWorstWallMs = 0; // the GUI thread's CPU time within that stall
        double worstCpuMs = 0;       // the most CPU the GUI thread used within one gap
        double p99WallMs = 0;        // 99th percentile of the stalls
        double guiCpuMs = 0;         // GUI thread CPU over the whole phase
        int over16 = 0;              // stalls longer than one frame (16 ms)
        int gaps = 0;
    };

    StallMeter() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
    }

    void start(const QString& phase) {
        m_result = Result{};
        m_result.phase = phase;
        m_walls.clear();
        m_phaseClock.start();
        m_clock.start();
        m_phaseCpu = m_lastCpu = threadCpuMs();
        m_timer.start();
    }

    Result stop() {
        m_timer.stop();
        m_result.tookMs = double(m_phaseClock.nsecsElapsed()) / 1e6;
        m_result.guiCpuMs = threadCpuMs() - m_phaseCpu;
        m_result.gaps = int(m_walls.size());
        if (!m_walls.empty()) {
            std::sort(m_walls.begin(), m_walls.end());
            m_result.p99WallMs = m_walls[std::min(m_walls.size() - 1, m_walls.size() * 99 / 100)];
        }
        return m_result;
    }

private:
    void tick() {
        const double wall = double(m_clock.nsecsElapsed()) / 1e6 - kTickMs;
        const double cpuNow = threadCpuMs();
        const double cpu = cpuNow - m_lastCpu;
        m_clock.restart();
        m_lastCpu = cpuNow;
        m_walls.push_back(wall);
        if (wall > m_result.worstWallMs) {
            m_result.worstWallMs = wall;
            m_result.cpuOfWorstWallMs = cpu;
        }
        m_result.worstCpuMs = std::max(m_result.worstCpuMs, cpu);
        if (wall > 16)
            ++m_result.over16;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_phaseClock;
    double m_lastCpu = 0;
    double m_phaseCpu = 0;
    std::vector<double> m_walls;
    Result m_result;
};

} // namespace streamscope::bench
