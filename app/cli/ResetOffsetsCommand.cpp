// streamscope-cli reset-offsets: kafka-consumer-groups --reset-offsets, with a dry run by default.
#include "CliContext.h"
#include "TextTable.h"
#include "kafka/GroupConsumer.h"
#include "kafka/KafkaClient.h"
#include "lag/OffsetReset.h"

#include <QCoreApplication>
#include <QDateTime>

namespace streamscope::cli {

namespace {

constexpr int kTimeoutMs = 10000;

QString tr(const char* text) {
    return QCoreApplication::translate("CommandLineTool", text);
}

// The partitions to plan for: every partition of the chosen topics, or (no --topic) every
// partition the group has a committed offset on.
Expected<std::vector<OffsetResetInput>> readInputs(const ConnectionProfile& profile,
                                                   const QString& group, const ClusterMetadata& md,
                                                   const QStringList& topics) {
    std::vector<TopicPartition> partitions;
    for (const TopicInfo& t : md.topics) {
        if (topics.isEmpty() ? t.internal : !topics.contains(t.name))
            continue;
        for (const PartitionInfo& p : t.partitions)
            partitions.push_back({t.name, p.partition});
    }
    for (const QString& topic : topics)
        if (!md.findTopic(topic))
            return streamscopeError(tr("topic \"%1\" does not exist").arg(topic));
    // A consumer handle with the group's id reads its committed offsets (OffsetFetch) without
    // joining the group: it never subscribes.
    auto consumer = GroupConsumer::create(
        profile, {{QStringLiteral("group.id"), group},
                  {QStringLiteral("enable.auto.commit"), QStringLiteral("false")}});
    if (!consumer)
        return consumer.error();
    auto committed = (*consumer)->committed(partitions, kTimeoutMs);
    (*consumer)->close(1000);
    if (!committed)
        return committed.error();
    std::vector<OffsetResetInput> inputs;
    for (const TopicPartitionOffset& c : *committed) {
        const bool hasCommit = c.errorCode == 0 && c.offset >= 0;
        if (!hasCommit && topics.isEmpty())
            continue;
        inputs.push_back(
            {c.topic, c.partition, hasCommit ? std::optional<qint64>(c.offset) : std::nullopt});
    }
    return inputs;
}

void printPlan(QTextStream& out, const OffsetResetPlan& plan) {
    QStringList names;
    for (const OffsetResetRow& r : plan.rows)
        names.append(r.topic);
    const int groupWidth = nameColumnWidth({plan.groupId}, 40);
    const int topicWidth = nameColumnWidth(names, 40);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("GROUP"), -groupWidth)
               .arg(QStringLiteral("TOPIC"), -topicWidth)
               .arg(QStringLiteral("PARTITION"), 9)
               .arg(QStringLiteral("CURRENT-OFFSET"), 14)
               .arg(QStringLiteral("NEW-OFFSET"), 14)
               .arg(QStringLiteral("NOTE"));
    for (const OffsetResetRow& r : plan.rows)
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(plan.groupId, -groupWidth)
                   .arg(r.topic, -topicWidth)
                   .arg(r.partition, 9)
                   .arg(r.current ? QString::number(*r.current) : QStringLiteral("-"), 14)
                   .arg(r.target ? QString::number(*r.target) : QStringLiteral("-"), 14)
                   .arg(r.note)
                   .trimmed()
            << '\n';
}

} // namespace

