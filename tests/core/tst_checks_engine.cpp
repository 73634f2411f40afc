// The event health checks on hand-made records (no broker): exact counts per the issue's
// definitions for duplicates, order per key, versions, malformed records and flow latency,
// including the tricky cases (a copy that is also out of order, one key on two partitions, a
// field changing type, invalid JSON), and a cancelled run over a store.
#include "browse/MessageStore.h"
#include "checks/CheckReportJson.h"
#include "checks/CheckStore.h"
#include "checks/EventChecks.h"

#include <QtTest>

using namespace streamscope;

namespace {

// JSON written with single quotes, so the tests stay readable (moc mis-reads raw strings).
QByteArray j(const char* singleQuoted) {
    return QByteArray(singleQuoted).replace('\'', '"');
}

// One hand-made record; headers in order.
struct Rec {
    QByteArray topic = "orders";
    int partition = 0;
    qint64 offset = 0;
    qint64 ts = 1000;
    QByteArray key;
    QByteArray value;
    std::vector<RecordHeader> headers;
};

Rec rec(QByteArray key, QByteArray value, qint64 offset, qint64 ts = 1000) {
    Rec r;
    r.key = std::move(key);
    r.value = std::move(value);
    r.offset = offset;
    r.ts = ts;
    return r;
}

Rec withHeader(Rec r, const QByteArray& name, const QByteArray& value) {
    r.headers.push_back(RecordHeader{name, value});
    return r;
}

CheckReport run(const std::vector<Rec>& records, const CheckOptions& options = {}) {
    EventChecks checks(options);
    for (const Rec& r : records) {
        ConsumedRecord record;
        record.topic = QString::fromUtf8(r.topic);
        record.partition = r.partition;
        record.offset = r.offset;
        record.timestampMs = r.ts;
        record.key = r.key;
        record.value = r.value;
        record.headers = r.headers;
        checks.add(MessageView::of(record, r.topic));
    }
    return checks.finish();
}

QByteArray traceparent(char digit, const QByteArray& span = "00f067aa0ba902b7") {
    return "00-" + QByteArray(31, digit) + "1-" + span + "-01";
}

const VersionFinding* findVersion(const CheckReport& report, const QString& type,
                                  const QString& version) {
    for (const auto& v : report.versions)
        if (v.type == type && v.version == version)
            return &v;
    return nullptr;
}

const LatencyStep* findStep(const CheckReport& report, const QString& from, const QString& to) {
    for (const auto& s : report.latency)
        if (s.fromType == from && s.toType == to)
            return &s;
    return nullptr;
}

} // namespace

class TestChecksEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void duplicatesByHeaderTellSamePayloadFromDifferent() {
        std::vector<Rec> records = {
            withHeader(rec("k1", j("{'a':1}"), 0, 1000), "ce_id", "e1"),
            withHeader(rec("k1", j("{'a':1}"), 1, 1040), "ce_id", "e1"), // exact copy
            withHeader(rec("k1", j("{'a':2}"), 2, 1100), "ce_id", "e1"), // same id, other bytes
            withHeader(rec("k2", j("{'a':1}"), 3, 1100), "ce_id", "e2"),
            withHeader(rec("k3", j("{'a':1}"), 4, 1200), "ce_id", "e3"),
        };
        records.push_back(records[3]); // e2 again, byte-identical
        records.back().offset = 5;
        const CheckReport report = run(records);
        QCOMPARE(report.records, 6);
        QCOMPARE(report.duplicates.count, 3);
        QCOMPARE(report.duplicates.samePayload, 2);
        QCOMPARE(report.duplicates.differentPayload, 1);
        QCOMPARE(report.duplicates.identitySource, QStringLiteral("header ce_id"));
        QCOMPARE(report.duplicates.examples.size(), size_t(2));
        const DuplicateExample& e1 = report.duplicates.examples[0];
        QCOMPARE(e1.identity, QStringLiteral("e1"));
        QCOMPARE(e1.copies.size(), size_t(3));
        QCOMPARE(e1.copies[0].offset, 0);
        QCOMPARE(e1.copies[2].offset, 2);
        QCOMPARE(e1.firstToLastMs, 100);
        QVERIFY(!e1.samePayload);
        QVERIFY(report.duplicates.examples[1].samePayload);
    }

    void identityFallsBackToFieldThenDigest() {
        const CheckReport report = run({
            rec("k", j("{'id':'x1','v':1}"), 0),
            rec("k", j("{'id':'x1','v':2}"), 1), // same field id, different payload
            rec("k", j("{'event_id':7}"), 2), rec("k", j("{'event_id':7}"), 3), // numeric event_id
            rec("k", "plain text", 4),
            rec("k", "plain text", 5), // no id at all: key + value digest
            rec("j", "plain text", 6), // other key: another digest
        });
        QCOMPARE(report.duplicates.count, 3);
        QCOMPARE(report.duplicates.differentPayload, 1);
        QCOMPARE(report.duplicates.examples[1].identity, QStringLiteral("7"));
        QVERIFY(report.duplicates.examples[2].identity.startsWith(u"digest:"));
    }

    void userChosenIdentity() {
        std::vector<Rec> records = {
            withHeader(rec("k", j("{'order':{'no':'A'}}"), 0), "ce_id", "1"),
            withHeader(rec("k", j("{'order':{'no':'A'}}"), 1), "ce_id", "2"),
            withHeader(rec("k", j("{'order':{'no':'B'}}"), 2), "ce_id", "2"),
        };
        CheckOptions byField;
        byField.idField = QStringLiteral("order.no");
        const CheckReport field = run(records, byField);
        QCOMPARE(field.duplicates.count, 1);
        QCOMPARE(field.duplicates.identitySource, QStringLiteral("field order.no"));
        QCOMPARE(field.duplicates.examples[0].identity, QStringLiteral("A"));

        records[1].headers.push_back({"my-id", "m"});
        records[2].headers.push_back({"my-id", "m"});
        CheckOptions byHeader;
        byHeader.idField = QStringLiteral("header:my-id");
        const CheckReport header = run(records, byHeader);
        QCOMPARE(header.duplicates.count, 1); // record 0 has no my-id: its digest is its identity
        QCOMPARE(header.duplicates.differentPayload, 1);
    }

    void orderPerKeyAndPartitionLeavesCopiesOut() {
        std::vector<Rec> records = {
            withHeader(rec("k", j("{'seq':1}"), 0), "ce_id", "a"),
            withHeader(rec("k", j("{'seq':3}"), 1), "ce_id", "b"),
            withHeader(rec("k", j("{'seq':2}"), 2), "ce_id", "c"), // 2 < 3: violation
            withHeader(rec("k", j("{'seq':1}"), 3), "ce_id", "a"), // a copy, also behind: left out
            withHeader(rec("k", j("{'seq':3}"), 4), "ce_id", "d"), // equal: no violation
            withHeader(rec("k", j("{'seq':0}"), 5), "ce_id", "e"), // 0 < 3: violation
            withHeader(rec("m", j("{'seq':9}"), 6), "ce_id", "f"),
            withHeader(rec("m", j("{'seq':1}"), 7), "ce_id", "g"), // other key: violation
        };
        Rec elsewhere = withHeader(rec("k", j("{'seq':1}"), 0), "ce_id", "h");
        elsewhere.partition = 1; // the same key on a second partition: its own order
        records.push_back(elsewhere);
        Rec otherTopic = withHeader(rec("k", j("{'seq':1}"), 0), "ce_id", "i");
        otherTopic.topic = "payments";
        otherTopic.partition = 2; // another topic's partition 2: not "several partitions"
        records.push_back(otherTopic);
        const CheckReport report = run(records);
        QCOMPARE(report.order.count, 3);
        QCOMPARE(report.order.sequenceSource, QStringLiteral("field seq"));
        QCOMPARE(report.order.keysOnSeveralPartitions, 1);
        QCOMPARE(report.order.keyExamples.size(), size_t(1));
        QCOMPARE(report.order.keyExamples[0].key, QByteArray("k"));
        QCOMPARE(report.order.keyExamples[0].partitions, (std::vector<int>{0, 1}));
        const OrderViolation& first = report.order.examples.at(0);
        QCOMPARE(first.key, QByteArray("k"));
        QCOMPARE(first.earlier.offset, 1);
        QCOMPARE(first.later.offset, 2);
        QCOMPARE(first.earlierSequence - first.laterSequence, 1);
    }

    void orderBySequenceChoiceAndEventTime() {
        const std::vector<Rec> records = {
            rec("k", j("{'n':5,'seq':1}"), 0, 3000),
            rec("k", j("{'n':4,'seq':2}"), 1, 2000),
            rec("k", j("{'n':6,'seq':3}"), 2, 1000),
        };
        CheckOptions chosen;
        chosen.sequenceField = QStringLiteral("n");
        QCOMPARE(run(records, chosen).order.count, 1); // 4 after 5
        QCOMPARE(run(records).order.count, 0);         // seq is detected and ascends
        const CheckReport byTime =
            run({rec("k", "x", 0, 3000), rec("k", "y", 1, 2000), rec("k", "z", 2, 2500)});
        QCOMPARE(byTime.order.sequenceSource, QStringLiteral("event time"));
        QCOMPARE(byTime.order.count, 2);
    }

    void versionsWithShapesAndChanges() {
        auto typed = [](Rec r, const QByteArray& type) {
            return withHeader(std::move(r), "ce_type", type);
        };
        std::vector<Rec> records = {
            typed(rec("k", j("{'schema_version':1,'amount':5,'items':[{'sku':'a'}]}"), 0, 100),
                  "order"),
            typed(rec("k", j("{'schema_version':1,'amount':7,'items':[]}"), 1, 200), "order"),
            typed(rec("k",
                      j("{'schema_version':2,'amount':'5.00','note':'x','items':[{'sku':'a'}]}"), 2,
                      300),
                  "order"),
            typed(rec("k",
                      j("{'schema_version':2,'amount':'6.00','note':'y','items':[{'sku':'b'}]}"), 3,
                      400),
                  "order"),
            typed(rec("k", j("{'v':1}"), 4, 500), "payment"),
        };
        records.push_back(records[3]); // a copy counts for its version too
        records.back().offset = 5;
        const CheckReport report = run(records);
        QCOMPARE(report.versions.size(), size_t(3));
        const VersionFinding* v1 =
            findVersion(report, QStringLiteral("order"), QStringLiteral("1"));
        const VersionFinding* v2 =
            findVersion(report, QStringLiteral("order"), QStringLiteral("2"));
        const VersionFinding* pay = findVersion(report, QStringLiteral("payment"), QString());
        QVERIFY(v1 && v2 && pay);
        QCOMPARE(v1->count, 2);
        QCOMPARE(v2->count, 3);
        QCOMPARE(v2->share, 0.6);
        QCOMPARE(v1->firstSeenMs, 100);
        QCOMPARE(v1->lastSeenMs, 200);
        QVERIFY(v1->fieldsAdded.isEmpty()); // the first version has nothing to compare with
        QCOMPARE(v2->fieldsAdded, QStringList{QStringLiteral("note")});
        QVERIFY(v2->fieldsRemoved.isEmpty());
        QCOMPARE(v2->fieldsChangedType, QStringList{QStringLiteral("amount: number -> string")});
        const std::vector<FieldShape> expected = {
            {QStringLiteral("amount"), QStringLiteral("number")},
            {QStringLiteral("items"), QStringLiteral("array")},
            {QStringLiteral("items[]"), QStringLiteral("object")},
            {QStringLiteral("items[].sku"), QStringLiteral("string")},
            {QStringLiteral("schema_version"), QStringLiteral("number")},
        };
        QCOMPARE(v1->fields, expected);
        QCOMPARE(pay->count, 1);
    }

    void versionFromHeaderAndFieldsRemoved() {
        const CheckReport report = run({
            withHeader(rec("k", j("{'type':'t','a':1,'b':2}"), 0), "ce_dataschema", "v1"),
            withHeader(rec("k", j("{'type':'t','a':1}"), 1), "ce_dataschema", "v2"),
        });
        const VersionFinding* v2 = findVersion(report, QStringLiteral("t"), QStringLiteral("v2"));
        QVERIFY(v2);
        QCOMPARE(v2->fieldsRemoved, QStringList{QStringLiteral("b")});
    }

    void malformedOnlyWhereMostAreJson() {
        std::vector<Rec> records = {
            rec("k", j("{'a':1}"), 0), rec("k", j("{'a':2}"), 1),
            rec("k", j("{'a':3}"), 2), rec("k", j("{'a':"), 3), // truncated
            rec("k", "", 4), // empty where the others have a payload
        };
        for (int i = 0; i < 3; ++i) { // a text topic: invalid JSON is its normal state
            Rec text = rec("k", "hello", i);
            text.topic = "logs";
            records.push_back(text);
        }
        Rec json = rec("k", "{}", 3);
        json.topic = "logs";
        records.push_back(json);
        CheckOptions options;
        options.requiredHeaders = {QStringLiteral("ce_id")};
        records[0].headers.push_back({"ce_id", "x"});
        const CheckReport report = run(records, options);
        QCOMPARE(report.malformed.invalidJson, 1);
        QCOMPARE(report.malformed.emptyPayload, 1);
        QCOMPARE(report.malformed.missingHeaders, qint64(records.size()) - 1);
        QCOMPARE(report.malformed.examples[0].offset, 3);
        QCOMPARE(report.malformed.exampleReasons[0], QStringLiteral("invalid JSON"));
    }

    void flowLatencyFollowsCausation() {
        auto traced = [](Rec r, const QByteArray& type, const QByteArray& id, char trace,
                         const QByteArray& cause = {}) {
            r = withHeader(std::move(r), "ce_id", id);
            r = withHeader(std::move(r), "ce_type", type);
            r = withHeader(std::move(r), "traceparent", traceparent(trace));
            if (!cause.isEmpty())
                r = withHeader(std::move(r), "ce_causationid", cause);
            return r;
        };
        std::vector<Rec> records = {
            traced(rec("k", "{}", 0, 1000), "placed", "o1", 'a'),
            traced(rec("k", "{}", 1, 2000), "placed", "o2", 'b'),
            traced(rec("k", "{}", 2, 1080), "stock", "s1", 'a', "o1"),
            traced(rec("k", "{}", 3, 1050), "paid", "p1", 'a', "o1"), // a branch of o1
            traced(rec("k", "{}", 4, 1300), "shipped", "h1", 'a', "p1"),
            traced(rec("k", "{}", 5, 2100), "paid", "p2", 'b', "o2"),
            traced(rec("k", "{}", 6, 9000), "placed", "o3", 'c'), // never followed
        };
        records.push_back(records[3]); // a copy of p1 is no new step
        records.back().offset = 7;
        CheckOptions options;
        options.sagaWindowMs = 1000;
        const CheckReport report = run(records, options);
        const LatencyStep* placedPaid =
            findStep(report, QStringLiteral("placed"), QStringLiteral("paid"));
        QVERIFY(placedPaid);
        QCOMPARE(placedPaid->count, 2);
        QCOMPARE(placedPaid->samplesMs, (std::vector<double>{50, 100}));
        QCOMPARE(placedPaid->p50Ms, 50.0);
        QCOMPARE(placedPaid->p99Ms, 100.0);
        QCOMPARE(findStep(report, QStringLiteral("placed"), QStringLiteral("stock"))->samplesMs,
                 std::vector<double>{80});
        QCOMPARE(findStep(report, QStringLiteral("paid"), QStringLiteral("shipped"))->maxMs, 250.0);
        QCOMPARE(report.latency.size(), size_t(3));
        // Trace a ends with "shipped" (never a cause), trace b with "paid" (a cause elsewhere):
        // b is incomplete; c started within the window before the range's last record: pending.
        QCOMPARE(report.saga.traces, 3);
        QCOMPARE(report.saga.completed, 1);
        QCOMPARE(report.saga.incomplete, 1);
        QCOMPARE(report.saga.pending, 1);
        QCOMPARE(report.saga.maxMs, 300.0);
        QCOMPARE(report.saga.incompleteExamples.at(0), QString(QString(31, u'b') + u'1'));
    }

    // Causation links name the cause's ce_id header, also when the identity is something else
    // (--id event_id): the steps must not depend on what identifies duplicates.
    void flowLatencyFollowsCausationWithAnotherIdentity() {
        auto traced = [](qint64 offset, qint64 ts, const QByteArray& type, const QByteArray& id,
                         char trace, const QByteArray& cause = {}) {
            Rec r = rec("k", j("{'event_id':'E-") + id + j("'}"), offset, ts);
            r = withHeader(std::move(r), "ce_id", id);
            r = withHeader(std::move(r), "ce_type", type);
            r = withHeader(std::move(r), "traceparent", traceparent(trace));
            if (!cause.isEmpty())
                r = withHeader(std::move(r), "ce_causationid", cause);
            return r;
        };
        std::vector<Rec> records = {
            traced(0, 1000, "placed", "o1", 'a'),
            traced(1, 1080, "stock", "s1", 'a', "o1"),
            traced(2, 1050, "paid", "p1", 'a', "o1"),
            traced(3, 1300, "shipped", "h1", 'a', "p1"),
        };
        records.push_back(records[2]); // a copy of p1 (same event_id) is no new step
        records.back().offset = 4;
        CheckOptions options;
        options.idField = QStringLiteral("event_id");
        const CheckReport report = run(records, options);
        QCOMPARE(report.duplicates.identitySource, QStringLiteral("field event_id"));
        QCOMPARE(report.duplicates.count, 1);
        QCOMPARE(report.latency.size(), size_t(3));
        QCOMPARE(findStep(report, QStringLiteral("placed"), QStringLiteral("paid"))->samplesMs,
                 std::vector<double>{50});
        QCOMPARE(findStep(report, QStringLiteral("placed"), QStringLiteral("stock"))->samplesMs,
                 std::vector<double>{80});
        QCOMPARE(findStep(report, QStringLiteral("paid"), QStringLiteral("shipped"))->samplesMs,
                 std::vector<double>{250});
        QCOMPARE(report.saga.completed, 1);
    }

    // A trace longer than a saga's handful of steps: causes are found through an index.
    void flowLatencyInALongTrace() {
        std::vector<Rec> records;
        for (int i = 0; i < 50; ++i) {
            Rec r = rec("k", "{}", i, 1000 + i * i);
            r = withHeader(std::move(r), "ce_id", "n" + QByteArray::number(i));
            r = withHeader(std::move(r), "ce_type", i == 0 ? "start" : "step");
            r = withHeader(std::move(r), "traceparent", traceparent('f'));
            if (i > 0) // every step is caused by the root: delays i*i
                r = withHeader(std::move(r), "ce_causationid", "n0");
            records.push_back(std::move(r));
        }
        const CheckReport report = run(records);
        const LatencyStep* step = findStep(report, QStringLiteral("start"), QStringLiteral("step"));
        QVERIFY(step);
        QCOMPARE(step->count, 49);
        QCOMPARE(step->maxMs, 49.0 * 49.0);
        QCOMPARE(step->samplesMs.front(), 1.0);
        QCOMPARE(report.latency.size(), size_t(1));
    }

    void flowLatencyWithoutCausationIsAChain() {
        const CheckReport report = run({
            withHeader(withHeader(rec("k", j("{'n':1}"), 0, 100), "ce_type", "a"), "traceparent",
                       traceparent('d')),
            withHeader(withHeader(rec("k", j("{'n':2}"), 1, 130), "ce_type", "b"), "traceparent",
                       traceparent('d')),
            withHeader(withHeader(rec("k", j("{'n':3}"), 2, 190), "ce_type", "c"), "traceparent",
                       traceparent('d')),
            withHeader(withHeader(rec("k", j("{'n':4}"), 3, 200), "ce_type", "x"), "traceparent",
                       "00-" + QByteArray(32, '0') + "-00f067aa0ba902b7-01"), // invalid id
        });
        QCOMPARE(report.latency.size(), size_t(2));
        QCOMPARE(findStep(report, QStringLiteral("b"), QStringLiteral("c"))->p50Ms, 60.0);
        QCOMPARE(report.saga.traces, 1);
    }

    void jsonCarriesTheContractFields() {
        const CheckReport report = run({withHeader(rec("k", j("{'seq':2}"), 0), "ce_id", "a"),
                                        withHeader(rec("k", j("{'seq':1}"), 1), "ce_id", "b")});
        const auto json = checkReportToJson(report);
        for (const char* field : {"records", "duplicates", "order_violations",
                                  "keys_on_several_partitions", "versions", "malformed", "latency"})
            QVERIFY2(json.contains(field), field);
        QCOMPARE(json["order_violations"]["count"].get<int>(), 1);
        QCOMPARE(json["duplicates"]["same_payload"].get<int>(), 0);
        QVERIFY(json["malformed"].contains("invalid_json"));
    }

    void storeRunsAndCancels() {
        MessageStore store(QStringLiteral("orders"));
        for (int i = 0; i < 10000; ++i) {
            ConsumedRecord r;
            r.topic = QStringLiteral("orders");
            r.partition = 0;
            r.offset = i;
            r.timestampMs = 1000 + i;
            r.key = "k" + QByteArray::number(i % 10);
            r.value = j("{'id':'") + QByteArray::number(i % 9000) + j("','seq':") +
                      QByteArray::number(i) + "}";
            QVERIFY(store.append(r));
        }
        const CheckReport all = checkStore(store, {}, {});
        QCOMPARE(all.records, 10000);
        QCOMPARE(all.duplicates.count, 1000);
        QCOMPARE(all.duplicates.differentPayload, 1000);
        QCOMPARE(all.order.count, 0);
        const CheckReport some = checkStore(store, {0, 1, 9000}, {});
        QCOMPARE(some.records, 3);
        QCOMPARE(some.duplicates.count, 1);
        CancelToken cancel;
        cancel.cancel();
        QVERIFY(checkStore(store, {}, {}, cancel).cancelled);
    }
};

QTEST_GUILESS_MAIN(TestChecksEngine)
#include "tst_checks_engine.moc"
