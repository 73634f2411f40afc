#include "exporter/ExporterFeed.h"

#include "lag/LagMonitor.h"
#include "session/SessionServices.h"
#include "throughput/ThroughputTracker.h"

#include <cmath>
#include <limits>

namespace streamscope {

ExporterFeed::ExporterFeed(Config config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config)) {
    registerThroughputMetaTypes();
    qRegisterMetaType<LagSnapshotPtr>();
    m_session = std::make_unique<ClusterSession>(m_config.profile);
    m_session->setIntervalMs(m_config.intervalMs);
    // Prometheus keeps the history: a minute in memory is enough and nothing goes to disk.
    m_services = std::make_unique<SessionServices>(*m_session, nullptr,
                                                   SessionHistoryOptions{false, 60000, 60000});

    connect(m_session.get(), &ClusterSession::snapshotUpdated, this,
            [this](const ClusterSnapshot& snapshot) {
                m_offsets = snapshot;
                if (snapshot && !snapshot->clusterId.isEmpty())
                    m_clusterId = snapshot->clusterId;
                scheduleRender();
            });
    connect(m_session.get(), &ClusterSession::stateChanged, this, [this] { scheduleRender(); });
    // Both engines report on their own threads; the context object makes these queued.
    connect(&m_services->throughput(), &ThroughputTracker::updated, this,
            [this](const ThroughputSnapshotPtr& rates) {
                m_throughput = rates;
                scheduleRender();
            });
    connect(&m_services->lag(), &LagMonitor::updated, this, [this](const LagSnapshotPtr& lag) {
        m_lag = lag;
        scheduleRender();
    });

    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(0);
    connect(&m_renderTimer, &QTimer::timeout, this, &ExporterFeed::render);
    m_freshnessTimer.setInterval(1000);
    connect(&m_freshnessTimer, &QTimer::timeout, this, &ExporterFeed::recheckFreshness);
    render(); // up = 0 and the families' headers until the first snapshot
}

ExporterFeed::~ExporterFeed() {
    m_session->stop();
    m_services.reset(); // after the polling thread ended, before the session goes
    m_session.reset();
}

void ExporterFeed::start() {
    m_session->start();
    m_services->start();
    m_freshnessTimer.start();
}

bool ExporterFeed::fresh(qint64 sampledAtMonotonicMs) const {
    return monotonicNowMs() - sampledAtMonotonicMs <= m_config.staleAfterMs;
}

ExporterFeed::Freshness ExporterFeed::freshness() const {
    Freshness f;
    f.offsets = m_offsets && fresh(m_offsets->sampledAtMonotonicMs);
    f.up = f.offsets && m_session->state() == ConnectionState::Connected;
    f.throughput = m_throughput && fresh(m_throughput->sampledAtMonotonicMs);
    f.lag = m_lag && fresh(m_lag->sampledAtMonotonicMs);
    return f;
}

QString ExporterFeed::clusterLabel() const {
    if (!m_config.clusterLabel.isEmpty())
        return m_config.clusterLabel;
    return m_clusterId.isEmpty() ? m_config.profile.bootstrapServers : m_clusterId;
}

void ExporterFeed::scheduleRender() {
    if (!m_renderTimer.isActive())
        m_renderTimer.start();
}

void ExporterFeed::render() {
    const Freshness f = freshness();
    ExporterSample sample;
    sample.cluster = clusterLabel();
    sample.up = f.up;
    if (f.offsets)
        sample.offsets = m_offsets;
    if (f.throughput)
        sample.throughput = m_throughput;
    if (f.lag)
        sample.lag = m_lag;
    m_body = renderClusterMetrics(sample, m_config.filters);
    m_rendered = f;
    Q_EMIT rendered();
}

void ExporterFeed::recheckFreshness() {
    if (freshness() != m_rendered)
        scheduleRender();
}

QByteArray ExporterFeed::scrape() const {
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    ExporterSelfMetrics self;
    self.lastSampleAgeSeconds =
        m_offsets ? static_cast<double>(monotonicNowMs() - m_offsets->sampledAtMonotonicMs) / 1000.0
                  : std::numeric_limits<double>::infinity();
    self.scrapeDurationSeconds =
        m_offsets ? static_cast<double>(m_offsets->sampleDurationMs) / 1000.0 : kNaN;
    self.lagRefreshDurationSeconds =
        m_lag ? static_cast<double>(m_lag->refreshDurationMs) / 1000.0 : kNaN;
    return m_body + renderSelfMetrics(clusterLabel(), self);
}

bool ExporterFeed::up() const {
    return m_rendered.up;
}

bool ExporterFeed::ratesKnown() const {
    return m_rendered.throughput && m_throughput->sequence >= 2;
}

bool ExporterFeed::lagKnown() const {
    return m_rendered.lag;
}

QString ExporterFeed::stateMessage() const {
    return m_session->stateMessage();
}

} // namespace streamscope
