#include "CliRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

namespace streamscope::test {

QString cliPath() {
    const QString fromEnv = qEnvironmentVariable("STREAMSCOPE_CLI");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QFileInfo(QCoreApplication::applicationDirPath() +
                     QStringLiteral("/../app/streamscope-cli"))
        .absoluteFilePath();
}

CliResult runCli(const QStringList& args, int timeoutMs, const std::function<void()>& during,
                 int afterMs) {
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(cliPath(), args);
    CliResult result;
    if (!process.waitForStarted(5000)) {
        result.stdErr = QStringLiteral("(did not start: %1)").arg(process.errorString());
        return result;
    }
    if (during) {
        process.waitForFinished(afterMs);
        during();
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        result.timedOut = true;
    }
    result.elapsedMs = timer.elapsed();
    result.stdOut = QString::fromUtf8(process.readAllStandardOutput());
    result.stdErr = QString::fromUtf8(process.readAllStandardError());
    if (result.timedOut)
        result.stdErr += QStringLiteral("(timed out)");
    else if (process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    return result;
}

QString describe(const CliResult& result) {
    return QStringLiteral("exit %1 after %2 ms\nstdout: %3\nstderr: %4")
        .arg(result.exitCode)
        .arg(result.elapsedMs)
        .arg(result.stdOut.left(3000), result.stdErr.left(3000));
}

} // namespace streamscope::test
