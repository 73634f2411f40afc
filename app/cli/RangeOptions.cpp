#include "RangeOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace streamscope::cli {

namespace {

struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)
};

} // namespace

void addRangeOptions(QCommandLineParser& parser, LiveTail live) {
    parser.addOption(
        {QStringLiteral("from"),
         CliTr::tr("Where to start in each partition: beginning, end, -N (N before the end), "
                   "offset:N, offset:P=N,P=N (only those partitions, each from its own offset) "
                   "or time:ISO-8601. Default: beginning."),
         QStringLiteral("start"), QStringLiteral("beginning")});
    parser.addOption({QStringLiteral("until"),
                      live == LiveTail::Allowed
                          ? CliTr::tr("Where to stop: end (the log end when started), count:N (N "
                                      "matches), time:ISO-8601, offset:N or offset:P=N,P=N "
                                      "(before that offset) or live (follow). Default: end.")
                          : CliTr::tr("Where to stop: end (the log end when started), count:N, "
                                      "time:ISO-8601, offset:N or offset:P=N,P=N (before that "
                                      "offset). Default: end."),
                      QStringLiteral("stop"), QStringLiteral("end")});
}

} // namespace streamscope::cli
