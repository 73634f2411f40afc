#include "CliContext.h"

namespace streamscope::cli {

int runSimulate(const QStringList& args) {
    CliContext ctx(QStringLiteral("simulate"));
    if (!ctx.parse(args))
        return 2;
    return ctx.fail(QStringLiteral("not implemented yet"));
}

} // namespace streamscope::cli
