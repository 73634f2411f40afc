// Avro decoding speed (issue 15): decodes the records bench/schema_fastavro.py wrote with fastavro
// (u32 little-endian length + Avro body each, schema in FILE.avsc), framed like a Schema Registry
// value, through the same path `browse --schema-registry` takes (frame, AvroDecoder, JSON text).
// Prints records/s; bench/schema.sh runs fastavro's decoder on the same bytes beside it.
//
//   streamscope-bench-schema FILE [--runs N]
#include "schema/AvroDecoder.h"
#include "schema/WireFormat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace streamscope;
using namespace streamscope::schema;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: streamscope-bench-schema FILE [--runs N]\n");
        return 2;
    }
    int runs = 3;
    if (argc >= 4 && std::strcmp(argv[2], "--runs") == 0)
        runs = std::max(1, std::atoi(argv[3]));
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
    for (qsizetype pos = 0; pos + 4 <= raw.size();) {
        quint32 size = 0;
        std::memcpy(&size, raw.constData() + pos, 4);
        QByteArray value;
        appendConfluentHeader(value, 1);
        value += raw.mid(pos + 4, size);
        bytes += value.size();
        values.push_back(std::move(value));
        pos += 4 + size;
    }
    RegisteredSchema registered;
    registered.id = 1;
    registered.text = QString::fromUtf8(schemaFile.readAll());
    auto decoder = AvroDecoder::compile(registered);
    if (!decoder) {
        std::fprintf(stderr, "%s\n", qPrintable(decoder.error().message));
        return 1;
    }
    std::vector<double> rates;
    std::string json;
    size_t jsonBytes = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        jsonBytes = 0;
        for (const QByteArray& value : values) {
            const auto frame = parseConfluentFrame(value);
            json.clear();
            if (!frame || !(*decoder)->decode(frame->body, json)) {
                std::fprintf(stderr, "record does not decode\n");
                return 1;
            }
            jsonBytes += json.size();
        }
        rates.push_back(double(values.size()) / (double(timer.nsecsElapsed()) / 1e9));
    }
    std::sort(rates.begin(), rates.end());
    std::printf("records=%zu avg_bytes=%.0f runs=%d median_records_per_s=%.0f best=%.0f "
                "json_bytes_per_record=%.0f\nlast=%s\n",
                values.size(), double(bytes) / double(values.size()), runs, rates[rates.size() / 2],
                rates.back(), double(jsonBytes) / double(values.size()), json.c_str());
    return 0;
}
