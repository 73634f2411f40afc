#include "lag/LagFeed.h"

#include "lag/LagMonitor.h"

namespace streamscope {

LagFeed::LagFeed(QObject* parent)
    : QObject(parent) {}

void LagFeed::follow(LagMonitor* monitor) {
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    // Disconnecting does not recall what is already queued: the generation does.
    const Generation::Tag generation = m_generation.advance();
    m_monitor = monitor;
    if (!monitor)
        return;
    connect(monitor, &LagMonitor::updated, this,
            [this, generation](const LagSnapshotPtr& snapshot) {
                if (m_generation.isCurrent(generation))
                    Q_EMIT updated(snapshot);
            });
}

} // namespace streamscope
