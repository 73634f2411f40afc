// The lag engine against the real broker (issue 7): committed offset, end offset and lag of
// every group equal what Kafka's own kafka-consumer-groups prints (groups with uncommitted
// partitions and live members included); the monitor reaches each status with scripted
// consumers; a dead or silent cluster shows its groups as unknown and stops within 2 s.
#include "CliRunner.h"
#include "TestCluster.h"
#include "kafka/ConsumerGroups.h"
#include "kafka/GroupConsumer.h"
#include "kafka/KafkaClient.h"
#include "lag/LagMonitor.h"
#include "lag/LagReader.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <nlohmann/json.hpp>

#include <map>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace streamscope;
using namespace Qt::StringLiterals;

namespace {

struct Row {
    QString committed; // "-" for none
    QString end;
    QString lag;
    QString member; // "-" for none
    friend bool operator==(const Row&, const Row&) = default;
};
// group -> "topic/partition" -> row
using Table = std::map<QString, std::map<QString, Row>>;

QString key(const QString& topic, int partition) {
    return topic + u'/' + QString::number(partition);
}

// kafka-consumer-groups.sh --describe --all-groups, from the same jars as the broker.
Table kafkaTable(const QString& bootstrap, QString* raw) {
    QProcess tool;
    tool.start(qEnvironmentVariable("STREAMSCOPE_KAFKA_TOOL"),
               {u"consumer-groups"_s, u"--bootstrap-server"_s, bootstrap, u"--describe"_s,
                u"--all-groups"_s});
    if (!tool.waitForFinished(90000))
        return {};
    *raw = QString::fromUtf8(tool.readAllStandardOutput());
    Table table;
    static const QRegularExpression space(u"\\s+"_s);
    for (const QString& line : raw->split(u'\n')) {
        const QStringList f = line.trimmed().split(space, Qt::SkipEmptyParts);
        if (f.size() < 9 || f[0] == u"GROUP")
            continue;
        bool numeric = false;
        f[2].toInt(&numeric);
        if (!numeric)
            continue;
        table[f[0]][key(f[1], f[2].toInt())] = {f[3], f[4], f[5], f[6]};
    }
    return table;
}

QString text(const nlohmann::json& v) {
    if (v.is_null())
        return u"-"_s;
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    return QString::number(v.get<qint64>());
}

Table cliTable(const QString& bootstrap, QString* raw) {
    const auto run =
        test::runCli({u"lag"_s, u"-b"_s, bootstrap, u"--json"_s, u"--samples"_s, u"1"_s}, 60000);
    *raw = test::describe(run);
    Table table;
    if (run.exitCode != 0)
        return table;
    const auto json = nlohmann::json::parse(run.stdOut.toStdString());
    for (const auto& g : json["groups"]) {
        auto& rows = table[text(g["group"])];
        for (const auto& p : g["partitions"])
            rows[key(text(p["topic"]), p["partition"].get<int>())] = {
                text(p["committed"]), text(p["end"]), text(p["lag"]), text(p["member"])};
    }
    return table;
}

ClusterSnapshot tick(KafkaClient& client) {
    auto md = client.fetchMetadata(10000);
    if (!md)
        return {};
    if (!client.fillOffsets(*md, 10000))
        return {};
    return std::make_shared<const ClusterMetadata>(std::move(*md));
}

Status commit(KafkaClient& client, const QString& group, const QString& topic,
              const std::vector<qint64>& offsets) {
    GroupCommittedOffsets c;
    c.groupId = group;
    for (std::size_t p = 0; p < offsets.size(); ++p) {
        if (offsets[p] >= 0)
            c.offsets.push_back({topic, static_cast<int>(p), offsets[p], 0});
    }
    return ConsumerGroupAdmin(client).commitOffsets({c}, 10000);
}

// Feeds the monitor one tick and waits for its refresh.
LagSnapshotPtr refresh(LagMonitor& monitor, KafkaClient& client) {
    const quint64 before = monitor.refreshCount();
    monitor.consumeSnapshot(tick(client));
    QElapsedTimer clock;
    clock.start();
    while (monitor.refreshCount() == before && clock.elapsed() < 20000)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    return monitor.latest();
}

// A port on 127.0.0.1 that takes connections (the kernel completes them in the backlog) and
// never answers: a hung broker.
class SilentPort {
public:
    SilentPort() {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr*>(&addr), len) != 0 ||
            ::listen(m_fd, 16) != 0 ||
            ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
            return;
        m_port = ntohs(addr.sin_port);
    }
    ~SilentPort() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    SilentPort(const SilentPort&) = delete;
    SilentPort& operator=(const SilentPort&) = delete;
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

} // namespace

