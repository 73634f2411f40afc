// The event browser against its peers, side by side in one run on the same data (issue 8):
// 1,000,000 JSON messages of ~200 bytes in bench-browse-1m on the local broker.
//   load:    runBrowse into a MessageStore          vs  kcat -C -e -q > /dev/null
//   filter:  CompiledFilter::matchingRows (2 cores)  vs  jq -c 'select(...)' on the same NDJSON
//   CLI:     streamscope-cli browse --filter --count vs  kcat -C -e -q | jq -c 'select(...)' | wc
//   -l memory:  resident set with the million loaded vs payload + 64 B/message + the base
// Usage: streamscope-bench-browse -b BOOTSTRAP --cli PATH [--messages N] [--runs N]
// Prints a Markdown section for bench/RESULTS.md.
#include "browse/BrowseFetch.h"
#include "browse/Filter.h"
#include "browse/MessageStore.h"
#include "kafka/KafkaClient.h"
#include "kafka/RawProduce.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace streamscope;

namespace {

const QString kTopic = QStringLiteral("bench-browse-1m");
const QString kFilter = QStringLiteral("value.type == \"order\"");
const QString kJq = QStringLiteral("select(.type == \"order\")");
QTextStream err(stderr);

qint64 rssKb() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

QByteArray payload(int i) {
    static const char* const types[] = {"order", "payment", "refund", "shipment"};
    QByteArray p = "{\"id\":" + QByteArray::number(i) + ",\"type\":\"" + types[i % 4] +
                   "\",\"customer\":\"c-" + QByteArray::number(i % 5000).rightJustified(5, '0') +
                   "\",\"amount\":" + QByteArray::number((i % 100000) / 100.0, 'f', 2) +
                   ",\"currency\":\"EUR\",\"items\":[{\"sku\":\"A-" + QByteArray::number(i % 97) +
                   "\",\"qty\":" + QByteArray::number(1 + i % 5) +
                   "}],\"ts\":\"2026-12-02T10:00:00Z\",\"note\":\"";
    while (p.size() < 196)
        p += char('a' + (i + p.size()) % 26);
    p += "\"}";
    return p;
}

qint64 messageCount(KafkaClient& client) {
    auto md = client.fetchTopicMetadata({kTopic}, 10000);
    if (!md || md->topics.empty() || md->topics.front().errorCode != 0)
        return -1;
    if (!client.fillOffsets(*md, 10000))
        return -1;
    return md->topics.front().messageCount();
}

bool ensureData(const ConnectionProfile& profile, int messages) {
    auto admin = KafkaClient::create(profile);
    if (!admin)
        return false;
    qint64 have = messageCount(**admin);
    if (have == messages)
        return true;
    if (have >= 0) {
        err << "bench: " << kTopic << " holds " << have << " messages, re-creating\n";
        (*admin)->deleteTopics({kTopic}, 30000);
        QThread::sleep(3);
    }
    if (!(*admin)->createTopic(kTopic, 3, 1, {}, 30000)) {
        err << "bench: cannot create " << kTopic << '\n';
        return false;
    }
    auto producer =
        KafkaClient::create(profile, KafkaClient::Kind::Producer,
                            {{QStringLiteral("linger.ms"), QStringLiteral("20")},
                             {QStringLiteral("batch.size"), QStringLiteral("1000000")},
                             {QStringLiteral("compression.type"), QStringLiteral("none")}});
    if (!producer)
        return false;
    const QByteArray name = kTopic.toUtf8();
    for (int i = 0; i < messages; ++i)
        if (produceValue((*producer)->handle(), name.constData(), i % 3, payload(i), true) !=
            RD_KAFKA_RESP_ERR_NO_ERROR)
            return false;
    rd_kafka_flush((*producer)->handle(), 60000);
    err << "bench: produced " << messages << " messages\n";
    return messageCount(**admin) == messages;
}

// CPU time (user + sys) in ms of this process (its threads) or of its waited-for children (and
// theirs): less sensitive to a shared machine's load than wall time.
qint64 cpuMs(int who) {
    rusage u{};
    getrusage(who, &u);
    const auto ms = [](const timeval& t) { return qint64(t.tv_sec) * 1000 + t.tv_usec / 1000; };
    return ms(u.ru_utime) + ms(u.ru_stime);
}

// Wall time of a shell pipeline, its stdout trimmed; cpu: the pipeline's user + sys time.
qint64 timeShell(const QString& command, QString* out = nullptr, qint64* cpu = nullptr) {
    QProcess p;
    QElapsedTimer t;
    const qint64 cpuBefore = cpuMs(RUSAGE_CHILDREN);
    t.start();
    p.start(QStringLiteral("bash"), {QStringLiteral("-c"), command});
    p.waitForFinished(-1);
    const qint64 ms = t.elapsed();
    if (cpu)
        *cpu = cpuMs(RUSAGE_CHILDREN) - cpuBefore;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    if (p.exitCode() != 0)
        err << "bench: '" << command << "' exited " << p.exitCode() << ": "
            << p.readAllStandardError() << '\n';
    return ms;
}

qint64 median(std::vector<qint64> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double rate(qint64 n, qint64 ms) {
    return ms > 0 ? double(n) * 1000.0 / double(ms) : 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const QString bootstrap =
        option(QStringLiteral("-b"), qEnvironmentVariable("STREAMSCOPE_BOOTSTRAP"));
    const QString cli = option(QStringLiteral("--cli"), QString());
    const int messages = option(QStringLiteral("--messages"), QStringLiteral("1000000")).toInt();
    const int runs = option(QStringLiteral("--runs"), QStringLiteral("3")).toInt();
    if (bootstrap.isEmpty() || cli.isEmpty()) {
        err << "usage: streamscope-bench-browse -b BOOTSTRAP --cli PATH [--messages N] [--runs "
               "N]\n";
        return 2;
    }
    ConnectionProfile profile;
    profile.bootstrapServers = bootstrap;
    if (!ensureData(profile, messages))
        return 1;
    const qint64 baseKb = rssKb();

    // 1. Load: kcat and the store, alternating, median of `runs`.
    const QString kcat =
        QStringLiteral("kcat -b %1 -C -e -q -o beginning -t %2").arg(bootstrap, kTopic);
    std::vector<qint64> kcatMs, loadMs, kcatCpu, loadCpu;
    std::unique_ptr<MessageStore> store;
    qint64 loadedKb = 0;
    for (int r = 0; r < runs; ++r) {
        qint64 cpu = 0;
        kcatMs.push_back(timeShell(kcat + QStringLiteral(" > /dev/null"), nullptr, &cpu));
        kcatCpu.push_back(cpu);
        store.reset();
        store = std::make_unique<MessageStore>(kTopic);
        BrowseRequest request;
        request.topic = kTopic;
        QElapsedTimer t;
        const qint64 cpuBefore = cpuMs(RUSAGE_SELF);
        t.start();
        const auto outcome = runBrowse(profile, request, storeSink(*store), CancelToken{});
        loadMs.push_back(t.elapsed());
        loadCpu.push_back(cpuMs(RUSAGE_SELF) - cpuBefore);
        if (outcome.end != BrowseOutcome::End::Finished || qint64(store->size()) != messages) {
            err << "bench: load ended " << int(outcome.end) << " with " << store->size()
                << " messages: " << outcome.error.message << '\n';
            return 1;
        }
        loadedKb = std::max(loadedKb, rssKb());
    }
    const qint64 payloadBytes = store->payloadBytes();
    const qint64 storeBytes = store->memoryBytes();

    // 2. Filter the loaded million on a JSON field vs jq on the same payloads as NDJSON.
    const QString ndjson = QStringLiteral("/tmp/bench-browse-1m.ndjson");
    {
        QFile f(ndjson);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        QByteArray chunk;
        for (size_t r = 0; r < store->size(); ++r) {
            const MaybeBytes v = store->value(r);
            chunk.append(v.data, v.size).append('\n');
            if (chunk.size() > (8 << 20)) {
                f.write(chunk);
                chunk.clear();
            }
        }
        f.write(chunk);
    }
    auto filter = CompiledFilter::compile(kFilter);
    std::vector<qint64> filter2Ms, filter1Ms;
    size_t matches = 0;
    for (int r = 0; r < std::max(runs, 5); ++r) {
        QElapsedTimer t;
        t.start();
        matches = filter->matchingRows(*store, 0, store->size(), {}, 2).size();
        filter2Ms.push_back(t.elapsed());
        t.restart();
        filter->matchingRows(*store, 0, store->size(), {}, 1);
        filter1Ms.push_back(t.elapsed());
    }
    QString jqCount;
    const qint64 jqMs =
        timeShell(QStringLiteral("jq -c '%1' %2 | wc -l").arg(kJq, ndjson), &jqCount);
    store.reset();

    // 3. End to end: the CLI vs kcat | jq.
    QString ourCount, theirCount;
    std::vector<qint64> cliMs, pipeMs, cliCpu, pipeCpu;
    for (int r = 0; r < runs; ++r) {
        qint64 cpu = 0;
        cliMs.push_back(timeShell(QStringLiteral("%1 browse -b %2 --topic %3 --filter '%4' --count")
                                      .arg(cli, bootstrap, kTopic, kFilter),
                                  &ourCount, &cpu));
        cliCpu.push_back(cpu);
        pipeMs.push_back(
            timeShell(kcat + QStringLiteral(" | jq -c '%1' | wc -l").arg(kJq), &theirCount, &cpu));
        pipeCpu.push_back(cpu);
    }

    const double loadVsKcat = double(median(kcatMs)) / double(median(loadMs));
    const double overheadPerMsg =
        (double(loadedKb - baseKb) * 1024.0 - double(payloadBytes)) / double(messages);
    QTextStream out(stdout);
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    loadavg.open(QIODevice::ReadOnly);
    out << "### Run of "
        << QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        << " UTC\n\n"
        << messages << " messages, " << payloadBytes / messages
        << " bytes each on average, 3 partitions, "
        << "filter `" << kFilter << "` (" << matches << " matches; jq: " << jqCount
        << "; kcat|jq: " << theirCount << "; CLI: " << ourCount
        << "). Load average at the end: " << loadavg.readAll().split(' ').mid(0, 3).join(' ')
        << ". Medians of " << runs << " runs.\n\n"
        << "| what | ours | peer | ratio (goal) |\n|---|---|---|---|\n";
    const auto cpuRatio = [&](const std::vector<qint64>& ours, const std::vector<qint64>& peer) {
        return QString::number(double(median(peer)) / double(std::max<qint64>(median(ours), 1)),
                               'f', 2);
    };
    out << "| load into the store vs `kcat -C -e -q > /dev/null` | " << median(loadMs) << " ms ("
        << qint64(rate(messages, median(loadMs))) << " msgs/s), CPU " << median(loadCpu) << " ms | "
        << median(kcatMs) << " ms, CPU " << median(kcatCpu) << " ms | "
        << QString::number(loadVsKcat, 'f', 2) << "x wall, " << cpuRatio(loadCpu, kcatCpu)
        << "x CPU (>= 0.9x) |\n";
    out << "| filter the loaded million, 2 threads vs `jq -c 'select(...)'` on NDJSON | "
        << median(filter2Ms) << " ms (" << qint64(rate(messages, median(filter2Ms)))
        << " msgs/s; 1 thread " << median(filter1Ms) << " ms) | " << jqMs << " ms | "
        << QString::number(double(jqMs) / double(std::max<qint64>(median(filter2Ms), 1)), 'f', 1)
        << "x (>= 20x, >= 1M msgs/s) |\n";
    out << "| `streamscope-cli browse --filter ... --count` vs `kcat -C -e -q \\| jq -c ... \\| wc "
           "-l` | "
        << median(cliMs) << " ms, CPU " << median(cliCpu) << " ms | " << median(pipeMs)
        << " ms, CPU " << median(pipeCpu) << " ms | "
        << QString::number(double(median(pipeMs)) / double(median(cliMs)), 'f', 1) << "x wall, "
        << cpuRatio(cliCpu, pipeCpu) << "x CPU (>= 5x) |\n";
    out << "| resident memory with the million loaded | " << (loadedKb - baseKb) / 1024
        << " MiB above a base of " << baseKb / 1024 << " MiB | payload " << payloadBytes / (1 << 20)
        << " MiB + 64 B x " << messages << " = "
        << (payloadBytes + qint64(messages) * 64) / (1 << 20) << " MiB | "
        << QString::number(overheadPerMsg, 'f', 1)
        << " B/message beyond the payload (<= 64); the store itself: "
        << QString::number(double(storeBytes - payloadBytes) / double(messages), 'f', 1)
        << " B/message |\n";
    QFile::remove(ndjson);
    return 0;
}
