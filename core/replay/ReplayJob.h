#pragma once

#include "replay/ReplayEngine.h"

#include <QObject>

#include <thread>

namespace streamscope {

// One replay on its own thread (below the GUI's priority), for the GUI: pause, resume, cancel and
// progress() from the GUI thread (a status-bar widget polls it on a timer, never one signal per
// record); finished() arrives once, queued to the job's thread, with the final report.
//
// Threading: construct, start and destroy on one thread. The destructor cancels and joins (the
// open transaction is aborted first, so this can take up to the transaction call's timeout when
// the broker is gone).
class ReplayJob : public QObject {
    Q_OBJECT
public:
    ReplayJob(ReplaySource source, ReplayOptions options, QObject* parent = nullptr);
    ~ReplayJob() override;

    void start();
    void pause() { m_control.pause(); }
    void resume() { m_control.resume(); }
    void cancel() { m_control.cancel(); }
    bool isPaused() const { return m_control.isPaused(); }
    bool isRunning() const { return m_running.load(); }
    ReplayProgress progress() const { return m_control.progress(); }
    const ReplaySource& source() const { return m_source; }
    const ReplayOptions& options() const { return m_options; }

Q_SIGNALS:
    void finished(const streamscope::ReplayReport& report);

private:
    ReplaySource m_source;
    ReplayOptions m_options;
    ReplayControl m_control;
    std::atomic_bool m_running{false};
    std::thread m_thread;
};

} // namespace streamscope
