// The exporter's cost (issue 14), two parts, printed as Markdown for bench/RESULTS.md.
//
// 1. Scrape at scale from constructed snapshots (no broker): 10,000 partitions (500 topics x 20)
//    and 2,000 consumer groups, each reading 5 partitions of one topic (so the groups cover
//    every partition once; --group-partitions 20 makes every group read a whole topic). Times the
//    rendering (done once per sample) and a full HTTP GET /metrics over Qt HttpServer with the same
//    routes as `serve` (what a scrape costs), and this process's resident memory.
// 2. With -b and --kafka-tool, against the local broker: G consumer groups with commits on one
//    bench topic, then side by side in one run: Burrow-style polling with Kafka's Java tool
//    (`kafka-consumer-groups --describe --all-groups`, a fresh JVM per interval, as a cron job
//    or a script does) and `streamscope-cli serve` polling the same cluster every interval
//    (CPU time per interval, resident memory, scrape time).
#include "MetricsHttp.h"
#include "SyntheticCluster.h"
#include "SyntheticLag.h"
#include "ThreadCpuClock.h"
#include "exporter/MetricsRenderer.h"
#include "kafka/GroupConsumer.h"
#include "kafka/KafkaClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHttpServer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace streamscope;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

struct Stats {
    double median = 0, min = 0, max = 0;
};

Stats stats(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    if (v.empty())
        return {};
    return {v[v.size() / 2], v.front(), v.back()};
}

QString mib(qint64 kb) {
    return QString::number(static_cast<double>(kb) / 1024.0, 'f', 1);
}

QString row(const QString& what, const Stats& s, const QString& unit = QStringLiteral("ms")) {
    return QStringLiteral("| %1 | **%2 %4** | %3 | %5 |")
        .arg(what)
        .arg(s.median, 0, 'f', 1)
        .arg(s.min, 0, 'f', 1)
        .arg(unit)
        .arg(s.max, 0, 'f', 1);
}

// kB from /proc/<pid>/status ("VmRSS", "VmHWM").
qint64 procStatusKb(qint64 pid, const char* field) {
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// utime + stime of a process in ms.
double procCpuMs(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = f.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
}

QByteArray httpGet(QNetworkAccessManager& manager, const QUrl& url) {
    std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(url)));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return reply->readAll();
}

