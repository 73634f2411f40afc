// Output that must not mislead (issue #13): a command that could not do what was asked exits
// non-zero and says how much it did; topics deleted or re-created during a throughput window are
// reported; a connection failure says what was seen, not just "1/1 brokers are down".
//
// The broker that dies is librdkafka's mock cluster inside this process (set down mid-run, in
// milliseconds, where a second real broker takes 15-45 s to start on the test machine). Ports
// that are not Kafka are small servers on 127.0.0.1 run on their own threads here. Topic
// deletion and TLS spoken to a plaintext port use the real broker (STREAMSCOPE_BOOTSTRAP).
#include "CliRunner.h"
#include "TestCluster.h"
#include "kafka/KafkaClient.h"
#include "kafka/RdHandles.h"
#include "session/ClusterSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <librdkafka/rdkafka_mock.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace streamscope;

namespace {

using test::CliResult;
using test::describe;
using test::runCli;

// A librdkafka mock cluster with one broker, owned by a throwaway producer handle.
class MockCluster {
public:
    MockCluster() {
        char errstr[256];
        rd_kafka_conf_t* conf = rd_kafka_conf_new();
        rd_kafka_conf_set(conf, "log_level", "0", errstr, sizeof errstr);
        m_owner.reset(rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr));
        m_cluster = rd_kafka_mock_cluster_new(m_owner.get(), 1);
    }
    ~MockCluster() { rd_kafka_mock_cluster_destroy(m_cluster); }
    MockCluster(const MockCluster&) = delete;
    MockCluster& operator=(const MockCluster&) = delete;
    rd_kafka_mock_cluster_t* get() const { return m_cluster; }
    QString bootstrap() const {
        return QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(m_cluster));
    }
    void createTopic(const QString& name, int partitions) {
        rd_kafka_mock_topic_create(m_cluster, name.toUtf8().constData(), partitions, 1);
    }
    void setDown() { rd_kafka_mock_broker_set_down(m_cluster, 1); }

private:
    rd::Handle m_owner;
    rd_kafka_mock_cluster_t* m_cluster = nullptr;
};

