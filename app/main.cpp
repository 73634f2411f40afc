#include "CommandLine.h"
#include "InitialConnection.h"
#include "SignalHandler.h"
#include "StartupProbe.h"
#include "StreamscopeApplication.h"
#include "Translations.h"
#include "common/PrivateFiles.h"
#include "shell/MainWindow.h"
#include "streamscope/Version.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QTimer>

namespace {

QIcon applicationIcon() {
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/streamscope-%1.png").arg(size), QSize(size, size));
    return icon;
}

// --help and --version only print: they must work over SSH and in scripts, where there is no
// display for the default platform plugin to open.
bool onlyPrints(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[]) {
    QElapsedTimer processClock; // first thing: --bench-startup measures from here
    processClock.start();
    // Settings, history and backups name the user's clusters: owner-only from the first write.
    streamscope::restrictNewFilesToOwner();

    if (onlyPrints(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    streamscope::StreamscopeApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Streamscope"));
    QApplication::setOrganizationName(QStringLiteral("Streamscope"));
    QApplication::setOrganizationDomain(QStringLiteral("streamscope.dev"));
    QApplication::setApplicationVersion(QString::fromLatin1(streamscope::kVersion));
    QGuiApplication::setDesktopFileName(QStringLiteral("dev.streamscope.Streamscope"));
    QApplication::setWindowIcon(applicationIcon());
    streamscope::installTranslations(app);

    streamscope::GuiOptions options;
    int exitCode = 0;
    if (!streamscope::parseGuiOptions(QApplication::arguments(), &options, &exitCode))
        return exitCode;

    streamscope::MainWindow window;
    streamscope::StartupProbe probe(window, options, processClock);
    // kill, Ctrl-C and a logout close the window like the user would, so the session stops
    // and its history is saved (the writer finishes the save when the window goes).
    streamscope::SignalHandler quitSignals;
    QObject::connect(&quitSignals, &streamscope::SignalHandler::quitRequested, &window, [&window] {
        window.close();
        QApplication::quit();
    });
    quitSignals.install();
    window.show();
    // After the first event-loop turn, so the window is on screen behind any dialog or prompt.
    QTimer::singleShot(
        0, &window, [&window, &options] { streamscope::openInitialConnection(window, options); });
    return QApplication::exec();
}
