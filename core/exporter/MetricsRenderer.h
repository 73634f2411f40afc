#pragma once

#include "cluster/ClusterMetadata.h"
#include "common/Expected.h"
#include "lag/LagTypes.h"
#include "throughput/ThroughputTypes.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

namespace streamscope {

// Which topics and groups the exporter publishes (`serve --topic-filter/--group-filter`).
struct ExporterFilters {
    // A name is published when it matches the whole expression (as if wrapped in ^...$); an
    // empty pattern publishes every name. Internal topics (__consumer_offsets, ...) only with
    // includeInternalTopics, whatever the pattern.
    QRegularExpression topics;
    QRegularExpression groups;
    bool includeInternalTopics = false;

    // Fails with the pattern's error and position when an expression does not compile.
    static Expected<ExporterFilters> make(const QString& topicPattern, const QString& groupPattern,
                                          bool includeInternalTopics);

    bool acceptsTopic(const QString& name, bool internal) const;
    bool acceptsGroup(const QString& groupId) const;
};

// What one rendering shows. The serve loop decides what is still fresh: a part it left null
// publishes no series at all (never old figures as current).
struct ExporterSample {
    QString cluster;                  // the value of every series' `cluster` label
    bool up = false;                  // the cluster answered the latest poll
    ClusterSnapshot offsets;          // start and end offsets; null: no partition series
    ThroughputSnapshotPtr throughput; // topic and partition rates; null: no rate series
    LagSnapshotPtr lag;               // consumer groups; null: no group series
};

// The exporter's figures about itself, current at each scrape (not part of the cached sample).
struct ExporterSelfMetrics {
    // Seconds since the served cluster sample was read; +Inf when there is none.
    double lastSampleAgeSeconds = 0;
    // How long reading the cluster took for that sample (metadata and offsets); NaN without one.
    double scrapeDurationSeconds = 0;
    // How long the lag monitor's latest refresh took; NaN without one.
    double lagRefreshDurationSeconds = 0;
};

// Renders the cluster-derived metric families in the Prometheus text format 0.0.4. Pure: the
// same inputs give the same bytes, so tests build snapshots and compare text. The metric names
// are a contract (README "serve"): streamscope_up, streamscope_topic_messages_per_second,
// streamscope_partition_{end,start}_offset, streamscope_consumergroup_{committed_offset,lag,
// lag_seconds,status,members}.
QByteArray renderClusterMetrics(const ExporterSample& sample, const ExporterFilters& filters);

// Renders streamscope_scrape_duration_seconds, streamscope_last_sample_age_seconds and
// streamscope_lag_refresh_duration_seconds; appended to the cached cluster text at each scrape.
QByteArray renderSelfMetrics(const QString& cluster, const ExporterSelfMetrics& self);

} // namespace streamscope
