// The event health checks over 1,000,000 loaded records (issue 11: all checks under 2 s on 2
// cores). Records like the simulator's (CloudEvents headers, traceparent, ~300-byte JSON with
// seq and schema_version, 2% copies, seq rising per key, two versions, follow-ups in traces) are
// put into a MessageStore in memory, then checkStore runs over every row: once reading every
// record on the calling thread, then split as the app runs it (one reading thread per core).
// Beside it, in the same run, the floor any JSON check pays: one simdjson parse of every value
// and nothing else. Exits 1 when the split run takes 2 s or more or its report differs.
#include "browse/MessageStore.h"
#include "checks/CheckReportJson.h"
#include "checks/CheckStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <simdjson.h>

#include <sys/resource.h>

#include <cstdio>
#include <random>

using namespace streamscope;

namespace {

ConsumedRecord makeRecord(int i, std::mt19937_64& random, std::uint64_t* seqs) {
    ConsumedRecord r;
    r.topic = QStringLiteral("bench.orders");
    const int key = int(random() % 5000);
    r.partition = key % 6;
    r.offset = i;
    r.timestampMs = 1'700'000'000'000LL + i;
    r.key = "cust-" + QByteArray::number(key);
    const bool followUp = (i % 3) == 2;
    const bool v2 = (random() % 10) < 3;
    const QByteArray id = QByteArray::number(quint64(random()), 16) + '-' + QByteArray::number(i);
    const QByteArray type = followUp ? "com.shop.payment.done" : "com.shop.order.placed";
    r.value = "{\"schema_version\":" + QByteArray(v2 ? "2" : "1") + ",\"event_type\":\"" + type +
              "\",\"id\":\"" + id + "\",\"key\":\"" + r.key +
              "\",\"seq\":" + QByteArray::number(seqs[key]++) +
              ",\"occurred_at\":\"2026-12-02T10:00:00.000Z\",\"order_id\":\"ord-" +
              QByteArray::number(i) + "\",\"total\":" + QByteArray::number(i % 800) +
              ".5,\"items\":[{\"sku\":\"sku-1234\",\"quantity\":2}],\"channel\":\"web\"" +
              (v2 ? QByteArray(",\"currency\":\"EUR\"") : QByteArray()) + "}";
    const QByteArray trace = QByteArray::number(quint64(i / 3 + 1), 16).rightJustified(32, '0');
    r.headers = {{"ce_specversion", "1.0"},
                 {"ce_id", id},
                 {"ce_source", "bench"},
                 {"ce_type", type},
                 {"content-type", "application/json"},
                 {"traceparent", "00-" + trace + "-00f067aa0ba902b7-01"}};
    return r;
}

// CPU time of this process (user + system) in ms: less sensitive than wall time to a loaded,
// shared machine.
qint64 cpuMs() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 +
           qint64(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    // More passes over the same store make a profile (perf record) mostly about the checks.
    const int passes = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 1;
    MessageStore store(QStringLiteral("bench.orders"), qint64(8) << 30);
    std::mt19937_64 random(7);
    std::vector<std::uint64_t> seqs(5000, 0);
    ConsumedRecord previous;
    for (int i = 0; i < count; ++i) {
        ConsumedRecord r = makeRecord(i, random, seqs.data());
        if (i > 0 && random() % 100 < 2) { // a retry: the previous record again, byte-identical
            previous.offset = i;
            store.append(previous);
            continue;
        }
        store.append(r);
        previous = std::move(r);
    }

    QElapsedTimer timer;
    timer.start();
    qint64 cpuBefore = cpuMs();
    simdjson::dom::parser parser;
    size_t valid = 0;
    for (size_t row = 0; row < store.size(); ++row) {
        const MessageView v = store.view(row);
        simdjson::dom::element root;
        if (parser.parse(v.value.data, size_t(v.value.size), false).get(root) == simdjson::SUCCESS)
            ++valid;
    }
    const qint64 parseMs = timer.elapsed();
    const qint64 parseCpuMs = cpuMs() - cpuBefore;

    // The same checks with every record read on the calling thread: the split's gain, and a
    // check that the split did not change the report.
    timer.restart();
    cpuBefore = cpuMs();
    const CheckReport oneThread = checkStore(store, {}, CheckOptions{}, {}, {}, {.threads = 1});
    const qint64 oneThreadMs = timer.elapsed();
    const qint64 oneThreadCpuMs = cpuMs() - cpuBefore;

    timer.restart();
    cpuBefore = cpuMs();
    CheckReport report = checkStore(store, {}, CheckOptions{});
    const qint64 checkMs = timer.elapsed();
    for (int pass = 1; pass < passes; ++pass)
        report = checkStore(store, {}, CheckOptions{});
    const qint64 checkCpuMs = cpuMs() - cpuBefore;

    std::printf("records %lld (valid JSON %zu)\n", static_cast<long long>(report.records), valid);
    std::printf("simdjson parse only: %lld ms (cpu %lld ms)\n", static_cast<long long>(parseMs),
                static_cast<long long>(parseCpuMs));
    std::printf("all checks, 1 thread: %lld ms (cpu %lld ms)\n",
                static_cast<long long>(oneThreadMs), static_cast<long long>(oneThreadCpuMs));
    std::printf("all checks (checkStore, %d threads): %lld ms (cpu %lld ms, %.2fx the parse)\n",
                std::max(1, QThread::idealThreadCount()), static_cast<long long>(checkMs),
                static_cast<long long>(checkCpuMs),
                double(checkMs) / double(std::max<qint64>(1, parseMs)));
    const bool same = checkReportToJson(oneThread) == checkReportToJson(report);
    std::printf("report of 1 thread and of the split identical: %s\n", same ? "yes" : "NO");
    std::printf("duplicates %lld, order violations %lld, versions %zu, latency steps %zu, "
                "traces %lld\n",
                static_cast<long long>(report.duplicates.count),
                static_cast<long long>(report.order.count), report.versions.size(),
                report.latency.size(), static_cast<long long>(report.saga.traces));
    return checkMs < 2000 && same ? 0 : 1;
}
