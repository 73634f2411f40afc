// checkStore splits the reading of records over threads (FactsBatch, BatchWindow) while the checks
// run in row order on the calling thread. Its report must be the one EventChecks::add gives over
// the same rows on one thread, whatever the split: same counts, examples, versions and shapes,
// latency samples. The records here cover every check's findings and the facts a batch has to
// copy (ids from JSON strings and numbers, types and versions from fields and headers, shapes
// changing within a version), and the splits make every batch boundary, a full window and more
// readers than batches happen. A cancel in the middle of a split run returns with the threads.
#include "browse/MessageStore.h"
#include "checks/CheckReportJson.h"
#include "checks/CheckStore.h"
#include "checks/EventChecks.h"

#include <QtTest>

#include <random>

using namespace streamscope;

namespace {

const QString kTopic = QStringLiteral("orders");

QByteArray traceparentOf(int trace) {
    return "00-" + QByteArray::number(trace + 1, 16).rightJustified(32, '0') +
           "-00f067aa0ba902b7-01";
}

// A record of a mixed stream, decided by a seeded generator: copies (same and other payload),
// sequences going back, keys moving partition, three versions of two types whose shapes change
// (arrays of varying length give many shape hashes), invalid and empty values, records missing
// the required header, ids in headers, JSON strings and JSON numbers, traces with causation.
ConsumedRecord mixedRecord(int i, std::mt19937& random, const ConsumedRecord* previous) {
    if (previous && random() % 20 == 0) { // a copy of the previous record
        ConsumedRecord copy = *previous;
        copy.offset = i;
        if (random() % 2)
            copy.value.replace("\"amount\":", "\"amount\":1"); // same id, other payload
        return copy;
    }
    ConsumedRecord r;
    r.topic = kTopic;
    const int key = int(random() % 300);
    r.partition = (random() % 50 == 0) ? int(random() % 4) : key % 4;
    r.offset = i;
    r.timestampMs = 1'700'000'000'000LL + i * 3 - int(random() % 5);
    if (random() % 25 != 0)
        r.key = "key-" + QByteArray::number(key);
    const int version = int(random() % 3) + 1;
    const bool payment = random() % 2;
    const QByteArray type = payment ? "payment.done" : "order.placed";
    QByteArray items = "[";
    for (int n = int(random() % 4); n > 0; --n)
        items += QByteArray(items.size() > 1 ? "," : "") + "{\"sku\":\"s" + QByteArray::number(n) +
                 "\"}";
    items += "]";
    const bool goesBack = random() % 40 == 0;
    const int seq = goesBack ? i - 10 * int(random() % 3 + 1) : i;
    switch (random() % 40) {
    case 0:
        r.value = "{\"broken\":"; // invalid JSON
        break;
    case 1:
        r.value = QByteArray(""); // empty, not null
        break;
    default: {
        QByteArray id;
        switch (random() % 3) {
        case 0:
            id = "\"id\":\"ord-" + QByteArray::number(i) + "\",";
            break;
        case 1:
            id = "\"event_id\":" + QByteArray::number(i * 7) + ",";
            break;
        default:
            r.headers.push_back({"ce_id", "ce-" + QByteArray::number(i)});
        }
        r.value =
            "{" + id + "\"schema_version\":" + QByteArray::number(version) + ",\"event_type\":\"" +
            type + "\",\"seq\":" + QByteArray::number(seq) + ",\"amount\":" +
            (version == 3 ? "\"" + QByteArray::number(i % 90) + "\"" : QByteArray::number(i % 90)) +
            ",\"items\":" + items + (version >= 2 ? ",\"currency\":\"EUR\"" : "") + "}";
    }
    }
    if (random() % 3 == 0)
        r.headers.push_back({"ce_type", type + ".v" + QByteArray::number(version)});
    if (random() % 30 != 0)
        r.headers.push_back({"source", "shop"});
    if (random() % 4 != 0) {
        const int trace = i / 4;
        r.headers.push_back({"traceparent", traceparentOf(trace)});
        if (i % 4 != 0)
            r.headers.push_back({"ce_causationid", "ce-" + QByteArray::number(i - 1)});
    }
    return r;
}

void fillStore(MessageStore& store, int count) {
    std::mt19937 random(11);
    ConsumedRecord previous;
    for (int i = 0; i < count; ++i) {
        ConsumedRecord r = mixedRecord(i, random, i > 0 ? &previous : nullptr);
        QVERIFY(store.append(r));
        previous = std::move(r);
    }
}

CheckOptions mixedOptions() {
    CheckOptions options;
    options.requiredHeaders = {QStringLiteral("source")};
    options.maxExamples = 50;
    options.sagaWindowMs = 40;
    return options;
}

// What the JSON contract leaves out is compared beside it: the latency samples behind the
// histogram, each version's first record and field list.
void compareReports(const CheckReport& split, const CheckReport& reference) {
    QCOMPARE(QByteArray::fromStdString(checkReportToJson(split).dump(1)),
             QByteArray::fromStdString(checkReportToJson(reference).dump(1)));
    QCOMPARE(split.latency.size(), reference.latency.size());
    for (size_t i = 0; i < split.latency.size(); ++i)
        QCOMPARE(split.latency[i].samplesMs, reference.latency[i].samplesMs);
    QCOMPARE(split.versions.size(), reference.versions.size());
    for (size_t i = 0; i < split.versions.size(); ++i) {
        QCOMPARE(split.versions[i].firstRecord, reference.versions[i].firstRecord);
        QCOMPARE(split.versions[i].fields, reference.versions[i].fields);
    }
}

// The reference: every row through EventChecks::add on this thread, as before the split.
CheckReport checkOneByOne(const MessageStore& store, const std::vector<size_t>& rows,
                          const CheckOptions& options) {
    EventChecks checks(options);
    const size_t total = rows.empty() ? store.size() : rows.size();
    for (size_t i = 0; i < total; ++i)
        checks.add(store.view(rows.empty() ? i : rows[i]));
    return checks.finish();
}

} // namespace

