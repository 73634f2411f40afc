#pragma once

#include <QByteArray>

#include <functional>

class QHttpServer;

namespace streamscope::cli {

// The exporter's HTTP face on a Qt HttpServer: GET /metrics answers `scrape()` in the Prometheus
// text format 0.0.4, /healthz says the exporter serves (and whether the cluster is up; the
// state is a metric, not a reason for a supervisor to restart the exporter), / links to
// /metrics. Other paths are 404. Shared by `serve` and the exporter benchmark.
void addMetricsRoutes(QHttpServer& server, std::function<QByteArray()> scrape,
                      std::function<bool()> clusterUp);

} // namespace streamscope::cli
