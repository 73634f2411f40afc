#include "CliContext.h"
#include "JsonOutput.h"
#include "TextTable.h"
#include "kafka/KafkaClient.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace streamscope::cli {

namespace {

constexpr int kTimeoutMs = 10000;

void printTable(QTextStream& out, const ClusterMetadata& md, bool includeInternal) {
    out << QCoreApplication::translate("CommandLineTool", "Cluster %1, controller %2")
               .arg(md.clusterId)
               .arg(md.controllerId)
        << '\n';
    for (const auto& b : md.brokers) {
        out << "  broker " << b.id << "  " << b.host << ':' << b.port;
        if (!b.rack.isEmpty())
            out << "  rack " << b.rack;
        if (b.controller)
            out << "  (controller)";
        out << '\n';
    }
    QStringList names;
    for (const auto& t : md.topics) {
        if (!t.internal || includeInternal)
            names.append(t.name);
    }
    const int nameWidth = nameColumnWidth(names, 40);
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("TOPIC"), -nameWidth)
               .arg(QStringLiteral("PARTITIONS"), 10)
               .arg(QStringLiteral("RF"), 3)
               .arg(QStringLiteral("MESSAGES"), 14);
    for (const auto& t : md.topics) {
        if (t.internal && !includeInternal)
            continue;
        const qint64 count = t.messageCount();
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(t.name, -nameWidth)
                   .arg(t.partitions.size(), 10)
                   .arg(t.replicationFactor(), 3)
                   .arg(count < 0 ? QStringLiteral("?") : QString::number(count), 14);
    }
}

} // namespace

int runTopics(const QStringList& args) {
    CliContext ctx(QStringLiteral("topics"));
    ctx.parser().addOption(
        {QStringLiteral("json"),
         QCoreApplication::translate("CommandLineTool", "Print JSON instead of a table.")});
    ctx.parser().addOption(
        {QStringLiteral("internal"),
         QCoreApplication::translate("CommandLineTool",
                                     "Include internal topics (__consumer_offsets, ...).")});
    if (!ctx.parse(args))
        return ctx.parser().isSet(QStringLiteral("help")) ? kExitOk : kExitUsage;
    ConnectionProfile profile;
    if (!ctx.buildProfile(&profile))
        return kExitUsage;

    auto client = KafkaClient::create(profile);
    if (!client)
        return ctx.fail(client.error().message);
    auto md = (*client)->fetchMetadata(kTimeoutMs);
    if (!md) {
        const QString detail = (*client)->lastBrokerError();
        return ctx.fail(
            QCoreApplication::translate("CommandLineTool", "cannot reach %1: %2")
                .arg(profile.bootstrapServers, detail.isEmpty() ? md.error().message : detail));
    }
    if (auto status = (*client)->fillOffsets(*md, kTimeoutMs); !status)
        ctx.err() << QCoreApplication::translate("CommandLineTool",
                                                 "warning: offsets unavailable: ")
                  << status.error().message << Qt::endl;
    QList<int> ids;
    for (const auto& b : md->brokers)
        ids.append(b.id);
    if (auto racks = (*client)->brokerRacks(ids, kTimeoutMs)) {
        for (auto& b : md->brokers)
            b.rack = racks->value(b.id);
    }

    const bool includeInternal = ctx.parser().isSet(QStringLiteral("internal"));
    if (ctx.parser().isSet(QStringLiteral("json")))
        ctx.out() << QString::fromStdString(clusterToJson(*md, includeInternal).dump(2)) << '\n';
    else
        printTable(ctx.out(), *md, includeInternal);
    return 0;
}

} // namespace streamscope::cli
