// streamscope-cli serve: the cluster session, throughput tracker and lag monitor run headless
// and feed Prometheus. GET /metrics serves the latest rendered sample (text format 0.0.4) and
// never waits for the cluster; /healthz says the exporter runs. --once writes one sample (to
// --textfile with an atomic rename, for node_exporter's textfile collector) and exits.
#include "CliContext.h"
#include "MetricsHttp.h"
#include "SignalHandler.h"
#include "exporter/ExporterFeed.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QHttpServer>
#include <QSaveFile>
#include <QTimer>

namespace streamscope::cli {

namespace {

struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)
};

constexpr quint16 kDefaultPort = 9308;

struct ListenAddress {
    QHostAddress address;
    quint16 port = kDefaultPort;
    QString text;
};

// HOST:PORT, [IPv6]:PORT or :PORT (all interfaces); PORT 0 picks a free port.
std::optional<ListenAddress> parseListen(const QString& text, QString* error) {
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0) {
        *error = CliTr::tr("--listen expects HOST:PORT, got \"%1\"").arg(text);
        return std::nullopt;
    }
    QString host = text.left(colon);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535) {
        *error =
            CliTr::tr("--listen: the port must be 0-65535, got \"%1\"").arg(text.mid(colon + 1));
        return std::nullopt;
    }
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    ListenAddress listen;
    listen.port = static_cast<quint16>(port);
    listen.text = text;
    if (host.isEmpty() || host == u"*") {
        listen.address = QHostAddress::Any;
    } else if (QHostAddress literal(host); !literal.isNull()) {
        listen.address = literal;
    } else {
        const QHostInfo info = QHostInfo::fromName(host);
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            *error = CliTr::tr("--listen: cannot resolve \"%1\": %2").arg(host, info.errorString());
            return std::nullopt;
        }
        listen.address = info.addresses().constFirst();
    }
    return listen;
}

bool writeTextfile(const QString& path, const QByteArray& text, QString* error) {
    // QSaveFile writes a temporary file beside the target and renames it over the target, so the
    // textfile collector never reads half a sample.
    // The permissions go on the temporary file, so they arrive with the rename: node_exporter
    // usually runs as another user.
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) &&
                         file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ReadGroup | QFileDevice::ReadOther) &&
                         file.write(text) == text.size() && file.commit();
    if (!written)
        *error = file.errorString();
    return written;
}

// --once: waits for rates (two ticks) and then for the lag monitor's first refresh, at most
// `lagGraceMs` longer; the whole wait is bounded by `timeoutMs`.
void waitForOneSample(ExporterFeed& feed, int timeoutMs, int lagGraceMs) {
    QTimer deadline;
    deadline.setSingleShot(true);
    QTimer lagGrace;
    lagGrace.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, qApp, &QCoreApplication::quit);
    QObject::connect(&lagGrace, &QTimer::timeout, qApp, &QCoreApplication::quit);
    QObject::connect(&feed, &ExporterFeed::rendered, &feed, [&feed, &lagGrace, lagGraceMs] {
        if (!feed.ratesKnown())
            return;
        if (feed.lagKnown())
            QCoreApplication::quit();
        else if (!lagGrace.isActive())
            lagGrace.start(lagGraceMs);
    });
    deadline.start(timeoutMs);
    QCoreApplication::exec();
}

} // namespace

