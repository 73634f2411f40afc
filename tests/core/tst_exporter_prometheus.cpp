// The exporter against the real broker and a real Prometheus (issue 14). The test starts
// `streamscope-cli serve` on a free port and Debian's Prometheus server on another (1 s scrape,
// its own temporary data dir), then asks Prometheus over its HTTP API:
//   - partition end and start offsets equal what Kafka's own GetOffsetShell reads;
//   - a topic's rate is within 3% of a paced producer's rate;
//   - committed offsets and lag equal `kafka-consumer-groups --describe`;
// and checks `promtool check metrics` on a live scrape and `promtool check rules` on the packaged
// alert rules. A dead cluster (librdkafka's mock cluster, set down in this process) turns
// streamscope_up to 0 and drops its partition series; --once --textfile writes one sample.
#include "CliRunner.h"
#include "PacedProducer.h"
#include "PromTool.h"
#include "TestCluster.h"
#include "kafka/RdHandles.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <librdkafka/rdkafka_mock.h>

#include <cmath>
#include <map>
#include <memory>

using namespace streamscope;

namespace {

constexpr int kTimeoutMs = 30000;
constexpr double kRate = 300;

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// GET with a bounded wait; empty on failure (the caller's QTRY retries).
QByteArray httpGet(const QUrl& url, int* status = nullptr) {
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
}

// A child process that is killed when the test ends, whatever happened.
struct Child {
    QProcess process;
    ~Child() {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(5000)) {
                process.kill();
                process.waitForFinished(2000);
            }
        }
    }
};

// `streamscope-cli serve` on a free port; the port comes from its first line of output.
class Exporter {
public:
    bool start(const QStringList& args) {
        m_child.process.setProcessChannelMode(QProcess::SeparateChannels);
        m_child.process.start(test::cliPath(),
                              QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                          QStringLiteral("127.0.0.1:0")} +
                                  args);
        if (!m_child.process.waitForStarted(5000))
            return false;
        QElapsedTimer timer;
        timer.start();
        static const QRegularExpression servingLine(
            QStringLiteral(R"(serving http://[^:]+:(\d+)/)"));
        while (timer.elapsed() < 10000) {
            m_child.process.waitForReadyRead(200);
            m_output += m_child.process.readAllStandardOutput();
            const auto match = servingLine.match(QString::fromUtf8(m_output));
            if (match.hasMatch()) {
                m_port = static_cast<quint16>(match.captured(1).toUInt());
                return true;
            }
            if (m_child.process.state() == QProcess::NotRunning)
                break;
        }
        return false;
    }
    quint16 port() const { return m_port; }
    QByteArray scrape() const {
        return httpGet(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(m_port)));
    }
    QString describe() {
        return QString::fromUtf8(m_output + m_child.process.readAllStandardOutput() +
                                 m_child.process.readAllStandardError());
    }

private:
    Child m_child;
    QByteArray m_output;
    quint16 m_port = 0;
};

// Debian's Prometheus server scraping one target every second, with its own data dir.
class Prometheus {
public:
    bool start(quint16 targetPort) {
        m_port = freePort();
        QFile config(m_dir.filePath(QStringLiteral("prometheus.yml")));
        if (!config.open(QIODevice::WriteOnly))
            return false;
        config.write(QStringLiteral("global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
                                    "scrape_configs:\n  - job_name: streamscope\n"
                                    "    static_configs:\n      - targets: ['127.0.0.1:%1']\n")
                         .arg(targetPort)
                         .toUtf8());
        config.close();
        m_child.process.setProcessChannelMode(QProcess::MergedChannels);
        m_child.process.start(
            QStandardPaths::findExecutable(QStringLiteral("prometheus")),
            {QStringLiteral("--config.file=%1").arg(config.fileName()),
             QStringLiteral("--storage.tsdb.path=%1").arg(m_dir.filePath(QStringLiteral("data"))),
             QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port),
             QStringLiteral("--log.level=warn")});
        if (!m_child.process.waitForStarted(5000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 20000) {
            int status = 0;
            httpGet(QUrl(QStringLiteral("http://127.0.0.1:%1/-/ready").arg(m_port)), &status);
            if (status == 200)
                return true;
            if (m_child.process.state() == QProcess::NotRunning)
                return false;
            QTest::qWait(200);
        }
        return false;
    }
    // An instant query; the result vector as label set -> value.
    std::vector<std::pair<QJsonObject, double>> query(const QString& promql) const {
        QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/query").arg(m_port));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("query"), promql);
        url.setQuery(q);
        const QJsonObject root = QJsonDocument::fromJson(httpGet(url)).object();
        std::vector<std::pair<QJsonObject, double>> out;
        for (const auto& item : root.value(QStringLiteral("data"))
                                    .toObject()
                                    .value(QStringLiteral("result"))
                                    .toArray()) {
            const QJsonObject o = item.toObject();
            out.emplace_back(
                o.value(QStringLiteral("metric")).toObject(),
                o.value(QStringLiteral("value")).toArray().at(1).toString().toDouble());
        }
        return out;
    }
    QString log() { return QString::fromUtf8(m_child.process.readAll()); }

private:
    QTemporaryDir m_dir;
    Child m_child;
    quint16 m_port = 0;
};

