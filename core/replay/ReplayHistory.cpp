#include "replay/ReplayHistory.h"

#include "common/PrivateFiles.h"
#include "replay/ReplayTypes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <deque>

namespace streamscope {

QString ReplayHistory::defaultPath() {
    // One file for the app and the CLI (their application names differ, so AppDataLocation
    // would give each its own history and the app's history viewer would miss CLI replays).
    // STREAMSCOPE_REPLAY_HISTORY points it elsewhere (tests, screenshots).
    const QString overridden = qEnvironmentVariable("STREAMSCOPE_REPLAY_HISTORY");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/Streamscope/replay-history.jsonl");
}

QJsonObject ReplayHistory::toJson(const ReplayReport& r) {
    QJsonObject o;
    o.insert(QStringLiteral("replay_id"), r.replayId);
    o.insert(QStringLiteral("started_at"), r.startedAt.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("finished_at"), r.finishedAt.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("outcome"), r.outcomeName());
    o.insert(QStringLiteral("source"), r.source);
    o.insert(QStringLiteral("source_topic"), r.sourceTopic);
    o.insert(QStringLiteral("target"), r.target);
    o.insert(QStringLiteral("target_topic"), r.targetTopic);
    if (!r.reason.isEmpty())
        o.insert(QStringLiteral("reason"), r.reason);
    o.insert(QStringLiteral("read"), r.read);
    o.insert(QStringLiteral("replayed"), r.replayed);
    o.insert(QStringLiteral("aborted"), r.aborted);
    o.insert(QStringLiteral("transactions"), r.transactions);
    o.insert(QStringLiteral("retried_chunks"), r.retriedChunks);
    o.insert(QStringLiteral("topic_created"), r.topicCreated);
    o.insert(QStringLiteral("verify_requested"), r.verifyRequested);
    o.insert(QStringLiteral("verified"), r.verified);
    o.insert(QStringLiteral("verified_count"), r.verifiedCount);
    o.insert(QStringLiteral("mismatches"), r.mismatches);
    o.insert(QStringLiteral("replay_ms"), r.replayMs);
    o.insert(QStringLiteral("verify_ms"), r.verifyMs);
    if (!r.events.isEmpty())
        o.insert(QStringLiteral("events"), QJsonArray::fromStringList(r.events));
    return o;
}

ReplayReport ReplayHistory::fromJson(const QJsonObject& line) {
    auto text = [&line](const char* name) { return line.value(QLatin1String(name)).toString(); };
    auto integer = [&line](const char* name) {
        return qint64(line.value(QLatin1String(name)).toDouble());
    };
    auto time = [&text](const char* name) {
        return QDateTime::fromString(text(name), Qt::ISODateWithMs);
    };
    ReplayReport r;
    r.replayId = text("replay_id");
    r.startedAt = time("started_at");
    r.finishedAt = time("finished_at");
    const QString outcome = text("outcome");
    r.outcome = ReplayReport::Outcome::Failed;
    for (const auto candidate :
         {ReplayReport::Outcome::Completed, ReplayReport::Outcome::DryRun,
          ReplayReport::Outcome::Refused, ReplayReport::Outcome::Cancelled}) {
        ReplayReport probe;
        probe.outcome = candidate;
        if (probe.outcomeName() == outcome)
            r.outcome = candidate;
    }
    r.source = text("source");
    r.sourceTopic = text("source_topic");
    r.target = text("target");
    r.targetTopic = text("target_topic");
    r.reason = text("reason");
    r.read = integer("read");
    r.replayed = integer("replayed");
    r.aborted = integer("aborted");
    r.transactions = int(integer("transactions"));
    r.retriedChunks = int(integer("retried_chunks"));
    r.topicCreated = line.value(QLatin1String("topic_created")).toBool();
    // Lines written before verify_requested existed: verification was always requested then.
    r.verifyRequested = line.value(QLatin1String("verify_requested")).toBool(true);
    r.verified = line.value(QLatin1String("verified")).toBool();
    r.verifiedCount = integer("verified_count");
    r.mismatches = integer("mismatches");
    r.replayMs = integer("replay_ms");
    r.verifyMs = integer("verify_ms");
    for (const QJsonValue& event : line.value(QLatin1String("events")).toArray())
        r.events.append(event.toString());
    return r;
}

std::vector<ReplayReport> ReplayHistory::loadReports(int limit, const QString& path) {
    std::vector<ReplayReport> reports;
    for (const QJsonObject& line : load(limit, path))
        reports.push_back(fromJson(line));
    return reports;
}

bool ReplayHistory::append(const ReplayReport& report, const QString& path) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    QByteArray line = QJsonDocument(toJson(report)).toJson(QJsonDocument::Compact);
    line.append('\n');
    const bool written = file.write(line) == line.size();
    file.close();
    makeOwnerOnly(path);
    return written;
}

std::vector<QJsonObject> ReplayHistory::load(int limit, const QString& path) {
    std::deque<QJsonObject> newest;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    while (!file.atEnd()) {
        const QJsonDocument doc = QJsonDocument::fromJson(file.readLine());
        if (!doc.isObject())
            continue;
        newest.push_back(doc.object());
        if (int(newest.size()) > limit)
            newest.pop_front();
    }
    return {newest.begin(), newest.end()};
}

} // namespace streamscope
