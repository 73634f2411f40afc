#pragma once

class QCommandLineParser;

namespace streamscope::cli {

// Where to read: --from and --until as browse, check and replay take them (the browse syntax of
// core/browse/BrowseRequest: beginning, end, -N, offset:N, time:ISO; end, count:N, time:ISO and,
// where a command can follow the log, live).
enum class LiveTail { Allowed, NotAllowed };
void addRangeOptions(QCommandLineParser& parser, LiveTail live);

} // namespace streamscope::cli
