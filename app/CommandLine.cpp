#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace streamscope {

bool parseGuiOptions(const QStringList& arguments, GuiOptions* options, int* exitCode) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Streamscope: live Kafka streams for your desktop."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption bootstrap({QStringLiteral("b"), QStringLiteral("bootstrap")},
                                       QCoreApplication::translate("main", "Connect to HOST:PORT."),
                                       QStringLiteral("servers"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QCoreApplication::translate("main", "Open a saved profile."),
                                     QStringLiteral("name"));
    const QCommandLineOption property(
        QStringLiteral("X"), QCoreApplication::translate("main", "librdkafka property key=value."),
        QStringLiteral("key=value"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QCoreApplication::translate("main", "Client config file."),
                                    QStringLiteral("file"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a screenshot of the window, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption quitAfter(
        QStringLiteral("quit-after"),
        QCoreApplication::translate("main", "Quit after this many milliseconds."),
        QStringLiteral("ms"));
    const QCommandLineOption benchStartup(
        QStringLiteral("bench-startup"),
        QCoreApplication::translate("main", "Print startup timings and memory, then quit."));
    parser.addOptions({bootstrap, profile, property, config, screenshot, quitAfter, benchStartup});
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        *exitCode = 0;
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("streamscope %s\n", qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return false;
    }
    options->bootstrap = parser.value(bootstrap);
    options->profileName = parser.value(profile);
    options->clientProperties = parser.values(property);
    options->configFile = parser.value(config);
    options->screenshotPath = parser.value(screenshot);
    options->quitAfterMs = parser.isSet(quitAfter) ? parser.value(quitAfter).toInt() : -1;
    options->benchStartup = parser.isSet(benchStartup);
    return true;
}

} // namespace streamscope
