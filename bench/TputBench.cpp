// streamscope-bench-throughput: one sampling tick over 10,000 partitions (500 topics x 20) on the
// local broker, side by side with Kafka's own offset tool (GetOffsetShell) reading the same
// offsets. bench/run.sh builds it in Release and runs it; figures go to bench/RESULTS.md.
//
// Measured, each several times (median and max):
//   ours, warm      one tick of the app: metadata of all topics + end and start offsets of every
//                   partition, on a connected client (what ClusterPoller does every 2 s)
//   ours, cold      the same with a new client each time (connection set-up included)
//   engine          ThroughputTracker::consumeSnapshot on that 10,000-partition snapshot (rates,
//                   skew, history append): the CPU cost the engine adds to a tick
//   GetOffsetShell  cold: a fresh JVM per run, as on the command line (latest offsets only);
//                   warm: called repeatedly in one JVM; Admin: one long-lived Java Admin client
//                   doing metadata + latest + earliest, i.e. Java's best case for our tick
// and both sides' sums of the bench topics' end offsets must agree.
#include "BenchCluster.h"
#include "BenchStats.h"
#include "JavaOffsets.h"
#include "kafka/KafkaClient.h"
#include "streamscope/Version.h"
#include "throughput/ThroughputTracker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <fstream>
#include <string>

using namespace streamscope;
using namespace streamscope::bench;

