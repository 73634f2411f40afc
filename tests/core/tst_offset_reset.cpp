// Offset resets (issue 7): the plan in core (OffsetResetPlan: every mode, clamping to
// [start, end], partitions that cannot move and why) without a broker; then against the real
// broker: an empty group's offsets reset and read back, a read-only profile refused before
// anything is sent, a group with an active member refused by the broker with a clear message,
// and `streamscope-cli reset-offsets` (dry run changes nothing, --execute does).

#include "kafka/GroupConsumer.h"
#include "kafka/KafkaClient.h"
#include "lag/OffsetReset.h"
#include "lag/OffsetResetPlan.h"

#include "CliRunner.h"
#include "SyntheticCluster.h"
#include "TestCluster.h"

#include <QtTest>

using namespace streamscope;
using namespace streamscope::test;

namespace {

constexpr int kTimeoutMs = 10000;

const OffsetResetRow* rowOf(const OffsetResetPlan& plan, const QString& topic, int partition) {
    for (const OffsetResetRow& r : plan.rows)
        if (r.topic == topic && r.partition == partition)
            return &r;
    return nullptr;
}

std::unique_ptr<GroupConsumer> consumerOf(const QString& group) {
    auto consumer = GroupConsumer::create(
        brokerProfile(), {{QStringLiteral("group.id"), group},
                          {QStringLiteral("enable.auto.commit"), QStringLiteral("false")},
                          {QStringLiteral("auto.offset.reset"), QStringLiteral("earliest")}});
    return consumer ? std::move(*consumer) : nullptr;
}

// The group's committed offsets of the topic's partitions, -1 for none.
std::vector<qint64> committedOffsets(const QString& group, const QString& topic, int partitions) {
    auto consumer = consumerOf(group);
    if (!consumer)
        return {};
    std::vector<TopicPartition> tps;
    for (int p = 0; p < partitions; ++p)
        tps.push_back({topic, p});
    auto committed = consumer->committed(tps, kTimeoutMs);
    consumer->close(2000);
    std::vector<qint64> offsets(static_cast<std::size_t>(partitions), -1);
    if (committed)
        for (const TopicPartitionOffset& c : *committed)
            offsets[static_cast<std::size_t>(c.partition)] = c.offset;
    return offsets;
}

ClusterMetadata clusterWith(const QString& topic, int partitions) {
    auto client = KafkaClient::create(brokerProfile());
    if (!client)
        return {};
    auto md = (*client)->fetchTopicMetadata({topic}, kTimeoutMs);
    if (!md)
        return {};
    (*client)->fillOffsets(*md, kTimeoutMs);
    Q_UNUSED(partitions);
    return *md;
}

ConnectionProfile writableProfile() {
    ConnectionProfile profile = brokerProfile();
    profile.readOnly = false;
    return profile;
}

} // namespace

