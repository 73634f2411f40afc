#pragma once

#include "cluster/ConnectionProfile.h"
#include "exporter/MetricsRenderer.h"
#include "session/ClusterSession.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <memory>

namespace streamscope {

class SessionServices;

// The headless half of `streamscope-cli serve`: one ClusterSession with its SessionServices
// (throughput tracker, lag monitor), the newest snapshot of each, and the metrics rendered
// from them. Rendering happens when a snapshot arrives (coalesced into one render per event-loop
// turn), never at scrape time, so a scrape only copies bytes and never waits for the cluster.
//
// Freshness: a part older than staleAfterMs is left out of the rendering (its series drop out of
// Prometheus) instead of being served as current; streamscope_up follows the session's
// connection state at once. A 1 s timer re-checks freshness while no snapshot arrives.
//
// Thread: everything runs on the thread that created it (the CLI's main thread); the engines
// report on their own threads and reach it through queued connections.
class ExporterFeed : public QObject {
    Q_OBJECT
public:
    struct Config {
        ConnectionProfile profile;
        int intervalMs = 5000;
        ExporterFilters filters;
        // The `cluster` label; empty = the cluster id, once known (the bootstrap list before).
        QString clusterLabel;
        qint64 staleAfterMs = 60000;
    };

    explicit ExporterFeed(Config config, QObject* parent = nullptr);
    ~ExporterFeed() override; // stops the session (at most ~2 s with a dead broker)
    ExporterFeed(const ExporterFeed&) = delete;
    ExporterFeed& operator=(const ExporterFeed&) = delete;

    void start();

    // One scrape's body: the cached cluster metrics plus the exporter's own, current now.
    QByteArray scrape() const;

    bool up() const;
    // The served sample holds rates (the tracker has seen two ticks) and is fresh.
    bool ratesKnown() const;
    // The lag monitor published at least one refresh and it is fresh.
    bool lagKnown() const;
    QString stateMessage() const;

Q_SIGNALS:
    // After each render (a new sample, a state change or a part going stale).
    void rendered();

private:
    struct Freshness {
        bool up = false;
        bool offsets = false;
        bool throughput = false;
        bool lag = false;
        bool operator==(const Freshness&) const = default;
    };
    Freshness freshness() const;
    bool fresh(qint64 sampledAtMonotonicMs) const;
    QString clusterLabel() const;
    void scheduleRender();
    void render();
    void recheckFreshness();

    Config m_config;
    std::unique_ptr<ClusterSession> m_session;
    std::unique_ptr<SessionServices> m_services;
    QString m_clusterId; // from the first snapshot; kept while the cluster is away

    ClusterSnapshot m_offsets;
    ThroughputSnapshotPtr m_throughput;
    LagSnapshotPtr m_lag;

    Freshness m_rendered;
    QByteArray m_body;
    QTimer m_renderTimer;
    QTimer m_freshnessTimer;
};

} // namespace streamscope