namespace {

QString fmt(const Stats& s) {
    return QStringLiteral("median %1 ms, min %2, max %3 (n=%4)")
        .arg(s.median, 0, 'f', 1)
        .arg(s.min, 0, 'f', 1)
        .arg(s.max, 0, 'f', 1)
        .arg(s.n);
}

struct TickResult {
    double metadataMs = 0;
    double offsetsMs = 0;
    double totalMs = 0;
    int partitions = 0;
    int unreadable = 0;
    qint64 benchEndSum = 0;
    int benchPartitions = 0;
    ClusterSnapshot snapshot;
};

bool tick(KafkaClient& client, TickResult* r, QString* error) {
    QElapsedTimer total;
    total.start();
    auto md = client.fetchMetadata(30000);
    if (!md) {
        *error = md.error().message;
        return false;
    }
    r->metadataMs = msSince(total);
    QElapsedTimer offsets;
    offsets.start();
    if (auto status = client.fillOffsets(*md, 30000); !status) {
        *error = status.error().message;
        return false;
    }
    r->offsetsMs = msSince(offsets);
    r->totalMs = msSince(total);
    r->partitions = md->partitionCount();
    for (const auto& t : md->topics) {
        const bool bench = t.name.startsWith(QLatin1String("bench-tput-"));
        for (const auto& p : t.partitions) {
            r->unreadable += !p.offsetsKnown();
            if (bench && p.endOffset >= 0) {
                r->benchEndSum += p.endOffset;
                ++r->benchPartitions;
            }
        }
    }
    r->snapshot = std::make_shared<const ClusterMetadata>(std::move(md.value()));
    return true;
}

QString cpuModel() {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("model name", 0) == 0) {
            const auto colon = line.find(':');
            return QString::fromStdString(line.substr(colon + 2));
        }
    }
    return QStringLiteral("unknown CPU");
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Throughput sampling benchmark"));
    parser.addHelpOption();
    parser.addOption({{QStringLiteral("b"), QStringLiteral("bootstrap")},
                      QStringLiteral("Bootstrap of the local broker."),
                      QStringLiteral("servers")});
    parser.addOption({QStringLiteral("topics"), QStringLiteral("Bench topics (default 500)."),
                      QStringLiteral("n"), QStringLiteral("500")});
    parser.addOption({QStringLiteral("partitions"),
                      QStringLiteral("Partitions per topic (default 20)."), QStringLiteral("n"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("records"),
                      QStringLiteral("Records per partition (default 3)."), QStringLiteral("n"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("reps"), QStringLiteral("Repetitions per measurement."),
                      QStringLiteral("n"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("java-reps"),
                      QStringLiteral("Fresh-JVM GetOffsetShell runs (default 3)."),
                      QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("kafka-tool"), QStringLiteral("scripts/kafka-tool.sh"),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("kafka-libs"), QStringLiteral("Kafka jar directory."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("java-warm"), QStringLiteral("bench/GetOffsetsWarm.java"),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the bench topics.")});
    parser.addOption({QStringLiteral("delete-only"),
                      QStringLiteral("Only delete the bench topics, then exit.")});
    parser.process(app);

    const QString bootstrap = parser.value(QStringLiteral("bootstrap"));
    if (bootstrap.isEmpty()) {
        err << "tput_bench: -b BOOTSTRAP is required\n";
        return 2;
    }
    const int topics = parser.value(QStringLiteral("topics")).toInt();
    const int partitions = parser.value(QStringLiteral("partitions")).toInt();
    const int reps = std::max(1, parser.value(QStringLiteral("reps")).toInt());
    const int javaReps = std::max(0, parser.value(QStringLiteral("java-reps")).toInt());
    const QString regex = QStringLiteral("bench-tput-.*");

    ConnectionProfile profile;
    profile.name = QStringLiteral("bench");
    profile.bootstrapServers = bootstrap;
    auto admin = KafkaClient::create(profile);
    if (!admin) {
        err << "tput_bench: " << admin.error().message << Qt::endl;
        return 1;
    }
    BenchCluster cluster(**admin, topics, partitions);
    QString error;
    if (parser.isSet(QStringLiteral("delete-only"))) {
        if (!cluster.deleteTopics(&error)) {
            err << "tput_bench: delete: " << error << Qt::endl;
            return 1;
        }
        err << "bench topics deleted" << Qt::endl;
        return 0;
    }

    err << "setting up " << topics << " topics x " << partitions << " partitions" << Qt::endl;
    QElapsedTimer setup;
    setup.start();
    if (!cluster.ensureTopics(&error) ||
        !cluster.fillPartitions(parser.value(QStringLiteral("records")).toInt(), &error)) {
        err << "tput_bench: setup: " << error << Qt::endl;
        return 1;
    }
    const double setupS = msSince(setup) / 1000.0;
    err << "setup done in " << setupS << " s" << Qt::endl;

    // --- ours, warm: the poller's tick on a connected client.
    auto client = KafkaClient::create(profile);
    if (!client) {
        err << "tput_bench: " << client.error().message << Qt::endl;
        return 1;
    }
    TickResult warmup;
    if (!tick(**client, &warmup, &error)) { // connects, fills librdkafka's metadata cache
        err << "tput_bench: tick: " << error << Qt::endl;
        return 1;
    }
    std::vector<double> warmTotal, warmMetadata, warmOffsets;
    std::vector<ClusterSnapshot> snapshots;
    TickResult last;
    for (int i = 0; i < reps; ++i) {
        TickResult r;
        if (!tick(**client, &r, &error)) {
            err << "tput_bench: tick: " << error << Qt::endl;
            return 1;
        }
        warmTotal.push_back(r.totalMs);
        warmMetadata.push_back(r.metadataMs);
        warmOffsets.push_back(r.offsetsMs);
        snapshots.push_back(r.snapshot);
        last = r;
        QThread::msleep(200);
    }

    // --- ours, cold: new client per tick.
    std::vector<double> coldTotal;
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer t;
        t.start();
        auto fresh = KafkaClient::create(profile);
        TickResult r;
        if (!fresh || !tick(**fresh, &r, &error)) {
            err << "tput_bench: cold tick: " << error << Qt::endl;
            return 1;
        }
        coldTotal.push_back(msSince(t));
    }

    // --- engine CPU per tick on these snapshots.
    std::vector<double> engineMs;
    std::size_t historyBytes = 0;
    {
        ThroughputTracker tracker;
        for (const auto& s : snapshots) {
            QElapsedTimer t;
            t.start();
            tracker.consumeSnapshot(s);
            engineMs.push_back(msSince(t));
        }
        engineMs.erase(engineMs.begin()); // the first is a baseline without rates
        historyBytes = tracker.history().memoryBytes();
    }

    // --- Kafka's GetOffsetShell.
    std::vector<double> javaCold;
    JavaRead javaLast;
    const QString kafkaTool = parser.value(QStringLiteral("kafka-tool"));
    if (!kafkaTool.isEmpty()) {
        for (int i = 0; i < javaReps; ++i) {
            JavaRead r;
            if (!runGetOffsetShell(kafkaTool, bootstrap, regex, &r, &error)) {
                err << "tput_bench: " << error << Qt::endl;
                return 1;
            }
            javaCold.push_back(r.ms);
            javaLast = r;
        }
    }
    std::map<QString, std::vector<JavaRead>> warmJava;
    const QString javaWarm = parser.value(QStringLiteral("java-warm"));
    const QString kafkaLibs = parser.value(QStringLiteral("kafka-libs"));
    if (!javaWarm.isEmpty() && !kafkaLibs.isEmpty()) {
        if (!runWarmJava(javaWarm, kafkaLibs, bootstrap, regex, reps, &warmJava, &error)) {
            err << "tput_bench: " << error << Qt::endl;
            return 1;
        }
    }
    auto javaStats = [&warmJava](const QString& mode, bool skipFirst) {
        std::vector<double> ms;
        const auto& runs = warmJava[mode];
        for (size_t i = skipFirst ? 1 : 0; i < runs.size(); ++i)
            ms.push_back(runs[i].ms);
        return statsOf(ms);
    };

    // --- the same offsets?
    const qint64 expected =
        qint64(topics) * partitions * parser.value(QStringLiteral("records")).toInt();
    bool same = last.benchEndSum == expected && last.benchPartitions == topics * partitions;
    if (!javaCold.empty())
        same = same && javaLast.offsetSum == last.benchEndSum &&
               javaLast.partitions == last.benchPartitions;
    for (const auto& [mode, runs] : warmJava)
        for (const auto& r : runs)
            same = same && r.offsetSum == last.benchEndSum && r.partitions == last.benchPartitions;

    const Stats ours = statsOf(warmTotal);
    const Stats oursCold = statsOf(coldTotal);
    const Stats cold = statsOf(javaCold);
    // The warm tool's first call still loads classes: leave it out of the warm figure.
    const Stats warmTool = javaStats(QStringLiteral("tool"), true);
    const Stats warmAdmin = javaStats(QStringLiteral("admin"), true);

    out << "\n== streamscope throughput bench ==\n"
        << "date        " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << '\n'
        << "machine     " << QThread::idealThreadCount() << " cores, " << cpuModel() << ", "
        << QSysInfo::prettyProductName() << '\n'
        << "load avg    " << loadAverage()
        << " (at the end; other work on the machine skews figures)\n"
        << "versions    streamscope " << kVersion << ", librdkafka " << rd_kafka_version_str()
        << ", Qt " << qVersion() << '\n'
        << "cluster     " << last.partitions << " partitions in all (" << last.benchPartitions
        << " bench), unreadable " << last.unreadable << ", setup " << setupS << " s\n"
        << "ours warm   tick " << fmt(ours) << '\n'
        << "            metadata " << fmt(statsOf(warmMetadata)) << '\n'
        << "            offsets (end+start) " << fmt(statsOf(warmOffsets)) << '\n'
        << "ours cold   new client + tick " << fmt(oursCold) << '\n'
        << "engine      consumeSnapshot " << fmt(statsOf(engineMs)) << ", history "
        << historyBytes / 1024 << " KiB\n";
    if (!javaCold.empty())
        out << "java cold   GetOffsetShell (fresh JVM, latest only) " << fmt(cold) << '\n';
    if (!warmJava.empty())
        out << "java warm   GetOffsetShell in one JVM (latest only) " << fmt(warmTool) << '\n'
            << "java admin  long-lived Admin, metadata+latest+earliest " << fmt(warmAdmin) << '\n';
    out << "offsets     bench end-offset sum ours " << last.benchEndSum << " (expected " << expected
        << ")";
    if (!javaCold.empty())
        out << ", GetOffsetShell " << javaLast.offsetSum << " over " << javaLast.partitions
            << " partitions";
    out << " -> " << (same ? "SAME" : "DIFFERENT") << '\n';
    if (!javaCold.empty())
        out << "ratio       GetOffsetShell cold / ours cold = " << cold.median / oursCold.median
            << "x; / ours warm = " << cold.median / ours.median << "x\n";
    if (!warmJava.empty())
        out << "ratio       GetOffsetShell warm / ours warm = " << warmTool.median / ours.median
            << "x; Java Admin / ours warm = " << warmAdmin.median / ours.median << "x\n";
    out << "goal        tick < 1000 ms: " << (ours.max < 1000 ? "met" : "NOT met") << " (max "
        << ours.max << " ms)\n";
    out.flush();

    int rc = same ? 0 : 3;
    if (!parser.isSet(QStringLiteral("keep"))) {
        err << "deleting bench topics" << Qt::endl;
        if (!cluster.deleteTopics(&error)) {
            err << "tput_bench: delete: " << error << Qt::endl;
            rc = 1;
        }
    }
    return rc;
}