// Kafka's own tools (STREAMSCOPE_KAFKA_TOOL = scripts/kafka-tool.sh).
QString runKafkaTool(const QStringList& args) {
    const QString tool = qEnvironmentVariable("STREAMSCOPE_KAFKA_TOOL");
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000))
        p.kill();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// GetOffsetShell: "topic:partition:offset" lines -> partition -> offset.
std::map<int, qint64> kafkaOffsets(const QString& topic, int time) {
    std::map<int, qint64> out;
    const QString text =
        runKafkaTool({QStringLiteral("get-offsets"), QStringLiteral("--bootstrap-server"),
                      test::bootstrap(), QStringLiteral("--topic-partitions"), topic,
                      QStringLiteral("--time"), QString::number(time)});
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList parts = line.trimmed().split(u':');
        if (parts.size() == 3 && parts[0] == topic)
            out[parts[1].toInt()] = parts[2].toLongLong();
    }
    return out;
}

std::map<int, qint64> byPartition(const std::vector<std::pair<QJsonObject, double>>& result) {
    std::map<int, qint64> out;
    for (const auto& [labels, value] : result)
        out[labels.value(QStringLiteral("partition")).toString().toInt()] = std::llround(value);
    return out;
}

QString show(const std::map<int, qint64>& m) {
    QStringList parts;
    for (const auto& [p, v] : m)
        parts << QStringLiteral("%1:%2").arg(p).arg(v);
    return parts.join(u' ');
}

QString packagingDir() {
    return QStringLiteral(STREAMSCOPE_SOURCE_DIR "/packaging");
}

} // namespace

class TestExporterPrometheus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void offsetsEqualKafkasTruth();
    void ratesWithinThreePercentOfAPacedProducer();
    void groupFiguresEqualKafkaConsumerGroups();
    void promtoolAcceptsScrapeAndRules();
    void deadClusterTurnsUpToZeroAndDropsSeries();
    void onceWritesATextfile();
    void cleanupTestCase();

private:
    QString m_quietTopic;
    QString m_pacedTopic;
    QString m_group;
    std::unique_ptr<test::PacedProducer> m_producer;
    std::unique_ptr<Exporter> m_exporter;
    std::unique_ptr<Prometheus> m_prometheus;
};

