// streamscope-cli lag: every consumer group's (or the named ones') committed offsets, end
// offsets, lag, time lag, catch-up estimate and status.
//
// Takes --samples samples (default 3) --interval seconds apart (default 1): each reads the
// end offsets of every partition, then the groups, their members and committed offsets, and
// feeds the lag engine (LagCalculator), which needs several samples for a status other than OK
// and for rates, time lag trends and the ETA. The last sample is printed.
#include "CliContext.h"
#include "TextTable.h"
#include "kafka/KafkaClient.h"
#include "lag/LagCalculator.h"
#include "lag/LagReader.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <thread>

namespace streamscope::cli {

namespace {

constexpr int kTimeoutMs = 10000;

struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)
};

struct Sample {
    ClusterMetadata metadata;
    LagReadout readout;
};

Expected<Sample> takeSample(KafkaClient& client, LagReader& reader, const QStringList& groups) {
    auto md = client.fetchMetadata(kTimeoutMs);
    if (!md)
        return md.error();
    if (auto status = client.fillOffsets(*md, kTimeoutMs); !status)
        return status.error();
    auto readout = reader.read(groups, kTimeoutMs);
    if (!readout)
        return readout.error();
    return Sample{std::move(*md), std::move(*readout)};
}

nlohmann::json orNull(const std::optional<qint64>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json orNull(const std::optional<double>& v) {
    return v ? nlohmann::json(std::round(*v * 1000.0) / 1000.0) : nlohmann::json(nullptr);
}

nlohmann::json rateOrNull(double v) {
    return std::isnan(v) ? nlohmann::json(nullptr)
                         : nlohmann::json(std::round(v * 1000.0) / 1000.0);
}

nlohmann::json textOrNull(const QString& s) {
    return s.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(s.toStdString());
}

nlohmann::json toJson(const LagSnapshot& snapshot, int samples, double intervalS) {
    auto groups = nlohmann::json::array();
    for (const GroupLag& g : snapshot.groups) {
        auto partitions = nlohmann::json::array();
        for (const GroupTopicLag& t : g.topics) {
            for (const PartitionLag& p : t.partitions) {
                partitions.push_back({{"topic", p.topic.toStdString()},
                                      {"partition", p.partition},
                                      {"committed", orNull(p.committed)},
                                      {"end", p.endOffset >= 0 ? nlohmann::json(p.endOffset)
                                                               : nlohmann::json(nullptr)},
                                      {"lag", orNull(p.lag)},
                                      {"member", textOrNull(p.memberId)},
                                      {"client_id", textOrNull(p.clientId)},
                                      {"host", textOrNull(p.host)},
                                      {"time_lag_s", orNull(p.timeLagSeconds)},
                                      {"status", lagStatusName(p.verdict.status).toStdString()},
                                      {"explanation", p.verdict.explanation.toStdString()}});
            }
        }
        groups.push_back({{"group", g.groupId.toStdString()},
                          {"state", g.state.toStdString()},
                          {"status", lagStatusName(g.verdict.status).toStdString()},
                          {"explanation", g.verdict.explanation.toStdString()},
                          // Members that cannot be described are unknown, never 0.
                          {"members", g.membersDescribed ? nlohmann::json(g.memberCount())
                                                         : nlohmann::json(nullptr)},
                          {"members_described", g.membersDescribed},
                          {"members_note", textOrNull(g.membersNote)},
                          {"protocol_type", textOrNull(g.protocolType)},
                          {"assignor", textOrNull(g.assignor)},
                          {"coordinator", g.coordinatorId >= 0 ? nlohmann::json(g.coordinatorId)
                                                               : nlohmann::json(nullptr)},
                          {"total_lag", g.error.isEmpty() ? nlohmann::json(g.totalLag)
                                                          : nlohmann::json(nullptr)},
                          {"partitions_without_commit", g.partitionsWithoutCommit},
                          {"time_lag_s", orNull(g.timeLagSeconds)},
                          {"eta_s", orNull(g.etaSeconds)},
                          {"falling_behind_per_s", orNull(g.fallingBehindPerSec)},
                          {"consume_rate", rateOrNull(g.consumeRatePerSec)},
                          {"produce_rate", rateOrNull(g.produceRatePerSec)},
                          {"error", textOrNull(g.error)},
                          {"partitions", std::move(partitions)}});
        // Only on groups the cluster's ACLs deny (as in throughput's topics): "error" says which
        // permission is missing.
        if (!g.authorized)
            groups.back()["authorized"] = false;
    }
    return {{"groups", std::move(groups)},
            {"samples", samples},
            {"interval_s", intervalS},
            {"sampled_at", snapshot.sampledAt.toString(Qt::ISODateWithMs).toStdString()}};
}

QString offsetText(const std::optional<qint64>& v) {
    return v ? QString::number(*v) : QStringLiteral("-");
}

QString secondsText(const std::optional<double>& s) {
    return s ? QString::number(*s, 'f', 1) : QStringLiteral("-");
}

QString trendText(const GroupLag& g) {
    if (g.etaSeconds)
        return CliTr::tr("ETA %1 s").arg(*g.etaSeconds, 0, 'f', 1);
    if (g.fallingBehindPerSec && *g.fallingBehindPerSec == 0)
        return CliTr::tr("not gaining");
    if (g.fallingBehindPerSec)
        return CliTr::tr("falling behind by %1 msgs/s").arg(*g.fallingBehindPerSec, 0, 'f', 1);
    return QStringLiteral("-");
}

void printTable(QTextStream& out, const LagSnapshot& snapshot) {
    QStringList names;
    QStringList topics;
    for (const GroupLag& g : snapshot.groups) {
        names.append(g.groupId);
        for (const GroupTopicLag& t : g.topics)
            topics.append(t.topic);
    }
    if (snapshot.groups.empty()) {
        // The broker lists only the groups this user may DESCRIBE: an empty list is either.
        out << CliTr::tr("No consumer groups visible: the cluster has none, or its ACLs hide them "
                         "from this user (a group is listed only with DESCRIBE permission on it).")
            << '\n';
        return;
    }
    const int groupWidth = nameColumnWidth(names, 24);
    const int topicWidth = nameColumnWidth(topics, 24);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
               .arg(CliTr::tr("GROUP"), -groupWidth)
               .arg(CliTr::tr("STATE"), -20)
               .arg(CliTr::tr("STATUS"), -7)
               .arg(CliTr::tr("MEMBERS"), 7)
               .arg(CliTr::tr("TOTAL_LAG"), 12)
               .arg(CliTr::tr("TIME_LAG_S"), 10)
               .arg(CliTr::tr("ETA / TREND"));
    for (const GroupLag& g : snapshot.groups) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
                   .arg(g.groupId, -groupWidth)
                   .arg(g.state, -20)
                   .arg(lagStatusName(g.verdict.status), -7)
                   .arg(g.membersDescribed ? QString::number(g.memberCount()) : QStringLiteral("?"),
                        7)
                   .arg(g.error.isEmpty() ? QString::number(g.totalLag) : QStringLiteral("?"), 12)
                   .arg(secondsText(g.timeLagSeconds), 10)
                   .arg(trendText(g));
        out << QStringLiteral("  %1\n").arg(g.verdict.explanation);
        if (!g.membersDescribed && !g.membersNote.isEmpty() && g.error.isEmpty())
            out << QStringLiteral("  %1\n").arg(g.membersNote);
        if (g.topics.empty())
            continue;
        out << QStringLiteral("  %1 %2 %3 %4 %5  %6\n")
                   .arg(CliTr::tr("TOPIC"), -topicWidth)
                   .arg(CliTr::tr("PARTITION"), 9)
                   .arg(CliTr::tr("COMMITTED"), 12)
                   .arg(CliTr::tr("END"), 12)
                   .arg(CliTr::tr("LAG"), 10)
                   .arg(CliTr::tr("MEMBER"));
        for (const GroupTopicLag& t : g.topics) {
            for (const PartitionLag& p : t.partitions) {
                const QString member =
                    p.memberId.isEmpty()
                        ? QStringLiteral("-")
                        : QStringLiteral("%1 (%2, %3)").arg(p.clientId, p.host, p.memberId);
                out << QStringLiteral("  %1 %2 %3 %4 %5  %6\n")
                           .arg(p.topic, -topicWidth)
                           .arg(p.partition, 9)
                           .arg(p.committed ? offsetText(p.committed) : CliTr::tr("no commit"), 12)
                           .arg(p.endOffset >= 0 ? QString::number(p.endOffset)
                                                 : QStringLiteral("?"),
                                12)
                           .arg(offsetText(p.lag), 10)
                           .arg(member);
            }
        }
    }
}

} // namespace

