// streamscope-bench-uifeed: the cluster load of the GUI event-loop benchmark (bench/eventloop.sh).
//
//   streamscope-bench-uifeed -b HOST:PORT [--topics N] [--partitions P] [--prefix NAME] COMMAND
//     create                  create PREFIX0000 .. PREFIX(N-1) (idempotent) and wait for leaders
//     feed [--rate R] [--duration S]
//                             produce R records/s into every topic (round-robin partitions)
//                             until S seconds passed or SIGINT/SIGTERM
//     delete                  delete the topics
//
// Topic creation runs on several threads at once (one CreateTopics per topic, the broker handles
// them in parallel), so 1,000 topics take seconds rather than the minutes of one JVM tool call
// per topic.
#include "kafka/KafkaClient.h"
#include "kafka/RawProduce.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>
#include <vector>

using namespace streamscope;

namespace {

constexpr int kAdminTimeoutMs = 60000;
constexpr int kCreateThreads = 8;
constexpr int kDeleteBatch = 100;

std::atomic_bool g_stop{false};
static_assert(std::atomic_bool::is_always_lock_free);

extern "C" void onStopSignal(int) {
    g_stop = true;
}

struct Options {
    ConnectionProfile profile;
    int topics = 1000;
    int partitions = 2;
    QString prefix = QStringLiteral("bench-ui-");
    double ratePerTopic = 1.0;
    double durationS = 0; // 0: until a signal
};

QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

QStringList topicNames(const Options& o) {
    QStringList names;
    for (int i = 0; i < o.topics; ++i)
        names.append(o.prefix + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')));
    return names;
}

int create(const Options& o) {
    const QStringList names = topicNames(o);
    QElapsedTimer timer;
    timer.start();
    auto admin = KafkaClient::create(o.profile);
    if (!admin) {
        err() << "uifeed: " << admin.error().message << Qt::endl;
        return 1;
    }
    auto metadata = (*admin)->fetchMetadata(kAdminTimeoutMs);
    if (!metadata) {
        err() << "uifeed: " << metadata.error().message << Qt::endl;
        return 1;
    }
    QStringList missing;
    for (const QString& name : names)
        if (!metadata->findTopic(name))
            missing.append(name);
    std::atomic<int> next{0};
    std::atomic<int> failed{0};
    std::vector<std::jthread> workers;
    for (int t = 0; t < kCreateThreads; ++t)
        workers.emplace_back([&] {
            for (int i = next++; i < missing.size(); i = next++) {
                auto status =
                    (*admin)->createTopic(missing[i], o.partitions, 1, {}, kAdminTimeoutMs);
                if (!status && status.error().code != RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS) {
                    ++failed;
                    err() << "uifeed: " << missing[i] << ": " << status.error().message << Qt::endl;
                }
            }
        });
    workers.clear(); // joins
    if (failed > 0)
        return 1;
    // Wait until every partition has a leader, so producing starts on a ready cluster.
    for (;;) {
        auto current = (*admin)->fetchMetadata(kAdminTimeoutMs);
        int ready = 0;
        if (current)
            for (const QString& name : names)
                if (const TopicInfo* topic = current->findTopic(name)) {
                    bool led = static_cast<int>(topic->partitions.size()) == o.partitions;
                    for (const auto& p : topic->partitions)
                        led = led && p.leader >= 0;
                    ready += led ? 1 : 0;
                }
        if (ready == names.size())
            break;
        if (timer.elapsed() > 5 * kAdminTimeoutMs) {
            err() << "uifeed: only " << ready << " of " << names.size() << " topics ready"
                  << Qt::endl;
            return 1;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
    }
    err() << "uifeed: " << names.size() << " topics ready (" << missing.size() << " created) in "
          << timer.elapsed() << " ms" << Qt::endl;
    return 0;
}

int feed(const Options& o) {
    auto producer = KafkaClient::create(o.profile, KafkaClient::Kind::Producer,
                                        {{QStringLiteral("linger.ms"), QStringLiteral("20")}});
    if (!producer) {
        err() << "uifeed: " << producer.error().message << Qt::endl;
        return 1;
    }
    rd_kafka_t* rk = (*producer)->handle();
    std::vector<QByteArray> names;
    for (const QString& name : topicNames(o))
        names.push_back(name.toUtf8());
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);

    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    const double total = o.ratePerTopic * static_cast<double>(names.size());
    long long sent = 0;
    long long failures = 0;
    auto lastReport = start;
    while (!g_stop) {
        const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
        if (o.durationS > 0 && elapsed >= o.durationS)
            break;
        // Absolute schedule: by now `due` records should have gone out.
        const auto due = static_cast<long long>(elapsed * total);
        for (; sent < due && !g_stop; ++sent) {
            const auto topic =
                static_cast<std::size_t>(sent % static_cast<long long>(names.size()));
            const auto round = sent / static_cast<long long>(names.size());
            const QByteArray value = QByteArray("ui-bench-") + QByteArray::number(sent);
            if (produceValue(rk, names[topic].constData(), static_cast<int>(round % o.partitions),
                             value) != RD_KAFKA_RESP_ERR_NO_ERROR)
                ++failures;
        }
        rd_kafka_poll(rk, 0);
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        if (Clock::now() - lastReport > std::chrono::seconds(10)) {
            lastReport = Clock::now();
            err() << "uifeed: " << sent << " records in " << qRound(elapsed) << " s (" << failures
                  << " failed)" << Qt::endl;
        }
    }
    rd_kafka_flush(rk, 10000);
    err() << "uifeed: produced " << sent << " records (" << failures << " failed)" << Qt::endl;
    return 0;
}

int remove(const Options& o) {
    auto admin = KafkaClient::create(o.profile);
    if (!admin) {
        err() << "uifeed: " << admin.error().message << Qt::endl;
        return 1;
    }
    const QStringList names = topicNames(o);
    int rc = 0;
    for (qsizetype i = 0; i < names.size(); i += kDeleteBatch) {
        auto status = (*admin)->deleteTopics(names.mid(i, kDeleteBatch), kAdminTimeoutMs);
        if (!status && status.error().code != RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART) {
            err() << "uifeed: delete: " << status.error().message << Qt::endl;
            rc = 1;
        }
    }
    err() << "uifeed: deleted " << names.size() << " topics" << Qt::endl;
    return rc;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Load for the GUI event-loop benchmark."));
    parser.addHelpOption();
    parser.addOptions({
        {{QStringLiteral("b"), QStringLiteral("bootstrap")},
         QStringLiteral("Bootstrap servers."),
         QStringLiteral("servers")},
        {QStringLiteral("topics"), QStringLiteral("Topic count (default 1000)."),
         QStringLiteral("n"), QStringLiteral("1000")},
        {QStringLiteral("partitions"), QStringLiteral("Partitions per topic (default 2)."),
         QStringLiteral("n"), QStringLiteral("2")},
        {QStringLiteral("prefix"), QStringLiteral("Topic name prefix (default bench-ui-)."),
         QStringLiteral("text"), QStringLiteral("bench-ui-")},
        {QStringLiteral("rate"), QStringLiteral("Records per second per topic (default 1)."),
         QStringLiteral("r"), QStringLiteral("1")},
        {QStringLiteral("duration"), QStringLiteral("Seconds to feed (default: until a signal)."),
         QStringLiteral("s"), QStringLiteral("0")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("create|feed|delete"));
    parser.process(app);
    Options o;
    o.profile.bootstrapServers = parser.value(QStringLiteral("bootstrap"));
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    o.topics = parser.value(QStringLiteral("topics")).toInt(&ok1);
    o.partitions = parser.value(QStringLiteral("partitions")).toInt(&ok2);
    o.ratePerTopic = parser.value(QStringLiteral("rate")).toDouble(&ok3);
    o.durationS = parser.value(QStringLiteral("duration")).toDouble(&ok4);
    o.prefix = parser.value(QStringLiteral("prefix"));
    const QStringList args = parser.positionalArguments();
    if (o.profile.bootstrapServers.isEmpty() || args.size() != 1 || !ok1 || !ok2 || !ok3 || !ok4 ||
        o.topics < 1 || o.topics > 100000 || o.partitions < 1 || o.ratePerTopic <= 0 ||
        o.durationS < 0 || o.prefix.isEmpty()) {
        err() << parser.helpText();
        return 2;
    }
    const QString command = args.first();
    if (command == QStringLiteral("create"))
        return create(o);
    if (command == QStringLiteral("feed"))
        return feed(o);
    if (command == QStringLiteral("delete"))
        return remove(o);
    err() << parser.helpText();
    return 2;
}
