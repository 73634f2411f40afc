#pragma once

#include <QtGlobal>

#include <ctime>

namespace streamscope {

// CPU time the calling thread has used, in ns (0 where the clock is missing). Unlike wall time
// it excludes the time the thread waited for a core, which separates an application's own work
// from a busy machine.
inline qint64 threadCpuNs() {
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
        return 0;
    return static_cast<qint64>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

} // namespace streamscope
