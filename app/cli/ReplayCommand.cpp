// streamscope-cli replay: copies records of a topic (a range, optionally filtered) into a sandbox
// target, exactly and verified. The engine (core/replay) enforces the sandbox guard; this file
// only turns options into a ReplaySource and ReplayOptions and prints the report.
#include "CliContext.h"
#include "RangeOptions.h"
#include "SchemaRegistryOptions.h"
#include "browse/Filter.h"
#include "cluster/ProfileStore.h"
#include "common/InputLimits.h"
#include "replay/OffsetList.h"
#include "replay/ReplayEngine.h"
#include "schema/RecordDecoding.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

#include <nlohmann/json.hpp>

#include <csignal>
#include <tuple>

namespace streamscope::cli {

namespace {

struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)
};

// The target was refused by the sandbox guard: nothing was written, not even a topic.
constexpr int kExitRefused = 3;

// Ctrl-C cancels the replay cleanly (the open transaction is aborted, the report printed).
std::atomic<ReplayControl*> g_control{nullptr};
extern "C" void onReplayInterrupt(int) {
    if (ReplayControl* control = g_control.load())
        control->cancel();
}

// "N" or "N/s": messages per second; "NMB/s", "NMB", "NKB/s": payload bytes per second.
bool parseRate(const QString& text, double* messages, double* bytes) {
    static const QRegularExpression re(
        QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(msgs?/s|/s|mb/s|mb|kb/s|kb)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    const double n = m.captured(1).toDouble();
    if (!(n > 0))
        return false;
    const QString unit = m.captured(2).toLower();
    if (unit.startsWith(u"mb"))
        *bytes = n * 1024 * 1024;
    else if (unit.startsWith(u"kb"))
        *bytes = n * 1024;
    else
        *messages = n;
    return true;
}

nlohmann::json reportJson(const ReplayReport& r) {
    auto str = [](const QString& s) { return s.toStdString(); };
    nlohmann::json j;
    j["replay_id"] = str(r.replayId);
    j["target"] = str(r.targetTopic);
    j["replayed"] = r.replayed;
    j["verified"] = r.verified;
    j["mismatches"] = r.mismatches;
    j["outcome"] = str(r.outcomeName());
    j["target_cluster"] = str(r.target);
    j["read"] = r.read;
    j["aborted"] = r.aborted;
    j["transactions"] = r.transactions;
    j["retried_chunks"] = r.retriedChunks;
    j["topic_created"] = r.topicCreated;
    j["verified_count"] = r.verifiedCount;
    j["replay_ms"] = r.replayMs;
    j["verify_ms"] = r.verifyMs;
    if (!r.reason.isEmpty())
        j["reason"] = str(r.reason);
    nlohmann::json events = nlohmann::json::array();
    for (const auto& e : r.events)
        events.push_back(str(e));
    j["events"] = events;
    nlohmann::json samples = nlohmann::json::array();
    for (const auto& s : r.mismatchSamples)
        samples.push_back(str(s));
    j["mismatch_samples"] = samples;
    if (r.outcome == ReplayReport::Outcome::DryRun) {
        nlohmann::json spread = nlohmann::json::object();
        for (auto it = r.partitionSpread.begin(); it != r.partitionSpread.end(); ++it)
            spread[std::to_string(it.key())] = it.value();
        j["partition_spread"] = spread;
        nlohmann::json preview = nlohmann::json::array();
        for (const auto& p : r.preview)
            preview.push_back(
                {{"source_partition", p.sourcePartition},
                 {"source_offset", p.sourceOffset},
                 {"target_partition", p.targetPartition},
                 {"timestamp", p.timestampMs},
                 {"key", p.key.isNull() ? nlohmann::json() : nlohmann::json(p.key.toStdString())},
                 {"headers", p.headerCount}});
        j["preview"] = preview;
    }
    return j;
}

} // namespace

