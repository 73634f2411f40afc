#include "EventDeliveryProfiler.h"

#include <QEvent>
#include <QMetaEnum>
#include <QObject>

#include <algorithm>

namespace streamscope {

QString EventDeliveryProfiler::labelOf(const QObject* receiver, const QEvent* event) {
    static const QMetaEnum types = QMetaEnum::fromType<QEvent::Type>();
    const char* typeName = types.valueToKey(event->type());
    QString label = QString::fromLatin1(receiver->metaObject()->className());
    // A bare QTimer or window says little; its owner says whose work it was.
    if (const QObject* owner = receiver->parent();
        owner && (label == QLatin1String("QTimer") || label == QLatin1String("QWidgetWindow")))
        label += QLatin1Char('<') + QString::fromLatin1(owner->metaObject()->className()) +
                 QLatin1Char('>');
    if (!receiver->objectName().isEmpty())
        label += QLatin1Char('#') + receiver->objectName();
    label += QLatin1Char(' ');
    label += typeName ? QString::fromLatin1(typeName) : QString::number(event->type());
    return label;
}

void EventDeliveryProfiler::record(const QString& label, qint64 wallNs, qint64 cpuNs) {
    const double wallMs = static_cast<double>(wallNs) / 1e6;
    const double cpuMs = static_cast<double>(cpuNs) / 1e6;
    Kind& kind = m_kinds[label];
    kind.label = label;
    ++kind.count;
    kind.totalCpuMs += cpuMs;
    kind.maxWallMs = std::max(kind.maxWallMs, wallMs);
    kind.maxCpuMs = std::max(kind.maxCpuMs, cpuMs);
    if (m_slowest.size() < kKept) {
        m_slowest.push_back({label, wallMs, cpuMs});
        return;
    }
    auto fastest =
        std::min_element(m_slowest.begin(), m_slowest.end(),
                         [](const Delivery& a, const Delivery& b) { return a.wallMs < b.wallMs; });
    if (fastest->wallMs < wallMs)
        *fastest = {label, wallMs, cpuMs};
}

std::vector<EventDeliveryProfiler::Delivery> EventDeliveryProfiler::slowest(int count) const {
    std::vector<Delivery> sorted = m_slowest;
    std::sort(sorted.begin(), sorted.end(),
              [](const Delivery& a, const Delivery& b) { return a.wallMs > b.wallMs; });
    sorted.resize(std::min(sorted.size(), static_cast<std::size_t>(std::max(0, count))));
    return sorted;
}

std::vector<EventDeliveryProfiler::Kind> EventDeliveryProfiler::costliest(int count) const {
    std::vector<Kind> kinds(m_kinds.begin(), m_kinds.end());
    std::sort(kinds.begin(), kinds.end(),
              [](const Kind& a, const Kind& b) { return a.totalCpuMs > b.totalCpuMs; });
    kinds.resize(std::min(kinds.size(), static_cast<std::size_t>(std::max(0, count))));
    return kinds;
}

void EventDeliveryProfiler::clear() {
    m_slowest.clear();
    m_kinds.clear();
}

} // namespace streamscope
