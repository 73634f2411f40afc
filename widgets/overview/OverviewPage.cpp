#include "overview/OverviewPage.h"

#include "charts/ChartToolBar.h"
#include "charts/RateChart.h"
#include "common/ConnectionStateStyle.h"
#include "common/DisplayFormat.h"
#include "common/DrawnIcon.h"
#include "common/RateFormat.h"
#include "common/SplitterSetup.h"
#include "common/StateBanner.h"
#include "common/WidgetsTr.h"
#include "overview/BrokersPanel.h"
#include "overview/ClusterSummaryStrip.h"
#include "overview/PartitionsPanel.h"
#include "overview/TopicsPanel.h"
#include "session/SessionServices.h"
#include "throughput/ThroughputFeed.h"
#include "throughput/ThroughputTracker.h"

#include <QDateTime>
#include <QPainter>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace streamscope {

namespace {

// Three stacked bars: "a list of things in a cluster".
QIcon overviewIcon(const QColor& color) {
    return drawnIcon({16, 24, 32, 48}, [&color](QPainter& painter, int size) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const qreal unit = size / 16.0;
        for (int bar = 0; bar < 3; ++bar)
            painter.drawRoundedRect(QRectF(2 * unit, (2.5 + 4 * bar) * unit, 12 * unit, 3 * unit),
                                    unit, unit);
    });
}

} // namespace

OverviewPage::OverviewPage(QWidget* parent)
    : ClusterPage(parent)
    , m_summary(new ClusterSummaryStrip(this))
    , m_banner(new StateBanner(this))
    , m_brokers(new BrokersPanel(this))
    , m_topics(new TopicsPanel(this))
    , m_partitions(new PartitionsPanel(this))
    , m_totalChart(new RateChart(this))
    , m_rates(new ThroughputFeed(this))
    , m_verticalSplitter(new QSplitter(Qt::Vertical, this))
    , m_topicSplitter(new QSplitter(Qt::Horizontal, this))
    , m_topSplitter(new QSplitter(Qt::Horizontal, this)) {
    setObjectName(QStringLiteral("overviewPage"));

    addSplitterPanes(m_topicSplitter, {{m_topics, 5}, {m_partitions, 6}});
    m_topicSplitter->setHandleWidth(12);
    // The cluster's total msgs/s beside the brokers: the first thing to glance at.
    m_totalChart->setObjectName(QStringLiteral("clusterTotalChart"));
    m_totalChart->setCompact(true);
    m_totalChart->setActive(false);
    m_totalChart->setSeries({{RateSeriesSpec::Kind::Cluster, QString(), -1,
                              WidgetsTr::tr("Cluster total"), QColor(0x4e, 0x79, 0xa7)}});
    // The title carries the figure: it keeps room for a five-character rate ("12.3k"); the
    // brokers table gives way instead (translations run longer than the English).
    m_totalChart->toolBar()->setTitleMinimumText(
        WidgetsTr::tr("Cluster throughput: %1").arg(formatRateWithUnit(displayLocale(), 12345.0)));
    updateTotalTitle(kNoRate);
    addSplitterPanes(m_topSplitter, {{m_brokers, 1}, {m_totalChart, 1}});
    m_topSplitter->setHandleWidth(12);
    addSplitterPanes(m_verticalSplitter, {{m_topSplitter, 1}, {m_topicSplitter, 4}});
    // Room for a handful of brokers; the topics get the rest. Saved sizes override this.
    m_verticalSplitter->setSizes({fontMetrics().height() * 11, fontMetrics().height() * 38});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(10);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addWidget(m_verticalSplitter, 1);

    connect(m_topics, &TopicsPanel::topicSelected, m_partitions, &PartitionsPanel::setTopic);
    connect(m_banner, &StateBanner::connectRequested, this, &OverviewPage::connectRequested);
    connect(m_rates, &ThroughputFeed::updated, this, &OverviewPage::onRates);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_topics, &TopicsPanel::focusFilter);
    updateBanner();
}

QString OverviewPage::pageTitle() const {
    return WidgetsTr::tr("Overview");
}

QIcon OverviewPage::pageIcon() const {
    return overviewIcon(palette().color(QPalette::Text));
}

void OverviewPage::setSession(ClusterSession* session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_latest.drop();
    // Another cluster (or none): nothing of the old one may stay on screen.
    m_partitions->setTopic(QString());
    applySnapshot(session ? session->snapshot() : nullptr);
    if (session) {
        connect(session, &ClusterSession::snapshotUpdated, this, &OverviewPage::onSnapshot);
        connect(session, &ClusterSession::stateChanged, this, &OverviewPage::updateBanner);
    }
    updateBanner();
}

void OverviewPage::setServices(SessionServices* services) {
    ThroughputTracker* tracker = services ? &services->throughput() : nullptr;
    m_rates->follow(tracker);
    m_totalChart->setHistory(tracker ? &tracker->history() : nullptr);
    m_lastRatesMs = -1;
    updateTotalTitle(kNoRate);
    updateLiveState();
}