int constructedScrape(int topics, int partitions, int groups, int groupPartitions, int reps) {
    err << "building snapshots..." << Qt::endl;
    test::SyntheticCluster cluster;
    cluster.clusterId(QStringLiteral("bench-cluster"));
    auto rates = std::make_shared<ThroughputSnapshot>();
    rates->sequence = 2;
    for (int t = 0; t < topics; ++t) {
        const QString name = QStringLiteral("bench-topic-%1").arg(t, 3, 10, QLatin1Char('0'));
        std::vector<qint64> ends;
        TopicRate rate;
        rate.topic = name;
        rate.msgsPerSec = 0;
        for (int p = 0; p < partitions; ++p) {
            ends.push_back(1000000 + 7919LL * (t * partitions + p));
            PartitionRate pr;
            pr.partition = p;
            pr.msgsPerSec = 12.5 + p;
            rate.msgsPerSec += pr.msgsPerSec;
            rate.partitions.push_back(pr);
        }
        rate.partitionCount = partitions;
        cluster.topic(name).endOffsets(ends, 1000);
        rates->topics.push_back(std::move(rate));
    }
    test::SyntheticLag lag;
    for (int g = 0; g < groups; ++g) {
        const int t = g % topics;
        const QString topic = QStringLiteral("bench-topic-%1").arg(t, 3, 10, QLatin1Char('0'));
        lag.group(QStringLiteral("bench-service-%1.consumer").arg(g, 4, 10, QLatin1Char('0')),
                  g % 50 == 0 ? LagStatus::Stall : LagStatus::Ok)
            .members(3);
        // Group g reads its own slice of its topic's partitions.
        const int first = (g / topics * groupPartitions) % partitions;
        for (int k = 0; k < groupPartitions; ++k) {
            const int p = (first + k) % partitions;
            const qint64 end = 1000000 + 7919LL * (t * partitions + p);
            lag.topicPartition(topic, p, end - (g * 31 + p) % 5000, end, ((g + p) % 600) / 10.0);
        }
    }
    ExporterSample sample;
    sample.cluster = QStringLiteral("bench-cluster");
    sample.up = true;
    sample.offsets = cluster.snapshot();
    sample.throughput = rates;
    sample.lag = lag.snapshot();
    const ExporterFilters filters = ExporterFilters::make({}, {}, false).value();
    const qint64 rssBeforeKb = procStatusKb(getpid(), "VmRSS:");

    std::vector<double> renderMs;
    std::vector<double> renderCpuMs;
    QByteArray body;
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuStart = threadCpuNs();
        body = renderClusterMetrics(sample, filters);
        renderCpuMs.push_back(static_cast<double>(threadCpuNs() - cpuStart) / 1e6);
        renderMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    const qsizetype lines = body.count('\n');

    QHttpServer server;
    cli::addMetricsRoutes(
        server,
        [&body] {
            ExporterSelfMetrics self;
            self.lastSampleAgeSeconds = 1.2;
            self.scrapeDurationSeconds = 0.1;
            self.lagRefreshDurationSeconds = 0.2;
            return body + renderSelfMetrics(QStringLiteral("bench-cluster"), self);
        },
        [] { return true; });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    if (port == 0) {
        err << "cannot listen" << Qt::endl;
        return 1;
    }
    QNetworkAccessManager manager;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port));
    std::vector<double> scrapeMs;
    qsizetype scraped = 0;
    for (int i = 0; i < reps + 1; ++i) {
        QElapsedTimer timer;
        timer.start();
        scraped = httpGet(manager, url).size();
        if (i > 0) // the first one opens the connection
            scrapeMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    const qint64 rssKb = procStatusKb(getpid(), "VmRSS:");
    const qint64 hwmKb = procStatusKb(getpid(), "VmHWM:");

    out << "### Scrape at scale (constructed snapshots)\n\n"
        << QStringLiteral("%1 partitions (%2 topics x %3), %4 groups x %8 partitions = %5 group "
                          "partitions; %6 series lines, %7 MiB of text.\n\n")
               .arg(topics * partitions)
               .arg(topics)
               .arg(partitions)
               .arg(groups)
               .arg(groups * groupPartitions)
               .arg(lines)
               .arg(static_cast<double>(body.size()) / 1048576.0, 0, 'f', 1)
               .arg(groupPartitions)
        << "| measurement | median | min | max |\n|---|---:|---:|---:|\n"
        << row(QStringLiteral("render (once per sample), wall"), stats(renderMs)) << '\n'
        << row(QStringLiteral("render, thread CPU"), stats(renderCpuMs)) << '\n'
        << row(QStringLiteral("scrape: HTTP GET /metrics, whole body read (%1 bytes)").arg(scraped),
               stats(scrapeMs))
        << '\n'
        << QStringLiteral("\nResident memory: %1 MiB before rendering (snapshots built), %2 MiB "
                          "after, peak %3 MiB.\n\n")
               .arg(mib(rssBeforeKb), mib(rssKb), mib(hwmKb));
    out.flush();
    return 0;
}

// Commits offsets for `groups` groups on the topic (one short-lived member-less client each).
bool ensureGroups(const ConnectionProfile& profile, const QString& topic, int partitions,
                  int groups) {
    for (int g = 0; g < groups; ++g) {
        const QString id =
            QStringLiteral("bench-exporter-group-%1").arg(g, 4, 10, QLatin1Char('0'));
        auto consumer = GroupConsumer::create(
            profile, {{QStringLiteral("group.id"), id},
                      {QStringLiteral("enable.auto.commit"), QStringLiteral("false")}});
        if (!consumer) {
            err << consumer.error().message << Qt::endl;
            return false;
        }
        std::vector<TopicPartitionOffset> offsets;
        for (int p = 0; p < partitions; ++p)
            offsets.push_back({topic, p, 1 + (g + p) % 3, 0});
        if (auto s = (*consumer)->commit(offsets); !s) {
            err << "commit " << id << ": " << s.error().message << Qt::endl;
            return false;
        }
        (*consumer)->close(2000);
        if (g % 50 == 49)
            err << "groups: " << (g + 1) << Qt::endl;
    }
    return true;
}

