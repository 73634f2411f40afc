#pragma once

#include <QHash>
#include <QString>

#include <vector>

class QEvent;
class QObject;

namespace streamscope {

// Times every event the GUI thread delivers (outermost deliveries only: a paint event nested in
// an update request counts once, inside its parent), by receiver class and event type, in wall
// time and GUI-thread CPU time. --bench-eventloop prints the slowest deliveries and the costliest
// kinds of event, which names what a stall was spent on instead of just its length.
class EventDeliveryProfiler {
public:
    struct Delivery {
        QString label; // "ThroughputPage MetaCall", "QWidgetWindow UpdateRequest", ...
        double wallMs = 0;
        double cpuMs = 0;
    };
    struct Kind {
        QString label;
        int count = 0;
        double totalCpuMs = 0;
        double maxWallMs = 0;
        double maxCpuMs = 0;
    };

    // "ThroughputPage MetaCall": the receiver's class (a bare QTimer or window with its owner's),
    // its object name and the event type. Taken before delivery: the receiver may delete itself.
    static QString labelOf(const QObject* receiver, const QEvent* event);
    // Called by the application after each outermost delivery on the GUI thread.
    void record(const QString& label, qint64 wallNs, qint64 cpuNs);

    std::vector<Delivery> slowest(int count) const; // by wall time, slowest first
    std::vector<Kind> costliest(int count) const;   // by total CPU time, costliest first
    void clear();

private:
    static constexpr std::size_t kKept = 32;
    std::vector<Delivery> m_slowest; // the kKept slowest so far, unordered
    QHash<QString, Kind> m_kinds;
};

} // namespace streamscope