void TestExporterPrometheus::initTestCase() {
    STREAMSCOPE_REQUIRE_BROKER();
    if (QStandardPaths::findExecutable(QStringLiteral("prometheus")).isEmpty())
        QFAIL("prometheus is not installed (Debian package prometheus; scripts/install-deps.sh)");
    if (qEnvironmentVariable("STREAMSCOPE_KAFKA_TOOL").isEmpty())
        QFAIL(
            "STREAMSCOPE_KAFKA_TOOL is not set (scripts/test.sh sets it to scripts/kafka-tool.sh)");
    m_quietTopic = test::uniqueTopicName(QStringLiteral("tst-exporter-quiet"));
    m_pacedTopic = test::uniqueTopicName(QStringLiteral("tst-exporter-paced"));
    m_group = test::uniqueTopicName(QStringLiteral("tst-exporter-group"));
    QVERIFY(test::createTopic(m_quietTopic, 3));
    QVERIFY(test::createTopic(m_pacedTopic, 3));
    QCOMPARE(test::produceRecords(m_quietTopic, 250, 3), 250);
    // A group with commits and no members: Kafka's tool sets its offsets (10 per partition).
    const QString reset = runKafkaTool(
        {QStringLiteral("consumer-groups"), QStringLiteral("--bootstrap-server"), test::bootstrap(),
         QStringLiteral("--group"), m_group, QStringLiteral("--topic"), m_quietTopic,
         QStringLiteral("--reset-offsets"), QStringLiteral("--to-offset"), QStringLiteral("10"),
         QStringLiteral("--execute")});
    QVERIFY2(reset.contains(m_quietTopic), qPrintable(reset));

    m_producer = std::make_unique<test::PacedProducer>(m_pacedTopic, 3, kRate);
    QVERIFY(m_producer->start());
    m_exporter = std::make_unique<Exporter>();
    const QString topics =
        QRegularExpression::escape(m_quietTopic) + u'|' + QRegularExpression::escape(m_pacedTopic);
    QVERIFY2(
        m_exporter->start({QStringLiteral("-b"), test::bootstrap(), QStringLiteral("--interval"),
                           QStringLiteral("1"), QStringLiteral("--topic-filter"), topics}),
        qPrintable(m_exporter->describe()));
    m_prometheus = std::make_unique<Prometheus>();
    QVERIFY2(m_prometheus->start(m_exporter->port()), qPrintable(m_prometheus->log()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_prometheus->query(QStringLiteral("streamscope_up == 1")).empty(),
                             kTimeoutMs);
}

void TestExporterPrometheus::offsetsEqualKafkasTruth() {
    const QString selector = QStringLiteral("{topic=\"%1\"}").arg(m_quietTopic);
    const auto endOffsets = [&] {
        return byPartition(
            m_prometheus->query(QStringLiteral("streamscope_partition_end_offset") + selector));
    };
    QTRY_COMPARE_WITH_TIMEOUT(endOffsets().size(), size_t(3), kTimeoutMs);
    const auto truthEnd = kafkaOffsets(m_quietTopic, -1);
    const auto truthStart = kafkaOffsets(m_quietTopic, -2);
    QCOMPARE(truthEnd.size(), size_t(3));
    qint64 sum = 0;
    for (const auto& [p, v] : truthEnd)
        sum += v;
    QCOMPARE(sum, qint64(250));
    QVERIFY2(endOffsets() == truthEnd, qPrintable(QStringLiteral("prometheus %1, GetOffsetShell %2")
                                                      .arg(show(endOffsets()), show(truthEnd))));
    const auto startOffsets = byPartition(
        m_prometheus->query(QStringLiteral("streamscope_partition_start_offset") + selector));
    QVERIFY2(startOffsets == truthStart,
             qPrintable(QStringLiteral("prometheus %1, GetOffsetShell %2")
                            .arg(show(startOffsets), show(truthStart))));
}

void TestExporterPrometheus::ratesWithinThreePercentOfAPacedProducer() {
    // The mean of the scraped rates over 15 s: single ticks of a 1 s interval carry the
    // producer's batching (a few records either side); the mean must match the paced rate.
    const QString query =
        QStringLiteral("avg_over_time(streamscope_topic_messages_per_second{topic=\"%1\"}[15s])")
            .arg(m_pacedTopic);
    const QString count =
        QStringLiteral("count_over_time(streamscope_topic_messages_per_second{topic=\"%1\"}[15s])")
            .arg(m_pacedTopic);
    // Wait until the window is full of samples taken while the producer ran.
    QTRY_VERIFY_WITH_TIMEOUT(!m_prometheus->query(count).empty() &&
                                 m_prometheus->query(count).front().second >= 14,
                             kTimeoutMs);
    const auto result = m_prometheus->query(query);
    QCOMPARE(result.size(), size_t(1));
    const double rate = result.front().second;
    qInfo("mean of the scraped rates over 15 s: %.2f msgs/s (paced %.0f)", rate, kRate);
    QVERIFY2(std::abs(rate / kRate - 1.0) <= 0.03,
             qPrintable(QStringLiteral("mean rate %1 msgs/s, paced %2").arg(rate).arg(kRate)));
    // Partition rates add up to the topic's.
    const auto partitions = m_prometheus->query(
        QStringLiteral("sum(avg_over_time(streamscope_partition_messages_per_second{topic=\"%1\"}"
                       "[15s]))")
            .arg(m_pacedTopic));
    QCOMPARE(partitions.size(), size_t(1));
    QVERIFY2(std::abs(partitions.front().second / rate - 1.0) <= 0.01,
             qPrintable(QStringLiteral("%1 vs %2").arg(partitions.front().second).arg(rate)));
}

void TestExporterPrometheus::groupFiguresEqualKafkaConsumerGroups() {
    // The exporter says whether its lag monitor published anything: NaN refresh duration = none.
    const auto lagPublished = [&] {
        const auto r =
            m_prometheus->query(QStringLiteral("streamscope_lag_refresh_duration_seconds"));
        return !r.empty() && !std::isnan(r.front().second);
    };
    QVERIFY2(QTest::qWaitFor(lagPublished, 15000),
             "the exporter's lag monitor published no snapshot within 15 s");

    // `kafka-consumer-groups --describe`: GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG
    const QString describe = runKafkaTool(
        {QStringLiteral("consumer-groups"), QStringLiteral("--bootstrap-server"), test::bootstrap(),
         QStringLiteral("--describe"), QStringLiteral("--group"), m_group});
    std::map<int, qint64> truthCommitted;
    std::map<int, qint64> truthLag;
    for (const QString& line : describe.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.simplified().split(u' ');
        if (f.size() >= 6 && f[0] == m_group && f[1] == m_quietTopic) {
            truthCommitted[f[2].toInt()] = f[3].toLongLong();
            truthLag[f[2].toInt()] = f[5].toLongLong();
        }
    }
    QVERIFY2(truthCommitted.size() == 3, qPrintable(describe));
    const QString selector =
        QStringLiteral("{group=\"%1\",topic=\"%2\"}").arg(m_group, m_quietTopic);
    const auto committed = [&] {
        return byPartition(m_prometheus->query(
            QStringLiteral("streamscope_consumergroup_committed_offset") + selector));
    };
    const auto lag = [&] {
        return byPartition(
            m_prometheus->query(QStringLiteral("streamscope_consumergroup_lag") + selector));
    };
    QTRY_VERIFY2_WITH_TIMEOUT(committed() == truthCommitted,
                              qPrintable(QStringLiteral("prometheus %1, kafka-consumer-groups %2")
                                             .arg(show(committed()), show(truthCommitted))),
                              kTimeoutMs);
    QTRY_VERIFY2_WITH_TIMEOUT(lag() == truthLag,
                              qPrintable(QStringLiteral("prometheus %1, kafka-consumer-groups %2")
                                             .arg(show(lag()), show(truthLag))),
                              kTimeoutMs);
    // The group has commits and no members: 0 members (it can be described), and one status.
    const auto members = m_prometheus->query(
        QStringLiteral("streamscope_consumergroup_members{group=\"%1\"}").arg(m_group));
    QCOMPARE(members.size(), size_t(1));
    QCOMPARE(members.front().second, 0.0);
    const auto status = m_prometheus->query(
        QStringLiteral("streamscope_consumergroup_status{group=\"%1\"}").arg(m_group));
    QCOMPARE(status.size(), size_t(7));
}

void TestExporterPrometheus::promtoolAcceptsScrapeAndRules() {
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    QVERIFY(!promtool.isEmpty());
    const QByteArray scrape = m_exporter->scrape();
    QVERIFY(scrape.contains("streamscope_partition_end_offset{"));
    const QString problems = test::promtoolProblems(scrape);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    QProcess rules;
    rules.start(promtool, {QStringLiteral("check"), QStringLiteral("rules"),
                           packagingDir() + QStringLiteral("/prometheus/streamscope-alerts.yml")});
    QVERIFY(rules.waitForFinished(30000));
    QVERIFY2(rules.exitCode() == 0, qPrintable(QString::fromUtf8(rules.readAll())));
    QProcess config;
    config.start(promtool, {QStringLiteral("check"), QStringLiteral("config"),
                            packagingDir() + QStringLiteral("/prometheus/prometheus.yml")});
    QVERIFY(config.waitForFinished(30000));
    QVERIFY2(config.exitCode() == 0, qPrintable(QString::fromUtf8(config.readAll())));
    // The dashboard is valid JSON whose queries only name metrics the exporter serves.
    QFile dashboard(packagingDir() + QStringLiteral("/grafana/streamscope-dashboard.json"));
    QVERIFY(dashboard.open(QIODevice::ReadOnly));
    const QByteArray json = dashboard.readAll();
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    static const QRegularExpression metricName(QStringLiteral(R"(streamscope_[a-z_]+)"));
    for (auto it = metricName.globalMatch(QString::fromUtf8(json)); it.hasNext();) {
        const QString name = it.next().captured();
        QVERIFY2(scrape.contains(QStringLiteral("# TYPE %1 ").arg(name).toUtf8()),
                 qPrintable(name));
    }
}

void TestExporterPrometheus::deadClusterTurnsUpToZeroAndDropsSeries() {
    // librdkafka's mock cluster dies in milliseconds when set down.
    char errstr[256];
    rd_kafka_conf_t* conf = rd_kafka_conf_new();
    rd_kafka_conf_set(conf, "log_level", "0", errstr, sizeof errstr);
    rd::Handle owner(rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr));
    QVERIFY(owner);
    rd_kafka_mock_cluster_t* mock = rd_kafka_mock_cluster_new(owner.get(), 1);
    QVERIFY(mock);
    const auto destroyMock = qScopeGuard([mock] { rd_kafka_mock_cluster_destroy(mock); });
    rd_kafka_mock_topic_create(mock, "doomed", 2, 1);
    const QString bootstrap = QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(mock));

    Exporter exporter;
    QVERIFY2(
        exporter.start({QStringLiteral("-b"), bootstrap, QStringLiteral("--interval"),
                        QStringLiteral("1"), QStringLiteral("--stale-after"), QStringLiteral("4"),
                        QStringLiteral("--cluster"), QStringLiteral("mock")}),
        qPrintable(exporter.describe()));
    QTRY_VERIFY_WITH_TIMEOUT(exporter.scrape().contains("streamscope_up{cluster=\"mock\"} 1"),
                             kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        exporter.scrape().contains(
            "streamscope_partition_end_offset{cluster=\"mock\",topic=\"doomed\""),
        kTimeoutMs);

    rd_kafka_mock_broker_set_down(mock, 1);
    QElapsedTimer sinceDeath;
    sinceDeath.start();
    // The session reports an unreachable cluster within 10 s; up turns 0 then.
    QTRY_VERIFY_WITH_TIMEOUT(exporter.scrape().contains("streamscope_up{cluster=\"mock\"} 0"),
                             20000);
    // And the old offsets are gone once older than --stale-after, not served as current.
    QTRY_VERIFY_WITH_TIMEOUT(!exporter.scrape().contains("streamscope_partition_end_offset{"),
                             20000);
    const QByteArray last = exporter.scrape();
    QVERIFY2(!last.contains("streamscope_topic_messages_per_second{"), last.constData());
    // The exporter keeps answering, and says how old its last sample is.
    static const QRegularExpression age(
        QStringLiteral(R"(streamscope_last_sample_age_seconds\{cluster="mock"\} ([0-9.]+))"));
    const auto match = age.match(QString::fromUtf8(last));
    QVERIFY2(match.hasMatch(), last.constData());
    QVERIFY2(match.captured(1).toDouble() >= 4, last.constData());
    int status = 0;
    httpGet(QUrl(QStringLiteral("http://127.0.0.1:%1/healthz").arg(exporter.port())), &status);
    QCOMPARE(status, 200);
}

