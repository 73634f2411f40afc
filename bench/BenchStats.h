#pragma once

// Figures every benchmark prints: median/min/max of repeated timings, elapsed ms, the load.
#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

namespace streamscope::bench {

struct Stats {
    double median = 0;
    double min = 0;
    double max = 0;
    int n = 0;
};

inline Stats statsOf(std::vector<double> v) {
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    s.n = static_cast<int>(v.size());
    s.min = v.front();
    s.max = v.back();
    s.median = v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    return s;
}

inline double msSince(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// "1.2 3.4 5.6" from /proc/loadavg: the machine is shared, so every run records it.
inline QString loadAverage() {
    std::ifstream in("/proc/loadavg");
    std::string one, five, fifteen;
    in >> one >> five >> fifteen;
    return QString::fromStdString(one + ' ' + five + ' ' + fifteen);
}

} // namespace streamscope::bench
