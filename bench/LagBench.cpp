// streamscope-bench-lag: one full lag refresh over 2,000 consumer groups with committed offsets
// on 2,000 partitions (100 topics x 20), side by side in one run with Kafka's own
// kafka-consumer-groups --describe --all-groups from the same jars. bench/run.sh lag builds and
// runs it; figures go to bench/RESULTS.md.
//
// Setup (fast, no consumer joins): the topics of BenchCluster with a few records per partition,
// then group bench-lag-NNNN commits offset 1 on partition NNNN through AlterConsumerGroupOffsets,
// all 2,000 requests at once.
// Measured:
//   refresh          what the LagMonitor does after each tick: list groups, describe them and
//                    read every group's committed offsets (LagReader), then the lag engine
//                    (LagCalculator::compute) on the tick's end offsets
//   refresh + tick   the same plus the tick's metadata and end offsets (the Java tool reads
//                    those itself)
//   Java             kafka-consumer-groups.sh --describe --all-groups, a fresh JVM per run (the
//                    way it is used), process start to exit
// Both sides' total lag over the bench groups must agree. The groups and topics are deleted at
// the end unless --keep.
#include "BenchCluster.h"
#include "BenchStats.h"
#include "kafka/ConsumerGroups.h"
#include "kafka/KafkaClient.h"
#include "lag/LagCalculator.h"
#include "lag/LagReader.h"
#include "streamscope/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <fstream>
#include <string>

using namespace streamscope;
using namespace streamscope::bench;

