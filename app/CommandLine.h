#pragma once

#include <QString>
#include <QStringList>

namespace streamscope {

// What the GUI was asked to do on its command line.
struct GuiOptions {
    QString bootstrap;   // --bootstrap HOST:PORT
    QString profileName; // --profile NAME
    QStringList clientProperties; // -X key=value
    QString configFile;           // --config FILE
    QString screenshotPath;       // --screenshot FILE: grab the window after it settles, then quit
    int quitAfterMs = -1;         // --quit-after MS (demos, benchmarks)
    bool benchStartup = false;    // --bench-startup: print startup timings and RSS, then quit
};

// Parses the GUI command line; on --help/--version or an error prints and sets *exitCode.
bool parseGuiOptions(const QStringList& arguments, GuiOptions* options, int* exitCode);

} // namespace streamscope
