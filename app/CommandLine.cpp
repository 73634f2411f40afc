#include "CommandLine.h"

#include "cluster/BootstrapAddress.h"
#include "cluster/ConnectionProfile.h"
#include "common/InputLimits.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace streamscope {

namespace {
// The pages --page can open, in the navigator's order (StartupProbe maps each to its page).
QStringList pageNames() {
    return {QStringLiteral("overview"), QStringLiteral("throughput"), QStringLiteral("lag"),
            QStringLiteral("graph"),    QStringLiteral("browse"),     QStringLiteral("checks")};
}
} // namespace

bool parseGuiOptions(const QStringList& arguments, GuiOptions* options, int* exitCode) {
    const GuiParseResult result = parseGuiCommandLine(arguments, options);
    if (!result.output.isEmpty())
        std::printf("%s", qPrintable(result.output));
    if (!result.error.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(result.error));
    *exitCode = result.exitCode;
    return result.proceed;
}

GuiParseResult parseGuiCommandLine(const QStringList& arguments, GuiOptions* options) {
    GuiParseResult result;
    const auto usageError = [&result](const QString& message) {
        result.error = message;
        result.exitCode = 2;
        return result;
    };
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
        QCoreApplication::translate("main", "Open this page: %1.").arg(pageNames().join(u", ")),
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
    const QCommandLineOption browseTopic(
        QStringLiteral("browse-topic"),
        QCoreApplication::translate("main",
                                    "Open the Browse page and read the last 1000 messages per "
                                    "partition of this topic once connected."),
        QStringLiteral("topic"));
    const QCommandLineOption browseFilter(
        QStringLiteral("browse-filter"),
        QCoreApplication::translate("main", "With --browse-topic: apply this filter."),
        QStringLiteral("expression"));
    const QCommandLineOption checkTopic(
        QStringLiteral("check-topic"),
        QCoreApplication::translate("main",
                                    "Open the Checks page and check the last 1000 messages per "
                                    "partition of this topic once connected."),
        QStringLiteral("topic"));
    const QCommandLineOption schemaRegistry(
        QStringLiteral("schema-registry"),
        QCoreApplication::translate("main",
                                    "Decode Avro, Protobuf and JSON Schema payloads through this "
                                    "Confluent-compatible Schema Registry (the same as -X "
                                    "schema.registry.url=URL)."),
        QStringLiteral("url"));
    parser.addOptions({bootstrap, profile, property, config, screenshot, quitAfter, benchStartup,
                       page, screenshotDelay, chartTop, interval, benchEventLoop, browseTopic,
                       browseFilter, checkTopic, schemaRegistry});
    if (!parser.parse(arguments))
        return usageError(printableExcerpt(parser.errorText(), 200));
    if (parser.isSet(QStringLiteral("help"))) {
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        result.output =
            QStringLiteral("streamscope %1\n").arg(QCoreApplication::applicationVersion());
        return result;
    }
    if (const QStringList extra = parser.positionalArguments(); !extra.isEmpty())
        return usageError(QCoreApplication::translate("main", "Unexpected argument \"%1\".")
                              .arg(printableExcerpt(extra.constFirst())));
    if (parser.isSet(bootstrap)) {
        if (auto status = validateBootstrapServers(parser.value(bootstrap)); !status)
            return usageError(QStringLiteral("--bootstrap: ") + status.error().message);
    }
    options->bootstrap = parser.value(bootstrap);
    options->profileName = parser.value(profile);
    options->clientProperties = parser.values(property);
    if (parser.isSet(schemaRegistry)) {
        ConnectionProfile probe;
        const QString url = parser.value(schemaRegistry).trimmed();
        if (auto status = applyClientProperty(probe, QStringLiteral("schema.registry.url"), url);
            !status)
            return usageError(QStringLiteral("--schema-registry: ") + status.error().message);
        options->clientProperties.append(QStringLiteral("schema.registry.url=") + url);
    }
    options->configFile = parser.value(config);
    options->screenshotPath = parser.value(screenshot);
    options->benchStartup = parser.isSet(benchStartup);
    options->page = parser.value(page).trimmed().toLower();
    options->browseTopic = parser.value(browseTopic).trimmed();
    options->browseFilter = parser.value(browseFilter);
    if (!options->browseTopic.isEmpty() && options->page.isEmpty())
        options->page = QStringLiteral("browse");
    options->checkTopic = parser.value(checkTopic).trimmed();
    if (!options->checkTopic.isEmpty() && options->page.isEmpty())
        options->page = QStringLiteral("checks");
    // Numbers: a malformed or out-of-range value is an error, never silently something else.
    QString numberError;
    const auto number = [&parser, &numberError](const QCommandLineOption& option, int min, int max,
                                                int* out) -> bool {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int value = parser.value(option).trimmed().toInt(&ok);
        if (!ok || value < min || value > max) {
            numberError = QCoreApplication::translate(
                              "main", "--%1 expects a whole number from %2 to %3, got \"%4\"")
                              .arg(option.names().constFirst())
                              .arg(min)
                              .arg(max)
                              .arg(printableExcerpt(parser.value(option), 40));
            return false;
        }
        *out = value;
        return true;
    };
    // --quit-after used to read "abc" as 0 and quit at once.
    if (!number(quitAfter, 0, 7 * 24 * 3600 * 1000, &options->quitAfterMs) ||
        !number(screenshotDelay, 0, 600000, &options->screenshotDelayMs) ||
        !number(chartTop, 0, 1000, &options->chartTop) ||
        !number(interval, 1000, 60000, &options->intervalMs) ||
        !number(benchEventLoop, 1, 86400, &options->benchEventLoopSeconds)) {
        return usageError(numberError);
    }
    if (!options->page.isEmpty() && !pageNames().contains(options->page)) {
        return usageError(
            QCoreApplication::translate("main", "--page expects one of %1, got \"%2\"")
                .arg(pageNames().join(u", "), printableExcerpt(options->page, 40)));
    }
    result.proceed = true;
    return result;
}

} // namespace streamscope