void TestExporterPrometheus::onceWritesATextfile() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("streamscope.prom"));
    const auto result = test::runCli(
        {QStringLiteral("serve"), QStringLiteral("-b"), test::bootstrap(), QStringLiteral("--once"),
         QStringLiteral("--textfile"), file, QStringLiteral("--interval"), QStringLiteral("1"),
         QStringLiteral("--topic-filter"), QRegularExpression::escape(m_quietTopic)},
        60000);
    QVERIFY2(result.exitCode == 0, qPrintable(test::describe(result)));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray text = written.readAll();
    QVERIFY2(text.contains("streamscope_up{"), text.constData());
    QCOMPARE(text.count(QByteArray("streamscope_partition_end_offset{")), 3);
    // node_exporter (another user) can read it; no temporary file is left beside it.
    QVERIFY(written.permissions() & QFileDevice::ReadOther);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList{QStringLiteral("streamscope.prom")});
}

void TestExporterPrometheus::cleanupTestCase() {
    m_prometheus.reset();
    m_exporter.reset();
    if (m_producer)
        m_producer->stop();
    if (!m_quietTopic.isEmpty()) {
        test::deleteTopic(m_quietTopic);
        test::deleteTopic(m_pacedTopic);
    }
}

QTEST_GUILESS_MAIN(TestExporterPrometheus)
#include "tst_exporter_prometheus.moc"
