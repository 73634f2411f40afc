// PartitionReader against the real broker: ranges, limits, timestamps, several partitions, cancel.
#include "TestCluster.h"
#include "kafka/KafkaClient.h"
#include "kafka/PartitionReader.h"
#include "kafka/Producer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QtTest>

#include <thread>

using namespace streamscope;

namespace {

constexpr int kTimeoutMs = 10000;

// Five keyed records with a header each, the third without a key, into partition 0 of a
// one-partition topic.
bool produceKeyedRecords(const QString& topic) {
    auto producer = Producer::create(test::brokerProfile(), {}, {});
    if (!producer)
        return false;
    for (int i = 0; i < 5; ++i) {
        ProducerRecord r;
        r.topic = topic.toUtf8();
        if (i != 2)
            r.key = "k" + QByteArray::number(i);
        r.value = "v" + QByteArray::number(i);
        r.headers.push_back(RecordHeader{"h", "x" + QByteArray::number(i)});
        if (!(*producer)->produce(r, 1000))
            return false;
    }
    return (*producer)->flush(kTimeoutMs);
}

// Reads until the reader is finished or the time is up.
std::vector<ConsumedRecord> readAll(PartitionReader& reader, int timeoutMs) {
    std::vector<ConsumedRecord> all;
    QElapsedTimer elapsed;
    elapsed.start();
    while (!reader.finished() && elapsed.elapsed() < timeoutMs) {
        auto batch = reader.read(ReadLimits{});
        if (!batch)
            break;
        std::move(batch->records.begin(), batch->records.end(), std::back_inserter(all));
    }
    return all;
}

} // namespace

class TestPartitionReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsARangeWithKeysHeadersAndTimestamps() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString topic = test::uniqueTopicName(QStringLiteral("tst-reader"));
        QVERIFY(test::createTopic(topic, 1));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(produceKeyedRecords(topic));
        auto reader = PartitionReader::create(test::brokerProfile());
        QVERIFY(reader.ok());
        QVERIFY((*reader)->assign({PartitionRange{topic, 0, 1, -1, 4}}, kTimeoutMs).ok());
        const auto records = readAll(**reader, kTimeoutMs);
        QVERIFY((*reader)->finished());
        QCOMPARE(records.size(), size_t(3)); // [1, 4)
        for (size_t i = 0; i < records.size(); ++i) {
            const auto& r = records[i];
            const int n = static_cast<int>(i) + 1;
            QCOMPARE(r.topic, topic);
            QCOMPARE(r.partition, 0);
            QCOMPARE(r.offset, n);
            QCOMPARE(r.value, "v" + QByteArray::number(n));
            QCOMPARE(r.headerValue("h"), "x" + QByteArray::number(n));
            QVERIFY(r.headerValue("missing").isNull());
            QCOMPARE(r.timestampType, RecordTimestampType::CreateTime);
            QVERIFY(r.timestampMs >= before - 1000);
        }
        QVERIFY(records[1].key.isNull()); // offset 2 was sent without a key
        QCOMPARE(records[0].key, QByteArray("k1"));
        QCOMPARE((*reader)->progress().front().nextOffset, 4);
        QVERIFY(test::deleteTopic(topic));
    }

    void countLimitSplitsAndLogEndReturnsEarly() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString topic = test::uniqueTopicName(QStringLiteral("tst-reader-limit"));
        QVERIFY(test::createTopic(topic, 1));
        QVERIFY(produceKeyedRecords(topic));
        auto reader = PartitionReader::create(test::brokerProfile());
        QVERIFY(reader.ok());
        PartitionRange range{topic, 0, kEarliestOffsetQuery, -1, PartitionRange::kFollowLog};
        QVERIFY((*reader)->assign({range}, kTimeoutMs).ok());
        ReadLimits two;
        two.maxRecords = 2;
        two.maxWaitMs = kTimeoutMs;
        int total = 0;
        for (int round = 0; round < 2; ++round) {
            auto batch = (*reader)->read(two);
            QVERIFY(batch.ok());
            QCOMPARE(batch->records.size(), size_t(2));
            QCOMPARE(batch->records.front().offset, total);
            total += 2;
        }
        // The last record, then the log end ends the read long before maxWaitMs.
        QElapsedTimer elapsed;
        elapsed.start();
        auto last = (*reader)->read(ReadLimits{100, 1 << 20, kTimeoutMs});
        QVERIFY(last.ok());
        QCOMPARE(last->records.size(), size_t(1));
        QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY(!last->finished); // following the log never finishes
        QVERIFY((*reader)->progress().front().atLogEnd);
        QCOMPARE((*reader)->progress().front().nextOffset, 5);
        QVERIFY(test::deleteTopic(topic));
    }

    void startsAtATimestampAndReadsSeveralPartitions() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString topic = test::uniqueTopicName(QStringLiteral("tst-reader-parts"));
        QVERIFY(test::createTopic(topic, 3));
        const qint64 before = QDateTime::currentMSecsSinceEpoch() - 1000;
        QCOMPARE(test::produceRecords(topic, 30, 3), 30);
        auto reader = PartitionReader::create(test::brokerProfile());
        QVERIFY(reader.ok());
        std::vector<PartitionRange> ranges;
        for (int p = 0; p < 3; ++p)
            ranges.push_back(PartitionRange{topic, p, 0, before, 10}); // from before: everything
        const auto assigned = (*reader)->assign(ranges, kTimeoutMs);
        QVERIFY2(assigned.ok(), qPrintable(assigned.error().message));
        const auto records = readAll(**reader, kTimeoutMs);
        QVERIFY((*reader)->finished());
        QCOMPARE(records.size(), size_t(30));
        // A time after every record starts at the log end: nothing to read.
        for (auto& r : ranges) {
            r.startTimestampMs = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
            r.endOffset = PartitionRange::kFollowLog;
        }
        QVERIFY((*reader)->assign(ranges, kTimeoutMs).ok());
        auto none = (*reader)->read(ReadLimits{100, 1 << 20, 2000});
        QVERIFY(none.ok());
        QVERIFY(none->records.empty());
        QVERIFY(test::deleteTopic(topic));
    }

    void cancelIsNoticedWithinASlice() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString topic = test::uniqueTopicName(QStringLiteral("tst-reader-cancel"));
        QVERIFY(test::createTopic(topic, 1));
        auto reader = PartitionReader::create(test::brokerProfile());
        QVERIFY(reader.ok());
        QVERIFY((*reader)
                    ->assign({PartitionRange{topic, 0, kLatestOffsetQuery, -1,
                                             PartitionRange::kFollowLog}},
                             kTimeoutMs)
                    .ok());
        std::atomic_bool cancel{false};
        std::jthread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel.store(true);
        });
        QElapsedTimer elapsed;
        elapsed.start();
        auto batch = (*reader)->read(ReadLimits{100, 1 << 20, 20000}, &cancel);
        QVERIFY(batch.ok());
        QVERIFY(batch->cancelled);
        QVERIFY2(elapsed.elapsed() < 1500, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY(test::deleteTopic(topic));
    }
};

QTEST_GUILESS_MAIN(TestPartitionReader)
#include "tst_partitionreader.moc"
