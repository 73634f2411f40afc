#include "MetricsHttp.h"

#include <QHttpServer>
#include <QHttpServerResponse>

namespace streamscope::cli {

void addMetricsRoutes(QHttpServer& server, std::function<QByteArray()> scrape,
                      std::function<bool()> clusterUp) {
    server.route(QStringLiteral("/metrics"), QHttpServerRequest::Method::Get,
                 [scrape = std::move(scrape)](const QHttpServerRequest&) {
                     return QHttpServerResponse(
                         QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"), scrape());
                 });
    server.route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get,
                 [clusterUp = std::move(clusterUp)](const QHttpServerRequest&) {
                     return QHttpServerResponse(QByteArrayLiteral("text/plain"),
                                                clusterUp()
                                                    ? QByteArrayLiteral("ok: cluster up\n")
                                                    : QByteArrayLiteral("ok: cluster down\n"));
                 });
    server.route(QStringLiteral("/"), QHttpServerRequest::Method::Get,
                 [](const QHttpServerRequest&) {
                     return QHttpServerResponse(
                         QByteArrayLiteral("text/html"),
                         QByteArrayLiteral("<html><head><title>Streamscope exporter</title></head>"
                                           "<body><h1>Streamscope exporter</h1><p><a "
                                           "href=\"/metrics\">Metrics</a></p></body></html>\n"));
                 });
}

} // namespace streamscope::cli
