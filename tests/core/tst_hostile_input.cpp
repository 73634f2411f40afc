// Hostile input at every entry point (issue 13): the built streamscope-cli, the GUI's command line
// parser, the config and scenario readers and the librdkafka wrappers. Each case asserts the exit
// code or error, a clear message, and that nothing crashed or hung.
#include "CliRunner.h"
#include "CommandLine.h"
#include "InitialConnection.h"
#include "TestCluster.h"
#include "cluster/BootstrapAddress.h"
#include "cluster/TopicName.h"
#include "common/InputLimits.h"
#include "kafka/GroupConsumer.h"
#include "kafka/KafkaClient.h"
#include "kafka/Producer.h"
#include "session/ClusterSession.h"
#include "sim/EventFactory.h"
#include "sim/ScenarioCatalog.h"
#include "sim/ScenarioParser.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace streamscope;

namespace {

using test::runCli;
using CliRun = test::CliResult;

QStringList argList(std::initializer_list<QAnyStringView> items) {
    QStringList out;
    for (const QAnyStringView item : items)
        out.append(item.toString());
    return out;
}

// A bootstrap that validates; commands that fail on their input never contact it.
QString someBootstrap() {
    const QString real = test::bootstrap();
    return real.isEmpty() ? QStringLiteral("127.0.0.1:1") : real;
}

bool hasControlCharacters(const QString& text) {
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && c != u'\n')
            return true;
    }
    return false;
}

// The process's peak resident memory (VmHWM), in KiB.
qint64 peakMemoryKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

QByteArray nested(const QByteArray& open, const QByteArray& inner, const QByteArray& close,
                  int depth) {
    return open.repeated(depth) + inner + close.repeated(depth);
}

// A valid scenario whose one event type has the given "fields" object.
QByteArray scenarioWithFields(const QByteArray& fields) {
    return QByteArrayLiteral(R"({"name":"t","topics":[{"name":"t1"}],)"
                             R"("event_types":[{"name":"e","version":1,"fields":)") +
           fields +
           QByteArrayLiteral(R"(}],"services":[{"name":"s","produces":)"
                             R"([{"topic":"t1","event_type":"e","rate_per_s":1}]}]})");
}

QString writeTempFile(QTemporaryDir& dir, const QString& name, const QByteArray& content) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return QString();
    return path;
}

} // namespace

