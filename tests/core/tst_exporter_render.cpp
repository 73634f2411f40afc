// The exporter's renderer (issue 14) on constructed snapshots, no broker: the exact text for a
// small cluster, label escaping, one-hot group status, no series without a commit or for stale
// parts, the filters, and `promtool check metrics` on a rich rendering. Lag metrics are tested
// here with constructed LagSnapshots, so they are right the moment the lag engine publishes.
#include "PromTool.h"
#include "SyntheticCluster.h"
#include "SyntheticLag.h"
#include "exporter/MetricsRenderer.h"
#include "exporter/PrometheusText.h"

#include <QTest>

#include <limits>

using namespace streamscope;
using test::SyntheticCluster;
using test::SyntheticLag;

namespace {

ThroughputSnapshotPtr
rates(std::initializer_list<std::pair<const char*, std::vector<double>>> topics) {
    auto s = std::make_shared<ThroughputSnapshot>();
    s->sequence = 2;
    for (const auto& [name, partitionRates] : topics) {
        TopicRate t;
        t.topic = QString::fromUtf8(name);
        t.internal = isInternalTopicName(t.topic);
        double sum = 0;
        bool any = false;
        for (size_t p = 0; p < partitionRates.size(); ++p) {
            PartitionRate r;
            r.partition = static_cast<int>(p);
            r.msgsPerSec = partitionRates[p];
            if (hasValue(partitionRates[p])) {
                sum += partitionRates[p];
                any = true;
            }
            t.partitions.push_back(r);
        }
        t.msgsPerSec = any ? sum : kNoRate;
        t.partitionCount = static_cast<int>(partitionRates.size());
        s->topics.push_back(std::move(t));
    }
    return s;
}

QStringList samples(const QByteArray& text, const QByteArray& metric) {
    QStringList out;
    for (const QByteArray& line : text.split('\n')) {
        if (line.startsWith(QByteArray(metric + '{')) || line.startsWith(QByteArray(metric + ' ')))
            out << QString::fromUtf8(line);
    }
    return out;
}

ExporterFilters noFilters() {
    return ExporterFilters::make({}, {}, false).value();
}

} // namespace

class TestExporterRender : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exactTextOfASmallCluster();
    void labelValuesAreEscaped();
    void groupStatusIsOneHot();
    void noSeriesWithoutCommitOrValue();
    void staleOrMissingPartsPublishNoSeries();
    void filtersMatchWholeNames();
    void badFilterIsAnErrorWithPosition();
    void selfMetricsSpellSpecialNumbers();
    void promtoolAcceptsTheOutput();
};

