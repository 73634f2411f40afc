// Avro decoding speed (issue 15): decodes the records bench/schema_fastavro.py wrote with fastavro
// (u32 little-endian length + Avro body each, schema in FILE.avsc), framed like a Schema Registry
// value, through the path `browse --schema-registry` takes for each record (frame, AvroDecoder,
// JSON text). With --threads N the records are cut into N contiguous slices decoded at once, each
// thread with its own decoder, as a reader thread per partition would. Prints records/s over wall
// time and over the process's CPU time (user + sys: less sensitive to a loaded machine);
// bench/schema.sh runs fastavro's decoder on the same bytes beside it.
//
//   streamscope-bench-schema FILE [--runs N] [--threads N]
#include "BenchStats.h"
#include "schema/AvroDecoder.h"
#include "schema/WireFormat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

using namespace streamscope;
using namespace streamscope::schema;

namespace {

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct Slice {
    const QByteArray* begin = nullptr;
    const QByteArray* end = nullptr;
    size_t jsonBytes = 0;
    std::string last;
    bool failed = false;
};

// One thread's work: its own decoder (Avro C values are not shared), one JSON buffer reused.
void decodeSlice(const RegisteredSchema& registered, Slice& slice) {
    auto decoder = AvroDecoder::compile(registered);
    if (!decoder) {
        slice.failed = true;
        return;
    }
    std::string json;
    // Counted in a local, stored once: the slices sit side by side in one vector, and a count
    // written per record would bounce their shared cache line between the threads' cores.
    size_t jsonBytes = 0;
    for (const QByteArray* value = slice.begin; value != slice.end; ++value) {
        const auto frame = parseConfluentFrame(*value);
        json.clear();
        if (!frame || !(*decoder)->decode(frame->body, json)) {
            slice.failed = true;
            return;
        }
        jsonBytes += json.size();
    }
    slice.jsonBytes = jsonBytes;
    slice.last = json;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: streamscope-bench-schema FILE [--runs N] [--threads N]\n");
        return 2;
    }
    int runs = 3;
    int threads = 1;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--runs") == 0)
            runs = std::max(1, std::atoi(argv[i + 1]));
        else if (std::strcmp(argv[i], "--threads") == 0)
            threads = std::clamp(std::atoi(argv[i + 1]), 1, 64);
    }
    QFile data(QString::fromLocal8Bit(argv[1]));
    QFile schemaFile(QString::fromLocal8Bit(argv[1]) + QStringLiteral(".avsc"));
    if (!data.open(QIODevice::ReadOnly) || !schemaFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s or its .avsc\n", argv[1]);
        return 1;
    }
    // Every record framed as on the topic: magic 0, id 1, body.
    const QByteArray raw = data.readAll();
    std::vector<QByteArray> values;
    qint64 bytes = 0;
    qint64 bodyBytes = 0;
    for (qsizetype pos = 0; pos + 4 <= raw.size();) {
        quint32 size = 0;
        std::memcpy(&size, raw.constData() + pos, 4);
        QByteArray value;
        appendConfluentHeader(value, 1);
        value += raw.mid(pos + 4, size);
        bytes += value.size();
        bodyBytes += size;
        values.push_back(std::move(value));
        pos += 4 + size;
    }
    if (values.empty()) {
        std::fprintf(stderr, "no records in %s\n", argv[1]);
        return 1;
    }
    RegisteredSchema registered;
    registered.id = 1;
    registered.text = QString::fromUtf8(schemaFile.readAll());
    if (auto check = AvroDecoder::compile(registered); !check) {
        std::fprintf(stderr, "%s\n", qPrintable(check.error().message));
        return 1;
    }
    std::vector<double> wallRates;
    std::vector<double> cpuRates;
    std::vector<Slice> slices(static_cast<size_t>(threads));
    for (int run = 0; run < runs; ++run) {
        const size_t per = (values.size() + size_t(threads) - 1) / size_t(threads);
        for (size_t t = 0; t < slices.size(); ++t) {
            const size_t from = std::min(values.size(), t * per);
            const size_t to = std::min(values.size(), from + per);
            slices[t] = Slice{values.data() + from, values.data() + to, 0, {}, false};
        }
        const double cpuBefore = cpuSeconds();
        QElapsedTimer timer;
        timer.start();
        if (threads == 1) {
            decodeSlice(registered, slices[0]);
        } else {
            std::vector<std::thread> workers;
            for (Slice& slice : slices)
                workers.emplace_back([&registered, &slice] { decodeSlice(registered, slice); });
            for (auto& worker : workers)
                worker.join();
        }
        const double wall = double(timer.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpuBefore;
        for (const Slice& slice : slices)
            if (slice.failed) {
                std::fprintf(stderr, "a record does not decode\n");
                return 1;
            }
        wallRates.push_back(double(values.size()) / wall);
        cpuRates.push_back(double(values.size()) / cpu);
        std::fprintf(stderr, "run %d: wall %.3f s, cpu %.3f s\n", run + 1, wall, cpu);
    }
    size_t jsonBytes = 0;
    for (const Slice& slice : slices)
        jsonBytes += slice.jsonBytes;
    const auto wallStats = bench::statsOf(wallRates);
    const auto cpuStats = bench::statsOf(cpuRates);
    std::printf("records=%zu avg_avro_bytes=%.0f avg_framed_bytes=%.0f threads=%d runs=%d "
                "median_records_per_s=%.0f best=%.0f median_records_per_cpu_s=%.0f "
                "cpu_us_per_record=%.3f json_bytes_per_record=%.0f load=%s\nlast=%s\n",
                values.size(), double(bodyBytes) / double(values.size()),
                double(bytes) / double(values.size()), threads, runs, wallStats.median,
                wallStats.max, cpuStats.median, 1e6 / cpuStats.median,
                double(jsonBytes) / double(values.size()), qPrintable(bench::loadAverage()),
                slices.back().last.c_str());
    return 0;
}