int runResetOffsets(const QStringList& args) {
    CliContext ctx(QStringLiteral("reset-offsets"));
    QCommandLineParser& parser = ctx.parser();
    parser.addOption(
        {QStringLiteral("group"), tr("The consumer group (required)."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("topic"),
                      tr("Only this topic (repeatable; default: every topic the group has "
                         "committed offsets on)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("to-earliest"), tr("Move to the log start offset.")});
    parser.addOption({QStringLiteral("to-latest"), tr("Move to the end offset.")});
    parser.addOption({QStringLiteral("to-datetime"),
                      tr("Move to the first offset at or after this time (ISO 8601, e.g. "
                         "2026-12-01T10:00:00Z; local time without a zone)."),
                      QStringLiteral("time")});
    parser.addOption(
        {QStringLiteral("to-offset"), tr("Move to this offset."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("shift-by"),
                      tr("Move by N from the committed offset (negative: back)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("execute"),
                      tr("Reset the offsets. Without it, only the plan is printed (a dry run).")});
    if (!ctx.parse(args))
        return parser.isSet(QStringLiteral("help")) ? kExitOk : kExitUsage;
    ConnectionProfile profile;
    if (!ctx.buildProfile(&profile))
        return kExitUsage;

    const QString group = parser.value(QStringLiteral("group")).trimmed();
    if (group.isEmpty())
        return ctx.usageError(tr("--group is required"));
    const QStringList topics = parser.values(QStringLiteral("topic"));
    if (!ctx.checkTopicNames(QStringLiteral("--topic"), topics))
        return kExitUsage;
    const QStringList modes{QStringLiteral("to-earliest"), QStringLiteral("to-latest"),
                            QStringLiteral("to-datetime"), QStringLiteral("to-offset"),
                            QStringLiteral("shift-by")};
    QStringList given;
    for (const QString& mode : modes)
        if (parser.isSet(mode))
            given.append(QStringLiteral("--") + mode);
    if (given.size() != 1)
        return ctx.usageError(
            given.isEmpty()
                ? tr("say where to move: --to-earliest, --to-latest, --to-datetime, --to-offset "
                     "or --shift-by")
                : tr("choose one of %1").arg(given.join(QStringLiteral(", "))));

    OffsetResetSpec spec;
    if (parser.isSet(QStringLiteral("to-earliest"))) {
        spec.mode = OffsetResetMode::Earliest;
    } else if (parser.isSet(QStringLiteral("to-latest"))) {
        spec.mode = OffsetResetMode::Latest;
    } else if (parser.isSet(QStringLiteral("to-datetime"))) {
        const QString text = parser.value(QStringLiteral("to-datetime")).trimmed();
        const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!time.isValid())
            return ctx.usageError(
                tr("--to-datetime expects an ISO 8601 time like 2026-12-01T10:00:00Z, got \"%1\"")
                    .arg(text.left(40)));
        spec.mode = OffsetResetMode::Timestamp;
        spec.value = time.toMSecsSinceEpoch();
    } else {
        const bool toOffset = parser.isSet(QStringLiteral("to-offset"));
        const QString name = toOffset ? QStringLiteral("to-offset") : QStringLiteral("shift-by");
        bool ok = false;
        const qint64 value = parser.value(name).trimmed().toLongLong(&ok);
        if (!ok || (toOffset && value < 0))
            return ctx.usageError(
                tr("--%1 expects %2, got \"%3\"")
                    .arg(name,
                         toOffset ? tr("an offset (0 or more)") : tr("a whole number of messages"),
                         parser.value(name).left(40)));
        spec.mode = toOffset ? OffsetResetMode::Offset : OffsetResetMode::ShiftBy;
        spec.value = value;
    }
    const bool execute = parser.isSet(QStringLiteral("execute"));
    // --execute is the explicit consent to write that a read-only profile otherwise withholds.
    profile.readOnly = !execute;

    auto client = KafkaClient::create(profile);
    if (!client)
        return ctx.fail(client.error().message);
    auto md = (*client)->fetchMetadata(kTimeoutMs);
    if (!md) {
        const QString detail = (*client)->lastBrokerError();
        return ctx.fail(
            tr("cannot reach %1: %2")
                .arg(profile.bootstrapServers, detail.isEmpty() ? md.error().message : detail));
    }
    if (auto status = (*client)->fillOffsets(*md, kTimeoutMs); !status)
        return ctx.fail(
            tr("cannot read the start and end offsets: %1").arg(status.error().message));
    client->reset();

    auto inputs = readInputs(profile, group, *md, topics);
    if (!inputs)
        return ctx.fail(inputs.error().message);
    auto plan = planOffsetResetOnCluster(profile, group, spec, *inputs, *md, kTimeoutMs);
    if (!plan)
        return ctx.fail(plan.error().message);
    printPlan(ctx.out(), *plan);
    ctx.out().flush();
    if (!execute) {
        ctx.err() << tr("Dry run: nothing was changed. Add --execute to reset these offsets.")
                  << '\n';
        return kExitOk;
    }
    auto result = executeOffsetReset(profile, *plan, kTimeoutMs);
    if (!result)
        return ctx.fail(result.error().message);
    int failed = 0;
    for (const AlteredOffset& a : *result)
        if (!a.error.isEmpty()) {
            ++failed;
            ctx.err() << QStringLiteral("%1 [%2]: %3\n").arg(a.topic).arg(a.partition).arg(a.error);
        }
    if (failed > 0)
        return ctx.fail(
            tr("%1 of %2 partitions could not be reset").arg(failed).arg(result->size()));
    ctx.err() << tr("Reset %1 partitions of group %2.").arg(result->size()).arg(group) << '\n';
    return kExitOk;
}

} // namespace streamscope::cli