class TestHostileInput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // ---- bootstrap addresses: one validator for every entry point

    void bootstrapAddresses_data() {
        QTest::addColumn<QString>("servers");
        QTest::addColumn<QString>("problem"); // empty: valid
        QTest::newRow("port wraps")
            << QStringLiteral("127.0.0.1:125835") << QStringLiteral("65535");
        QTest::newRow("port 0") << QStringLiteral("h:0") << QStringLiteral("65535");
        QTest::newRow("port 65536") << QStringLiteral("h:65536") << QStringLiteral("65535");
        QTest::newRow("negative port") << QStringLiteral("h:-1") << QStringLiteral("65535");
        QTest::newRow("plus port") << QStringLiteral("h:+1") << QStringLiteral("65535");
        QTest::newRow("huge port")
            << QStringLiteral("h:99999999999999999999") << QStringLiteral("65535");
        QTest::newRow("no port after colon") << QStringLiteral("h:") << QStringLiteral("missing");
        QTest::newRow("no host") << QStringLiteral(":9092") << QStringLiteral("host");
        QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("No bootstrap");
        QTest::newRow("empty entry") << QStringLiteral("a:1,,b:2") << QStringLiteral("empty entry");
        QTest::newRow("trailing comma") << QStringLiteral("a:1,") << QStringLiteral("empty entry");
        QTest::newRow("space in host") << QStringLiteral("a b:1") << QStringLiteral("space");
        QTest::newRow("bad ipv4") << QStringLiteral("999.1.1.1:9092") << QStringLiteral("IPv4");
        QTest::newRow("bare ipv6") << QStringLiteral("::1:9092") << QStringLiteral("brackets");
        QTest::newRow("bad ipv6") << QStringLiteral("[::g]:9092") << QStringLiteral("IPv6");
        QTest::newRow("unclosed ipv6") << QStringLiteral("[::1:9092") << QStringLiteral("]");
        QTest::newRow("bad label") << QStringLiteral("-kafka:9092") << QStringLiteral("host name");
        QTest::newRow("control char")
            << QStringLiteral("k\x1b[31m:9092") << QStringLiteral("not allowed");
        QTest::newRow("valid") << QStringLiteral("127.0.0.1:9092") << QStringLiteral("");
        QTest::newRow("valid max port")
            << QStringLiteral("kafka-1.example.com:65535") << QStringLiteral("");
        QTest::newRow("valid list") << QStringLiteral("a:1, b_2:2 ,c:3") << QStringLiteral("");
        QTest::newRow("no port") << QStringLiteral("kafka1") << QStringLiteral("port is missing");
        QTest::newRow("valid ipv6") << QStringLiteral("[::1]:9092") << QStringLiteral("");
        QTest::newRow("valid scheme")
            << QStringLiteral("SASL_SSL://k.example:9093") << QStringLiteral("");
    }
    void bootstrapAddresses() {
        QFETCH(QString, servers);
        QFETCH(QString, problem);
        const Status status = validateBootstrapServers(servers);
        if (problem.isEmpty()) {
            QVERIFY2(status.ok(), qPrintable(status.error().message));
            return;
        }
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(problem), qPrintable(status.error().message));
        QVERIFY(!hasControlCharacters(status.error().message));
    }

    // Every path to a client checks the address, so a profile from any source (the connection
    // dialog, the profile store, an import) fails before a client could reach another port.
    void everyClientRefusesAnInvalidBootstrap() {
        ConnectionProfile profile;
        profile.bootstrapServers = QStringLiteral("127.0.0.1:125835");
        const auto client = KafkaClient::create(profile);
        QVERIFY(!client.ok());
        QVERIFY2(client.error().message.contains(u"65535"), qPrintable(client.error().message));
        const auto producer = Producer::create(profile, {}, {});
        QVERIFY(!producer.ok());
        QVERIFY(producer.error().message.contains(u"65535"));
        const auto consumer =
            GroupConsumer::create(profile, {{QStringLiteral("group.id"), QStringLiteral("g")}});
        QVERIFY(!consumer.ok());
        QVERIFY(consumer.error().message.contains(u"65535"));
        // The same address hidden in the extra properties or the overrides.
        ConnectionProfile extra;
        extra.bootstrapServers = QStringLiteral("127.0.0.1:9092");
        extra.extraProperties = {{QStringLiteral("metadata.broker.list"), QStringLiteral("h:0")}};
        QVERIFY(!KafkaClient::create(extra).ok());
        ConnectionProfile valid;
        valid.bootstrapServers = QStringLiteral("127.0.0.1:9092");
        QVERIFY(!KafkaClient::create(
                     valid, KafkaClient::Kind::Consumer,
                     {{QStringLiteral("bootstrap.servers"), QStringLiteral("127.0.0.1:125835")}})
                     .ok());
        // Imports and -X style overrides.
        ConnectionProfile applied;
        QVERIFY(!applyClientProperty(applied, QStringLiteral("bootstrap.servers"),
                                     QStringLiteral("127.0.0.1:125835"))
                     .ok());
        const auto imported =
            importClientConfig(QStringLiteral("bootstrap.servers=127.0.0.1:125835\n"));
        QVERIFY(!imported.ok());
        QVERIFY(imported.error().message.contains(u"65535"));
    }

    // The GUI's path (dialog or saved profile -> session): the session fails with the message,
    // it never reports "Connected" to a wrapped port.
    void sessionWithAnInvalidBootstrapFails() {
        ConnectionProfile profile;
        profile.bootstrapServers = QStringLiteral("127.0.0.1:125835");
        ClusterSession session(profile);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Failed, 5000);
        QVERIFY2(session.stateMessage().contains(u"65535"), qPrintable(session.stateMessage()));
        session.stop();
    }

    // ---- topic names

    void topicNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QStringLiteral("") << false;
        QTest::newRow("dot") << QStringLiteral(".") << false;
        QTest::newRow("dot dot") << QStringLiteral("..") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("slash") << QStringLiteral("x/y") << false;
        QTest::newRow("umlaut") << QStringLiteral("gr\u00fcn") << false;
        QTest::newRow("250 chars") << QString(250, u'a') << false;
        QTest::newRow("249 chars") << QString(249, u'a') << true;
        QTest::newRow("all kinds") << QStringLiteral("a.b_c-D9") << true;
        QTest::newRow("leading dot") << QStringLiteral(".a") << true;
    }
    void topicNames() {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const Status status = validateTopicName(name);
        QCOMPARE(status.ok(), valid);
        if (!valid)
            QVERIFY(status.error().message.size() < 200);
    }

    // librdkafka returns NULL from its constructors for names it refuses; each is an error value.
    void emptyTopicNameIsAnErrorNotACrash() {
        STREAMSCOPE_REQUIRE_BROKER();
        auto client = KafkaClient::create(test::brokerProfile());
        QVERIFY(client.ok());
        const auto configs = (*client)->topicConfigValues({QString()}, {"cleanup.policy"}, 5000);
        QVERIFY(!configs.ok());
        QVERIFY2(configs.error().message.contains(u"empty"), qPrintable(configs.error().message));
        QVERIFY(!(*client)->deleteTopics({QString()}, 5000).ok());
        // librdkafka may accept an empty name here and let the broker refuse it per topic.
        const auto md = (*client)->fetchTopicMetadata({QString()}, 5000);
        if (md.ok())
            QVERIFY(md->topics.empty() || md->topics.front().errorCode != 0);
        QVERIFY(!(*client)->createTopic(QString(), 1, 1, {}, 5000).ok());
        // The client still works afterwards.
        QVERIFY((*client)->fetchMetadata(5000).ok());
    }

    // ---- files: bounded reads, no binary echo

    void configFromAnEndlessDeviceFailsFast() {
        const qint64 peakBefore = peakMemoryKiB();
        QElapsedTimer timer;
        timer.start();
        const auto imported = importClientConfigFile(QStringLiteral("/dev/zero"));
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().message.contains(u"larger than 1 MiB"),
                 qPrintable(imported.error().message));
        QVERIFY(timer.elapsed() < 3000);
        const auto scenario = sim::loadScenario(QStringLiteral("/dev/zero"));
        QVERIFY(!scenario.ok());
        QVERIFY2(scenario.error().message.contains(u"larger than 16 MiB"),
                 qPrintable(scenario.error().message));
        QVERIFY(timer.elapsed() < 5000);
        // At most the limits (1 MiB, 16 MiB) were held, never the stream (which would be GBs
        // by now). AddressSanitizer's redzones and quarantine and ThreadSanitizer's shadow memory
        // inflate the peak, so they get more.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
        constexpr qint64 kMaxGrowthKiB = 256 * 1024;
