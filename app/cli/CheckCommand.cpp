// streamscope-cli check: reads one or more topics without a consumer group over a range and runs
// the event health checks (core/checks) on every record: duplicates, order per key, versions,
// malformed records, flow latency. Prints a summary or the issue-11 JSON; --fail-on turns
// findings into exit status 4 for CI pipelines. With --schema-registry the checks see the decoded
// values of Avro, Protobuf and JSON Schema payloads and count versions per registered schema.
#include "CliContext.h"
#include "InterruptScope.h"
#include "RangeOptions.h"
#include "SchemaRegistryOptions.h"
#include "browse/BrowseFetch.h"
#include "checks/CheckReportJson.h"
#include "checks/EventChecks.h"
#include "schema/RecordDecoding.h"

#include <QCoreApplication>

#include <cmath>

namespace streamscope::cli {

namespace {

struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)
};

// A --fail-on check found something.
constexpr int kExitFindings = 4;

const QStringList& failOnNames() {
    static const QStringList names = {QStringLiteral("duplicates"), QStringLiteral("order"),
                                      QStringLiteral("versions"), QStringLiteral("malformed"),
                                      QStringLiteral("latency")};
    return names;
}

// Whether one --fail-on check found something: any copy; any order violation or key on
// several partitions; a type seen in more than one version; any malformed record; any trace
// that never completed.
bool found(const CheckReport& report, const QString& check) {
    if (check == u"duplicates")
        return report.duplicates.count > 0;
    if (check == u"order")
        return report.order.count > 0 || report.order.keysOnSeveralPartitions > 0;
    if (check == u"versions") {
        for (size_t i = 1; i < report.versions.size(); ++i)
            if (report.versions[i].type == report.versions[i - 1].type)
                return true;
        return false;
    }
    if (check == u"malformed")
        return report.malformed.invalidJson + report.malformed.missingHeaders +
                   report.malformed.emptyPayload >
               0;
    if (check == u"latency")
        return report.saga.incomplete > 0;
    return false;
}

QString ms(double value) {
    return QString::number(value, 'f', value == std::floor(value) ? 0 : 1) + QStringLiteral(" ms");
}

