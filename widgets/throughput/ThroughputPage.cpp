#include "throughput/ThroughputPage.h"

#include "charts/ChartToolBar.h"
#include "charts/PartitionBarChart.h"
#include "charts/RateChart.h"
#include "common/ConnectionStateStyle.h"
#include "common/DisplayFormat.h"
#include "common/DrawnIcon.h"
#include "common/RateFormat.h"
#include "common/SplitterSetup.h"
#include "common/StateBanner.h"
#include "common/WidgetsTr.h"
#include "session/ClusterSession.h"
#include "session/SessionServices.h"
#include "throughput/ThroughputFeed.h"
#include "throughput/ThroughputTopicsPanel.h"
#include "throughput/ThroughputTracker.h"
#include "throughput/TopicRateSummary.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace streamscope {

namespace {

// A rising line over a baseline: "rates over time".
QIcon throughputIcon(const QColor& color) {
    return drawnIcon({16, 24, 32, 48}, [&color](QPainter& painter, int size) {
        const qreal u = size / 16.0;
        painter.setPen(QPen(color, 1.6 * u, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QPainterPath path;
        path.moveTo(2 * u, 11 * u);
        path.lineTo(5.5 * u, 7 * u);
        path.lineTo(8.5 * u, 9.5 * u);
        path.lineTo(13.5 * u, 3.5 * u);
        painter.drawPath(path);
        painter.setPen(QPen(color, 1.2 * u));
        painter.drawLine(QPointF(2 * u, 14 * u), QPointF(14 * u, 14 * u));
    });
}

} // namespace

ThroughputPage::ThroughputPage(QWidget* parent)
    : ClusterPage(parent)
    , m_rates(new ThroughputFeed(this))
    , m_summary(new QLabel(this))
    , m_historyBanner(new StateBanner(this))
    , m_topics(new ThroughputTopicsPanel(this))
    , m_chart(new RateChart(this))
    , m_modeButtons(new QButtonGroup(this))
    , m_facts(new QLabel(this))
    , m_bars(new PartitionBarChart(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_chartSplitter(new QSplitter(Qt::Vertical, this)) {
    setObjectName(QStringLiteral("throughputPage"));

    m_summary->setObjectName(QStringLiteral("throughputSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_historyBanner->setObjectName(QStringLiteral("historyBanner"));
    m_facts->setObjectName(QStringLiteral("throughputFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setContentsMargins(2, 2, 2, 2);

    // Topics / Partitions: what the chart's lines are.
    auto* modes = new QWidget(this);
    auto* modesLayout = new QHBoxLayout(modes);
    modesLayout->setContentsMargins(0, 0, 0, 0);
    modesLayout->setSpacing(0);
    const auto addMode = [&](ChartMode mode, const QString& text, const QString& tip,
                             const QString& name) {
        auto* button = new QToolButton(modes);
        button->setText(text);
        button->setToolTip(tip);
        button->setCheckable(true);
        button->setObjectName(name);
        m_modeButtons->addButton(button, static_cast<int>(mode));
        modesLayout->addWidget(button);
    };
    addMode(ChartMode::Topics, WidgetsTr::tr("Topics"),
            WidgetsTr::tr("One line per selected topic (Ctrl/Shift-click to compare several)"),
            QStringLiteral("modeTopics"));
    addMode(ChartMode::Partitions, WidgetsTr::tr("Partitions"),
            WidgetsTr::tr("One line per partition of the current topic"),
            QStringLiteral("modePartitions"));
    m_modeButtons->setExclusive(true);
    m_modeButtons->button(static_cast<int>(ChartMode::Topics))->setChecked(true);
    connect(m_modeButtons, &QButtonGroup::idClicked, this,
            [this](int id) { setChartMode(static_cast<ChartMode>(id)); });
    m_chart->toolBar()->addToolWidget(modes);
    // The y axis says "msgs/s"; the title only says what the lines are when that is not obvious.
    m_chart->setTitle(QString());
    // The title gives way before the topic table does: at 1280 px the chart's controls alone
    // leave the table just enough room for all its columns. The mode buttons and the selected
    // rows say what the lines are; a wider window shows the title again.
    m_chart->toolBar()->setTitleMinimumChars(0);
    m_chart->setPlaceholderText(WidgetsTr::tr("Select topics in the table to chart them"));

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(4);
    detailLayout->addWidget(m_facts);
    detailLayout->addWidget(m_bars, 1);

    addSplitterPanes(m_chartSplitter, {{m_chart, 3}, {detail, 2}});
    m_chartSplitter->setHandleWidth(10);
    addSplitterPanes(m_mainSplitter, {{m_topics, 5}, {m_chartSplitter, 6}});
    m_mainSplitter->setHandleWidth(12);
    // A readable table and a chart wider than tall; saved sizes override this.
    const int em = fontMetrics().averageCharWidth();
    m_mainSplitter->setSizes({em * 120, em * 90});
    m_chartSplitter->setSizes({fontMetrics().height() * 22, fontMetrics().height() * 16});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(m_historyBanner);
    layout->addWidget(m_summary);
    layout->addWidget(m_mainSplitter, 1);

    connect(m_rates, &ThroughputFeed::updated, this, &ThroughputPage::onRates);
    connect(m_topics, &ThroughputTopicsPanel::selectionChanged, this,
            &ThroughputPage::updateSeries);
    connect(m_topics, &ThroughputTopicsPanel::currentTopicChanged, this, [this] {
        updateCurrentTopic();
        if (m_mode == ChartMode::Partitions)
            updateSeries();
    });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_topics, &ThroughputTopicsPanel::focusFilter);

    m_chart->setActive(false);
    m_bars->setActive(false);
    updateSummary();
    updateCurrentTopic();
}

QString ThroughputPage::pageTitle() const {
    return WidgetsTr::tr("Throughput");
}

QIcon ThroughputPage::pageIcon() const {
    return throughputIcon(palette().color(QPalette::Text));
}

void ThroughputPage::setSession(ClusterSession* session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &ClusterSession::stateChanged, this, [this] {
            updateSummary();
            updateCurrentTopic();
        });
    updateSummary();
}

void ThroughputPage::setServices(SessionServices* services) {
    ThroughputTracker* tracker = services ? &services->throughput() : nullptr;
    m_services = services;
    m_historyNoticeChecked = false;
    m_historyBanner->hide();
    m_rates->follow(tracker);
    m_latest.drop();
    m_shown.reset();
    m_chartedPartitions = -1;
    const ThroughputHistory* history = tracker ? &tracker->history() : nullptr;
    // Another cluster (or none): nothing of the old one may stay on screen.
    m_topics->setSnapshot(nullptr);
    m_topics->setHistory(history);
    m_chart->setHistory(history);
    m_topicColors.clear();
    m_partitionColors.clear();
    updateSeries();
    updateCurrentTopic();
    if (tracker)
        applyRates(tracker->latest());
    updateSummary();
}

void ThroughputPage::setPageActive(bool active) {
    ClusterPage::setPageActive(active);
    m_chart->setActive(active);
    m_bars->setActive(active);
    m_latest.setActive(active);
}

void ThroughputPage::checkHistoryNotice() {
    if (m_historyNoticeChecked || !m_services)
        return;
    const std::optional<QString> notice = m_services->historyNotice();
    if (!notice)
        return; // the restore runs with the first snapshot
    m_historyNoticeChecked = true;
    if (!notice->isEmpty())
        m_historyBanner->showMessage(QColor(0xe0, 0x9b, 0x1a), *notice, false);
}

void ThroughputPage::onRates(const ThroughputSnapshotPtr& snapshot) {
    // Even while hidden: the notice must be there when the user comes to the page.
    checkHistoryNotice();
    m_latest.offer(snapshot);
}

void ThroughputPage::applyRates(const ThroughputSnapshotPtr& snapshot) {
    if (!snapshot)
        return;
    m_shown = snapshot;
    m_topics->setSnapshot(snapshot);
    m_chart->notifyNewData();
    if (m_mode == ChartMode::Partitions) {
        const TopicRate* topic = currentTopicRate();
        if ((topic ? topic->partitionCount : -1) != m_chartedPartitions)
            updateSeries();
    }
    updateCurrentTopic();
    updateSummary();
    Q_EMIT ratesShown();
}

const TopicRate* ThroughputPage::currentTopicRate() const {
    const QString current = m_topics->currentTopic();
    if (!m_shown || current.isEmpty())
        return nullptr;
    return m_shown->findTopic(current);
}

void ThroughputPage::setChartMode(ChartMode mode) {
    if (auto* button = m_modeButtons->button(static_cast<int>(mode)))
        button->setChecked(true);
    if (mode == m_mode)
        return;
    m_mode = mode;
    updateSeries();
}

void ThroughputPage::updateSeries() {
    QList<RateSeriesSpec> series;
    QHash<QString, QColor> tableColors;
    if (m_mode == ChartMode::Topics) {
        QStringList topics = m_topics->selectedTopics();
        const qsizetype selected = topics.size();
        if (topics.size() > kMaxSeries)
            topics = topics.mid(0, kMaxSeries);
        m_chart->setTitle(
            selected > kMaxSeries
                ? WidgetsTr::tr("First %1 of %2 selected topics").arg(kMaxSeries).arg(selected)
                : QString());
        tableColors = m_topicColors.assign(topics);
        for (const QString& topic : std::as_const(topics))
            series.append(
                {RateSeriesSpec::Kind::Topic, topic, -1, topic, tableColors.value(topic)});
        m_chart->setPlaceholderText(WidgetsTr::tr("Select topics in the table to chart them"));
        m_chartedPartitions = -1;
    } else {
        const TopicRate* topic = currentTopicRate();
        const QString name = m_topics->currentTopic();
        QStringList keys;
        QList<int> ids;
        if (topic) {
            for (const PartitionRate& p : topic->partitions) {
                if (ids.size() >= kMaxSeries)
                    break;
                ids.append(p.partition);
                keys.append(QString::number(p.partition));
            }
        }
        const QHash<QString, QColor> colors = m_partitionColors.assign(keys);
        for (int id : std::as_const(ids))
            series.append({RateSeriesSpec::Kind::Partition, name, id,
                           WidgetsTr::tr("partition %1").arg(id),
                           colors.value(QString::number(id))});
        m_chart->setPlaceholderText(WidgetsTr::tr("Select a topic to chart its partitions"));
        m_chart->setTitle(name.isEmpty() ? WidgetsTr::tr("Partitions")
                                         : WidgetsTr::tr("Partitions of %1").arg(name));
        m_chartedPartitions = topic ? topic->partitionCount : -1;
    }
    m_topics->setSeriesColors(tableColors);
    m_chart->setSeries(series);
    // The bars take the current topic's line colour when it is on the chart.
    m_bars->setBarColor(tableColors.value(m_topics->currentTopic()));
}

void ThroughputPage::updateCurrentTopic() {
    const TopicRate* topic = currentTopicRate();
    if (topic) {
        QString facts = topicRateSummaryHtml(*topic, displayLocale());
        if (!isLive() && m_shown)
            facts.prepend(WidgetsTr::tr("<i>Last data, taken at %1:</i> ")
                              .arg(QDateTime::fromMSecsSinceEpoch(m_shown->sampledAtMs)
                                       .time()
                                       .toString(QStringLiteral("HH:mm:ss"))));
        m_facts->setText(facts);
        m_bars->setTopic(*topic);
    } else {
        m_facts->setText(m_rates->tracker()
                             ? WidgetsTr::tr("Select a topic to see its partitions and "
                                             "how evenly its traffic is spread.")
                             : QString());
        m_bars->setTopic(std::nullopt);
    }
    m_bars->setBarColor(
        m_mode == ChartMode::Topics ? m_topicColors.colorOf(m_topics->currentTopic()) : QColor());
}

bool ThroughputPage::isLive() const {
    return m_session && m_session->state() == ConnectionState::Connected;
}

void ThroughputPage::updateLiveState() {
    m_chart->toolBar()->followSession(m_session, m_shown ? m_shown->sampledAtMs : 0);
}

void ThroughputPage::updateSummary() {
    updateLiveState();
    const QLocale locale = displayLocale();
    if (!m_session || !m_rates->tracker()) {
        m_summary->setText(WidgetsTr::tr("Not connected."));
        return;
    }
    if (!m_shown) {
        m_summary->setText(WidgetsTr::tr("Waiting for the first samples of %1\u2026")
                               .arg(m_session->profile().describe().toHtmlEscaped()));
        return;
    }
    const double total = hasValue(m_shown->clusterSmoothedMsgsPerSec)
                             ? m_shown->clusterSmoothedMsgsPerSec
                             : m_shown->clusterMsgsPerSec;
    QStringList parts;
    if (isLive()) {
        parts.append(WidgetsTr::tr("<b>Cluster</b> %1").arg(formatRateWithUnit(locale, total)));
    } else {
        // No samples arrive: the last figure is not the current rate. Say so, and since when.
        const ConnectionState state = m_session->state();
        parts.append(WidgetsTr::tr("<b>Cluster</b> \u2014"));
        parts.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(connectionStateColor(state).name(),
                              WidgetsTr::tr("%1: the table shows the last data, taken at %2")
                                  .arg(connectionStateName(state),
                                       QDateTime::fromMSecsSinceEpoch(m_shown->sampledAtMs)
                                           .time()
                                           .toString(QStringLiteral("HH:mm:ss")))));
    }
    parts.append(
        WidgetsTr::tr("%1 topics").arg(formatCount(locale, qint64(m_shown->topics.size()))));
    if (m_shown->unreadablePartitions > 0)
        parts.append(QStringLiteral("<span style=\"color:#c62828\">%1</span>")
                         .arg(m_shown->unreadablePartitions == 1
                                  ? WidgetsTr::tr("1 partition unreadable")
                                  : WidgetsTr::tr("%1 partitions unreadable")
                                        .arg(m_shown->unreadablePartitions)));
    parts.append(WidgetsTr::tr("sampled every %1 s")
                     .arg(locale.toString(m_session->intervalMs() / 1000.0, 'g', 3)));
    m_summary->setText(parts.join(QStringLiteral(" &middot; ")));
}

void ThroughputPage::saveSettings(QSettings& settings) const {
    settings.setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("chartSplitter"), m_chartSplitter->saveState());
    settings.setValue(QStringLiteral("window"), timeWindowKey(m_chart->timeWindow()));
    settings.setValue(QStringLiteral("mode"), m_mode == ChartMode::Partitions
                                                  ? QStringLiteral("partitions")
                                                  : QStringLiteral("topics"));
    m_topics->saveSettings(settings);
}

void ThroughputPage::restoreSettings(const QSettings& settings) {
    m_mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray());
    m_chartSplitter->restoreState(settings.value(QStringLiteral("chartSplitter")).toByteArray());
    m_chart->setTimeWindow(timeWindowFromKey(settings.value(QStringLiteral("window")).toString(),
                                             TimeWindow::FiveMinutes));
    setChartMode(settings.value(QStringLiteral("mode")).toString() == QStringLiteral("partitions")
                     ? ChartMode::Partitions
                     : ChartMode::Topics);
    m_topics->restoreSettings(settings);
}

} // namespace streamscope