// A TCP server on 127.0.0.1 that is not Kafka: it either greets every connection with fixed
// bytes (like ssh on port 22, or a TLS listener's alert) or never answers at all. Runs on its
// own thread, so a test can block on the CLI meanwhile.
class FakeServer {
public:
    explicit FakeServer(QByteArray greeting, bool closeAfterGreeting = false)
        : m_greeting(std::move(greeting))
        , m_close(closeAfterGreeting) {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr = {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        ::bind(m_listen, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
        ::listen(m_listen, 16);
        socklen_t len = sizeof addr;
        ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&addr), &len);
        m_port = ntohs(addr.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~FakeServer() {
        m_stop = true;
        m_thread.join();
        for (int fd : m_clients)
            ::close(fd);
        ::close(m_listen);
    }
    FakeServer(const FakeServer&) = delete;
    FakeServer& operator=(const FakeServer&) = delete;
    QString bootstrap() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }

private:
    void serve() {
        while (!m_stop) {
            pollfd p = {m_listen, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            if (m_greeting.isEmpty())
                continue; // silent: the kernel completes the handshake, nobody ever answers
            const int fd = ::accept(m_listen, nullptr, nullptr);
            if (fd < 0)
                continue;
            (void)::send(fd, m_greeting.constData(), static_cast<size_t>(m_greeting.size()),
                         MSG_NOSIGNAL);
            if (m_close)
                ::close(fd);
            else
                m_clients.push_back(fd); // kept open: the client must judge the bytes
        }
    }

    QByteArray m_greeting;
    bool m_close = false;
    int m_listen = -1;
    quint16 m_port = 0;
    std::vector<int> m_clients;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

QJsonObject parseJson(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject findTopic(const QJsonObject& root, const QString& name) {
    for (const auto& t : root.value(QStringLiteral("topics")).toArray()) {
        if (t.toObject().value(QStringLiteral("topic")).toString() == name)
            return t.toObject();
    }
    return {};
}

} // namespace

class TestCliTruth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The broker dies 3 s into an 8 s window: the answer is not a 1.5 s window presented as
    // the 5 s one with exit 0, and a dead broker is one warning, not one per sample.
    void throughputWindowCutShortByADeadBrokerFails() {
        MockCluster mock;
        // No topic: the mock cluster lacks DescribeConfigs, and the CLI's cleanup.policy lookup
        // for a topic would wait 5 s for it. The window's coverage is what is tested here.
        const CliResult r = runCli(
            {QStringLiteral("throughput"), QStringLiteral("-b"), mock.bootstrap(),
             QStringLiteral("--window"), QStringLiteral("8"), QStringLiteral("--interval"),
             QStringLiteral("0.5"), QStringLiteral("--json")},
            30000, [&mock] { mock.setDown(); }, 3000);
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(r.stdErr.contains(QStringLiteral("measured only")) &&
                     r.stdErr.contains(QStringLiteral("of the requested 8 s window")),
                 qPrintable(describe(r)));
        QVERIFY2(r.stdErr.count(QStringLiteral("warning: sample failed")) == 1,
                 qPrintable(describe(r)));
        const QJsonObject json = parseJson(r.stdOut);
        QCOMPARE(json.value(QStringLiteral("complete")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("requested_s")).toDouble(), 8.0);
        const double covered = json.value(QStringLiteral("covered_s")).toDouble(-1);
        QVERIFY2(covered >= 0.4 && covered < 6.0, qPrintable(describe(r)));
        QVERIFY(json.value(QStringLiteral("failed_samples")).toInt() >= 1);
        QVERIFY(!json.value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(json.contains(QStringLiteral("msgs_per_s"))); // the old fields stay
    }

    // The simulation's broker dies: exit non-zero with a reason, and the summary's group state
    // comes from what was measured: a group that consumed nothing does not "keep up".
    void simulateAfterTheBrokerDiedFailsAndReportsMeasuredGroupStates() {
        MockCluster mock;
        mock.createTopic(QStringLiteral("truth.events"), 1);
        mock.createTopic(QStringLiteral("truth.quiet"), 1);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString scenarioPath = dir.filePath(QStringLiteral("scenario.json"));
        QFile file(scenarioPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({
  "name": "truth",
  "topics": [ { "name": "truth.events", "partitions": 1 },
              { "name": "truth.quiet", "partitions": 1 } ],
  "event_types": [ { "name": "com.example.thing", "version": 1, "fields": { "n": "{seq}" } } ],
  "services": [
    { "name": "writer",
      "produces": [ { "topic": "truth.events", "event_type": "com.example.thing",
                      "rate_per_s": 50 } ] },
    { "name": "listener",
      "consumes": [ { "topic": "truth.quiet", "group": "quiet-listener",
                      "processing_rate_per_s": 100 } ] }
  ]
})");
        file.close();
        const CliResult r = runCli(
            {QStringLiteral("simulate"), QStringLiteral("-b"), mock.bootstrap(),
             QStringLiteral("--scenario"), scenarioPath, QStringLiteral("--duration"),
             QStringLiteral("8"), QStringLiteral("--json-stats")},
            40000, [&mock] { mock.setDown(); }, 3500);
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(r.stdErr.contains(QStringLiteral("did not run as asked")),
                 qPrintable(describe(r)));
        const QJsonObject json = parseJson(r.stdOut);
        QCOMPARE(json.value(QStringLiteral("complete")).toBool(true), false);
        const QJsonArray groups = json.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 1);
        const QJsonObject quiet = groups.at(0).toObject();
        QCOMPARE(quiet.value(QStringLiteral("consumed")).toInt(-1), 0);
        QCOMPARE(quiet.value(QStringLiteral("state")).toString(),
                 QStringLiteral("consumed nothing"));
    }

    // -t a -t b: a is deleted during the window, b deleted, created again and written to. The
    // deleted one is reported (and fails the command, since it was asked for); the re-created
    // one is measured from its new offsets and says so, instead of 0 msgs/s.
    void throughputReportsDeletedAndRecreatedTopics() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString gone = test::uniqueTopicName(QStringLiteral("truth-gone"));
        const QString reborn = test::uniqueTopicName(QStringLiteral("truth-reborn"));
        QVERIFY(test::createTopic(gone, 1));
        QVERIFY(test::createTopic(reborn, 1));
        QCOMPARE(test::produceRecords(reborn, 50), 50);
        bool recreated = false;
        int written = 0;
        const CliResult r = runCli(
            {QStringLiteral("throughput"), QStringLiteral("-b"), test::bootstrap(),
             QStringLiteral("-t"), gone, QStringLiteral("-t"), reborn, QStringLiteral("--window"),
             QStringLiteral("10"), QStringLiteral("--interval"), QStringLiteral("0.5"),
             QStringLiteral("--json")},
            40000,
            [&] {
                auto client = KafkaClient::create(test::brokerProfile());
                if (!client || !(*client)->deleteTopics({gone, reborn}, 10000))
                    return;
                // The broker needs a moment before the name can be used again.
                QElapsedTimer t;
                t.start();
                while (!recreated && t.elapsed() < 3000) {
                    recreated = (*client)->createTopic(reborn, 1, 1, {}, 5000).ok();
                    if (!recreated)
                        std::this_thread::sleep_for(std::chrono::milliseconds(200));
                }
                if (recreated)
                    written = test::produceRecords(reborn, 30);
            },
            1500);
        test::deleteTopic(reborn);
        QVERIFY(recreated);
        QCOMPARE(written, 30);
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(r.stdErr.contains(QStringLiteral("deleted during the window: ") + gone),
                 qPrintable(describe(r)));
        const QJsonObject json = parseJson(r.stdOut);
        QVERIFY2(json.value(QStringLiteral("deleted_topics")).toArray().contains(gone),
                 qPrintable(describe(r)));
        QCOMPARE(findTopic(json, gone).value(QStringLiteral("deleted")).toBool(), true);
        const QJsonObject rebornJson = findTopic(json, reborn);
        QVERIFY2(rebornJson.value(QStringLiteral("recreated")).toBool(), qPrintable(describe(r)));
        QCOMPARE(rebornJson.value(QStringLiteral("offsets_in_window")).toInt(), 30);
        QVERIFY2(rebornJson.value(QStringLiteral("msgs_per_s")).toDouble() > 0,
                 qPrintable(describe(r)));
        QVERIFY(rebornJson.value(QStringLiteral("note"))
                    .toString()
                    .contains(QStringLiteral("re-created during the window")));
    }

    // What was seen at the port, in words, for each way a connection fails.
    void connectionFailuresSayWhatWasSeen_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not Kafka (ssh)")
            << QStringLiteral("ssh") << QStringLiteral("Not a Kafka broker");
        QTest::newRow("TLS listener, plaintext client")
            << QStringLiteral("tls-port")
            << QStringLiteral("a TLS listener spoken to in plaintext");
        QTest::newRow("never answers")
            << QStringLiteral("silent")
            << QStringLiteral("Timed out waiting for the broker's answer");
        QTest::newRow("TLS to a plaintext port")
            << QStringLiteral("tls-client") << QStringLiteral("TLS handshake failed");
        QTest::newRow("nothing listens")
            << QStringLiteral("refused") << QStringLiteral("Connection refused");
    }
    void connectionFailuresSayWhatWasSeen() {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        std::unique_ptr<FakeServer> server;
        QStringList args = {QStringLiteral("topics"), QStringLiteral("-X"),
                            QStringLiteral("socket.connection.setup.timeout.ms=1500")};
        if (kind == u"ssh") {
            server = std::make_unique<FakeServer>("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n");
        } else if (kind == u"tls-port") {
            // What a TLS listener does to a client that does not speak TLS: an alert record,
            // then it hangs up.
            server = std::make_unique<FakeServer>(QByteArray::fromHex("15030300020250"), true);
        } else if (kind == u"silent") {
            server = std::make_unique<FakeServer>(QByteArray());
        }
        if (server) {
            args << QStringLiteral("-b") << server->bootstrap();
        } else if (kind == u"tls-client") {
            STREAMSCOPE_REQUIRE_BROKER();
            args << QStringLiteral("-b") << test::bootstrap() << QStringLiteral("-X")
                 << QStringLiteral("security.protocol=ssl");
        } else {
            args << QStringLiteral("-b") << QStringLiteral("127.0.0.1:1");
        }
        const CliResult r = runCli(args, 20000);
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(r.stdErr.contains(expected), qPrintable(describe(r)));
        QVERIFY2(!r.stdErr.contains(QStringLiteral("brokers are down")), qPrintable(describe(r)));
        QVERIFY2(r.elapsedMs < 12000, qPrintable(describe(r)));
    }

    // A client.id longer than a Kafka STRING made every request malformed ("1/1 brokers are
    // down"); it is now refused before connecting, as a bad -X value: a usage error (exit 2).
    void oversizedClientIdIsRefusedWithAClearMessage() {
        const QString longId(40000, QLatin1Char('a'));
        const CliResult r =
            runCli({QStringLiteral("topics"), QStringLiteral("-b"), QStringLiteral("127.0.0.1:1"),
                    QStringLiteral("-X"), QStringLiteral("client.id=") + longId});
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY2(r.stdErr.contains(QStringLiteral("client.id is too long (40000 bytes")),
                 qPrintable(describe(r)));
        ConnectionProfile profile;
        profile.bootstrapServers = QStringLiteral("127.0.0.1:1");
        auto created = KafkaClient::create(profile, KafkaClient::Kind::Producer,
                                           {{QStringLiteral("group.id"), longId}});
        QVERIFY(!created);
        QVERIFY(created.error().message.contains(QStringLiteral("group.id is too long")));
    }

    // A refused SASL login is an authentication error, reported at once, and the session stops
    // retrying instead of "No broker answered... Retrying". librdkafka's mock cluster refuses
    // the login (SaslAuthenticate answers SASL_AUTHENTICATION_FAILED): no SASL broker needed.
    void refusedLoginSaysSoAndStopsRetrying() {
        MockCluster mock;
        mock.createTopic(QStringLiteral("t"), 1);
        constexpr int kSaslAuthenticateApiKey = 36;
        const rd_kafka_resp_err_t refused[] = {RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED,
                                               RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED,
                                               RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED,
                                               RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED};
        rd_kafka_mock_push_request_errors_array(mock.get(), kSaslAuthenticateApiKey, 4, refused);
        ConnectionProfile profile;
        profile.bootstrapServers = mock.bootstrap();
        profile.security = SecurityProtocol::SaslPlaintext;
        profile.saslMechanism = SaslMechanism::Plain;
        profile.username = QStringLiteral("alice");
        profile.password = QStringLiteral("wrong");

        auto client = KafkaClient::create(profile);
        QVERIFY(client);
        QElapsedTimer timer;
        timer.start();
        auto md = (*client)->fetchMetadata(10000);
        QVERIFY(!md);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(md.error().code, static_cast<int>(RD_KAFKA_RESP_ERR__AUTHENTICATION));
        QVERIFY2(md.error().message.contains(QStringLiteral("refused the login")),
                 qPrintable(md.error().message));

        rd_kafka_mock_push_request_errors_array(mock.get(), kSaslAuthenticateApiKey, 4, refused);
        ClusterSession session(profile);
        QSignalSpy states(&session, &ClusterSession::stateChanged);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Failed, 8000);
        QVERIFY2(session.stateMessage().contains(QStringLiteral("refused the login")),
                 qPrintable(session.stateMessage()));
        QVERIFY(!session.stateMessage().contains(QStringLiteral("Retrying")));
        session.stop();
    }
};

QTEST_GUILESS_MAIN(TestCliTruth)
#include "tst_cli_truth.moc"
