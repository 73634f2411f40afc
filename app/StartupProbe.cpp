#include "StartupProbe.h"

#include "StreamscopeApplication.h"
#include "browse/BrowseControls.h"
#include "browse/BrowseMessageModel.h"
#include "browse/BrowsePage.h"
#include "browse/FilterEdit.h"
#include "charts/RateChart.h"
#include "checks/ChecksPage.h"
#include "graph/GraphPage.h"
#include "lag/LagPage.h"
#include "overview/OverviewPage.h"
#include "session/ClusterSession.h"
#include "shell/MainWindow.h"
#include "shell/PageNavigator.h"
#include "throughput/ThroughputPage.h"
#include "throughput/ThroughputTopicFilterModel.h"
#include "throughput/ThroughputTopicsPanel.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QPixmap>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace streamscope {

namespace {

constexpr int kScreenshotFallbackMs = 8000;
constexpr int kSettleMs = 400; // let layouts and the first paint of new rows finish
constexpr int kIdleBeforeRssMs = 5000;
constexpr int kBenchConnectTimeoutMs = 20000;
constexpr int kEventLoopSamplingMs = 1000; // --bench-eventloop samples the cluster every second
constexpr int kEventLoopSettleMs = 3000;   // after the charts got their topics
constexpr int kEventLoopDataTimeoutMs = 60000;
constexpr int kBenchChartTopics = 50;

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
    const bool benchEventLoop = options.benchEventLoopSeconds > 0;
    if (benchEventLoop) {
        // The scenario of the benchmark: the Throughput page, charts full, 1 s sampling.
        if (m_options.intervalMs <= 0)
            m_options.intervalMs = kEventLoopSamplingMs;
        m_options.page = QStringLiteral("throughput");
        if (m_options.chartTop <= 0)
            m_options.chartTop = kBenchChartTopics;
    }
    if (m_options.intervalMs > 0)
        window.setPollIntervalMs(m_options.intervalMs);
    if (m_options.page == QStringLiteral("throughput"))
        window.navigator()->setCurrentPage(window.navigator()->page<ThroughputPage>());
    else if (m_options.page == QStringLiteral("lag"))
        window.navigator()->setCurrentPage(window.navigator()->page<LagPage>());
    else if (m_options.page == QStringLiteral("graph"))
        window.navigator()->setCurrentPage(window.navigator()->page<GraphPage>());
    else if (m_options.page == QStringLiteral("overview"))
        window.navigator()->setCurrentPage(window.navigator()->page<OverviewPage>());
    else if (m_options.page == QStringLiteral("browse"))
        window.navigator()->setCurrentPage(window.navigator()->page<BrowsePage>());
    else if (m_options.page == QStringLiteral("checks"))
        window.navigator()->setCurrentPage(window.navigator()->page<ChecksPage>());
    if (!m_options.browseTopic.isEmpty() || !m_options.checkTopic.isEmpty()) {
        // The overview reports shown snapshots only while it is on screen: poll for the first.
        auto* poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [this, poll] {
            if (!m_window.session() || !m_window.session()->snapshot())
                return;
            poll->stop();
            startBrowse();
            onSnapshotShown();
        });
        poll->start(200);
    }
    if (options.quitAfterMs >= 0)
        QTimer::singleShot(options.quitAfterMs, qApp, &QCoreApplication::quit);
    if (m_options.chartTop > 0 || screenshot || benchEventLoop)
        connect(window.navigator()->page<ThroughputPage>(), &ThroughputPage::ratesShown, this,
                &StartupProbe::onRatesShown);
    if (benchEventLoop) {
        m_watchdog.start(); // warm-up: connecting, the first 1,000 rows
        QTimer::singleShot(kEventLoopDataTimeoutMs, this, [this] {
            if (m_measuring || m_chartTopDone)
                return;
            std::fprintf(stderr, "streamscope: no throughput data within %d s\n",
                         kEventLoopDataTimeoutMs / 1000);
            QCoreApplication::exit(1);
        });
    }
    if (!screenshot && !options.benchStartup)
        return;
    connect(&window, &MainWindow::snapshotShown, this, &StartupProbe::onSnapshotShown);
    if (screenshot)
        QTimer::singleShot(kScreenshotFallbackMs + std::max(0, options.screenshotDelayMs), this,
                           &StartupProbe::takeScreenshot);
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

void StartupProbe::startBrowse() {
    if (m_browseStarted)
        return;
    m_browseStarted = true;
    if (!m_options.checkTopic.isEmpty()) {
        ChecksPage* checks = m_window.navigator()->page<ChecksPage>();
        checks->controls()->setTopic(m_options.checkTopic);
        checks->controls()->setStartSpec(QStringLiteral("-1000"));
        checks->runChecks();
    }
    if (m_options.browseTopic.isEmpty())
        return;
    BrowsePage* page = m_window.navigator()->page<BrowsePage>();
    page->controls()->setTopic(m_options.browseTopic);
    page->controls()->setStartSpec(QStringLiteral("-1000"));
    if (!m_options.browseFilter.isEmpty())
        page->filterEdit()->applyExpression(m_options.browseFilter);
    // The first message opens in the inspector once read, so a screenshot shows one.
    connect(
        page, &BrowsePage::browseFinished, this,
        [page] {
            if (page->model()->rowCount() > 0 && !page->table()->currentIndex().isValid())
                page->table()->setCurrentIndex(page->model()->index(0, 0));
        },
        Qt::SingleShotConnection);
    page->startBrowse();
}