int javaComparison(const QString& bootstrap, const QString& kafkaTool, const QString& cliPath,
                   int groups, int intervalS, int durationS) {
    ConnectionProfile profile;
    profile.bootstrapServers = bootstrap;
    auto admin = KafkaClient::create(profile);
    if (!admin) {
        err << admin.error().message << Qt::endl;
        return 1;
    }
    const QString topic = QStringLiteral("bench-exporter-groups");
    constexpr int kPartitions = 4;
    (void)(*admin)->createTopic(topic, kPartitions, 1, {}, 10000); // exists after the first run
    QThread::sleep(1);
    QElapsedTimer setup;
    setup.start();
    if (!ensureGroups(profile, topic, kPartitions, groups))
        return 1;
    const double setupS = static_cast<double>(setup.elapsed()) / 1000.0;

    // Java: a fresh JVM per interval, as polling scripts run it.
    std::vector<double> javaMs;
    long javaMaxRssKb = 0;
    int javaRows = 0;
    for (int i = 0; i < 3; ++i) {
        QProcess p;
        QElapsedTimer timer;
        timer.start();
        p.start(kafkaTool,
                {QStringLiteral("consumer-groups"), QStringLiteral("--bootstrap-server"), bootstrap,
                 QStringLiteral("--describe"), QStringLiteral("--all-groups")});
        p.waitForFinished(300000);
        javaMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        javaRows = static_cast<int>(QString::fromUtf8(p.readAllStandardOutput())
                                        .count(QStringLiteral("bench-exporter-group-")));
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        javaMaxRssKb = std::max(javaMaxRssKb, usage.ru_maxrss);
    }
    rusage javaUsage{};
    getrusage(RUSAGE_CHILDREN, &javaUsage);
    const double javaCpuMs =
        (static_cast<double>(javaUsage.ru_utime.tv_sec + javaUsage.ru_stime.tv_sec) * 1000.0 +
         static_cast<double>(javaUsage.ru_utime.tv_usec + javaUsage.ru_stime.tv_usec) / 1000.0) /
        3.0;

    // Ours: the real exporter, polling every interval for durationS.
    QProcess serve;
    serve.start(cliPath, {QStringLiteral("serve"), QStringLiteral("-b"), bootstrap,
                          QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--interval"), QString::number(intervalS)});
    if (!serve.waitForReadyRead(10000)) {
        err << "serve did not start" << Qt::endl;
        return 1;
    }
    const QString firstLine = QString::fromUtf8(serve.readLine());
    const auto portMatch = QRegularExpression(QStringLiteral(R"(:(\d+)/metrics)")).match(firstLine);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/metrics").arg(portMatch.captured(1)));
    QThread::sleep(static_cast<unsigned long>(2 * intervalS)); // connected, first ticks done
    const double cpuStart = procCpuMs(serve.processId());
    QThread::sleep(static_cast<unsigned long>(durationS));
    const double cpuEnd = procCpuMs(serve.processId());
    QNetworkAccessManager manager;
    std::vector<double> scrapeMs;
    qsizetype scraped = 0;
    for (int i = 0; i < 6; ++i) {
        QElapsedTimer timer;
        timer.start();
        scraped = httpGet(manager, url).size();
        if (i > 0)
            scrapeMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    const qint64 serveRssKb = procStatusKb(serve.processId(), "VmRSS:");
    const qint64 serveHwmKb = procStatusKb(serve.processId(), "VmHWM:");
    serve.terminate();
    serve.waitForFinished(5000);
    const double oursCpuPerInterval =
        (cpuEnd - cpuStart) / (static_cast<double>(durationS) / intervalS);

    out << "### Burrow-style polling vs the exporter (live broker)\n\n"
        << QStringLiteral("%1 groups with commits on `%2` (%3 partitions; setup %4 s). Java: "
                          "`kafka-consumer-groups --describe --all-groups`, a fresh JVM per "
                          "poll (n=3; it listed %5 group rows). Ours: `streamscope-cli serve "
                          "--interval %6` for %7 s.\n\n")
               .arg(groups)
               .arg(topic)
               .arg(kPartitions)
               .arg(setupS, 0, 'f', 1)
               .arg(javaRows)
               .arg(intervalS)
               .arg(durationS)
        << "| measurement | median | min | max |\n|---|---:|---:|---:|\n"
        << row(QStringLiteral("Java tool, wall time per poll"), stats(javaMs)) << '\n'
        << row(QStringLiteral("exporter scrape (HTTP GET, %1 bytes)").arg(scraped), stats(scrapeMs))
        << '\n'
        << QStringLiteral("\n- CPU per poll: Java tool %1 ms (user + system, mean of 3), exporter "
                          "%2 ms per %3 s interval.\n")
               .arg(javaCpuMs, 0, 'f', 0)
               .arg(oursCpuPerInterval, 0, 'f', 1)
               .arg(intervalS)
        << QStringLiteral("- Resident memory: Java tool peak %1 MiB; exporter %2 MiB (peak %3 "
                          "MiB).\n\n")
               .arg(mib(javaMaxRssKb), mib(serveRssKb), mib(serveHwmKb));
    out.flush();
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("topics"), QStringLiteral("Topics (default 500)."),
                      QStringLiteral("n"), QStringLiteral("500")});
    parser.addOption({QStringLiteral("partitions"), QStringLiteral("Partitions per topic (20)."),
                      QStringLiteral("n"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("groups"), QStringLiteral("Groups (default 2000)."),
                      QStringLiteral("n"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("group-partitions"),
                      QStringLiteral("Partitions each group reads (default 5: the groups cover "
                                     "every partition once)."),
                      QStringLiteral("n"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("reps"), QStringLiteral("Repetitions (10)."),
                      QStringLiteral("n"), QStringLiteral("10")});
    parser.addOption({{QStringLiteral("b"), QStringLiteral("bootstrap")},
                      QStringLiteral("Broker for the Java comparison."),
                      QStringLiteral("servers")});
    parser.addOption({QStringLiteral("kafka-tool"), QStringLiteral("scripts/kafka-tool.sh"),
                      QStringLiteral("path")});
    parser.addOption(
        {QStringLiteral("cli"), QStringLiteral("streamscope-cli"), QStringLiteral("path")});
    parser.addOption({QStringLiteral("live-groups"),
                      QStringLiteral("Groups on the live broker (default 200)."),
                      QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("interval"), QStringLiteral("Poll interval, s (5)."),
                      QStringLiteral("s"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("duration"), QStringLiteral("Exporter run, s (30)."),
                      QStringLiteral("s"), QStringLiteral("30")});
    parser.process(app);
    int rc = constructedScrape(parser.value(QStringLiteral("topics")).toInt(),
                               parser.value(QStringLiteral("partitions")).toInt(),
                               parser.value(QStringLiteral("groups")).toInt(),
                               parser.value(QStringLiteral("group-partitions")).toInt(),
                               parser.value(QStringLiteral("reps")).toInt());
    if (rc == 0 && parser.isSet(QStringLiteral("bootstrap")))
        rc = javaComparison(parser.value(QStringLiteral("bootstrap")),
                            parser.value(QStringLiteral("kafka-tool")),
                            parser.value(QStringLiteral("cli")),
                            parser.value(QStringLiteral("live-groups")).toInt(),
                            parser.value(QStringLiteral("interval")).toInt(),
                            parser.value(QStringLiteral("duration")).toInt());
    return rc;
}
