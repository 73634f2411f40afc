#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace streamscope::test {

// One run of the built streamscope-cli.
struct CliResult {
    int exitCode = -1; // -1: crashed, did not start, or killed at the timeout
    QString stdOut;
    QString stdErr;
    qint64 elapsedMs = 0;
    bool timedOut = false;
};

// streamscope-cli: STREAMSCOPE_CLI if set, else next to the test in the build tree (tests/ and
// app/ are siblings).
QString cliPath();

// Runs the CLI and waits at most `timeoutMs` (then kills it). `during`, if set, runs `afterMs`
// after the start while the CLI is still running (to kill a broker under it, say).
CliResult runCli(const QStringList& args, int timeoutMs = 30000,
                 const std::function<void()>& during = {}, int afterMs = 0);

// "exit 1 after 812 ms / stdout: ... / stderr: ...", capped, for test failure messages.
QString describe(const CliResult& result);

} // namespace streamscope::test
