#include "common/ThreadPriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace streamscope {

namespace {
thread_local bool t_lowered = false;
} // namespace

void lowerCurrentThreadPriority() {
    if (t_lowered)
        return;
    t_lowered = true;
#ifdef Q_OS_LINUX
    // On Linux the nice value belongs to the thread (a task), not the process: this leaves the
    // GUI thread alone. Raising nice needs no privilege.
    const id_t tid = static_cast<id_t>(gettid());
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, tid);
    if (errno != 0)
        return;
    if (setpriority(PRIO_PROCESS, tid, current + kBackgroundNiceIncrement) != 0)
        qDebug("streamscope: could not lower the priority of thread %d", static_cast<int>(tid));
#endif
}

int currentThreadNice() {
#ifdef Q_OS_LINUX
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
    return errno == 0 ? nice : 0;
#else
    return 0;
#endif
}

} // namespace streamscope