void printSummary(QTextStream& out, const CheckReport& report) {
    out << CliTr::tr("records checked: %1").arg(report.records) << '\n';
    const auto& d = report.duplicates;
    out << CliTr::tr("duplicates: %1 (same payload %2, different payload %3; identity: %4)")
               .arg(d.count)
               .arg(d.samePayload)
               .arg(d.differentPayload)
               .arg(d.identitySource)
        << '\n';
    for (const auto& e : d.examples) {
        QStringList where;
        for (const auto& c : e.copies)
            where << QStringLiteral("%1/%2@%3").arg(c.topic).arg(c.partition).arg(c.offset);
        out << "  " << e.identity << ": " << where.join(QStringLiteral(", ")) << " ("
            << (e.samePayload ? CliTr::tr("identical") : CliTr::tr("payload differs")) << ", "
            << ms(double(e.firstToLastMs)) << ")\n";
    }
    const auto& o = report.order;
    out << CliTr::tr("order violations: %1 (sequence: %2); keys on several partitions: %3")
               .arg(o.count)
               .arg(o.sequenceSource.isEmpty() ? QStringLiteral("-") : o.sequenceSource)
               .arg(o.keysOnSeveralPartitions)
        << '\n';
    for (const auto& v : o.examples)
        out << "  "
            << CliTr::tr("key %1: %2 at %3/%4@%5 after %6 at @%7 (gap %8)")
                   .arg(QString::fromUtf8(v.key))
                   .arg(v.laterSequence)
                   .arg(v.later.topic)
                   .arg(v.later.partition)
                   .arg(v.later.offset)
                   .arg(v.earlierSequence)
                   .arg(v.earlier.offset)
                   .arg(v.earlierSequence - v.laterSequence)
            << '\n';
    out << CliTr::tr("versions:") << '\n';
    for (const auto& v : report.versions) {
        out << "  " << (v.type.isEmpty() ? QStringLiteral("(no type)") : v.type) << ' '
            << (v.version.isEmpty() ? QStringLiteral("(no version)") : v.version) << ": " << v.count
            << QStringLiteral(" (%1%)").arg(v.share * 100, 0, 'f', 1);
        if (!v.fieldsAdded.isEmpty())
            out << "  + " << v.fieldsAdded.join(QStringLiteral(", "));
        if (!v.fieldsRemoved.isEmpty())
            out << "  - " << v.fieldsRemoved.join(QStringLiteral(", "));
        if (v.framed)
            out << "  "
                << (v.subject.isEmpty()
                        ? CliTr::tr("[schema %1]").arg(v.schemaId)
                        : CliTr::tr("[schema %1, %2]").arg(v.schemaId).arg(v.subject));
        if (!v.fieldsChangedType.isEmpty())
            out << "  ~ " << v.fieldsChangedType.join(QStringLiteral(", "));
        out << '\n';
    }
    const auto& m = report.malformed;
    out << CliTr::tr("malformed: invalid JSON %1, missing headers %2, empty payload %3")
               .arg(m.invalidJson)
               .arg(m.missingHeaders)
               .arg(m.emptyPayload)
        << '\n';
    out << CliTr::tr("flow latency:")
        << (report.latency.empty() ? CliTr::tr(" no traces") : QString()) << '\n';
    for (const auto& s : report.latency)
        out << "  " << s.fromType << " -> " << s.toType << ": " << s.count << "  p50 "
            << ms(s.p50Ms) << "  p95 " << ms(s.p95Ms) << "  p99 " << ms(s.p99Ms) << "  max "
            << ms(s.maxMs) << '\n';
    const auto& g = report.saga;
    if (g.traces > 0)
        out << CliTr::tr("traces: %1, completed %2, incomplete %3, pending %4; saga p50 %5, "
                         "p99 %6")
                   .arg(g.traces)
                   .arg(g.completed)
                   .arg(g.incomplete)
                   .arg(g.pending)
                   .arg(ms(g.p50Ms), ms(g.p99Ms))
            << '\n';
}

} // namespace