class TestOffsetReset : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // --- The plan (no broker) ---

    void planModes() {
        const ClusterSnapshot cluster =
            SyntheticCluster().topic(QStringLiteral("orders"), 3).offsets(10, 100).snapshot();
        const std::vector<OffsetResetInput> inputs{
            {QStringLiteral("orders"), 2, 50},
            {QStringLiteral("orders"), 0, 95},
            {QStringLiteral("orders"), 1, std::nullopt},
        };
        auto earliest =
            planOffsetReset(QStringLiteral("g"), {OffsetResetMode::Earliest, 0}, inputs, *cluster);
        QVERIFY(earliest);
        QCOMPARE(earliest->rows.size(), std::size_t(3));
        QCOMPARE(earliest->rows[0].partition, 0); // sorted
        for (const OffsetResetRow& r : earliest->rows)
            QCOMPARE(r.target.value_or(-1), 10);
        QCOMPARE(earliest->actionableRows(), 3);
        QCOMPARE(earliest->changingRows(), 3);

        auto latest =
            planOffsetReset(QStringLiteral("g"), {OffsetResetMode::Latest, 0}, inputs, *cluster);
        QCOMPARE(rowOf(*latest, QStringLiteral("orders"), 1)->target.value_or(-1), 100);

        auto offset =
            planOffsetReset(QStringLiteral("g"), {OffsetResetMode::Offset, 500}, inputs, *cluster);
        const OffsetResetRow* clamped = rowOf(*offset, QStringLiteral("orders"), 0);
        QCOMPARE(clamped->target.value_or(-1), 100);
        QVERIFY(clamped->clamped);
        QVERIFY(clamped->note.contains(QStringLiteral("past the end")));

        auto shift =
            planOffsetReset(QStringLiteral("g"), {OffsetResetMode::ShiftBy, -45}, inputs, *cluster);
        QCOMPARE(rowOf(*shift, QStringLiteral("orders"), 0)->target.value_or(-1), 50);
        QCOMPARE(rowOf(*shift, QStringLiteral("orders"), 2)->target.value_or(-1), 10); // clamped
        QVERIFY(
            rowOf(*shift, QStringLiteral("orders"), 2)->note.contains(QStringLiteral("log start")));
        QVERIFY(!rowOf(*shift, QStringLiteral("orders"), 1)->target); // nothing to shift from
        QCOMPARE(shift->actionableRows(), 2);

        TimestampOffsets times;
        times.insert({QStringLiteral("orders"), 0}, 42);
        times.insert({QStringLiteral("orders"), 2}, -1); // nothing after the time: the end
        auto byTime = planOffsetReset(QStringLiteral("g"), {OffsetResetMode::Timestamp, 1}, inputs,
                                      *cluster, times);
        QCOMPARE(rowOf(*byTime, QStringLiteral("orders"), 0)->target.value_or(-1), 42);
        QCOMPARE(rowOf(*byTime, QStringLiteral("orders"), 2)->target.value_or(-1), 100);
        QVERIFY(!rowOf(*byTime, QStringLiteral("orders"), 1)->target); // no answer
    }

    void planRefusals() {
        const ClusterSnapshot cluster =
            SyntheticCluster().topic(QStringLiteral("orders"), 1).offsets(0, 10).snapshot();
        QVERIFY(
            !planOffsetReset(QStringLiteral("g"), {OffsetResetMode::Earliest, 0}, {}, *cluster));
        QVERIFY(!planOffsetReset(QStringLiteral("g"), {OffsetResetMode::Offset, -1},
                                 {{QStringLiteral("orders"), 0, 5}}, *cluster));
        auto gone = planOffsetReset(QStringLiteral("g"), {OffsetResetMode::Earliest, 0},
                                    {{QStringLiteral("deleted"), 0, 5}}, *cluster);
        QVERIFY(gone);
        QVERIFY(!gone->rows[0].target);
        QVERIFY(gone->rows[0].note.contains(QStringLiteral("not in the cluster")));
        ConnectionProfile readOnly;
        readOnly.readOnly = true;
        QVERIFY(!offsetResetRefusal(readOnly).isEmpty());
        readOnly.readOnly = false;
        QVERIFY(offsetResetRefusal(readOnly).isEmpty());
    }

    // --- Against the broker ---

    void resetsAnEmptyGroup() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString topic = uniqueTopicName(QStringLiteral("reset"));
        const QString group = topic + QStringLiteral("-group");
        QVERIFY(createTopic(topic, 2));
        QCOMPARE(produceRecords(topic, 100, 2), 100);
        {
            auto consumer = consumerOf(group);
            QVERIFY(consumer);
            QVERIFY(consumer->commit({{topic, 0, 40, 0}, {topic, 1, 45, 0}}));
            QVERIFY(consumer->close(5000)); // the group is empty from here on
        }
        QCOMPARE(committedOffsets(group, topic, 2), (std::vector<qint64>{40, 45}));

        const ClusterMetadata cluster = clusterWith(topic, 2);
        const std::vector<OffsetResetInput> inputs{{topic, 0, 40}, {topic, 1, 45}};
        auto plan = planOffsetReset(group, {OffsetResetMode::ShiftBy, -30}, inputs, cluster);
        QVERIFY(plan);
        // Read-only profiles are refused in core, before anything is sent.
        auto refused = executeOffsetReset(brokerProfile(), *plan, kTimeoutMs);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("read-only")));
        QCOMPARE(committedOffsets(group, topic, 2), (std::vector<qint64>{40, 45}));

        auto done = executeOffsetReset(writableProfile(), *plan, kTimeoutMs);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QCOMPARE(done->size(), std::size_t(2));
        for (const AlteredOffset& a : *done)
            QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(committedOffsets(group, topic, 2), (std::vector<qint64>{10, 15}));

        // The timestamp mode: a time after every record goes to the end offset.
        auto late = planOffsetResetOnCluster(
            writableProfile(), group,
            {OffsetResetMode::Timestamp, QDateTime::currentMSecsSinceEpoch() + 3'600'000}, inputs,
            cluster, kTimeoutMs);
        QVERIFY2(late, late ? "" : qPrintable(late.error().message));
        QCOMPARE(late->rows[0].target.value_or(-1), 50);
        QVERIFY(executeOffsetReset(writableProfile(), *late, kTimeoutMs));
        QCOMPARE(committedOffsets(group, topic, 2), (std::vector<qint64>{50, 50}));
        deleteTopic(topic);
    }

    void refusesAGroupWithMembers() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString topic = uniqueTopicName(QStringLiteral("reset-active"));
        const QString group = topic + QStringLiteral("-group");
        QVERIFY(createTopic(topic, 1));
        QCOMPARE(produceRecords(topic, 20, 1), 20);
        auto member = consumerOf(group);
        QVERIFY(member);
        QVERIFY(member->subscribe({topic}));
        QElapsedTimer waited;
        waited.start();
        while (member->assignment().empty() && waited.elapsed() < 30000)
            (void)member->poll(100);
        QVERIFY2(!member->assignment().empty(), "the member never got its partition");

        const ClusterMetadata cluster = clusterWith(topic, 1);
        auto plan = planOffsetReset(group, {OffsetResetMode::Earliest, 0},
                                    {{topic, 0, std::nullopt}}, cluster);
        QVERIFY(plan);
        auto refused = executeOffsetReset(writableProfile(), *plan, kTimeoutMs);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("active members")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(group));
        member->close(5000);
        deleteTopic(topic);
    }

    void cliDryRunAndExecute() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString topic = uniqueTopicName(QStringLiteral("reset-cli"));
        const QString group = topic + QStringLiteral("-group");
        QVERIFY(createTopic(topic, 2));
        QCOMPARE(produceRecords(topic, 60, 2), 60);
        {
            auto consumer = consumerOf(group);
            QVERIFY(consumer);
            QVERIFY(consumer->commit({{topic, 0, 20, 0}, {topic, 1, 25, 0}}));
            QVERIFY(consumer->close(5000));
        }
        const QStringList base{QStringLiteral("reset-offsets"),
                               QStringLiteral("-b"),
                               bootstrap(),
                               QStringLiteral("--group"),
                               group,
                               QStringLiteral("--to-earliest")};
        const CliResult dry = runCli(base);
        QVERIFY2(dry.exitCode == 0, qPrintable(describe(dry)));
        QVERIFY(dry.stdOut.contains(QStringLiteral("NEW-OFFSET")));
        QVERIFY(dry.stdOut.contains(topic));
        QVERIFY(dry.stdErr.contains(QStringLiteral("Dry run")));
        QCOMPARE(committedOffsets(group, topic, 2), (std::vector<qint64>{20, 25}));

        const CliResult run = runCli(base + QStringList{QStringLiteral("--execute")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(committedOffsets(group, topic, 2), (std::vector<qint64>{0, 0}));

        const CliResult shifted = runCli(
            {QStringLiteral("reset-offsets"), QStringLiteral("-b"), bootstrap(),
             QStringLiteral("--group"), group, QStringLiteral("--topic"), topic,
             QStringLiteral("--shift-by"), QStringLiteral("7"), QStringLiteral("--execute")});
        QVERIFY2(shifted.exitCode == 0, qPrintable(describe(shifted)));
        QCOMPARE(committedOffsets(group, topic, 2), (std::vector<qint64>{7, 7}));

        const CliResult usage = runCli({QStringLiteral("reset-offsets"), QStringLiteral("-b"),
                                        bootstrap(), QStringLiteral("--group"), group});
        QCOMPARE(usage.exitCode, 2);
        const CliResult unreachable = runCli(
            {QStringLiteral("reset-offsets"), QStringLiteral("-b"), QStringLiteral("127.0.0.1:1"),
             QStringLiteral("--group"), group, QStringLiteral("--to-latest")});
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY(unreachable.stdErr.contains(QStringLiteral("cannot reach")));
        deleteTopic(topic);
    }
};

QTEST_GUILESS_MAIN(TestOffsetReset)
#include "tst_offset_reset.moc"