void OverviewPage::onRates(const ThroughputSnapshotPtr& rates) {
    if (!rates)
        return;
    // The chart only notes new data and pulls the history itself when it is on screen.
    m_totalChart->notifyNewData();
    m_lastRatesMs = rates->sampledAtMs;
    const bool live = m_session && m_session->state() == ConnectionState::Connected;
    if (isPageActive() && live)
        updateTotalTitle(hasValue(rates->clusterSmoothedMsgsPerSec)
                             ? rates->clusterSmoothedMsgsPerSec
                             : rates->clusterMsgsPerSec);
}

void OverviewPage::updateLiveState() {
    m_totalChart->toolBar()->followSession(m_session, m_lastRatesMs);
    if (!m_session) {
        updateTotalTitle(kNoRate);
        return;
    }
    if (m_session->state() == ConnectionState::Connected)
        return; // the next rates bring the figure
    // The last figure is not the current rate. When it was measured is in the chip's tooltip
    // and the banner; the title stays short enough to read beside the brokers.
    m_totalChart->setTitle(WidgetsTr::tr("Cluster throughput: \u2014"));
}

void OverviewPage::updateTotalTitle(double msgsPerSec) {
    m_totalChart->setTitle(hasValue(msgsPerSec)
                               ? WidgetsTr::tr("Cluster throughput: %1")
                                     .arg(formatRateWithUnit(displayLocale(), msgsPerSec))
                               : WidgetsTr::tr("Cluster throughput"));
}

void OverviewPage::setPageActive(bool active) {
    ClusterPage::setPageActive(active);
    m_totalChart->setActive(active);
    m_latest.setActive(active);
}

void OverviewPage::onSnapshot(const ClusterSnapshot& snapshot) {
    if (m_latest.offer(snapshot))
        updateBanner();
}

void OverviewPage::applySnapshot(const ClusterSnapshot& snapshot) {
    m_shown = snapshot;
    m_summary->setSnapshot(snapshot);
    m_brokers->setSnapshot(snapshot);
    m_topics->setSnapshot(snapshot);
    m_partitions->setSnapshot(snapshot);
    if (snapshot)
        Q_EMIT snapshotShown();
}

void OverviewPage::updateBanner() {
    updateLiveState();
    if (!m_session) {
        m_banner->showMessage(disconnectedColor(),
                              WidgetsTr::tr("Not connected. Choose a cluster to look at."), true);
        return;
    }
    const ConnectionState state = m_session->state();
    const QColor color = connectionStateColor(state);
    const QString message = m_session->stateMessage();
    switch (state) {
    case ConnectionState::Connected:
        m_banner->hide();
        return;
    case ConnectionState::Connecting:
        m_banner->showMessage(
            color, WidgetsTr::tr("Connecting to %1\u2026").arg(m_session->profile().describe()),
            false);
        return;
    case ConnectionState::Unreachable:
    case ConnectionState::Failed: {
        QString text = message.toHtmlEscaped();
        if (m_shown && m_shown->sampledAt.isValid())
            text += QStringLiteral("<br>") +
                    WidgetsTr::tr("Showing the last data, taken at %1.")
                        .arg(m_shown->sampledAt.time().toString(QStringLiteral("HH:mm:ss")));
        if (state == ConnectionState::Failed)
            text += QStringLiteral("<br>") +
                    WidgetsTr::tr("Retrying cannot fix this: check the connection settings.");
        m_banner->showMessage(color, text, true);
        return;
    }
    }
}

void OverviewPage::saveSettings(QSettings& settings) const {
    settings.setValue(QStringLiteral("verticalSplitter"), m_verticalSplitter->saveState());
    settings.setValue(QStringLiteral("topicSplitter"), m_topicSplitter->saveState());
    settings.setValue(QStringLiteral("topSplitter"), m_topSplitter->saveState());
    settings.setValue(QStringLiteral("totalChartWindow"),
                      timeWindowKey(m_totalChart->timeWindow()));
    m_brokers->saveSettings(settings);
    m_topics->saveSettings(settings);
    m_partitions->saveSettings(settings);
}

void OverviewPage::restoreSettings(const QSettings& settings) {
    m_verticalSplitter->restoreState(
        settings.value(QStringLiteral("verticalSplitter")).toByteArray());
    m_topicSplitter->restoreState(settings.value(QStringLiteral("topicSplitter")).toByteArray());
    m_topSplitter->restoreState(settings.value(QStringLiteral("topSplitter")).toByteArray());
    m_totalChart->setTimeWindow(timeWindowFromKey(
        settings.value(QStringLiteral("totalChartWindow")).toString(), TimeWindow::FiveMinutes));
    m_brokers->restoreSettings(settings);
    m_topics->restoreSettings(settings);
    m_partitions->restoreSettings(settings);
}

} // namespace streamscope