void TestExporterRender::exactTextOfASmallCluster() {
    ExporterSample sample;
    sample.cluster = QStringLiteral("c1");
    sample.up = true;
    sample.offsets =
        SyntheticCluster().topic(QStringLiteral("orders"), 2).offsets(5, 105).snapshot();
    sample.throughput = rates({{"orders", {1.5, 2.25}}});
    sample.lag = SyntheticLag()
                     .group(QStringLiteral("billing"), LagStatus::Stall)
                     .members(2)
                     .topicPartition(QStringLiteral("orders"), 0, 100, 105, 2.5)
                     .topicPartition(QStringLiteral("orders"), 1, std::nullopt, 105)
                     .snapshot();
    const QByteArray expected =
        R"(# HELP streamscope_up 1 while the cluster answers the exporter's polls, 0 while it does not.
# TYPE streamscope_up gauge
streamscope_up{cluster="c1"} 1
# HELP streamscope_topic_messages_per_second Messages produced per second into the topic (end-offset growth over the measured time between the last two samples). No series while unknown.
# TYPE streamscope_topic_messages_per_second gauge
streamscope_topic_messages_per_second{cluster="c1",topic="orders"} 3.75
# HELP streamscope_partition_messages_per_second Messages produced per second into the partition. No series while unknown.
# TYPE streamscope_partition_messages_per_second gauge
streamscope_partition_messages_per_second{cluster="c1",topic="orders",partition="0"} 1.5
streamscope_partition_messages_per_second{cluster="c1",topic="orders",partition="1"} 2.25
# HELP streamscope_partition_end_offset The partition's high watermark (the next offset to be written).
# TYPE streamscope_partition_end_offset gauge
streamscope_partition_end_offset{cluster="c1",topic="orders",partition="0"} 105
streamscope_partition_end_offset{cluster="c1",topic="orders",partition="1"} 105
# HELP streamscope_partition_start_offset The partition's log start offset (the oldest retained offset).
# TYPE streamscope_partition_start_offset gauge
streamscope_partition_start_offset{cluster="c1",topic="orders",partition="0"} 5
streamscope_partition_start_offset{cluster="c1",topic="orders",partition="1"} 5
# HELP streamscope_consumergroup_committed_offset The group's committed offset on the partition. No series without a commit.
# TYPE streamscope_consumergroup_committed_offset gauge
streamscope_consumergroup_committed_offset{cluster="c1",group="billing",topic="orders",partition="0"} 100
# HELP streamscope_consumergroup_lag Messages the group is behind on the partition (end offset - committed offset). No series for a partition without a commit.
# TYPE streamscope_consumergroup_lag gauge
streamscope_consumergroup_lag{cluster="c1",group="billing",topic="orders",partition="0"} 5
# HELP streamscope_consumergroup_lag_seconds Seconds the group is behind on the partition: how long ago the end offset was where the committed offset is now. No series while unknown.
# TYPE streamscope_consumergroup_lag_seconds gauge
streamscope_consumergroup_lag_seconds{cluster="c1",group="billing",topic="orders",partition="0"} 2.5
# HELP streamscope_consumergroup_status 1 for the group's current lag status, 0 for the others (OK, WARN, STALL, STOP, REWIND, ERR, UNKNOWN).
# TYPE streamscope_consumergroup_status gauge
streamscope_consumergroup_status{cluster="c1",group="billing",status="OK"} 0
streamscope_consumergroup_status{cluster="c1",group="billing",status="WARN"} 0
streamscope_consumergroup_status{cluster="c1",group="billing",status="STALL"} 1
streamscope_consumergroup_status{cluster="c1",group="billing",status="STOP"} 0
streamscope_consumergroup_status{cluster="c1",group="billing",status="REWIND"} 0
streamscope_consumergroup_status{cluster="c1",group="billing",status="ERR"} 0
streamscope_consumergroup_status{cluster="c1",group="billing",status="UNKNOWN"} 0
# HELP streamscope_consumergroup_members Members of the consumer group. No series when the members could not be described.
# TYPE streamscope_consumergroup_members gauge
streamscope_consumergroup_members{cluster="c1",group="billing"} 2
# HELP streamscope_lag_up 1 while the consumer groups and their offsets are read (the lag figures are current), 0 while they are not.
# TYPE streamscope_lag_up gauge
streamscope_lag_up{cluster="c1"} 1
)";
    const QByteArray text = renderClusterMetrics(sample, noFilters());
    if (text != expected) {
        // Name the first differing line, not two walls of text.
        const auto got = text.split('\n');
        const auto want = expected.split('\n');
        for (qsizetype i = 0; i < std::min(got.size(), want.size()); ++i)
            QCOMPARE(QString::fromUtf8(got[i]), QString::fromUtf8(want[i]));
        QCOMPARE(got.size(), want.size());
    }
}

