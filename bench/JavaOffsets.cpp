#include "JavaOffsets.h"

#include <QElapsedTimer>
#include <QProcess>

namespace streamscope::bench {

namespace {
constexpr int kJavaTimeoutMs = 300000;
}

bool runGetOffsetShell(const QString& kafkaTool, const QString& bootstrap, const QString& regex,
                       JavaRead* out, QString* error) {
    QProcess java;
    QElapsedTimer timer;
    timer.start();
    java.start(kafkaTool, {QStringLiteral("get-offsets"), QStringLiteral("--bootstrap-server"),
                           bootstrap, QStringLiteral("--topic-partitions"), regex,
                           QStringLiteral("--time"), QStringLiteral("-1")});
    if (!java.waitForFinished(kJavaTimeoutMs) || java.exitStatus() != QProcess::NormalExit ||
        java.exitCode() != 0) {
        *error = QStringLiteral("%1 get-offsets failed: %2 %3")
                     .arg(kafkaTool, java.errorString(),
                          QString::fromLocal8Bit(java.readAllStandardError().right(2000)));
        return false;
    }
    out->ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    out->offsetSum = 0;
    out->partitions = 0;
    // Lines are topic:partition:offset.
    for (const QByteArray& line : java.readAllStandardOutput().split('\n')) {
        const auto colon = line.lastIndexOf(':');
        if (colon < 0)
            continue;
        out->offsetSum += line.mid(colon + 1).trimmed().toLongLong();
        ++out->partitions;
    }
    return true;
}

bool runWarmJava(const QString& javaSource, const QString& kafkaLibs, const QString& bootstrap,
                 const QString& regex, int reps, std::map<QString, std::vector<JavaRead>>* out,
                 QString* error) {
    QProcess java;
    // Default JIT (C1 + C2): a long-running Java poller would have it too.
    java.start(QStringLiteral("java"),
               {QStringLiteral("-Xmx512m"), QStringLiteral("-Dlog4j.configuration=file:/dev/null"),
                QStringLiteral("-cp"), kafkaLibs + QStringLiteral("/*"), javaSource, bootstrap,
                regex, QString::number(reps)});
    if (!java.waitForFinished(kJavaTimeoutMs) || java.exitStatus() != QProcess::NormalExit ||
        java.exitCode() != 0) {
        *error = QStringLiteral("java %1 failed: %2 %3")
                     .arg(javaSource, java.errorString(),
                          QString::fromLocal8Bit(java.readAllStandardError().right(2000)));
        return false;
    }
    for (const QByteArray& line : java.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.trimmed().split(' ');
        if (f.size() != 5)
            continue;
        JavaRead r;
        r.ms = f[2].toDouble();
        r.offsetSum = f[3].toLongLong();
        r.partitions = f[4].toInt();
        (*out)[QString::fromLatin1(f[0])].push_back(r);
    }
    return true;
}

} // namespace streamscope::bench
