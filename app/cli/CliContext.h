#pragma once

#include "cluster/ConnectionProfile.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace streamscope {
class KafkaClient;
}

namespace streamscope::cli {

// Exit codes of every command: usage errors (a bad option, value, file or extra argument: nothing
// was tried) are told apart from failures at run time, as in getopt-based tools.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// Options shared by every streamscope-cli command: -b, -X key=value, --config FILE.
class CliContext {
public:
    explicit CliContext(QString command);

    QCommandLineParser& parser() { return m_parser; }
    // Parses args (argv without the program and command names). Prints errors to stderr. No
    // command takes positional arguments: one is an error, never silently ignored.
    bool parse(const QStringList& args);
    // The connection built from -b, --config and -X (in that order, later wins). Fails with a
    // message on stderr (a usage error) when no bootstrap is known, an address or a property is
    // malformed or the config file cannot be used.
    bool buildProfile(ConnectionProfile* out);
    // buildProfile() and a client for it. Null when either failed (the reason is printed);
    // *exitCode then says which (kExitUsage or kExitFailure).
    std::unique_ptr<KafkaClient> connect(ConnectionProfile* profile, int* exitCode);

    // The value of a numeric option within [min, max] (NaN and infinities never are); on a bad
    // value prints a usage error naming the option and the range, and returns nothing.
    std::optional<double> numberOption(const QString& name, double min, double max,
                                       const QString& unit);
    // Checks topic names given on the command line (Kafka's rule) and prints a usage error.
    bool checkTopicNames(const QString& option, const QStringList& names);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    int fail(const QString& message);       // prints "streamscope-cli COMMAND: message", returns 1
    int usageError(const QString& message); // the same with a --help hint, returns 2

private:
    QString m_command;
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
};

int runTopics(const QStringList& args);
int runSimulate(const QStringList& args);
int runThroughput(const QStringList& args);
int runLag(const QStringList& args);
int runResetOffsets(const QStringList& args);
int runServe(const QStringList& args);
int runGraph(const QStringList& args);
int runBrowse(const QStringList& args);
int runReplay(const QStringList& args);
int runCheck(const QStringList& args);

} // namespace streamscope::cli