void TestExporterRender::labelValuesAreEscaped() {
    // Topic names cannot hold these characters, but group ids and the cluster label can.
    ExporterSample sample;
    sample.cluster = QStringLiteral("prod \"eu\"");
    sample.lag = SyntheticLag()
                     .group(QStringLiteral("we\"ird\\gr\noup-\u00e4"))
                     .members(1)
                     .topicPartition(QStringLiteral("t"), 0, 1, 3)
                     .snapshot();
    const QByteArray text = renderClusterMetrics(sample, noFilters());
    QCOMPARE(
        samples(text, "streamscope_consumergroup_lag"),
        QStringList{QString::fromUtf8(
            R"(streamscope_consumergroup_lag{cluster="prod \"eu\"",group="we\"ird\\gr\noup-ä",topic="t",partition="0"} 2)")});
    PrometheusText out;
    out.family("m", "back\\slash \"quoted\"\nnext");
    QCOMPARE(out.text(), QByteArray("# HELP m back\\\\slash \"quoted\"\\nnext\n# TYPE m gauge\n"));
}

void TestExporterRender::groupStatusIsOneHot() {
    for (LagStatus status : {LagStatus::Ok, LagStatus::Warn, LagStatus::Stall, LagStatus::Stop,
                             LagStatus::Rewind, LagStatus::Error, LagStatus::Unknown}) {
        ExporterSample sample;
        sample.cluster = QStringLiteral("c");
        sample.lag = SyntheticLag().group(QStringLiteral("g"), status).snapshot();
        const QStringList lines =
            samples(renderClusterMetrics(sample, noFilters()), "streamscope_consumergroup_status");
        QCOMPARE(lines.size(), 7);
        const QStringList ones = lines.filter(QRegularExpression(QStringLiteral(" 1$")));
        QCOMPARE(ones.size(), 1);
        QVERIFY2(ones.first().contains(QStringLiteral("status=\"%1\"").arg(lagStatusName(status))),
                 qPrintable(ones.first()));
    }
}

void TestExporterRender::noSeriesWithoutCommitOrValue() {
    ExporterSample sample;
    sample.cluster = QStringLiteral("c");
    sample.throughput = rates({{"new", {kNoRate, kNoRate}}, {"half", {kNoRate, 4}}});
    sample.lag = SyntheticLag()
                     .group(QStringLiteral("g"))
                     .membersUnknown(QStringLiteral("KIP-848"))
                     .topicPartition(QStringLiteral("half"), 0, std::nullopt, 10)
                     .topicPartition(QStringLiteral("half"), 1, 7, 10)
                     .snapshot();
    const QByteArray text = renderClusterMetrics(sample, noFilters());
    // A topic with no rate yet has no series (never 0); a partly rated one sums what it has.
    QCOMPARE(samples(text, "streamscope_topic_messages_per_second"),
             QStringList{QStringLiteral(
                 R"(streamscope_topic_messages_per_second{cluster="c",topic="half"} 4)")});
    QCOMPARE(samples(text, "streamscope_consumergroup_lag").size(), 1);
    QVERIFY(samples(text, "streamscope_consumergroup_lag")
                .first()
                .contains(QStringLiteral("partition=\"1\"} 3")));
    QCOMPARE(samples(text, "streamscope_consumergroup_committed_offset").size(), 1);
    QCOMPARE(samples(text, "streamscope_consumergroup_lag_seconds").size(), 0);
    // Members that could not be described are not "0 members".
    QCOMPARE(samples(text, "streamscope_consumergroup_members").size(), 0);
    // Families are announced even when empty.
    QVERIFY(text.contains("# TYPE streamscope_consumergroup_lag_seconds gauge\n"));
}

void TestExporterRender::staleOrMissingPartsPublishNoSeries() {
    ExporterSample sample;
    sample.cluster = QStringLiteral("c");
    sample.up = false;
    const QByteArray text = renderClusterMetrics(sample, noFilters());
    QCOMPARE(samples(text, "streamscope_up"),
             QStringList{QStringLiteral(R"(streamscope_up{cluster="c"} 0)")});
    QCOMPARE(samples(text, "streamscope_lag_up"),
             QStringList{QStringLiteral(R"(streamscope_lag_up{cluster="c"} 0)")});
    int seriesLines = 0;
    for (const QByteArray& line : text.split('\n'))
        seriesLines += !line.isEmpty() && !line.startsWith('#');
    QCOMPARE(seriesLines, 2);
    // A lag refresh that could not list the groups says so.
    sample.lag = SyntheticLag().error(QStringLiteral("coordinator away")).snapshot();
    QCOMPARE(samples(renderClusterMetrics(sample, noFilters()), "streamscope_lag_up"),
             QStringList{QStringLiteral(R"(streamscope_lag_up{cluster="c"} 0)")});
}

void TestExporterRender::filtersMatchWholeNames() {
    ExporterSample sample;
    sample.cluster = QStringLiteral("c");
    sample.offsets = SyntheticCluster()
                         .topic(QStringLiteral("orders"))
                         .topic(QStringLiteral("orders-dlq"))
                         .topic(QStringLiteral("__consumer_offsets"), 2)
                         .snapshot();
    sample.lag = SyntheticLag()
                     .group(QStringLiteral("billing"))
                     .topicPartition(QStringLiteral("orders"), 0, 0, 0)
                     .topicPartition(QStringLiteral("orders-dlq"), 0, 0, 0)
                     .group(QStringLiteral("billing-replay"))
                     .topicPartition(QStringLiteral("orders"), 0, 0, 0)
                     .snapshot();
    auto filters =
        ExporterFilters::make(QStringLiteral("orders"), QStringLiteral("bill.ng"), false);
    QVERIFY(filters.ok());
    QByteArray text = renderClusterMetrics(sample, *filters);
    QCOMPARE(samples(text, "streamscope_partition_end_offset").size(), 1);
    QVERIFY(samples(text, "streamscope_partition_end_offset")
                .first()
                .contains(QStringLiteral("topic=\"orders\"")));
    QCOMPARE(
        samples(text, "streamscope_consumergroup_lag"),
        QStringList{QStringLiteral(
            R"(streamscope_consumergroup_lag{cluster="c",group="billing",topic="orders",partition="0"} 0)")});
    QCOMPARE(samples(text, "streamscope_consumergroup_status").size(), 7);

    // Internal topics only on request; an empty pattern takes every name.
    text = renderClusterMetrics(sample, noFilters());
    QCOMPARE(samples(text, "streamscope_partition_end_offset").size(), 2);
    text = renderClusterMetrics(sample, ExporterFilters::make({}, {}, true).value());
    QCOMPARE(samples(text, "streamscope_partition_end_offset").size(), 4);
    QCOMPARE(samples(text, "streamscope_consumergroup_status").size(), 14);
}

void TestExporterRender::badFilterIsAnErrorWithPosition() {
    const auto filters = ExporterFilters::make(QStringLiteral("orders("), {}, false);
    QVERIFY(!filters.ok());
    QVERIFY2(filters.error().message.contains(QStringLiteral("--topic-filter")),
             qPrintable(filters.error().message));
    QVERIFY2(filters.error().message.contains(QStringLiteral("position 7")),
             qPrintable(filters.error().message));
    QVERIFY(!ExporterFilters::make({}, QStringLiteral("[a-"), false).ok());
}

void TestExporterRender::selfMetricsSpellSpecialNumbers() {
    ExporterSelfMetrics self;
    self.lastSampleAgeSeconds = std::numeric_limits<double>::infinity();
    self.scrapeDurationSeconds = std::numeric_limits<double>::quiet_NaN();
    self.lagRefreshDurationSeconds = 0.125;
    const QByteArray text = renderSelfMetrics(QStringLiteral("c"), self);
    QCOMPARE(
        samples(text, "streamscope_last_sample_age_seconds"),
        QStringList{QStringLiteral(R"(streamscope_last_sample_age_seconds{cluster="c"} +Inf)")});
    QCOMPARE(
        samples(text, "streamscope_scrape_duration_seconds"),
        QStringList{QStringLiteral(R"(streamscope_scrape_duration_seconds{cluster="c"} NaN)")});
    QCOMPARE(samples(text, "streamscope_lag_refresh_duration_seconds"),
             QStringList{
                 QStringLiteral(R"(streamscope_lag_refresh_duration_seconds{cluster="c"} 0.125)")});
}

void TestExporterRender::promtoolAcceptsTheOutput() {
    ExporterSample sample;
    sample.cluster = QStringLiteral("c \"1\"");
    sample.up = true;
    sample.offsets = SyntheticCluster()
                         .topic(QStringLiteral("a"), 3)
                         .offsets(0, 9)
                         .topic(QStringLiteral("b"))
                         .snapshot();
    sample.throughput = rates({{"a", {1, 2, kNoRate}}, {"b", {0}}});
    sample.lag = SyntheticLag()
                     .group(QStringLiteral("g\\1"), LagStatus::Warn)
                     .members(3)
                     .topicPartition(QStringLiteral("a"), 0, 1, 9, 0.5)
                     .topicPartition(QStringLiteral("a"), 2, std::nullopt, 9)
                     .group(QStringLiteral("g2"), LagStatus::Stop)
                     .topicPartition(QStringLiteral("b"), 0, 0, 0, 0)
                     .snapshot();
    ExporterSelfMetrics self;
    self.lastSampleAgeSeconds = std::numeric_limits<double>::infinity();
    self.scrapeDurationSeconds = 0.01;
    self.lagRefreshDurationSeconds = std::numeric_limits<double>::quiet_NaN();
    const QByteArray text =
        renderClusterMetrics(sample, noFilters()) + renderSelfMetrics(sample.cluster, self);
    const QString problems = test::promtoolProblems(text);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_GUILESS_MAIN(TestExporterRender)
#include "tst_exporter_render.moc"
