#include "SchemaTestRegistry.h"

#include <QDebug>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace streamscope::test {

QString registryUrl() {
    return qEnvironmentVariable("STREAMSCOPE_SCHEMA_REGISTRY");
}

std::vector<nlohmann::json> produceWithPython(const QString& topic, const QString& kind,
                                              const QString& workDir) {
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(STREAMSCOPE_SOURCE_DIR "/tests/scripts/schema_produce.py"),
                  registryUrl(), bootstrap(), topic, kind, workDir});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning().noquote() << "schema_produce.py failed:" << python.readAllStandardError();
        return {};
    }
    std::vector<nlohmann::json> lines;
    for (const QByteArray& line : python.readAllStandardOutput().split('\n'))
        if (!line.trimmed().isEmpty())
            lines.push_back(nlohmann::json::parse(line.toStdString()));
    return lines;
}

bool produceRaw(const QString& topic, const std::vector<QByteArray>& values) {
    QTemporaryDir dir;
    QStringList args{
        QStringLiteral("-P"), QStringLiteral("-b"), bootstrap(), QStringLiteral("-t"), topic,
        QStringLiteral("-p"), QStringLiteral("0")};
    for (size_t i = 0; i < values.size(); ++i) {
        const QString path = dir.filePath(QStringLiteral("m%1").arg(i));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(values[i]) != values[i].size())
            return false;
        args << path;
    }
    QProcess kcat;
    kcat.start(QStringLiteral("kcat"), args);
    return kcat.waitForFinished(30000) && kcat.exitCode() == 0;
}

} // namespace streamscope::test
