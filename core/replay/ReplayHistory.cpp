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