void StartupProbe::onSnapshotShown() {
    if (m_connectedMs < 0)
        m_connectedMs = m_processClock.elapsed();
    if (!m_options.screenshotPath.isEmpty() && !m_screenshotScheduled) {
        m_screenshotScheduled = true;
        QTimer::singleShot(m_options.screenshotDelayMs >= 0 ? m_options.screenshotDelayMs
                                                            : kSettleMs,
                           this, &StartupProbe::takeScreenshot);
    }
    if (m_options.benchStartup && !m_benchScheduled) {
        m_benchScheduled = true;
        QTimer::singleShot(kIdleBeforeRssMs, this, &StartupProbe::printBenchAndQuit);
    }
}

void StartupProbe::onRatesShown() {
    ThroughputPage* page = m_window.navigator()->page<ThroughputPage>();
    const ThroughputSnapshotPtr rates = page->shownSnapshot();
    if (m_measuring)
        ++m_ratesDuringMeasurement;
    // The Throughput page is what the user looks at: it counts as "data shown" too.
    if (m_window.navigator()->currentPage() == page)
        onSnapshotShown();
    // Rates need two samples; pick the busiest topics once they are known.
    if (m_options.chartTop > 0 && !m_chartTopDone && rates && rates->sequence >= 2) {
        m_chartTopDone = true;
        ThroughputTopicFilterModel* proxy = page->topicsPanel()->proxy();
        QStringList busiest;
        for (int row = 0; row < proxy->rowCount() && busiest.size() < m_options.chartTop; ++row)
            busiest.append(proxy->topicName(proxy->index(row, 0)));
        page->topicsPanel()->selectTopics(busiest);
        if (m_options.benchEventLoopSeconds > 0)
            QTimer::singleShot(kEventLoopSettleMs, this, &StartupProbe::startEventLoopMeasurement);
    }
}

void StartupProbe::startEventLoopMeasurement() {
    m_warmup = m_watchdog.figures();
    m_watchdog.start();
    m_eventProfiler.clear();
    if (auto* app = qobject_cast<StreamscopeApplication*>(QCoreApplication::instance()))
        app->setEventProfiler(&m_eventProfiler);
    m_measuring = true;
    m_ratesDuringMeasurement = 0;
    m_replotsAtStart = m_window.navigator()->page<ThroughputPage>()->rateChart()->replotCount();
    QTimer::singleShot(m_options.benchEventLoopSeconds * 1000, this,
                       &StartupProbe::printEventLoopAndQuit);
}

void StartupProbe::printEventLoopAndQuit() {
    m_watchdog.stop();
    if (auto* app = qobject_cast<StreamscopeApplication*>(QCoreApplication::instance()))
        app->setEventProfiler(nullptr);
    const EventLoopWatchdog::Figures f = m_watchdog.figures();
    ThroughputPage* page = m_window.navigator()->page<ThroughputPage>();
    const ThroughputSnapshotPtr rates = page->shownSnapshot();
    std::printf("topics=%d\nchart_series=%d\nrate_ticks=%d\nchart_replots=%d\n"
                "warmup_max_stall_ms=%.1f\nmax_stall_ms=%.1f\np99_stall_ms=%.1f\n"
                "mean_stall_ms=%.2f\nstalls_over_16ms=%d\nticks=%lld\n"
                "max_gap_cpu_ms=%.1f\np99_gap_cpu_ms=%.2f\ngaps_over_16ms_cpu=%d\n"
                "gui_cpu_percent=%.1f\nrss_mb=%.1f\n",
                rates ? static_cast<int>(rates->topics.size()) : 0,
                static_cast<int>(page->rateChart()->series().size()), m_ratesDuringMeasurement,
                page->rateChart()->replotCount() - m_replotsAtStart, m_warmup.maxStallMs,
                f.maxStallMs, f.p99StallMs, f.meanStallMs, f.stallsOver16Ms,
                static_cast<long long>(f.ticks), f.maxGapCpuMs, f.p99GapCpuMs, f.gapsOver16MsCpu,
                f.guiCpuShare * 100.0, residentMemoryMb());
    // What the time went on: the slowest single deliveries, and the kinds costing most CPU.
    for (const auto& d : m_eventProfiler.slowest(12))
        std::printf("slow_event wall_ms=%.1f cpu_ms=%.1f %s\n", d.wallMs, d.cpuMs,
                    qPrintable(d.label));
    for (const auto& k : m_eventProfiler.costliest(12))
        std::printf("event_kind total_cpu_ms=%.0f count=%d max_wall_ms=%.1f max_cpu_ms=%.1f %s\n",
                    k.totalCpuMs, k.count, k.maxWallMs, k.maxCpuMs, qPrintable(k.label));
    std::fflush(stdout);
    QCoreApplication::quit();
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