int runCheck(const QStringList& args) {
    CliContext ctx(QStringLiteral("check"));
    auto& parser = ctx.parser();
    parser.addOption({{QStringLiteral("t"), QStringLiteral("topic")},
                      CliTr::tr("A topic to check (required, repeatable)."),
                      QStringLiteral("topic")});
    addRangeOptions(parser, LiveTail::NotAllowed);
    parser.addOption({QStringLiteral("id"),
                      CliTr::tr("The event identity: header:NAME or a JSON field path. Default: "
                                "header ce_id, else field id or event_id, else key and value."),
                      QStringLiteral("field")});
    parser.addOption({QStringLiteral("seq"),
                      CliTr::tr("The sequence field (JSON path) for order per key. Default: seq, "
                                "sequence or version, else the record time."),
                      QStringLiteral("field")});
    parser.addOption({QStringLiteral("type"),
                      CliTr::tr("The event type: header:NAME or a JSON path. Default: header "
                                "ce_type, else field type or event_type."),
                      QStringLiteral("field")});
    parser.addOption({QStringLiteral("version"),
                      CliTr::tr("The schema version: header:NAME or a JSON path. Default: field "
                                "schema_version, else header ce_dataschema."),
                      QStringLiteral("field")});
    parser.addOption({QStringLiteral("require-header"),
                      CliTr::tr("A header every record must carry (repeatable)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("saga-window"),
                      CliTr::tr("Seconds within which a trace must complete. Default: 60."),
                      QStringLiteral("seconds"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("examples"), CliTr::tr("Examples per finding. Default: 20."),
                      QStringLiteral("n"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("json"), CliTr::tr("Print the findings as JSON.")});
    parser.addOption({QStringLiteral("fail-on"),
                      CliTr::tr("Exit with 4 when one of these checks finds something: a comma "
                                "list of duplicates, order, versions, malformed, latency."),
                      QStringLiteral("checks")});
    addSchemaRegistryOptions(parser);
    if (!ctx.parse(args))
        return parser.isSet(QStringLiteral("help")) ? kExitOk : kExitUsage;

    const QStringList topics = parser.values(QStringLiteral("topic"));
    if (topics.isEmpty())
        return ctx.usageError(CliTr::tr("give at least one --topic"));
    if (!ctx.checkTopicNames(QStringLiteral("--topic"), topics))
        return kExitUsage;
    auto start = parseBrowseStart(parser.value(QStringLiteral("from")));
    if (!start)
        return ctx.usageError(QStringLiteral("--from: ") + start.error().message);
    auto stop = parseBrowseStop(parser.value(QStringLiteral("until")));
    if (!stop)
        return ctx.usageError(QStringLiteral("--until: ") + stop.error().message);
    if (stop->mode == BrowseStop::Mode::Live)
        return ctx.usageError(CliTr::tr("--until live never ends: a check needs an end"));
    QStringList failOn;
    for (const QString& part : parser.values(QStringLiteral("fail-on")).join(u',').split(u',')) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        if (!failOnNames().contains(name))
            return ctx.usageError(CliTr::tr("--fail-on: unknown check \"%1\" (one of %2)")
                                      .arg(name, failOnNames().join(QStringLiteral(", "))));
        failOn << name;
    }
    CheckOptions options;
    options.idField = parser.value(QStringLiteral("id"));
    options.sequenceField = parser.value(QStringLiteral("seq"));
    options.typeField = parser.value(QStringLiteral("type"));
    options.versionField = parser.value(QStringLiteral("version"));
    options.requiredHeaders = parser.values(QStringLiteral("require-header"));
    const auto window =
        ctx.numberOption(QStringLiteral("saga-window"), 0, 86400 * 7, QStringLiteral("seconds"));
    if (!window)
        return kExitUsage;
    options.sagaWindowMs = qint64(*window * 1000);
    const auto examples =
        ctx.numberOption(QStringLiteral("examples"), 0, 10000, QStringLiteral("a count"));
    if (!examples)
        return kExitUsage;
    options.maxExamples = int(*examples);
    ConnectionProfile profile;
    if (!ctx.buildProfile(&profile))
        return kExitUsage;
    std::optional<schema::RegistryOptions> registry;
    if (!readSchemaRegistryOptions(ctx, &registry))
        return kExitUsage;
    // One decoder for the run (its schema cache is shared by every topic): the records arrive
    // one after the other on this thread.
    std::optional<schema::RecordDecoding> decoding;
    if (registry)
        decoding.emplace(*registry);

    // Ctrl-C stops reading; the checks then report over what was read (report.cancelled).
    const InterruptScope interrupt;

    EventChecks checks(options);
    QString failure;
    for (const QString& topic : topics) {
        BrowseRequest request;
        request.topic = topic;
        request.start = *start;
        request.stop = *stop;
        // The view is valid during the call only; the checks keep hashes and places, not bytes.
        const BrowseSink sink = [&](const MessageView& record) {
            if (decoding)
                checks.add(decoding->filterView(record), &decoding->value());
            else
                checks.add(record);
            return true;
        };
        const BrowseOutcome outcome =
            streamscope::runBrowse(profile, request, sink, interrupt.token());
        if (outcome.end == BrowseOutcome::End::Failed) {
            failure = topic + QStringLiteral(": ") + outcome.error.message;
            break;
        }
        if (outcome.end == BrowseOutcome::End::Cancelled)
            break;
    }
    if (!failure.isEmpty())
        return ctx.fail(failure);

    CheckReport report = checks.finish();
    report.cancelled = interrupt.token().isCancelled();
    if (parser.isSet(QStringLiteral("json")))
        ctx.out() << QString::fromStdString(checkReportToJson(report).dump(
                         2, ' ', false, nlohmann::ordered_json::error_handler_t::replace))
                  << '\n';
    else
        printSummary(ctx.out(), report);
    ctx.out().flush();
    for (const QString& check : failOn)
        if (found(report, check))
            return kExitFindings;
    return kExitOk;
}

} // namespace streamscope::cli