namespace {

constexpr int kTopics = 100;
constexpr int kPartitionsPerTopic = 20;
constexpr int kGroups = kTopics * kPartitionsPerTopic;
constexpr int kRecordsPerPartition = 3;
constexpr int kTimeoutMs = 30000;

QString groupName(int i) {
    return QStringLiteral("bench-lag-%1").arg(i, 4, 10, QLatin1Char('0'));
}

QString row(const QString& what, const Stats& s) {
    return QStringLiteral("| %1 | %2 ms | %3 | %4 | %5 |")
        .arg(what)
        .arg(s.median, 0, 'f', 1)
        .arg(s.min, 0, 'f', 1)
        .arg(s.max, 0, 'f', 1)
        .arg(s.n);
}

// Sum of LAG over the bench groups' rows, and how many rows.
std::pair<qint64, int> javaLag(const QString& output) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    qint64 sum = 0;
    int rows = 0;
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        const QStringList f = line.trimmed().split(space, Qt::SkipEmptyParts);
        if (f.size() >= 6 && f[0].startsWith(QLatin1String("bench-lag-"))) {
            sum += f[5].toLongLong();
            ++rows;
        }
    }
    return {sum, rows};
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Consumer lag refresh benchmark"));
    parser.addHelpOption();
    parser.addOption({{QStringLiteral("b"), QStringLiteral("bootstrap")},
                      QStringLiteral("Bootstrap of the local broker."),
                      QStringLiteral("address")});
    parser.addOption({QStringLiteral("kafka-tool"), QStringLiteral("scripts/kafka-tool.sh"),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Our refreshes (default 10)."),
                      QStringLiteral("n"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("java-runs"),
                      QStringLiteral("kafka-consumer-groups runs (default 3)."),
                      QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep topics and groups.")});
    parser.process(app);
    ConnectionProfile profile;
    profile.bootstrapServers = parser.value(QStringLiteral("bootstrap"));
    const QString tool = parser.value(QStringLiteral("kafka-tool"));
    if (profile.bootstrapServers.isEmpty() || tool.isEmpty()) {
        err << "need -b and --kafka-tool\n";
        return 2;
    }
    auto created = KafkaClient::create(profile);
    if (!created) {
        err << created.error().message << '\n';
        return 1;
    }
    KafkaClient& client = **created;
    ConsumerGroupAdmin admin(client);

    // Setup: topics with records, then 2,000 groups by raw commits, all at once.
    QElapsedTimer setup;
    setup.start();
    BenchCluster cluster(client, kTopics, kPartitionsPerTopic);
    QString error;
    if (!cluster.ensureTopics(&error) || !cluster.fillPartitions(kRecordsPerPartition, &error)) {
        err << "setup failed: " << error << '\n';
        return 1;
    }
    const double topicsMs = msSince(setup);
    QElapsedTimer commitClock;
    commitClock.start();
    std::vector<GroupCommittedOffsets> commits;
    QStringList groupIds;
    for (int i = 0; i < kGroups; ++i) {
        GroupCommittedOffsets c;
        c.groupId = groupName(i);
        c.offsets.push_back(
            {BenchCluster::topicName(i / kPartitionsPerTopic), i % kPartitionsPerTopic, 1, 0});
        commits.push_back(std::move(c));
        groupIds.append(groupName(i));
    }
    if (auto status = admin.commitOffsets(commits, 60000); !status) {
        err << "commits failed: " << status.error().message << '\n';
        return 1;
    }
    const double commitMs = msSince(commitClock);
    err << "setup: topics " << topicsMs << " ms, " << kGroups << " groups committed in " << commitMs
        << " ms\n";

    // Ours: refresh (groups + engine) and tick (metadata + end offsets), warm client.
    std::vector<double> refreshMs, withTickMs, readMs, computeMs;
    qint64 oursLag = 0;
    int oursRows = 0;
    int oursGroups = 0;
    LagCalculator calculator;
    LagReader reader(client);
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    for (int r = 0; r < runs + 1; ++r) {
        QElapsedTimer total;
        total.start();
        auto md = client.fetchMetadata(kTimeoutMs);
        if (!md || !client.fillOffsets(*md, kTimeoutMs)) {
            err << "tick failed\n";
            return 1;
        }
        const double tickMs = msSince(total);
        QElapsedTimer refresh;
        refresh.start();
        auto readout = reader.read({}, kTimeoutMs);
        if (!readout) {
            err << "read failed: " << readout.error().message << '\n';
            return 1;
        }
        const double read = msSince(refresh);
        calculator.addEndOffsets(*md);
        QElapsedTimer compute;
        compute.start();
        const LagSnapshot s = calculator.compute(*md, *readout, {});
        const double computeOnly = msSince(compute);
        const double refreshOnly = msSince(refresh);
        if (r == 0)
            continue; // the first run connects to every coordinator
        refreshMs.push_back(refreshOnly);
        withTickMs.push_back(refreshOnly + tickMs);
        readMs.push_back(read);
        computeMs.push_back(computeOnly);
        oursLag = 0;
        oursRows = 0;
        oursGroups = 0;
        for (const GroupLag& g : s.groups) {
            if (!g.groupId.startsWith(QLatin1String("bench-lag-")))
                continue;
            ++oursGroups;
            for (const GroupTopicLag& t : g.topics) {
                for (const PartitionLag& p : t.partitions) {
                    oursLag += p.lag.value_or(0);
                    ++oursRows;
                }
            }
            if (!g.error.isEmpty())
                err << g.groupId << ": " << g.error << '\n';
        }
    }

    // The bench groups are Empty, so a refresh skips describing them (LagReader). What it
    // would cost if every group had members: DescribeConsumerGroups of all of them.
    std::vector<double> describeMs;
    for (int r = 0; r < 3; ++r) {
        QElapsedTimer clock;
        clock.start();
        auto described = admin.describeGroups(groupIds, kTimeoutMs);
        if (!described) {
            err << "describe failed: " << described.error().message << '\n';
            return 1;
        }
        describeMs.push_back(msSince(clock));
    }

    // Kafka's tool, a fresh JVM per run.
    std::vector<double> javaMs;
    qint64 javaLagSum = 0;
    int javaRows = 0;
    for (int r = 0; r < parser.value(QStringLiteral("java-runs")).toInt(); ++r) {
        QProcess java;
        QElapsedTimer clock;
        clock.start();
        java.start(tool, {QStringLiteral("consumer-groups"), QStringLiteral("--bootstrap-server"),
                          profile.bootstrapServers, QStringLiteral("--describe"),
                          QStringLiteral("--all-groups")});
        if (!java.waitForFinished(600000) || java.exitCode() != 0) {
            err << "kafka-consumer-groups failed: " << java.readAllStandardError() << '\n';
            return 1;
        }
        javaMs.push_back(msSince(clock));
        std::tie(javaLagSum, javaRows) = javaLag(QString::fromUtf8(java.readAllStandardOutput()));
    }

    const Stats refresh = statsOf(refreshMs);
    const Stats withTick = statsOf(withTickMs);
    const Stats java = statsOf(javaMs);
    out << "streamscope " << kVersion << ", librdkafka " << librdkafkaVersion() << ", load average "
        << loadAverage() << "\n\n";
    out << "| measurement | median | min | max | n |\n|---|---:|---:|---:|---:|\n";
    out << row(QStringLiteral("**ours: one full refresh** (list + describe + committed offsets "
                              "of %1 groups + engine)")
                   .arg(oursGroups),
               refresh)
        << '\n';
    out << row(QStringLiteral("&nbsp;&nbsp;of which reading the groups"), statsOf(readMs)) << '\n';
    out << row(QStringLiteral("&nbsp;&nbsp;of which the engine (LagCalculator::compute)"),
               statsOf(computeMs))
        << '\n';
    out << row(QStringLiteral("ours: refresh + the tick's metadata and end offsets"), withTick)
        << '\n';
    out << row(QStringLiteral("describing all %1 groups (skipped for Empty groups; the cost if "
                              "all had members)")
                   .arg(kGroups),
               statsOf(describeMs))
        << '\n';
    out << row(QStringLiteral("kafka-consumer-groups --describe --all-groups, fresh JVM"), java)
        << '\n';
    out << "\nSame figures: ours " << oursRows << " rows, total lag " << oursLag << "; Kafka "
        << javaRows << " rows, total lag " << javaLagSum << ": "
        << (oursRows == javaRows && oursLag == javaLagSum ? "SAME" : "DIFFERENT") << '\n';
    out << "Ratio Java / ours (refresh): " << QString::number(java.median / refresh.median, 'f', 1)
        << "x; Java / ours (refresh + tick): "
        << QString::number(java.median / withTick.median, 'f', 1) << "x\n";
    out << "Setup: " << kTopics * kPartitionsPerTopic << " partitions in "
        << QString::number(topicsMs, 'f', 0) << " ms, " << kGroups << " groups committed in "
        << QString::number(commitMs, 'f', 0) << " ms\n";
    out.flush();

    int rc = (oursRows == javaRows && oursLag == javaLagSum) ? 0 : 1;
    if (!parser.isSet(QStringLiteral("keep"))) {
        if (auto status = admin.deleteGroups(groupIds, 60000); !status) {
            err << "deleting groups failed: " << status.error().message << '\n';
            rc = 1;
        }
        if (!cluster.deleteTopics(&error)) {
            err << "deleting topics failed: " << error << '\n';
            rc = 1;
        }
    }
    return rc;
}
