// streamscope-cli: the command-line front end. Links streamscope_core only (no widgets, no
// display), so it runs on servers and in CI.
#include "CliContext.h"
#include "kafka/KafkaClient.h"
#include "streamscope/Version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

void printUsage(QTextStream& out) {
    out << QCoreApplication::translate(
        "CommandLineTool",
        "usage: streamscope-cli COMMAND [options]\n"
        "\n"
        "commands:\n"
        "  topics      brokers, topics and partitions of a cluster (--json)\n"
        "  throughput  msgs/s per topic and partition over a window (--json)\n"
        "  lag         consumer groups: committed offsets, lag, status (--json)\n"
        "  simulate    produce a simulated microservice choreography\n"
        "  reset-offsets  move a consumer group's committed offsets (dry run unless --execute)\n"
        "  serve       Prometheus exporter: /metrics with throughput, offsets and lag\n"
        "  graph       the service dependency graph inferred from live traffic (--json, --dot)\n"
        "  browse      read a topic (no group), filter, print JSON Lines or a count\n"
        "  replay      copy records (a range, filtered) into a sandbox topic, verified (--json)\n"
        "  check       event health: duplicates, order per key, versions, malformed, latency\n"
        "\n"
        "Every command takes -b HOST:PORT, -X key=value (librdkafka) and --config FILE.\n"
        "streamscope-cli COMMAND --help shows a command's options; --version prints versions.\n"
        "\n"
        "exit status: 0 done, 1 failed while running, 2 usage error (a bad option, value,\n"
        "file or an extra argument; nothing was tried); replay: 3 target refused by the\n"
        "sandbox guard (nothing written); check: 4 a --fail-on check found something.\n");
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("streamscope-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Streamscope"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(streamscope::kVersion));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        printUsage(err);
        return 2;
    }
    const QString command = args.takeFirst();
    const bool plainCommand = command == u"--version" || command == u"-V" ||
                              command == u"version" || command == u"--help" || command == u"-h" ||
                              command == u"help";
    if (plainCommand && !args.isEmpty()) {
        err << "streamscope-cli: " << command << ": unexpected argument \"" << args.constFirst()
            << "\"\n";
        return 2;
    }
    if (command == u"--version" || command == u"-V" || command == u"version") {
        out << "streamscope " << streamscope::kVersion << '\n'
            << "Qt " << qVersion() << '\n'
            << "librdkafka " << streamscope::librdkafkaVersion() << '\n';
        return 0;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        printUsage(out);
        return 0;
    }
    if (command == u"topics")
        return streamscope::cli::runTopics(args);
    if (command == u"simulate")
        return streamscope::cli::runSimulate(args);
    if (command == u"throughput")
        return streamscope::cli::runThroughput(args);
    if (command == u"lag")
        return streamscope::cli::runLag(args);
    if (command == u"reset-offsets")
        return streamscope::cli::runResetOffsets(args);
    if (command == u"serve")
        return streamscope::cli::runServe(args);
    if (command == u"graph")
        return streamscope::cli::runGraph(args);
    if (command == u"browse")
        return streamscope::cli::runBrowse(args);
    if (command == u"replay")
        return streamscope::cli::runReplay(args);
    if (command == u"check")
        return streamscope::cli::runCheck(args);
    err << "streamscope-cli: unknown command \"" << command << "\"\n";
    printUsage(err);
    return 2;
}
