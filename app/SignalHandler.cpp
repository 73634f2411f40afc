#include "SignalHandler.h"

#include <QSocketNotifier>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace streamscope {

namespace {

constexpr std::array kQuitSignals{SIGTERM, SIGINT, SIGHUP};

// [0] is written by the handler, [1] read by the notifier. -1 while not installed.
int g_signalFds[2] = {-1, -1};
// The signals whose handler install() set (ignored ones are left alone), as bit 1 << signal.
unsigned long g_installed = 0;

extern "C" void onQuitSignal(int signalNumber) {
    const int savedErrno = errno; // the interrupted code may be reading errno
    const auto byte = static_cast<unsigned char>(signalNumber);
    // Non-blocking: if the pipe is somehow full, a quit byte is already waiting there.
    [[maybe_unused]] const ssize_t written = ::write(g_signalFds[0], &byte, 1);
    errno = savedErrno;
}

} // namespace

SignalHandler::SignalHandler(QObject* parent)
    : QObject(parent) {}

SignalHandler::~SignalHandler() {
    if (g_signalFds[0] < 0)
        return;
    // Back to the defaults before the descriptors go, so a late signal never writes to a
    // closed (or reused) descriptor.
    for (int signalNumber : kQuitSignals)
        if (g_installed & (1UL << signalNumber))
            std::signal(signalNumber, SIG_DFL);
    g_installed = 0;
    // The notifier must stop watching before its descriptor is closed (it is a child of this
    // object, but the parent would delete it only after the close below).
    delete m_notifier;
    m_notifier = nullptr;
    ::close(g_signalFds[0]);
    ::close(g_signalFds[1]);
    g_signalFds[0] = g_signalFds[1] = -1;
}

bool SignalHandler::install() {
    if (g_signalFds[0] >= 0)
        return true;
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        std::fprintf(stderr, "streamscope: cannot handle quit signals: socketpair: %s\n",
                     std::strerror(errno));
        return false;
    }
    ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);
    g_signalFds[0] = fds[0];
    g_signalFds[1] = fds[1];
    m_notifier = new QSocketNotifier(fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalHandler::readSignal);

    struct sigaction action = {};
    action.sa_handler = onQuitSignal;
    sigemptyset(&action.sa_mask);
    // SA_RESTART: system calls of other threads are not failed with EINTR by a quit request.
    // SA_RESETHAND: the second signal gets the default action, so a hung quit can be forced.
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    bool ok = true;
    for (int signalNumber : kQuitSignals) {
        // A signal ignored by whoever started us (nohup, a background job) stays ignored.
        struct sigaction previous = {};
        if (::sigaction(signalNumber, nullptr, &previous) == 0 && previous.sa_handler == SIG_IGN)
            continue;
        if (::sigaction(signalNumber, &action, nullptr) != 0) {
            std::fprintf(stderr, "streamscope: cannot handle signal %d: %s\n", signalNumber,
                         std::strerror(errno));
            ok = false;
            continue;
        }
        g_installed |= 1UL << signalNumber;
    }
    return ok;
}

void SignalHandler::readSignal() {
    unsigned char byte = 0;
    if (::read(g_signalFds[1], &byte, 1) != 1)
        return;
    Q_EMIT quitRequested(byte);
}

} // namespace streamscope
