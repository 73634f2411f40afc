#pragma once

#include <QString>
#include <QStringList>

namespace streamscope {

// What the GUI was asked to do on its command line.
struct GuiOptions {
    QString bootstrap;            // --bootstrap HOST:PORT
    QString profileName;          // --profile NAME
    QStringList clientProperties; // -X key=value
    QString configFile;           // --config FILE
    QString screenshotPath;       // --screenshot FILE: grab the window after it settles, then quit
    int quitAfterMs = -1;         // --quit-after MS (demos, benchmarks)
    bool benchStartup = false;    // --bench-startup: print startup timings and RSS, then quit
    QString page;               // --page NAME: open this page (see pageNames() in CommandLine.cpp)
    QString browseTopic;        // --browse-topic T: on the Browse page, read T once connected
    QString browseFilter;       // --browse-filter EXPR: with --browse-topic, apply this filter
    QString checkTopic;         // --check-topic T: on the Checks page, check T once connected
    int screenshotDelayMs = -1; // --screenshot-delay MS: wait after the first data (charts)
    int chartTop = 0;           // --chart-top N: chart the N busiest topics
    int intervalMs = 0;         // --interval MS: sampling interval (1000-60000; 0 = default)
    int benchEventLoopSeconds = 0; // --bench-eventloop S: measure event-loop stalls, then quit
};

// The outcome of reading the GUI command line without printing anything (tests read it).
struct GuiParseResult {
    bool proceed = false; // true: start the GUI with options
    int exitCode = 0;     // when !proceed: 0 after --help/--version, 2 for a usage error
    QString output;       // --help or --version text for stdout
    QString error;        // the usage error for stderr
};
GuiParseResult parseGuiCommandLine(const QStringList& arguments, GuiOptions* options);

// Parses the GUI command line; on --help/--version or an error prints and sets *exitCode (2 for
// usage errors: a bad option or value, or an extra argument).
bool parseGuiOptions(const QStringList& arguments, GuiOptions* options, int* exitCode);

} // namespace streamscope
