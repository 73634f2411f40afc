// streamscope-cli browse: reads a topic without a consumer group (assign only, no commits) from a
// start to a stop, optionally through a display filter, and prints JSON Lines or the count.
#include "CliContext.h"
#include "InterruptScope.h"
#include "RangeOptions.h"
#include "SchemaRegistryOptions.h"
#include "browse/BrowseFetch.h"
#include "browse/Filter.h"
#include "browse/RecordJson.h"
#include "schema/RecordDecoding.h"

#include <QCoreApplication>

#include <cstdio>

namespace streamscope::cli {

namespace {

struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)
};

// Output in large writes: a million lines as a million fwrite calls cost more than the fetch.
class LineWriter {
public:
    ~LineWriter() { flush(); }
    std::string& buffer() { return m_buffer; }
    // False once stdout is gone (a closed pipe).
    bool maybeFlush() { return m_buffer.size() < (size_t(1) << 20) || flush(); }
    bool flush() {
        if (!m_buffer.empty() && !m_failed &&
            std::fwrite(m_buffer.data(), 1, m_buffer.size(), stdout) != m_buffer.size())
            m_failed = true;
        m_buffer.clear();
        if (!m_failed && std::fflush(stdout) != 0)
            m_failed = true;
        return !m_failed;
    }

private:
    std::string m_buffer;
    bool m_failed = false;
};

} // namespace

int runBrowse(const QStringList& args) {
    CliContext ctx(QStringLiteral("browse"));
    auto& parser = ctx.parser();
    parser.addOption({{QStringLiteral("t"), QStringLiteral("topic")},
                      CliTr::tr("The topic to read (required)."),
                      QStringLiteral("topic")});
    parser.addOption({{QStringLiteral("p"), QStringLiteral("partition")},
                      CliTr::tr("Only this partition (repeatable). Default: all."),
                      QStringLiteral("partition")});
    addRangeOptions(parser, LiveTail::Allowed);
    parser.addOption({QStringLiteral("filter"),
                      CliTr::tr("Only messages matching this display filter (see README)."),
                      QStringLiteral("expression")});
    parser.addOption(
        {QStringLiteral("jsonl"), CliTr::tr("Print one JSON object per message (the default).")});
    parser.addOption({QStringLiteral("count"), CliTr::tr("Print only the number of matches.")});
    parser.addOption({QStringLiteral("merge"),
                      CliTr::tr("Merge partitions in timestamp order (default: as fetched, each "
                                "partition in offset order).")});
    addSchemaRegistryOptions(parser);
    if (!ctx.parse(args))
        return parser.isSet(QStringLiteral("help")) ? kExitOk : kExitUsage;

    BrowseRequest request;
    const QStringList topics = parser.values(QStringLiteral("topic"));
    if (topics.size() != 1)
        return ctx.usageError(CliTr::tr("give exactly one --topic"));
    if (!ctx.checkTopicNames(QStringLiteral("--topic"), topics))
        return kExitUsage;
    request.topic = topics.constFirst();
    for (const QString& p : parser.values(QStringLiteral("partition"))) {
        bool ok = false;
        const int id = p.toInt(&ok);
        if (!ok || id < 0)
            return ctx.usageError(
                CliTr::tr("--partition: \"%1\" is not a partition number").arg(p));
        request.partitions.push_back(id);
    }
    auto start = parseBrowseStart(parser.value(QStringLiteral("from")));
    if (!start)
        return ctx.usageError(QStringLiteral("--from: ") + start.error().message);
    request.start = *start;
    auto stop = parseBrowseStop(parser.value(QStringLiteral("until")));
    if (!stop)
        return ctx.usageError(QStringLiteral("--until: ") + stop.error().message);
    request.stop = *stop;
    request.mergeByTimestamp = parser.isSet(QStringLiteral("merge"));
    const bool countOnly = parser.isSet(QStringLiteral("count"));
    if (countOnly && parser.isSet(QStringLiteral("jsonl")))
        return ctx.usageError(CliTr::tr("--count and --jsonl exclude each other"));
    if (parser.isSet(QStringLiteral("filter"))) {
        const QString expression = parser.value(QStringLiteral("filter"));
        FilterError error;
        auto filter = CompiledFilter::compile(expression, &error);
        if (!filter) {
            ctx.err() << "streamscope-cli browse: "
                      << CliTr::tr("bad filter at position %1: %2")
                             .arg(error.position)
                             .arg(error.message);
            if (!error.hint.isEmpty())
                ctx.err() << " (" << error.hint << ')';
            ctx.err() << "\n  " << expression << "\n  " << QString(error.position, u' ')
                      << QString(std::max(1, error.length), u'^') << Qt::endl;
            return kExitUsage;
        }
        request.filter = std::make_shared<CompiledFilter>(std::move(*filter));
    }
    ConnectionProfile profile;
    if (!ctx.buildProfile(&profile))
        return kExitUsage;
    std::optional<schema::RegistryOptions> registry;
    if (!readSchemaRegistryOptions(ctx, &registry))
        return kExitUsage;
    std::optional<schema::RecordDecoding> decoding;
    if (registry) {
        decoding.emplace(*registry);
        request.filterInput = [&decoding](const MessageView& raw) {
            return decoding->filterView(raw);
        };
    }

    // Ctrl-C ends a live tail cleanly: what was read is flushed and counted.
    const InterruptScope interrupt;

    LineWriter writer;
    BrowseSink sink = [&](const MessageView& record) {
        if (countOnly)
            return true;
        if (decoding) {
            decoding->decode(record);
            appendJsonLine(writer.buffer(), record, &decoding->key(), &decoding->value());
        } else {
            appendJsonLine(writer.buffer(), record);
        }
        return writer.maybeFlush();
    };
    const BrowseOutcome outcome = streamscope::runBrowse(profile, request, sink, interrupt.token());
    const bool written = writer.flush();
    if (outcome.end == BrowseOutcome::End::Failed)
        return ctx.fail(outcome.error.message);
    if (countOnly)
        ctx.out() << outcome.recordsKept << Qt::endl;
    if (!written && outcome.end == BrowseOutcome::End::SinkStopped)
        return kExitFailure; // stdout closed under us: nothing more to say
    return kExitOk;
}

} // namespace streamscope::cli