int runReplay(const QStringList& args) {
    CliContext ctx(QStringLiteral("replay"));
    auto& parser = ctx.parser();
    parser.addOption(
        {QStringLiteral("topic"), CliTr::tr("The source topic."), QStringLiteral("topic")});
    parser.addOption({QStringLiteral("partition"),
                      CliTr::tr("Only this source partition (repeatable). Default: all."),
                      QStringLiteral("partition")});
    addRangeOptions(parser, LiveTail::NotAllowed);
    parser.addOption({QStringLiteral("filter"),
                      CliTr::tr("Replay only records matching this filter (browse syntax)."),
                      QStringLiteral("expr")});
    parser.addOption({QStringLiteral("offset"),
                      CliTr::tr("Replay the record at partition P, offset O (repeatable; instead "
                                "of --from/--until/--partition)."),
                      QStringLiteral("P:O")});
    parser.addOption({QStringLiteral("offsets"),
                      CliTr::tr("Replay the records listed in this file: partition:offset pairs, "
                                "one or more per line (- reads standard input)."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("to"), CliTr::tr("The target topic."), QStringLiteral("topic")});
    parser.addOption({QStringLiteral("to-profile"),
                      CliTr::tr("Write to the cluster of this saved connection profile (its "
                                "sandbox flag and prefix apply)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("sandbox-cluster"),
                      CliTr::tr("Write to this cluster, declared a sandbox (same security "
                                "settings as the source)."),
                      QStringLiteral("bootstrap")});
    parser.addOption({QStringLiteral("partitioning"),
                      CliTr::tr("same | key | roundrobin (default same)."), QStringLiteral("mode"),
                      QStringLiteral("same")});
    parser.addOption({QStringLiteral("rate"), CliTr::tr("Rate limit: N (messages/s) or N MB/s."),
                      QStringLiteral("rate")});
    parser.addOption({QStringLiteral("now-timestamps"),
                      CliTr::tr("Stamp records with the current time instead of the original.")});
    parser.addOption({QStringLiteral("no-provenance"),
                      CliTr::tr("Do not add the streamscope-replay-id and streamscope-source "
                                "headers.")});
    parser.addOption({QStringLiteral("dry-run"),
                      CliTr::tr("Count, show the first records and the target partition spread; "
                                "write nothing.")});
    parser.addOption({QStringLiteral("no-verify"),
                      CliTr::tr("Do not read the target back to compare digests.")});
    parser.addOption({QStringLiteral("producers"),
                      CliTr::tr("Transactional producers writing in parallel, each owning the "
                                "target partitions p % N (default 3; at most one per partition)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("transaction-records"),
                      CliTr::tr("Records per transaction and producer (default 20000)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("json"), CliTr::tr("Print the report as JSON.")});
    addSchemaRegistryOptions(parser);
    parser.addOption({QStringLiteral("target-schema-registry"),
                      CliTr::tr("The Schema Registry the target cluster's consumers use; when it "
                                "is not the source's, replay says that the copied schema ids "
                                "point into the source's registry."),
                      QStringLiteral("url")});
    if (!ctx.parse(args))
        return parser.isSet(QStringLiteral("help")) ? kExitOk : kExitUsage;

    const QString topic = parser.value(QStringLiteral("topic"));
    const QString targetTopic = parser.value(QStringLiteral("to"));
    if (topic.isEmpty())
        return ctx.usageError(CliTr::tr("--topic is required"));
    if (targetTopic.isEmpty())
        return ctx.usageError(CliTr::tr("--to is required"));
    if (!ctx.checkTopicNames(QStringLiteral("--topic"), {topic}) ||
        !ctx.checkTopicNames(QStringLiteral("--to"), {targetTopic}))
        return kExitUsage;
    if (parser.isSet(QStringLiteral("to-profile")) &&
        parser.isSet(QStringLiteral("sandbox-cluster")))
        return ctx.usageError(CliTr::tr("--to-profile and --sandbox-cluster exclude each other"));

    BrowseRequest request;
    request.topic = topic;
    for (const QString& p : parser.values(QStringLiteral("partition"))) {
        bool ok = false;
        const int partition = p.toInt(&ok);
        if (!ok || partition < 0)
            return ctx.usageError(
                CliTr::tr("--partition needs a partition number, not \"%1\"").arg(p));
        if (std::find(request.partitions.begin(), request.partitions.end(), partition) ==
            request.partitions.end())
            request.partitions.push_back(partition);
    }
    auto start = parseBrowseStart(parser.value(QStringLiteral("from")));
    if (!start)
        return ctx.usageError(QStringLiteral("--from: ") + start.error().message);
    auto stop = parseBrowseStop(parser.value(QStringLiteral("until")));
    if (!stop)
        return ctx.usageError(QStringLiteral("--until: ") + stop.error().message);
    if (stop->mode == BrowseStop::Mode::Live)
        return ctx.usageError(CliTr::tr("--until live never ends: a replay needs an end"));
    request.start = *start;
    request.stop = *stop;
    if (parser.isSet(QStringLiteral("filter"))) {
        FilterError error;
        auto filter = CompiledFilter::compile(parser.value(QStringLiteral("filter")), &error);
        if (!filter)
            return ctx.usageError(QStringLiteral("--filter: ") + error.toError().message);
        request.filter = std::make_shared<const CompiledFilter>(std::move(*filter));
    }

    // A list of (partition, offset) pairs instead of a range.
    std::optional<std::vector<PartitionOffset>> listed;
    if (parser.isSet(QStringLiteral("offset")) || parser.isSet(QStringLiteral("offsets"))) {
        for (const char* range : {"partition", "from", "until"})
            if (parser.isSet(QLatin1String(range)))
                return ctx.usageError(CliTr::tr("--offset/--offsets name the records already; "
                                                "leave out --%1")
                                          .arg(QLatin1String(range)));
        QString text = parser.values(QStringLiteral("offset")).join(QLatin1Char('\n'));
        if (parser.isSet(QStringLiteral("offsets"))) {
            // Bounded and checked for text: a huge or binary file is an error, not a hang.
            auto fileText =
                readUserTextFile(parser.value(QStringLiteral("offsets")), kMaxOffsetListBytes);
            if (!fileText)
                return ctx.usageError(QStringLiteral("--offsets: ") + fileText.error().message);
            text += QLatin1Char('\n') + *fileText;
        }
        auto pairs = parseOffsetList(text);
        if (!pairs)
            return ctx.usageError(QStringLiteral("--offset/--offsets: ") + pairs.error().message);
        auto listedRequest = offsetListRequest(topic, *pairs);
        if (!listedRequest)
            return ctx.usageError(listedRequest.error().message);
        // A --filter narrows the listed records further: both must match.
        if (request.filter) {
            FilterError error;
            auto both = CompiledFilter::compile(
                QStringLiteral("(%1) and (%2)")
                    .arg(listedRequest->filter->expression(), request.filter->expression()),
                &error);
            if (!both)
                return ctx.usageError(QStringLiteral("--filter: ") + error.toError().message);
            listedRequest->filter = std::make_shared<const CompiledFilter>(std::move(*both));
            listedRequest->stop = BrowseStop{}; // fewer than listed may match: read to the end
        }
        request = *listedRequest;
        listed = std::move(*pairs);
    }

    ReplayOptions options;
    options.targetTopic = targetTopic;
    const QString partitioning = parser.value(QStringLiteral("partitioning"));
    if (partitioning == u"same")
        options.partitioning = ReplayPartitioning::Same;
    else if (partitioning == u"key")
        options.partitioning = ReplayPartitioning::Key;
    else if (partitioning == u"roundrobin")
        options.partitioning = ReplayPartitioning::RoundRobin;
    else
        return ctx.usageError(
            CliTr::tr("--partitioning must be same, key or roundrobin, not \"%1\"")
                .arg(partitioning));
    if (parser.isSet(QStringLiteral("rate")) &&
        !parseRate(parser.value(QStringLiteral("rate")), &options.rateMessagesPerSecond,
                   &options.rateBytesPerSecond))
        return ctx.usageError(
            CliTr::tr("--rate must be a positive number of messages/s, or N MB/s"));
    for (const auto& [name, field, most] :
         {std::tuple{QStringLiteral("producers"), &options.producers, 64},
          std::tuple{QStringLiteral("transaction-records"), &options.chunkRecords, 10000000}}) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const int n = parser.value(name).toInt(&ok);
        if (!ok || n < 1 || n > most)
            return ctx.usageError(CliTr::tr("--%1 must be a number from 1 to %2, not \"%3\"")
                                      .arg(name)
                                      .arg(most)
                                      .arg(parser.value(name)));
        *field = n;
    }
    options.timestamps = parser.isSet(QStringLiteral("now-timestamps"))
                             ? ReplayTimestamps::Now
                             : ReplayTimestamps::Original;
    options.provenance = !parser.isSet(QStringLiteral("no-provenance"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.verify = !parser.isSet(QStringLiteral("no-verify"));
    // The CLI never prompts: running replay is the request to write (and to create the topic).
    options.createMissingTopic = true;

    ConnectionProfile profile;
    if (!ctx.buildProfile(&profile))
        return kExitUsage;
    // The target: by default the source's own cluster, where only sandbox-prefixed topics are
    // allowed (the source profile is not a sandbox).
    ConnectionProfile target = profile;
    target.sandbox = false;
    if (parser.isSet(QStringLiteral("sandbox-cluster"))) {
        target.bootstrapServers = parser.value(QStringLiteral("sandbox-cluster"));
        target.name = target.bootstrapServers;
        target.sandbox = true;
    } else if (parser.isSet(QStringLiteral("to-profile"))) {
        // The GUI's profiles (the CLI has its own application name, hence the explicit names).
        ProfileStore store(std::make_unique<QSettings>(
            QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Streamscope"),
            QStringLiteral("Streamscope")));
        const QString name = parser.value(QStringLiteral("to-profile"));
        auto found = store.find(name);
        if (!found)
            return ctx.usageError(CliTr::tr("no saved connection profile named \"%1\"").arg(name));
        if (found->needsPassword())
            return ctx.fail(CliTr::tr("the profile \"%1\" needs a password, which is never saved; "
                                      "use --sandbox-cluster with -X instead")
                                .arg(name));
        target = *found;
    }
    options.targetProfile = target;

    // With a registry the filter reads decoded values, as in browse. The bytes are copied
    // unchanged: schema ids keep pointing into the source's registry.
    std::optional<schema::RegistryOptions> registry;
    if (!readSchemaRegistryOptions(ctx, &registry))
        return kExitUsage;
    if (registry) {
        // One decoder for the one thread that reads the source (RecordDecoding is one per
        // thread); the view it returns points into it until the next record.
        auto decoding = std::make_shared<schema::RecordDecoding>(*registry);
        request.filterInput = [decoding](const MessageView& raw) {
            return decoding->filterView(raw);
        };
    }
    const QString targetRegistry = parser.value(QStringLiteral("target-schema-registry"));
    const QString sourceRegistry = registry ? registry->url.toString() : QString();
    if (!targetRegistry.isEmpty() && QUrl(targetRegistry).adjusted(QUrl::StripTrailingSlash) !=
                                         QUrl(sourceRegistry).adjusted(QUrl::StripTrailingSlash))
        ctx.err() << "streamscope-cli replay: "
                  << CliTr::tr("note: records are copied byte for byte; framed keys and values "
                               "keep the schema ids of %1, which may name other schemas (or none) "
                               "in the target's registry %2. Register the schemas there under the "
                               "same ids before consumers read the copy.")
                         .arg(sourceRegistry.isEmpty() ? CliTr::tr("the source's registry")
                                                       : sourceRegistry,
                              targetRegistry)
                  << Qt::endl;

    ReplaySource source = ReplaySource::fromRange(
        profile, request, listed ? describeOffsetList(topic, *listed) : QString());
    ReplayControl control;
    g_control.store(&control);
    auto previous = std::signal(SIGINT, onReplayInterrupt);
    const ReplayReport report = streamscope::runReplay(source, options, control);
    std::signal(SIGINT, previous);
    g_control.store(nullptr);

    if (parser.isSet(QStringLiteral("json")))
        ctx.out() << QString::fromStdString(reportJson(report).dump()) << '\n';
    else
        ctx.out() << report.toText() << '\n';
    ctx.out().flush();
    switch (report.outcome) {
    case ReplayReport::Outcome::Refused:
        ctx.err() << "streamscope-cli replay: " << report.reason << '\n';
        return kExitRefused;
    case ReplayReport::Outcome::DryRun:
        return kExitOk;
    case ReplayReport::Outcome::Completed:
        return report.succeeded() ? kExitOk : kExitFailure;
    case ReplayReport::Outcome::Cancelled:
    case ReplayReport::Outcome::Failed:
        break;
    }
    return kExitFailure;
}

} // namespace streamscope::cli