class TestLagTruth : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        STREAMSCOPE_REQUIRE_BROKER();
        if (qEnvironmentVariable("STREAMSCOPE_KAFKA_TOOL").isEmpty())
            QFAIL("STREAMSCOPE_KAFKA_TOOL is not set: run scripts/test.sh");
        auto created = KafkaClient::create(test::brokerProfile());
        QVERIFY(created);
        m_client = std::move(*created);
    }

    void committedEndAndLagEqualKafkasTool() {
        const QString topic = test::uniqueTopicName(u"lagtruth"_s);
        QVERIFY(test::createTopic(topic, 3));
        QCOMPARE(test::produceRecords(topic, 300, 3), 300);
        const QString prefix = topic + u"-g"_s;
        // All partitions committed; one partition only; one committed at its end.
        QVERIFY(commit(*m_client, prefix + u"all"_s, topic, {10, 50, 99}));
        QVERIFY(commit(*m_client, prefix + u"one"_s, topic, {-1, 42, -1}));
        QVERIFY(commit(*m_client, prefix + u"end"_s, topic, {100, 100, 100}));
        // A live member owning three partitions, one of them committed (before it joined: a
        // synchronous commit from the member can wait out a rebalance), the other two show as
        // "no commit" with their owner, as in Kafka's tool.
        QVERIFY(commit(*m_client, prefix + u"live"_s, topic, {-1, 7, -1}));
        auto consumer =
            GroupConsumer::create(test::brokerProfile(), {{u"group.id"_s, prefix + u"live"_s},
                                                          {u"enable.auto.commit"_s, u"false"_s},
                                                          {u"auto.offset.reset"_s, u"latest"_s}});
        QVERIFY(consumer);
        QVERIFY((*consumer)->subscribe({topic}));
        QElapsedTimer clock;
        clock.start();
        while ((*consumer)->assignment().size() < 3 && clock.elapsed() < 30000)
            (void)(*consumer)->poll(100);
        QCOMPARE((*consumer)->assignment().size(), std::size_t(3));
        // Paused: nothing fetched piles up unread (a handle with unread fetched records could
        // hang librdkafka 2.0.2's destroy at the end of the test).
        QVERIFY((*consumer)->pause((*consumer)->assignment()));

        QString kafkaRaw;
        QString cliRaw;
        const Table kafka = kafkaTable(test::bootstrap(), &kafkaRaw);
        const Table ours = cliTable(test::bootstrap(), &cliRaw);
        QVERIFY2(!kafka.empty(), qPrintable(kafkaRaw));
        QVERIFY2(!ours.empty(), qPrintable(cliRaw));
        int compared = 0;
        for (const auto& [group, rows] : kafka) {
            const auto it = ours.find(group);
            QVERIFY2(it != ours.end(),
                     qPrintable(u"group %1 missing from streamscope-cli lag"_s.arg(group)));
            // Only our groups are quiescent for sure: other suites may run consumers.
            if (!group.startsWith(prefix))
                continue;
            for (const auto& [partition, row] : rows) {
                const auto mine = it->second.find(partition);
                QVERIFY2(mine != it->second.end(),
                         qPrintable(u"%1 %2 missing"_s.arg(group, partition)));
                QVERIFY2(mine->second == row,
                         qPrintable(u"%1 %2: kafka committed %3 end %4 lag %5 member %6; ours "
                                    "%7 %8 %9 %10"_s
                                        .arg(group, partition, row.committed, row.end, row.lag,
                                             row.member, mine->second.committed, mine->second.end)
                                        .arg(mine->second.lag, mine->second.member)));
                ++compared;
            }
            QCOMPARE(it->second.size(), rows.size());
        }
        QCOMPARE(compared, 3 + 1 + 3 + 3);
        const auto& live = kafka.at(prefix + u"live"_s);
        QCOMPARE(live.at(key(topic, 0)).committed, u"-"_s);
        QCOMPARE(live.at(key(topic, 1)).committed, u"7"_s);
        QVERIFY(live.at(key(topic, 0)).member != u"-");
        (*consumer)->close(5000);
        test::deleteTopic(topic);
    }

    void monitorReachesEachStatus() {
        const QString topic = test::uniqueTopicName(u"lagstatus"_s);
        QVERIFY(test::createTopic(topic, 1));
        QCOMPARE(test::produceRecords(topic, 100, 1), 100);
        const QString g = topic + u"-"_s;
        // Scripted consumers (admin commits for groups without members, one live member):
        //   ok: commits the end each step; warn: +20 per step while 50 arrive; stop: frozen
        //   commit, no member; rewind: goes back once; err: beyond the end; stall: a live member
        //   that committed once and makes no progress.
        QVERIFY(commit(*m_client, g + u"stall"_s, topic, {10}));
        auto stalled =
            GroupConsumer::create(test::brokerProfile(), {{u"group.id"_s, g + u"stall"_s},
                                                          {u"enable.auto.commit"_s, u"false"_s}});
        QVERIFY(stalled);
        QVERIFY((*stalled)->subscribe({topic}));
        QElapsedTimer clock;
        clock.start();
        while ((*stalled)->assignment().empty() && clock.elapsed() < 30000)
            (void)(*stalled)->poll(100);
        (void)(*stalled)->pause((*stalled)->assignment());

        LagMonitor monitor(test::brokerProfile());
        monitor.start();
        qint64 end = 100;
        qint64 warnAt = 50;
        LagSnapshotPtr s;
        for (int step = 0; step < 5; ++step) {
            QVERIFY(commit(*m_client, g + u"ok"_s, topic, {end}));
            QVERIFY(commit(*m_client, g + u"warn"_s, topic, {warnAt}));
            QVERIFY(commit(*m_client, g + u"stop"_s, topic, {30}));
            QVERIFY(commit(*m_client, g + u"rewind"_s, topic, {step == 3 ? 5 : 40 + step}));
            QVERIFY(commit(*m_client, g + u"err"_s, topic, {1000000}));
            s = refresh(monitor, *m_client);
            QVERIFY(s);
            QCOMPARE(test::produceRecords(topic, 50, 1), 50);
            end += 50;
            warnAt += 20;
            (void)(*stalled)->poll(0);
        }
        auto status = [&](const QString& group) {
            const GroupLag* lag = s->findGroup(g + group);
            return lag ? lag->verdict : LagVerdict{LagStatus::Unknown, u"missing"_s};
        };
        QCOMPARE(lagStatusName(status(u"ok"_s).status), u"OK"_s);
        QCOMPARE(lagStatusName(status(u"warn"_s).status), u"WARN"_s);
        QCOMPARE(lagStatusName(status(u"stop"_s).status), u"STOP"_s);
        QCOMPARE(lagStatusName(status(u"rewind"_s).status), u"REWIND"_s);
        QCOMPARE(lagStatusName(status(u"err"_s).status), u"ERR"_s);
        QCOMPARE(lagStatusName(status(u"stall"_s).status), u"STALL"_s);
        QVERIFY2(status(u"stall"_s).explanation.contains(u"10"_s),
                 qPrintable(status(u"stall"_s).explanation));
        const GroupLag* stall = s->findGroup(g + u"stall"_s);
        QCOMPARE(stall->memberCount(), 1);
        QVERIFY(!stall->topics.at(0).partitions.at(0).clientId.isEmpty());
        // The history holds a point per refresh for the group.
        const auto series = monitor.history(LagMetric::Lag)
                                .series({g + u"warn"_s, QString(), -1}, 0,
                                        QDateTime::currentMSecsSinceEpoch() + 1000);
        QCOMPARE(series.values.size(), std::size_t(5));
        QElapsedTimer stopClock;
        stopClock.start();
        monitor.stop();
        QVERIFY(stopClock.elapsed() < 2000);
        (*stalled)->close(5000);
        test::deleteTopic(topic);
    }

    void deadOrSilentClusterIsUnknownAndStopsFast() {
        // A port nobody listens on, and one that accepts but never answers (a hung broker).
        SilentPort silent;
        QVERIFY(silent.port() > 0);
        // Any snapshot will do here; the shared test broker holds every suite's topics, and on
        // a busy machine reading all their offsets can miss one 10 s deadline.
        ClusterSnapshot snapshot;
        for (int attempt = 0; attempt < 3 && !snapshot; ++attempt)
            snapshot = tick(*m_client);
        QVERIFY(snapshot);
        for (const QString& address : {u"127.0.0.1:1"_s, u"127.0.0.1:%1"_s.arg(silent.port())}) {
            ConnectionProfile profile = test::brokerProfile();
            profile.bootstrapServers = address;
            LagMonitor monitor(profile);
            monitor.setRefreshTimeoutMs(1500);
            monitor.start();
            const quint64 before = monitor.refreshCount();
            monitor.consumeSnapshot(snapshot);
            QElapsedTimer clock;
            clock.start();
            while (monitor.refreshCount() == before && clock.elapsed() < 10000)
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            const LagSnapshotPtr s = monitor.latest();
            QVERIFY2(s, qPrintable(address));
            QVERIFY2(!s->error.isEmpty(), qPrintable(address));
            // A refresh in flight against the silent port: stop must not wait for it.
            monitor.consumeSnapshot(snapshot);
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            QElapsedTimer stopClock;
            stopClock.start();
            monitor.stop();
            QVERIFY2(stopClock.elapsed() < 2000, qPrintable(QString::number(stopClock.elapsed())));
        }
    }

    void cliFailsClearly() {
        auto run = test::runCli({u"lag"_s, u"-b"_s, u"127.0.0.1:1"_s}, 30000);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.stdErr.contains(u"127.0.0.1:1"_s), qPrintable(test::describe(run)));
        run = test::runCli(
            {u"lag"_s, u"-b"_s, test::bootstrap(), u"--group"_s, u"no-such-group-xyz"_s}, 30000);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.stdErr.contains(u"no-such-group-xyz"_s), qPrintable(test::describe(run)));
    }

    // A named group that ListGroups does not list is probed with DescribeGroups (it may hide
    // behind an ACL) once, not on every read of the same reader; one that exists is never probed.
    void missingNamedGroupIsProbedOnce() {
        const QString topic = test::uniqueTopicName(u"lagprobe"_s);
        QVERIFY(test::createTopic(topic, 1));
        QCOMPARE(test::produceRecords(topic, 10, 1), 10);
        const QString present = topic + u"-present"_s;
        const QString absent = topic + u"-absent"_s;
        QVERIFY(commit(*m_client, present, topic, {4}));
        LagReader reader(*m_client);
        for (int read = 0; read < 3; ++read) {
            auto readout = reader.read({present, absent}, 10000);
            QVERIFY2(readout, qPrintable(readout ? QString() : readout.error().message));
            QCOMPARE(reader.missingGroups(), QStringList{absent});
            QCOMPARE(readout->groups.size(), std::size_t(1));
            QCOMPARE(readout->groups.front().listing.groupId, present);
            QCOMPARE(reader.probedGroups(), 1);
        }
        test::deleteTopic(topic);
    }

    void cleanupTestCase() { m_client.reset(); }

private:
    std::unique_ptr<KafkaClient> m_client;
};

QTEST_GUILESS_MAIN(TestLagTruth)
#include "tst_lag_truth.moc"
