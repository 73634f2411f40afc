#include "StartupProbe.h"

#include "MainWindow.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace streamscope {

namespace {

constexpr int kScreenshotFallbackMs = 8000;
constexpr int kSettleMs = 400; // let layouts and the first paint of new rows finish
constexpr int kIdleBeforeRssMs = 5000;
constexpr int kBenchConnectTimeoutMs = 20000;

} // namespace

double residentMemoryMb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // /proc files report size 0, so atEnd() is true at once: read everything instead.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:")) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2)
                return parts[1].toDouble() / 1024.0; // kB
        }
    }
    return -1;
}

StartupProbe::StartupProbe(MainWindow& window, const GuiOptions& options,
                           QElapsedTimer processClock, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_options(options)
    , m_processClock(processClock) {
    const bool screenshot = !options.screenshotPath.isEmpty();
    if (options.quitAfterMs >= 0)
        QTimer::singleShot(options.quitAfterMs, qApp, &QCoreApplication::quit);
    if (!screenshot && !options.benchStartup)
        return;
    connect(&window, &MainWindow::snapshotShown, this, &StartupProbe::onSnapshotShown);
    if (screenshot)
        QTimer::singleShot(kScreenshotFallbackMs, this, &StartupProbe::takeScreenshot);
    if (options.benchStartup) {
        window.installEventFilter(this);
        QTimer::singleShot(kBenchConnectTimeoutMs, this, [this] {
            if (!m_benchScheduled) {
                m_benchScheduled = true;
                QTimer::singleShot(kIdleBeforeRssMs, this, &StartupProbe::printBenchAndQuit);
            }
        });
    }
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &m_window && m_startupMs < 0 &&
        (event->type() == QEvent::Paint || event->type() == QEvent::UpdateRequest)) {
        m_startupMs = m_processClock.elapsed();
        m_window.removeEventFilter(this);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::onSnapshotShown() {
    if (m_connectedMs < 0)
        m_connectedMs = m_processClock.elapsed();
    if (!m_options.screenshotPath.isEmpty() && !m_screenshotDone)
        QTimer::singleShot(kSettleMs, this, &StartupProbe::takeScreenshot);
    if (m_options.benchStartup && !m_benchScheduled) {
        m_benchScheduled = true;
        QTimer::singleShot(kIdleBeforeRssMs, this, &StartupProbe::printBenchAndQuit);
    }
}

void StartupProbe::takeScreenshot() {
    if (m_screenshotDone)
        return;
    m_screenshotDone = true;
    const QString path = m_options.screenshotPath;
    if (!m_window.grab().save(path))
        std::fprintf(stderr, "streamscope: cannot write screenshot %s\n", qPrintable(path));
    // A modal dialog (connection dialog, password prompt) is what the user sees: save it too.
    if (QWidget* modal = QApplication::activeModalWidget(); modal && modal != &m_window) {
        const QFileInfo info(path);
        const QString dialogPath = info.path() + QLatin1Char('/') + info.completeBaseName() +
                                   QStringLiteral("-dialog.") + info.suffix();
        modal->grab().save(dialogPath);
    }
    if (!m_options.benchStartup)
        QCoreApplication::quit();
}

void StartupProbe::printBenchAndQuit() {
    std::printf("startup_ms=%lld\nconnected_ms=%lld\nrss_mb=%.1f\n",
                static_cast<long long>(m_startupMs), static_cast<long long>(m_connectedMs),
                residentMemoryMb());
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace streamscope
