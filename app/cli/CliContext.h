#pragma once

#include "kafka/ConnectionProfile.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace streamscope::cli {

// Options shared by every streamscope-cli command: -b, -X key=value, --config FILE.
class CliContext {
public:
    explicit CliContext(QString command);

    QCommandLineParser& parser() { return m_parser; }
    // Parses args (argv without the program and command names). Prints errors to stderr.
    bool parse(const QStringList& args);
    // The connection built from -b, --config and -X (in that order, later wins). Fails with a
    // message on stderr when no bootstrap is known or a property is malformed.
    bool buildProfile(ConnectionProfile* out);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    int fail(const QString& message); // prints "streamscope-cli COMMAND: message", returns 1

private:
    QString m_command;
    QCommandLineParser m_parser;
    QTextStream m_out;
    QTextStream m_err;
};

int runTopics(const QStringList& args);
int runSimulate(const QStringList& args);
int runThroughput(const QStringList& args);

} // namespace streamscope::cli
