#include "sim/ScenarioCatalog.h"

#include "sim/ScenarioParser.h"
#include "sim/SimTr.h"

#include "common/InputLimits.h"
#include <QDir>

#include <QFile>
#include <QFileInfo>

namespace streamscope::sim {

namespace {

QString resourceDir() {
    return QStringLiteral(":/streamscope/scenarios");
}

Expected<Scenario> loadFile(const QString& path, const QString& displayName) {
    // Bounded: a scenario path may name a device or a huge file by mistake.
    auto bytes = readUserFile(path, kMaxScenarioBytes);
    if (!bytes)
        return streamscopeError(
            SimTr::tr("cannot load scenario %1: %2").arg(displayName, bytes.error().message));
    return parseScenario(*bytes, displayName);
}

} // namespace

static Expected<Scenario> loadScenarioAsWritten(const QString& nameOrPath);

QStringList builtinScenarioNames() {
    QStringList names;
    const auto entries =
        QDir(resourceDir()).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo& entry : entries)
        names.append(entry.completeBaseName());
    return names;
}

Expected<Scenario> loadScenario(const QString& nameOrPath, bool withSchemaTopics) {
    auto scenario = loadScenarioAsWritten(nameOrPath);
    if (!scenario || withSchemaTopics)
        return scenario;
    return withoutSchemaTopics(std::move(*scenario));
}

static Expected<Scenario> loadScenarioAsWritten(const QString& nameOrPath) {
    if (nameOrPath.isEmpty())
        return streamscopeError(SimTr::tr("no scenario given"));
    const QStringList builtins = builtinScenarioNames();
    if (builtins.contains(nameOrPath))
        return loadFile(resourceDir() + QLatin1Char('/') + nameOrPath + QStringLiteral(".json"),
                        nameOrPath);
    if (QFileInfo::exists(nameOrPath))
        return loadFile(nameOrPath, nameOrPath);
    // Something that looks like a path is a missing file; a bare word is an unknown name.
    if (nameOrPath.contains(QLatin1Char('/')) || nameOrPath.endsWith(QStringLiteral(".json")))
        return loadFile(nameOrPath, nameOrPath);
    return streamscopeError(
        SimTr::tr("unknown scenario \"%1\": built-in scenarios are %2; or pass a JSON file path")
            .arg(nameOrPath, builtins.join(QStringLiteral(", "))));
}

} // namespace streamscope::sim