#else
        constexpr qint64 kMaxGrowthKiB = 64 * 1024;
#endif
        QVERIFY2(peakMemoryKiB() - peakBefore < kMaxGrowthKiB,
                 qPrintable(QStringLiteral("%1 -> %2 KiB").arg(peakBefore).arg(peakMemoryKiB())));
    }

    void fileSizeLimits() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray line = "client.id=x\n";
        QByteArray atLimit = QByteArray("bootstrap.servers=k:9092\n");
        while (atLimit.size() + line.size() <= kMaxClientConfigBytes)
            atLimit += line;
        atLimit += QByteArray(kMaxClientConfigBytes - atLimit.size(), '#');
        QCOMPARE(atLimit.size(), kMaxClientConfigBytes);
        const QString okPath = writeTempFile(dir, QStringLiteral("ok.properties"), atLimit);
        QVERIFY(importClientConfigFile(okPath).ok());
        const QString bigPath =
            writeTempFile(dir, QStringLiteral("big.properties"), atLimit + "\n");
        const auto big = importClientConfigFile(bigPath);
        QVERIFY(!big.ok());
        QVERIFY(big.error().message.contains(u"larger than"));
        const auto directory = importClientConfigFile(dir.path());
        QVERIFY(!directory.ok());
        QVERIFY(directory.error().message.contains(u"directory"));
        const auto bigScenario = sim::loadScenario(
            writeTempFile(dir, QStringLiteral("big.json"), QByteArray(kMaxScenarioBytes + 1, ' ')));
        QVERIFY(!bigScenario.ok());
        QVERIFY(bigScenario.error().message.contains(u"larger than"));
    }

    void binaryConfigIsNotEchoed() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // NUL bytes: a binary file, named as such.
        const QString binary = writeTempFile(dir, QStringLiteral("bin"),
                                             QByteArray("\x7f"
                                                        "ELF\x02\x01\x01\0\0\0\x1b[2J",
                                                        14));
        const auto a = importClientConfigFile(binary);
        QVERIFY(!a.ok());
        QVERIFY2(a.error().message.contains(u"not a text file"), qPrintable(a.error().message));
        QVERIFY(!hasControlCharacters(a.error().message));
        // Terminal escapes and invalid UTF-8 without NULs: escaped, and long lines cut.
        const QString escapes = writeTempFile(
            dir, QStringLiteral("esc"), "\x1b]0;owned\x07\x1b[31m" + QByteArray(5000, 'A') + "\n");
        const auto b = importClientConfigFile(escapes);
        QVERIFY(!b.ok());
        QVERIFY2(!hasControlCharacters(b.error().message), qPrintable(b.error().message));
        QVERIFY(b.error().message.contains(u"\\x1b"));
        QVERIFY(b.error().message.size() < 400);
        const QString latin1 = writeTempFile(dir, QStringLiteral("latin1"), "client.id=gr\xfcn\n");
        const auto c = importClientConfigFile(latin1);
        QVERIFY(!c.ok());
        QVERIFY(c.error().message.contains(u"UTF-8"));
    }

    // ---- JSON: depth limits before any tree exists, bounded dumps, duplicate keys

    void deeplyNestedJsonIsAnError() {
        // A top-level array 100,000 deep: used to overflow the stack dumping it into the error.
        const auto array = sim::parseScenario(nested("[", "", "]", 100000), QStringLiteral("a"));
        QVERIFY(!array.ok());
        QVERIFY2(array.error().message.contains(u"deeper than 512"),
                 qPrintable(array.error().message));
        QVERIFY(array.error().message.size() < 300);
        // A field template 30,000 deep: used to overflow the stack compiling it.
        const auto fields = sim::parseScenario(
            scenarioWithFields(nested(R"({"a":)", "1", "}", 30000)), QStringLiteral("f"));
        QVERIFY(!fields.ok());
        QVERIFY2(fields.error().message.contains(u"deeper than 512"),
                 qPrintable(fields.error().message));
        QVERIFY(fields.error().message.contains(u"event_types[0].fields.a.a"));
        // Within the JSON limit, the template's own limit applies.
        const auto template100 = sim::parseScenario(
            scenarioWithFields(nested(R"({"a":)", "1", "}", 100)), QStringLiteral("t"));
        QVERIFY(!template100.ok());
        QVERIFY2(template100.error().message.contains(u"at most 64 levels"),
                 qPrintable(template100.error().message));
        QVERIFY(sim::parseScenario(scenarioWithFields(nested(R"({"a":)", "1", "}", 30)),
                                   QStringLiteral("ok"))
                    .ok());
        // Unbalanced input of any depth is a syntax error with a position.
        const auto unbalanced = sim::parseScenario(QByteArray(200000, '['), QStringLiteral("u"));
        QVERIFY(!unbalanced.ok());
    }

    void duplicateKeysAreErrors() {
        const QByteArray scenario = scenarioWithFields("{}");
        QVERIFY(sim::parseScenario(scenario, QStringLiteral("ok")).ok());
        QByteArray topicTwice = scenario;
        topicTwice.replace(R"({"name":"t1"})", R"({"name":"t1","partitions":2,"name":"t2"})");
        const auto a = sim::parseScenario(topicTwice, QStringLiteral("dup.json"));
        QVERIFY(!a.ok());
        QVERIFY2(a.error().message.contains(u"dup.json: topics[0]: duplicate key \"name\""),
                 qPrintable(a.error().message));
        QByteArray rootTwice = scenario;
        rootTwice.replace(R"({"name":"t",)", R"({"name":"t","name":"u",)");
        const auto b = sim::parseScenario(rootTwice, QStringLiteral("dup.json"));
        QVERIFY(!b.ok());
        QVERIFY2(b.error().message.contains(u"duplicate key \"name\""),
                 qPrintable(b.error().message));
        const auto c = sim::parseScenario(scenarioWithFields(R"({"x":1,"y":{"k":1,"k":2}})"),
                                          QStringLiteral("dup.json"));
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(u"event_types[0].fields.y: duplicate key \"k\""),
                 qPrintable(c.error().message));
    }

    // A record on a consumed topic is anyone's data: a deep cause payload must not crash the
    // simulator when a reaction copies one of its fields.
    void deepCausePayloadIsNotJson() {
        auto scenario = sim::parseScenario(scenarioWithFields(R"({"copied":"{cause.f}"})"),
                                           QStringLiteral("c"));
        QVERIFY2(scenario.ok(), scenario.ok() ? "" : qPrintable(scenario.error().message));
        sim::EventFactory factory(QStringLiteral("svc"), 1);
        sim::EventRequest request;
        request.type = &scenario->eventTypes.front();
        request.key = "k";
        request.causePayload = R"({"f":)" + nested("[", "", "]", 1000000) + "}";
        const ProducerRecord record = factory.build(request, "t1");
        const auto payload = nlohmann::json::parse(record.value.constData());
        QVERIFY(payload.at("copied").is_null());
        // A shallow cause is still copied.
        request.causePayload = R"({"f":[[1]]})";
        const auto shallow = nlohmann::json::parse(factory.build(request, "t1").value.constData());
        QCOMPARE(shallow.at("copied").dump(), std::string("[[1]]"));
    }

    // ---- the GUI's command line

    void guiCommandLine_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode"); // -1: proceeds
        QTest::addColumn<QString>("message");
        QTest::newRow("port wraps")
            << argList({"-b", "127.0.0.1:125835"}) << 2 << QStringLiteral("65535");
        QTest::newRow("empty list entry")
            << argList({"--bootstrap", "a:1,"}) << 2 << QStringLiteral("empty");
        QTest::newRow("extra argument") << argList({"extra"}) << 2 << QStringLiteral("extra");
        QTest::newRow("quit-after text")
            << argList({"--quit-after", "abc"}) << 2 << QStringLiteral("--quit-after");
        QTest::newRow("quit-after negative")
            << argList({"--quit-after", "-5"}) << 2 << QStringLiteral("--quit-after");
        QTest::newRow("interval range")
            << argList({"--interval", "999999"}) << 2 << QStringLiteral("--interval");
        QTest::newRow("chart-top nan")
            << argList({"--chart-top", "nan"}) << 2 << QStringLiteral("--chart-top");
        QTest::newRow("unknown option") << argList({"--bogus"}) << 2 << QStringLiteral("bogus");
        QTest::newRow("bad page") << argList({"--page", "x\x1b[2J"}) << 2
                                  << QStringLiteral("\\x1b");
        QTest::newRow("valid") << argList({"-b", "127.0.0.1:9092", "--quit-after", "100"}) << -1
                               << QStringLiteral("");
    }
    void guiCommandLine() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        args.prepend(QStringLiteral("streamscope"));
        GuiOptions options;
        const GuiParseResult result = parseGuiCommandLine(args, &options);
        QCOMPARE(result.proceed, exitCode < 0);
        if (exitCode >= 0) {
            QCOMPARE(result.exitCode, exitCode);
            QVERIFY2(result.error.contains(message), qPrintable(result.error));
            QVERIFY(!hasControlCharacters(result.error));
        }
    }

    void guiAdHocProfileChecksEverySource() {
        GuiOptions zero;
        zero.configFile = QStringLiteral("/dev/zero");
        const auto a = adHocProfile(zero);
        QVERIFY(!a.ok());
        QVERIFY(a.error().message.contains(u"larger than"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        GuiOptions fromFile;
        fromFile.configFile = writeTempFile(dir, QStringLiteral("c.properties"),
                                            "bootstrap.servers=127.0.0.1:125835\n");
        const auto b = adHocProfile(fromFile);
        QVERIFY(!b.ok());
        QVERIFY(b.error().message.contains(u"65535"));
        GuiOptions fromX;
        fromX.bootstrap = QStringLiteral("127.0.0.1:9092");
        fromX.clientProperties = {QStringLiteral("metadata.broker.list=h:70000")};
        QVERIFY(!adHocProfile(fromX).ok());
    }

    // ---- the CLI: every command, exit 2 for usage errors, a clear message, fast

    void cliUsageErrors_data() {
        const QString b = someBootstrap();
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        for (const QString& command : argList({"topics", "throughput", "simulate"})) {
            const QByteArray c = command.toUtf8();
            QTest::addRow("%s extra argument", c.constData())
                << argList({command, "-b", b, "extra"})
                << QStringLiteral("unexpected argument \"extra\"");
            QTest::addRow("%s unknown option", c.constData())
                << argList({command, "-b", b, "--bogus"}) << QStringLiteral("bogus");
            QTest::addRow("%s port wraps", c.constData())
                << argList({command, "-b", "127.0.0.1:125835"}) << QStringLiteral("65535");
            QTest::addRow("%s empty list entry", c.constData())
                << argList({command, "-b", "a:1,,b:2"}) << QStringLiteral("empty entry");
            QTest::addRow("%s -X port", c.constData())
                << argList({command, "-X", "bootstrap.servers=h:0"}) << QStringLiteral("65535");
            QTest::addRow("%s bad -X", c.constData())
                << argList({command, "-b", b, "-X", "socket.timeout.ms=banana"})
                << QStringLiteral("socket.timeout.ms");
            QTest::addRow("%s config /dev/zero", c.constData())
                << argList({command, "--config", "/dev/zero"})
                << QStringLiteral("larger than 1 MiB");
            QTest::addRow("%s no bootstrap", c.constData())
                << argList({command}) << QStringLiteral("no bootstrap");
        }
        for (const QString& topic : argList({"", "a b", "..", "x/y"}))
            QTest::addRow("throughput topic '%s'", topic.toUtf8().constData())
                << argList({"throughput", "-b", b, "-t", topic}) << QStringLiteral("-t:");
        for (const QString& value : argList({"inf", "nan", "-1", "0", "1e16", "abc", "86401"}))
            QTest::addRow("throughput window %s", value.toUtf8().constData())
                << argList({"throughput", "-b", b, "--window", value})
                << QStringLiteral("--window expects seconds from 0.1 to 86400");
        for (const QString& value : argList({"inf", "nan", "0", "3601"}))
            QTest::addRow("throughput interval %s", value.toUtf8().constData())
                << argList({"throughput", "-b", b, "--interval", value})
                << QStringLiteral("--interval");
        for (const QString& value : argList({"1e16", "inf", "nan", "-3", "0", "x"}))
            QTest::addRow("simulate duration %s", value.toUtf8().constData())
                << argList({"simulate", "-b", b, "--duration", value})
                << QStringLiteral("--duration expects seconds from 0.1 to 31536000");
        QTest::newRow("version extra")
            << argList({"--version", "extra"}) << QStringLiteral("unexpected argument");
        QTest::newRow("help extra")
            << argList({"help", "topics"}) << QStringLiteral("unexpected argument");
        QTest::newRow("simulate seed")
            << argList({"simulate", "-b", b, "--seed", "-1"}) << QStringLiteral("--seed");
        QTest::newRow("simulate prefix") << argList({"simulate", "-b", b, "--name-prefix", "a b"})
                                         << QStringLiteral("--name-prefix");
        QTest::newRow("simulate long suffix")
            << argList({"simulate", "-b", b, "--name-suffix", QString(240, u'x')})
            << QStringLiteral("Kafka allows at most 249");
        QTest::newRow("simulate scenario /dev/zero")
            << argList({"simulate", "-b", b, "--scenario", "/dev/zero"})
            << QStringLiteral("larger than 16 MiB");
        QTest::newRow("simulate unknown scenario")
            << argList({"simulate", "-b", b, "--scenario", "nosuch"})
            << QStringLiteral("unknown scenario");
    }
    void cliUsageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun run = runCli(args);
        QVERIFY2(run.exitCode == 2,
                 qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.stdErr)));
        QVERIFY2(run.stdErr.contains(message), qPrintable(run.stdErr));
        QVERIFY2(!hasControlCharacters(run.stdErr), qPrintable(run.stdErr));
        QVERIFY2(run.elapsedMs < 5000, qPrintable(QString::number(run.elapsedMs)));
        QVERIFY(run.stdOut.isEmpty());
    }

    void cliBinaryConfigIsNotEchoed() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = writeTempFile(dir, QStringLiteral("esc.properties"),
                                           "\x1b]0;owned\x07\x1b[2J" + QByteArray(3000, 'Z'));
        const CliRun run = runCli({QStringLiteral("topics"), QStringLiteral("--config"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!hasControlCharacters(run.stdErr), qPrintable(run.stdErr));
        QVERIFY(run.stdErr.size() < 600);
    }

    // Long topic names widen the name column instead of pushing the other columns out of line.
    void longTopicNamesKeepTablesAligned() {
        STREAMSCOPE_REQUIRE_BROKER();
        QString longName = test::uniqueTopicName(QStringLiteral("tst-hostile-long"));
        longName += QString(kMaxTopicNameLength - longName.size(), u'x');
        const QString shortName = test::uniqueTopicName(QStringLiteral("tst-hostile-s"));
        QVERIFY(test::createTopic(longName, 1));
        QVERIFY(test::createTopic(shortName, 1));

        const CliRun topics =
            runCli({QStringLiteral("topics"), QStringLiteral("-b"), test::bootstrap()});
        QVERIFY2(topics.exitCode == 0, qPrintable(topics.stdErr));
        const QStringList lines = topics.stdOut.split(u'\n');
        const QString header = *std::find_if(
            lines.begin(), lines.end(), [](const QString& l) { return l.startsWith(u"TOPIC "); });
        const qsizetype partitionsEnd = header.indexOf(u"PARTITIONS") + 10;
        int rows = 0;
        for (const QString& line : lines) {
            if (!line.startsWith(longName) && !line.startsWith(shortName))
                continue;
            ++rows;
            QCOMPARE(line.size(), header.size());
            QCOMPARE(line.at(partitionsEnd - 1), QChar(u'1'));
            QCOMPARE(line.at(partitionsEnd), QChar(u' '));
        }
        QCOMPARE(rows, 2);

        const CliRun rates =
            runCli({QStringLiteral("throughput"), QStringLiteral("-b"), test::bootstrap(),
                    QStringLiteral("-t"), longName, QStringLiteral("-t"), shortName,
                    QStringLiteral("--window"), QStringLiteral("0.3"), QStringLiteral("--interval"),
                    QStringLiteral("0.3")},
                   30000);
        QVERIFY2(rates.exitCode == 0, qPrintable(rates.stdErr));
        const QStringList rateLines = rates.stdOut.split(u'\n');
        const QString rateHeader =
            *std::find_if(rateLines.begin(), rateLines.end(),
                          [](const QString& l) { return l.startsWith(u"TOPIC "); });
        const qsizetype partitionEnd = rateHeader.indexOf(u"PARTITION") + 9;
        const qsizetype offsetEnd = rateHeader.indexOf(u"END_OFFSET") + 10;
        rows = 0;
        for (qsizetype i = 0; i < rateLines.size(); ++i) {
            if (!rateLines[i].startsWith(longName) && !rateLines[i].startsWith(shortName))
                continue;
            ++rows;
            QCOMPARE(rateLines[i].at(partitionEnd - 1), QChar(u'*'));
            // The partition row under it: partition 0, end offset 0.
            QVERIFY(i + 1 < rateLines.size());
            QCOMPARE(rateLines[i + 1].at(partitionEnd - 1), QChar(u'0'));
            QCOMPARE(rateLines[i + 1].at(offsetEnd - 1), QChar(u'0'));
        }
        QCOMPARE(rows, 2);
        test::deleteTopic(longName);
        test::deleteTopic(shortName);
    }
};

QTEST_MAIN(TestHostileInput)
#include "tst_hostile_input.moc"
