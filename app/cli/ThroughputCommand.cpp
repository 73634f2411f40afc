#include "CliContext.h"

namespace streamscope::cli {

int runThroughput(const QStringList& args) {
    CliContext ctx(QStringLiteral("throughput"));
    if (!ctx.parse(args))
        return 2;
    return ctx.fail(QStringLiteral("not implemented yet"));
}

} // namespace streamscope::cli
