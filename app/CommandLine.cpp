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
    const QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate("main", "Open this page: overview or throughput."),
        QStringLiteral("name"));
    const QCommandLineOption screenshotDelay(
        QStringLiteral("screenshot-delay"),
        QCoreApplication::translate("main",
                                    "With --screenshot: wait this long after the first data."),
        QStringLiteral("ms"));
    const QCommandLineOption chartTop(
        QStringLiteral("chart-top"),
        QCoreApplication::translate("main", "Chart the N busiest topics on the Throughput page."),
        QStringLiteral("n"));
    const QCommandLineOption interval(
        QStringLiteral("interval"),
        QCoreApplication::translate("main", "Sampling interval in milliseconds (1000-60000)."),
        QStringLiteral("ms"));
    const QCommandLineOption benchEventLoop(
        QStringLiteral("bench-eventloop"),
        QCoreApplication::translate("main",
                                    "On the Throughput page, measure event-loop stalls for this "
                                    "many seconds (1 s sampling), print them, then quit."),
        QStringLiteral("seconds"));
    parser.addOptions({bootstrap, profile, property, config, screenshot, quitAfter, benchStartup,
                       page, screenshotDelay, chartTop, interval, benchEventLoop});
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
    options->page = parser.value(page).trimmed().toLower();
    // Numbers: a malformed or out-of-range value is an error, never silently something else.
    const auto number = [&parser](const QCommandLineOption& option, int min, int max,
                                  int* out) -> bool {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < min || value > max) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                        "main", "--%1 expects a number from %2 to %3, got \"%4\"")
                                        .arg(option.names().constFirst())
                                        .arg(min)
                                        .arg(max)
                                        .arg(parser.value(option))));
            return false;
        }
        *out = value;
        return true;
    };
    if (!number(screenshotDelay, 0, 600000, &options->screenshotDelayMs) ||
        !number(chartTop, 0, 1000, &options->chartTop) ||
        !number(interval, 1000, 60000, &options->intervalMs) ||
        !number(benchEventLoop, 1, 86400, &options->benchEventLoopSeconds)) {
        *exitCode = 2;
        return false;
    }
    if (!options->page.isEmpty() && options->page != QStringLiteral("overview") &&
        options->page != QStringLiteral("throughput")) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                                    "main", "--page expects overview or throughput, got \"%1\"")
                                    .arg(options->page)));
        *exitCode = 2;
        return false;
    }
    return true;
}

} // namespace streamscope
