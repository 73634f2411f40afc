#pragma once

// Which events cost the GUI thread the most, for the offscreen page benchmarks: a QApplication
// whose notify() measures the thread CPU time of every outermost event (nested sends count in
// their outermost event) and prints those above a threshold, with the receiver and event type.
// A StallMeter gap over 16 ms is then read as the list of events the log printed in that gap.
// perf says which functions cost; this says which event-loop turn they ran in.
#include "StallMeter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMetaEnum>
#include <QTextStream>

#include <cstdio>

namespace streamscope::bench {

class EventCostApplication : public QApplication {
public:
    using QApplication::QApplication;

    // Events costing at least ms of GUI-thread CPU are printed to stderr; <= 0: off.
    void setLogThresholdMs(double ms) {
        m_thresholdMs = ms;
        m_clock.start();
    }

    bool notify(QObject* receiver, QEvent* event) override {
        if (m_thresholdMs <= 0)
            return QApplication::notify(receiver, event);
        if (m_depth > 0) {
            // Paints and layouts inside an outermost event: which widgets the time went to.
            const bool tracked =
                event->type() == QEvent::Paint || event->type() == QEvent::LayoutRequest;
            const QString what =
                tracked ? QString::fromLatin1(
                              QMetaEnum::fromType<QEvent::Type>().valueToKey(event->type())) +
                              QLatin1Char(' ') + describe(receiver)
                        : QString();
            const double cpu0 = tracked ? threadCpuMs() : 0;
            ++m_depth;
            const bool done = QApplication::notify(receiver, event);
            --m_depth;
            if (tracked) {
                const double cpu = threadCpuMs() - cpu0;
                if (cpu >= 0.15)
                    m_nested += QStringLiteral("    %1 ms %2\n").arg(cpu, 0, 'f', 1).arg(what);
            }
            return done;
        }
        m_nested.clear();
        const int type = event->type(); // the event may be gone after delivery
        const QString receiverName = describe(receiver);
        const double cpu0 = threadCpuMs();
        ++m_depth;
        const bool done = QApplication::notify(receiver, event);
        --m_depth;
        const double cpu = threadCpuMs() - cpu0;
        if (cpu >= m_thresholdMs) {
            QTextStream err(stderr);
            err << QStringLiteral("event %1 ms at %2 ms: %3 to %4\n")
                       .arg(cpu, 0, 'f', 1)
                       .arg(m_clock.elapsed())
                       .arg(QString::fromLatin1(
                           QMetaEnum::fromType<QEvent::Type>().valueToKey(type)))
                       .arg(receiverName)
                << m_nested;
        }
        return done;
    }

private:
    static QString describe(QObject* receiver) {
        if (!receiver)
            return QStringLiteral("(none)");
        const QString name = receiver->objectName();
        const QString className = QString::fromLatin1(receiver->metaObject()->className());
        return name.isEmpty() ? className : className + QLatin1Char(' ') + name;
    }

    double m_thresholdMs = 0;
    int m_depth = 0;
    QString m_nested; // nested paints and layouts of the current outermost event
    QElapsedTimer m_clock;
};

} // namespace streamscope::bench