int runLag(const QStringList& args) {
    CliContext ctx(QStringLiteral("lag"));
    auto& parser = ctx.parser();
    parser.setApplicationDescription(CliTr::tr(
        "Consumer groups: committed offset, end offset and lag per partition, time lag, "
        "catch-up estimate and status (OK, WARN, STALL, STOP, REWIND, ERR, UNKNOWN).\n"
        "Takes --samples samples --interval seconds apart (default 3 samples, 1 s: about 2 s) "
        "and prints the last; status, rates and ETA come from the change between samples, so "
        "with --samples 1 they are UNKNOWN unless the lag is 0."));
    parser.addOption({{QStringLiteral("g"), QStringLiteral("group")},
                      CliTr::tr("Only this group (repeatable). Default: every group."),
                      QStringLiteral("group")});
    parser.addOption({QStringLiteral("json"), CliTr::tr("Print JSON instead of a table.")});
    parser.addOption({QStringLiteral("samples"), CliTr::tr("Samples to take (default 3)."),
                      QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("interval"), CliTr::tr("Seconds between samples (default 1)."),
                      QStringLiteral("seconds"), QStringLiteral("1")});
    if (!ctx.parse(args))
        return parser.isSet(QStringLiteral("help")) ? kExitOk : kExitUsage;
    QStringList groups = parser.values(QStringLiteral("group"));
    groups.removeDuplicates();
    const auto samples = ctx.numberOption(QStringLiteral("samples"), 1, 100, QString());
    if (!samples)
        return kExitUsage;
    const auto intervalS =
        ctx.numberOption(QStringLiteral("interval"), 0.1, 60, CliTr::tr("seconds"));
    if (!intervalS)
        return kExitUsage;
    const int sampleCount = static_cast<int>(*samples);

    ConnectionProfile profile;
    int exitCode = kExitOk;
    const auto connected = ctx.connect(&profile, &exitCode);
    if (!connected)
        return exitCode;
    KafkaClient& client = *connected;
    LagReader reader(client);
    LagCalculator calculator;

    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    const auto interval =
        std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(*intervalS));
    LagSnapshot result;
    int taken = 0;
    for (int k = 0; k < sampleCount; ++k) {
        if (k > 0)
            std::this_thread::sleep_until(start + k * interval);
        auto sample = takeSample(client, reader, groups);
        if (!sample) {
            const QString detail = client.lastBrokerError();
            const QString why = detail.isEmpty() ? sample.error().message : detail;
            if (k == 0)
                return ctx.fail(CliTr::tr("cannot read consumer groups of %1: %2")
                                    .arg(profile.bootstrapServers, why));
            ctx.err() << CliTr::tr("warning: sample %1 failed, showing sample %2: %3")
                             .arg(k + 1)
                             .arg(k)
                             .arg(why)
                      << Qt::endl;
            break;
        }
        if (k == 0 && !reader.missingGroups().isEmpty())
            return ctx.fail(CliTr::tr("no consumer group named %1")
                                .arg(QStringLiteral("\"") +
                                     reader.missingGroups().join(QStringLiteral("\", \"")) +
                                     QStringLiteral("\"")));
        calculator.addEndOffsets(sample->metadata);
        result = calculator.compute(sample->metadata, sample->readout, {});
        ++taken;
    }
    if (parser.isSet(QStringLiteral("json")))
        ctx.out() << QString::fromStdString(toJson(result, taken, *intervalS).dump(2)) << '\n';
    else
        printTable(ctx.out(), result);
    ctx.out().flush();
    return kExitOk;
}

} // namespace streamscope::cli
