#include "PromTool.h"

#include <QProcess>
#include <QStandardPaths>

namespace streamscope::test {

QString promtoolProblems(const QByteArray& text) {
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty())
        return QStringLiteral(
            "promtool is not installed (Debian package prometheus; scripts/install-deps.sh)");
    QProcess check;
    check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    if (!check.waitForStarted())
        return QStringLiteral("promtool did not start: %1").arg(check.errorString());
    check.write(text);
    check.closeWriteChannel();
    if (!check.waitForFinished(30000))
        return QStringLiteral("promtool did not finish within 30 s");
    const QString said =
        QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError()).trimmed();
    if (check.exitStatus() != QProcess::NormalExit || check.exitCode() != 0)
        return said.isEmpty() ? QStringLiteral("promtool exit %1").arg(check.exitCode()) : said;
    return said;
}

} // namespace streamscope::test
