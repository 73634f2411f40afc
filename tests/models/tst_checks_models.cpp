// The Checks page's models from hand-built CheckReports (no engine, no broker): one summary line
// per check in a fixed order with green/amber/red/grey health and a sentence with the numbers,
// the findings tree under them (copies with partition/offset, the two records of an order
// violation, versions with share and fields, latency steps and the whole flow), the records a
// row opens, minimal change signals on a new report (expansion survives), and the histogram
// bins with their nice widths. Every model runs under QAbstractItemModelTester.

#include "checks/CheckFindingsModel.h"
#include "checks/CheckSummary.h"
#include "checks/LatencyBins.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <numeric>

using namespace streamscope;

namespace {

CheckRecordRef ref(int partition, qint64 offset, qint64 timestampMs = 1'700'000'000'000) {
    return {QStringLiteral("orders"), partition, offset, timestampMs};
}

CheckReport cleanReport() {
    CheckReport report;
    report.records = 1000;
    report.duplicates.identitySource = QStringLiteral("header ce_id");
    report.order.sequenceSource = QStringLiteral("field seq");
    VersionFinding v;
    v.type = QStringLiteral("OrderCreated");
    v.version = QStringLiteral("1");
    v.count = 1000;
    v.share = 1.0;
    v.firstRecord = ref(0, 0);
    report.versions.push_back(v);
    return report;
}

// Everything wrong at once: a duplicate with another payload, an order violation, a key on two
// partitions, a second version whose field changed type, invalid JSON, and a latency step.
CheckReport troubledReport() {
    CheckReport report = cleanReport();
    DuplicateExample copy;
    copy.identity = QStringLiteral("evt-7");
    copy.copies = {ref(0, 10, 1'700'000'000'000), ref(1, 44, 1'700'000'001'500)};
    copy.firstToLastMs = 1500;
    copy.samePayload = false;
    report.duplicates.count = 3;
    report.duplicates.samePayload = 2;
    report.duplicates.differentPayload = 1;
    report.duplicates.examples = {copy};

    OrderViolation violation;
    violation.key = "customer-3";
    violation.earlier = ref(2, 100);
    violation.later = ref(2, 130);
    violation.earlierSequence = 15;
    violation.laterSequence = 12;
    report.order.count = 1;
    report.order.examples = {violation};
    KeyOnSeveralPartitions key;
    key.key = "customer-9";
    key.partitions = {0, 2};
    key.firstSeen = {ref(0, 5), ref(2, 7)};
    report.order.keysOnSeveralPartitions = 1;
    report.order.keyExamples = {key};

    report.versions.front().count = 600;
    report.versions.front().share = 0.6;
    VersionFinding v2;
    v2.type = QStringLiteral("OrderCreated");
    v2.version = QStringLiteral("2");
    v2.count = 400;
    v2.share = 0.4;
    v2.firstRecord = ref(1, 300);
    v2.fields = {{QStringLiteral("id"), QStringLiteral("string")},
                 {QStringLiteral("total"), QStringLiteral("string")}};
    v2.fieldsAdded = {QStringLiteral("currency")};
    v2.fieldsChangedType = {QStringLiteral("total: number -> string")};
    report.versions.push_back(v2);

    report.malformed.invalidJson = 2;
    report.malformed.examples = {ref(1, 17)};
    report.malformed.exampleReasons = {QStringLiteral("not valid JSON")};

    LatencyStep step;
    step.fromType = QStringLiteral("OrderCreated");
    step.toType = QStringLiteral("PaymentAuthorized");
    step.count = 4;
    step.samplesMs = {10, 20, 30, 250};
    step.p50Ms = 20;
    step.p95Ms = 250;
    step.p99Ms = 250;
    step.maxMs = 250;
    report.latency.push_back(step);
    report.saga.traces = 5;
    report.saga.completed = 4;
    report.saga.incomplete = 1;
    report.saga.incompleteExamples = {QStringLiteral("4bf92f3577b34da6a3ce929d0e0e4736")};
    return report;
}

CheckHealth healthOf(const CheckFindingsModel& model, CheckKind kind) {
    return CheckHealth(model.indexOfCheck(kind).data(CheckFindingsModel::HealthRole).toInt());
}

QString findingOf(const CheckFindingsModel& model, CheckKind kind) {
    return model.indexOfCheck(kind, CheckFindingsModel::FindingColumn).data().toString();
}

} // namespace

class TestChecksModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanReportIsGreenWithGreyWhereNothingToCheck() {
        const auto summaries = summarizeChecks(cleanReport(), QLocale::c());
        QCOMPARE(summaries.size(), size_t(kCheckKindCount));
        QCOMPARE(summaries[0].kind, CheckKind::Duplicates);
        QCOMPARE(summaries[5].kind, CheckKind::Latency);
        for (const CheckSummary& s : summaries) {
            QVERIFY2(!s.sentence.isEmpty(), qPrintable(s.title));
            if (s.kind == CheckKind::Latency)
                QCOMPARE(s.health, CheckHealth::NotApplicable); // no traceparent
            else
                QCOMPARE(s.health, CheckHealth::Clean);
        }
        QVERIFY(summaries[0].sentence.contains(QStringLiteral("header ce_id")));
        QVERIFY(summaries[1].sentence.contains(QStringLiteral("field seq")));
        QCOMPARE(checkHealthColor(CheckHealth::Clean), QColor(0x2e, 0x7d, 0x32));
    }

    void troubledReportIsAmberAndRedWithNumbers() {
        const auto s = summarizeChecks(troubledReport(), QLocale::c());
        QCOMPARE(s[0].health, CheckHealth::Problem); // same id, different payload
        QVERIFY2(s[0].sentence.contains(QStringLiteral("1 records reuse")),
                 qPrintable(s[0].sentence));
        QVERIFY(s[0].sentence.contains(QStringLiteral("2 are exact copies")));
        QVERIFY(s[0].sentence.contains(QStringLiteral("0.3%")));
        QCOMPARE(s[1].health, CheckHealth::Problem);
        QVERIFY(s[1].sentence.startsWith(QStringLiteral("1 records went back")));
        QCOMPARE(s[2].health, CheckHealth::Warning);
        QCOMPARE(s[3].health, CheckHealth::Problem); // a field changed type
        QVERIFY(s[3].sentence.contains(QStringLiteral("1 of 1 event types")));
        QCOMPARE(s[4].health, CheckHealth::Problem);
        QVERIFY(s[4].sentence.contains(QStringLiteral("2 not valid JSON")));
        QCOMPARE(s[5].health, CheckHealth::Warning); // one trace never completed
        QVERIFY(s[5].sentence.contains(QStringLiteral("1 of 5 traces")));

        // Exact copies only: amber, not red.
        CheckReport retries = cleanReport();
        retries.duplicates.count = 5;
        retries.duplicates.samePayload = 5;
        QCOMPARE(summarizeChecks(retries, QLocale::c())[0].health, CheckHealth::Warning);
        // All steps complete: green, naming the slowest step at p99.
        CheckReport flows = troubledReport();
        flows.saga.incomplete = 0;
        const CheckSummary latency = summarizeChecks(flows, QLocale::c())[5];
        QCOMPARE(latency.health, CheckHealth::Clean);
        QVERIFY2(latency.sentence.contains(QStringLiteral("250 ms")), qPrintable(latency.sentence));
    }

    void treeHasOneLinePerCheckAndTheFindingsBelow() {
        CheckFindingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const CheckReport report = troubledReport();
        model.setReport(&report);
        QCOMPARE(model.rowCount(), kCheckKindCount);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Duplicates"));
        QCOMPARE(healthOf(model, CheckKind::Duplicates), CheckHealth::Problem);
        QCOMPARE(model.indexOfCheck(CheckKind::Duplicates).data(Qt::DecorationRole).value<QColor>(),
                 checkHealthColor(CheckHealth::Problem));

        // Duplicates: the identity, then each copy with partition and offset and the time since
        // the first.
        const QModelIndex dup = model.indexOfCheck(CheckKind::Duplicates);
        QCOMPARE(model.rowCount(dup), 1);
        const QModelIndex example = model.index(0, 0, dup);
        QCOMPARE(example.data().toString(), QStringLiteral("evt-7"));
        const QString exampleText =
            model.index(0, CheckFindingsModel::FindingColumn, dup).data().toString();
        QVERIFY2(exampleText.contains(QStringLiteral("different payloads")),
                 qPrintable(exampleText));
        QVERIFY(exampleText.contains(QStringLiteral("1.5 s")));
        QCOMPARE(model.rowCount(example), 2);
        QCOMPARE(model.index(1, CheckFindingsModel::RecordColumn, example).data().toString(),
                 QStringLiteral("orders, partition 1, offset 44"));
        QVERIFY(model.index(1, CheckFindingsModel::FindingColumn, example)
                    .data()
                    .toString()
                    .contains(QStringLiteral("1.5 s after the first")));
        // The example row opens both copies; the summary row its first finding's.
        QCOMPARE(model.recordsAt(example).size(), size_t(2));
        QCOMPARE(model.recordsAt(dup).front(), ref(0, 10, 1'700'000'000'000));

        // Order: key, the two records and the gap.
        const QModelIndex order = model.indexOfCheck(CheckKind::Order);
        QCOMPARE(model.index(0, 0, order).data().toString(), QStringLiteral("customer-3"));
        QCOMPARE(model.index(0, CheckFindingsModel::FindingColumn, order).data().toString(),
                 QStringLiteral("12 after 15 (back by 3)"));
        const QModelIndex violation = model.index(0, 0, order);
        QCOMPARE(model.rowCount(violation), 2);
        QCOMPARE(model.index(1, CheckFindingsModel::RecordColumn, violation).data().toString(),
                 QStringLiteral("orders, partition 2, offset 130"));

        const QModelIndex keys = model.indexOfCheck(CheckKind::KeysOnPartitions);
        QCOMPARE(model.index(0, CheckFindingsModel::FindingColumn, keys).data().toString(),
                 QStringLiteral("on partitions 0, 2"));

        // Versions: share, and the fields that changed.
        const QModelIndex versions = model.indexOfCheck(CheckKind::Versions);
        QCOMPARE(model.rowCount(versions), 2);
        QCOMPARE(model.index(1, 0, versions).data().toString(),
                 QStringLiteral("OrderCreated, version 2"));
        QVERIFY(model.index(1, CheckFindingsModel::FindingColumn, versions)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("400 records (40.0% of the type)")));
        const QModelIndex v2 = model.index(1, 0, versions);
        QStringList titles;
        for (int row = 0; row < model.rowCount(v2); ++row)
            titles << model.index(row, 0, v2).data().toString();
        QCOMPARE(
            titles,
            QStringList({QStringLiteral("Fields added"), QStringLiteral("Fields that changed type"),
                         QStringLiteral("Shape (2 fields)"), QStringLiteral("First record")}));
        QCOMPARE(model.index(1, CheckFindingsModel::FindingColumn, v2).data().toString(),
                 QStringLiteral("total: number -> string"));

        // Latency: the step with its percentiles, then the whole flow with the incomplete trace.
        const QModelIndex latency = model.indexOfCheck(CheckKind::Latency);
        QCOMPARE(model.rowCount(latency), 2);
        QCOMPARE(model.index(0, 0, latency).data().toString(),
                 QStringLiteral("OrderCreated \u2192 PaymentAuthorized"));
        QCOMPARE(model.index(0, CheckFindingsModel::FindingColumn, latency).data().toString(),
                 QStringLiteral("4 measured: p50 20 ms, p95 250 ms, p99 250 ms, max 250 ms"));
        QCOMPARE(model.rowCount(model.index(1, 0, latency)), 1);
        QVERIFY(model.recordsAt(latency).empty()); // nothing to open
    }

    void aNewReportChangesOnlyWhatDiffers() {
        CheckFindingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const CheckReport first = troubledReport();
        model.setReport(&first);
        const QPersistentModelIndex order = model.indexOfCheck(CheckKind::Order);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        CheckReport second = first;
        second.duplicates = {};
        second.duplicates.identitySource = QStringLiteral("header ce_id");
        model.setReport(&second);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 1); // the one duplicate example went
        QVERIFY(changed.count() >= 1);
        QVERIFY(order.isValid());
        QCOMPARE(healthOf(model, CheckKind::Duplicates), CheckHealth::Clean);
        QCOMPARE(model.rowCount(model.indexOfCheck(CheckKind::Duplicates)), 0);
        QVERIFY(findingOf(model, CheckKind::Duplicates).contains(QStringLiteral("No event")));

        model.setReport(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasReport());
    }

    void histogramBinsHaveNiceWidthsAndKeepEverySample() {
        QVERIFY(binLatencies({}).counts.empty());
        const LatencyBins small = binLatencies({0.2, 0.4, 0.45});
        QVERIFY(small.widthMs < 1);
        std::vector<double> samples;
        for (int i = 0; i < 1000; ++i)
            samples.push_back(i * 0.731);
        samples.push_back(-3); // a clock skew counts in the first bin, never lost
        const LatencyBins bins = binLatencies(samples, 40);
        QCOMPARE(bins.widthMs, 20.0); // 731 ms / 40 = 18.3 -> 20
        QVERIFY(bins.counts.size() <= 41);
        QCOMPARE(std::accumulate(bins.counts.begin(), bins.counts.end(), 0.0), 1001.0);
        QCOMPARE(bins.centersMs.front(), 10.0);
        QVERIFY(bins.centersMs.back() + bins.widthMs / 2 > 730.0);
    }

    void delaysReadForPeople() {
        QCOMPARE(formatDelayMs(QLocale::c(), 0.42), QStringLiteral("0.4 ms"));
        QCOMPARE(formatDelayMs(QLocale::c(), 42.4), QStringLiteral("42 ms"));
        QCOMPARE(formatDelayMs(QLocale::c(), 1500), QStringLiteral("1.5 s"));
        QCOMPARE(formatDelayMs(QLocale::c(), 200'000), QStringLiteral("3 min 20 s"));
    }
};

QTEST_GUILESS_MAIN(TestChecksModels)
#include "tst_checks_models.moc"