int runServe(const QStringList& args) {
    CliContext ctx(QStringLiteral("serve"));
    auto& parser = ctx.parser();
    parser.addOption({QStringLiteral("listen"),
                      CliTr::tr("Address and port to serve /metrics on (default "
                                "127.0.0.1:9308; port 0 picks a free one)."),
                      QStringLiteral("host:port"), QStringLiteral("127.0.0.1:9308")});
    parser.addOption({QStringLiteral("interval"),
                      CliTr::tr("Seconds between reads of the cluster (1-60, default 5)."),
                      QStringLiteral("seconds"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("group-filter"),
                      CliTr::tr("Only consumer groups whose whole id matches this regular "
                                "expression."),
                      QStringLiteral("regex")});
    parser.addOption({QStringLiteral("topic-filter"),
                      CliTr::tr("Only topics whose whole name matches this regular expression."),
                      QStringLiteral("regex")});
    parser.addOption({QStringLiteral("internal"),
                      CliTr::tr("Include internal topics (__consumer_offsets, ...).")});
    parser.addOption({QStringLiteral("cluster"),
                      CliTr::tr("Value of the cluster label (default: the cluster id)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("stale-after"),
                      CliTr::tr("Seconds after which figures that could not be refreshed are "
                                "dropped (default: 60, at least 3 intervals)."),
                      QStringLiteral("seconds")});
    parser.addOption({QStringLiteral("once"),
                      CliTr::tr("Take one sample, print it (or write --textfile) and exit.")});
    parser.addOption({QStringLiteral("textfile"),
                      CliTr::tr("Write every sample to this file (atomic rename), for "
                                "node_exporter's textfile collector."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("timeout"),
                      CliTr::tr("With --once: seconds to wait for a complete sample (default 60)."),
                      QStringLiteral("seconds"), QStringLiteral("60")});
    if (!ctx.parse(args))
        return parser.isSet(QStringLiteral("help")) ? kExitOk : kExitUsage;

    const auto intervalS =
        ctx.numberOption(QStringLiteral("interval"), 1, 60, CliTr::tr("seconds"));
    if (!intervalS)
        return kExitUsage;
    const int intervalMs = qRound(*intervalS * 1000);
    qint64 staleAfterMs = std::max<qint64>(60000, 3LL * intervalMs);
    if (parser.isSet(QStringLiteral("stale-after"))) {
        const auto staleS =
            ctx.numberOption(QStringLiteral("stale-after"), 1, 86400, CliTr::tr("seconds"));
        if (!staleS)
            return kExitUsage;
        staleAfterMs = qRound64(*staleS * 1000);
    }
    const auto timeoutS =
        ctx.numberOption(QStringLiteral("timeout"), 1, 3600, CliTr::tr("seconds"));
    if (!timeoutS)
        return kExitUsage;
    const bool once = parser.isSet(QStringLiteral("once"));
    const QString textfile = parser.value(QStringLiteral("textfile"));
    if (parser.isSet(QStringLiteral("textfile")) && textfile.isEmpty())
        return ctx.usageError(CliTr::tr("--textfile expects a file name"));

    QString error;
    const auto listen = parseListen(parser.value(QStringLiteral("listen")), &error);
    if (!listen)
        return ctx.usageError(error);
    auto filters = ExporterFilters::make(parser.value(QStringLiteral("topic-filter")),
                                         parser.value(QStringLiteral("group-filter")),
                                         parser.isSet(QStringLiteral("internal")));
    if (!filters)
        return ctx.usageError(filters.error().message);

    ExporterFeed::Config config;
    if (!ctx.buildProfile(&config.profile))
        return kExitUsage;
    config.intervalMs = intervalMs;
    config.filters = std::move(*filters);
    config.clusterLabel = parser.value(QStringLiteral("cluster"));
    config.staleAfterMs = staleAfterMs;
    ExporterFeed feed(std::move(config));

    if (once) {
        feed.start();
        waitForOneSample(feed, qRound(*timeoutS * 1000), std::max(5000, 3 * intervalMs));
        const QByteArray text = feed.scrape();
        if (textfile.isEmpty()) {
            ctx.out() << QString::fromUtf8(text);
            ctx.out().flush();
        } else if (!writeTextfile(textfile, text, &error)) {
            return ctx.fail(CliTr::tr("cannot write %1: %2").arg(textfile, error));
        }
        if (!feed.up())
            return ctx.fail(CliTr::tr("the cluster did not answer: %1").arg(feed.stateMessage()));
        if (!feed.ratesKnown())
            return ctx.fail(CliTr::tr("no rates within %1 s").arg(*timeoutS));
        return kExitOk;
    }

    QHttpServer server;
    addMetricsRoutes(
        server, [&feed] { return feed.scrape(); }, [&feed] { return feed.up(); });
    const quint16 port = server.listen(listen->address, listen->port);
    if (port == 0)
        return ctx.fail(CliTr::tr("cannot listen on %1").arg(listen->text));
    if (!textfile.isEmpty()) {
        QObject::connect(&feed, &ExporterFeed::rendered, &feed, [&feed, &ctx, textfile] {
            QString writeError;
            if (!writeTextfile(textfile, feed.scrape(), &writeError))
                ctx.err() << CliTr::tr("warning: cannot write %1: %2").arg(textfile, writeError)
                          << Qt::endl;
        });
    }
    SignalHandler signalHandler;
    signalHandler.install();
    QObject::connect(&signalHandler, &SignalHandler::quitRequested, qApp, &QCoreApplication::quit);
    const QString host = listen->address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(listen->address.toString())
                             : listen->address.toString();
    ctx.out() << CliTr::tr("serving http://%1:%2/metrics").arg(host).arg(port) << Qt::endl;
    feed.start();
    QCoreApplication::exec();
    return kExitOk;
}

} // namespace streamscope::cli