class TestChecksSplit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void splitGivesTheOneThreadReport_data() {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("batchRows");
        QTest::addColumn<int>("batchesAhead");
        QTest::newRow("one thread") << 1 << 1024 << 8;
        QTest::newRow("default split") << 0 << 1024 << 8;
        QTest::newRow("two threads, odd batches, small window") << 2 << 7 << 3;
        QTest::newRow("four threads, a row per batch") << 4 << 1 << 2;
        QTest::newRow("three threads, window of one") << 3 << 100 << 1;
        QTest::newRow("more threads than batches") << 8 << 5000 << 4;
    }
    void splitGivesTheOneThreadReport() {
        QFETCH(int, threads);
        QFETCH(int, batchRows);
        QFETCH(int, batchesAhead);
        MessageStore store(kTopic);
        fillStore(store, 12000);
        const CheckOptions options = mixedOptions();
        const CheckReport reference = checkOneByOne(store, {}, options);
        // The records make every check find something, or the comparison would prove little.
        QVERIFY(reference.duplicates.samePayload > 0);
        QVERIFY(reference.duplicates.differentPayload > 0);
        QVERIFY(reference.order.count > 0);
        QVERIFY(reference.order.keysOnSeveralPartitions > 0);
        QVERIFY(reference.versions.size() >= 6);
        QVERIFY(reference.malformed.invalidJson > 0);
        QVERIFY(reference.malformed.missingHeaders > 0);
        QVERIFY(!reference.latency.empty());
        QVERIFY(reference.saga.incomplete > 0);
        bool typeChanged = false;
        for (const VersionFinding& v : reference.versions)
            typeChanged = typeChanged || !v.fieldsChangedType.isEmpty();
        QVERIFY(typeChanged);

        const CheckStoreSplit split{threads, size_t(batchRows), size_t(batchesAhead)};
        compareReports(checkStore(store, {}, options, {}, {}, split), reference);

        // Chosen rows, in an order of their own (every third row, last partition's first).
        std::vector<size_t> rows;
        for (size_t row = 0; row < store.size(); row += 3)
            if (store.view(row).partition == 3)
                rows.push_back(row);
        for (size_t row = 0; row < store.size(); row += 3)
            if (store.view(row).partition != 3)
                rows.push_back(row);
        compareReports(checkStore(store, rows, options, {}, {}, split),
                       checkOneByOne(store, rows, options));
    }

    void cancelMidwayReturnsWithItsThreads() {
        MessageStore store(kTopic);
        fillStore(store, 200000);
        CancelToken cancel;
        size_t calls = 0;
        const CheckReport report = checkStore(
            store, {}, mixedOptions(), cancel,
            [&](size_t done, size_t) {
                if (++calls == 2 && done > 0)
                    cancel.cancel();
            },
            CheckStoreSplit{2, 64, 4});
        QVERIFY(report.cancelled);
        QVERIFY(report.records > 0);
        QVERIFY(report.records < qint64(store.size()));
    }
};

QTEST_GUILESS_MAIN(TestChecksSplit)
#include "tst_checks_split.moc"
