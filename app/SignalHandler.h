#pragma once

#include <QObject>

class QSocketNotifier;

namespace streamscope {

// Turns SIGTERM, SIGINT and SIGHUP (kill, a terminal's Ctrl-C, a logout) into a normal quit, so
// the window closes through its usual path and the throughput history is saved instead of lost.
//
// The classic self-pipe: the signal handler only writes the signal number into one end of a
// socket pair (write() is async-signal-safe, Qt is not); a QSocketNotifier on the other end
// emits quitRequested() on the GUI thread. The handlers are installed with SA_RESETHAND, so a
// second Ctrl-C while a quit hangs ends the process the hard way, as users expect.
//
// One instance per process (the handler writes to a file-static descriptor); GUI thread only.
class SignalHandler : public QObject {
    Q_OBJECT
public:
    explicit SignalHandler(QObject* parent = nullptr);
    ~SignalHandler() override;
    SignalHandler(const SignalHandler&) = delete;
    SignalHandler& operator=(const SignalHandler&) = delete;

    // False (and a warning on stderr) when the socket pair or a handler could not be set up; the
    // app then runs with the default dispositions.
    bool install();

Q_SIGNALS:
    void quitRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace streamscope
