#include "lag/LagGroupDetailPanel.h"

#include "charts/ChartToolBar.h"
#include "charts/RateChart.h"
#include "common/DisplayFormat.h"
#include "common/LiveTextLabel.h"
#include "common/RateFormat.h"
#include "common/SplitterSetup.h"
#include "common/WidgetsTr.h"
#include "lag/LagDetailModel.h"
#include "lag/LagFormat.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <map>

namespace streamscope {

namespace {

// Route scopes of the rate chart's two kinds of line (TimeSeriesMux keys).
const QString kConsumed = QStringLiteral("consumed");
const QString kProduced = QStringLiteral("produced");

QString messagesWithUnit(const QLocale& locale, double value) {
    return WidgetsTr::tr("%1 msgs").arg(formatCount(locale, static_cast<qint64>(value)));
}

// "orders 0, 1, 5" for a member's assignment.
QString assignmentText(const std::vector<LagPartitionRef>& assignment) {
    std::map<QString, QStringList> byTopic;
    for (const LagPartitionRef& ref : assignment)
        byTopic[ref.topic].append(QString::number(ref.partition));
    QStringList parts;
    for (const auto& [topic, partitions] : byTopic)
        parts.append(QStringLiteral("%1 %2").arg(topic.toHtmlEscaped(),
                                                 partitions.join(QStringLiteral(", "))));
    return parts.join(QStringLiteral("; "));
}

} // namespace

LagGroupDetailPanel::LagGroupDetailPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new LiveTextLabel(this))
    , m_verdict(new LiveTextLabel(this))
    , m_members(new LiveTextLabel(this))
    , m_notify(new QCheckBox(WidgetsTr::tr("Notify me"), this))
    , m_maxLag(new QSpinBox(this))
    , m_maxSeconds(new QSpinBox(this))
    , m_reset(new QPushButton(WidgetsTr::tr("Reset offsets\u2026"), this))
    , m_body(new QWidget(this))
    , m_placeholder(new QLabel(this))
    , m_model(new LagDetailModel(this))
    , m_tree(new QTreeView(this))
    , m_charts(new QTabWidget(this))
    , m_lagChart(new RateChart(this))
    , m_rateChart(new RateChart(this))
    , m_splitter(new QSplitter(Qt::Vertical, this)) {
    setObjectName(QStringLiteral("lagGroupDetail"));
    // Word-wrapped rich text that changes with every refresh (figures, the status sentence):
    // LiveTextLabel re-lays out the panel only when a text needs another height.
    m_title->setObjectName(QStringLiteral("lagGroupTitle"));
    m_verdict->setObjectName(QStringLiteral("lagVerdict"));
    m_members->setObjectName(QStringLiteral("lagMembers"));
    m_placeholder->setObjectName(QStringLiteral("lagDetailPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setMargin(24);

    m_notify->setObjectName(QStringLiteral("lagNotify"));
    m_notify->setToolTip(WidgetsTr::tr("A desktop notification when this group's status turns "
                                       "WARN, STALL or STOP; remembered for this cluster"));
    const auto setUpSpin = [](QSpinBox* spin, const QString& name, const QString& suffix,
                              const QString& tip) {
        spin->setObjectName(name);
        spin->setRange(0, std::numeric_limits<int>::max());
        spin->setSpecialValueText(WidgetsTr::tr("off"));
        spin->setSuffix(suffix);
        spin->setToolTip(tip);
        spin->setGroupSeparatorShown(true);
        spin->setKeyboardTracking(false);
        spin->setMaximumWidth(spin->fontMetrics().averageCharWidth() * 16 + 30);
    };
    setUpSpin(m_maxLag, QStringLiteral("lagMaxMessages"), WidgetsTr::tr(" msgs"),
              WidgetsTr::tr("The group is at least WARN while its lag exceeds this many "
                            "messages (0: off)"));
    setUpSpin(m_maxSeconds, QStringLiteral("lagMaxSeconds"), WidgetsTr::tr(" s"),
              WidgetsTr::tr("The group is at least WARN while it is more than this many seconds "
                            "behind (0: off)"));
    m_reset->setObjectName(QStringLiteral("lagResetOffsets"));

    m_tree->setObjectName(QStringLiteral("lagDetailTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSortingEnabled(false);
    m_tree->header()->setStretchLastSection(true);
    const QFontMetrics metrics(m_tree->font());
    const auto chars = [&metrics](int n) { return metrics.averageCharWidth() * n + 16; };
    m_tree->setColumnWidth(LagDetailModel::NameColumn, chars(20));
    m_tree->setColumnWidth(LagDetailModel::StatusColumn, chars(8) + metrics.height());
    m_tree->setColumnWidth(LagDetailModel::CommittedColumn, chars(11));
    m_tree->setColumnWidth(LagDetailModel::EndColumn, chars(11));
    m_tree->setColumnWidth(LagDetailModel::LagColumn, chars(11));
    m_tree->setColumnWidth(LagDetailModel::TimeLagColumn, chars(11));
    m_tree->setColumnWidth(LagDetailModel::MemberColumn, chars(16));
    // However the splitter is set (or restored), the partition and its status stay readable.
    m_tree->setMinimumWidth(m_tree->columnWidth(LagDetailModel::NameColumn) +
                            m_tree->columnWidth(LagDetailModel::StatusColumn) +
                            2 * m_tree->frameWidth() + metrics.height());

    m_lagChart->setObjectName(QStringLiteral("lagHistoryChart"));
    m_lagChart->setValueFormat(WidgetsTr::tr("messages behind"), messagesWithUnit);
    m_lagChart->setTitle(QString());
    m_lagChart->toolBar()->setTitleMinimumChars(0);
    m_lagChart->setPlaceholderText(WidgetsTr::tr("No lag history yet: it starts with the first "
                                                 "refresh of the group"));
    m_rateChart->setObjectName(QStringLiteral("lagRateChart"));
    m_rateChart->setTitle(QString());
    m_rateChart->toolBar()->setTitleMinimumChars(0);
    m_rateChart->setPlaceholderText(
        WidgetsTr::tr("No rates yet: they need two refreshes of the group"));
    m_rateChart->setHistory(&m_rates);
    m_charts->setObjectName(QStringLiteral("lagCharts"));
    m_charts->setDocumentMode(true);
    m_charts->addTab(m_lagChart, WidgetsTr::tr("Lag history"));
    m_charts->addTab(m_rateChart, WidgetsTr::tr("Consumed vs produced"));
    // One time window for both charts, as on the Throughput page.
    connect(m_lagChart, &RateChart::timeWindowChanged, this, &LagGroupDetailPanel::setTimeWindow);
    connect(m_rateChart, &RateChart::timeWindowChanged, this, &LagGroupDetailPanel::setTimeWindow);

    auto* alerts = new QHBoxLayout;
    alerts->setSpacing(6);
    alerts->addWidget(m_notify);
    alerts->addSpacing(8);
    alerts->addWidget(new QLabel(WidgetsTr::tr("Warn above"), this));
    alerts->addWidget(m_maxLag);
    alerts->addWidget(new QLabel(WidgetsTr::tr("or"), this));
    alerts->addWidget(m_maxSeconds);
    alerts->addStretch(1);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_reset, 0, Qt::AlignTop);

    addSplitterPanes(m_splitter, {{m_tree, 2}, {m_charts, 3}});
    m_splitter->setHandleWidth(10);
    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(6);
    bodyLayout->addLayout(header);
    bodyLayout->addWidget(m_verdict);
    bodyLayout->addWidget(m_members);
    bodyLayout->addLayout(alerts);
    bodyLayout->addWidget(m_splitter, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_body, 1);

    connect(m_notify, &QCheckBox::toggled, this, &LagGroupDetailPanel::emitThresholds);
    connect(m_maxLag, &QSpinBox::valueChanged, this, &LagGroupDetailPanel::emitThresholds);
    connect(m_maxSeconds, &QSpinBox::valueChanged, this, &LagGroupDetailPanel::emitThresholds);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        if (!m_groupId.isEmpty())
            Q_EMIT resetOffsetsRequested(m_groupId);
    });

    setGroup(nullptr, WidgetsTr::tr("Select a group to see its partitions, members and history."));
}

LagGroupDetailPanel::~LagGroupDetailPanel() {
    // The charts read the mux, a member destroyed before the child widgets.
    m_rateChart->setHistory(nullptr);
}

void LagGroupDetailPanel::setSources(const TimeSeriesSource* lagHistory,
                                     const TimeSeriesSource* consumeHistory,
                                     const TimeSeriesSource* produceHistory) {
    m_lagHistory = lagHistory;
    m_consumeHistory = consumeHistory;
    m_produceHistory = produceHistory;
    m_lagChart->setHistory(lagHistory);
    m_chartedTopics.clear();
    m_rates.clear();
    m_rateChart->setSeries({});
    m_lagChart->setSeries({});
    m_colors.clear();
    m_groupId.clear();
}

void LagGroupDetailPanel::setGroup(const GroupLag* group, const QString& placeholder) {
    const QString id = group ? group->groupId : QString();
    const bool newGroup = id != m_groupId;
    m_groupId = id;
    m_placeholder->setVisible(!group);
    m_body->setVisible(group != nullptr);
    if (!group) {
        m_placeholder->setText(placeholder);
        m_model->setGroup(nullptr);
        updateSeries(nullptr);
        return;
    }
    m_model->setGroup(group);
    if (newGroup) {
        m_tree->expandAll();
        m_colors.clear();
    } else {
        // New topics of the same group open like the others.
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (!m_tree->isExpanded(m_model->index(row, 0)) && group->topics.size() <= 20)
                m_tree->expand(m_model->index(row, 0));
    }
    updateHeader(group);
    updateMembers(group);
    updateSeries(group);
}

void LagGroupDetailPanel::updateHeader(const GroupLag* group) {
    const QLocale locale = displayLocale();
    QStringList facts;
    facts.append(QStringLiteral("<b>%1</b>").arg(group->groupId.toHtmlEscaped()));
    if (!group->state.isEmpty())
        facts.append(group->state.toHtmlEscaped());
    if (!group->protocolType.isEmpty())
        facts.append(group->assignor.isEmpty()
                         ? group->protocolType.toHtmlEscaped()
                         : WidgetsTr::tr("%1, %2").arg(group->protocolType.toHtmlEscaped(),
                                                       group->assignor.toHtmlEscaped()));
    if (group->coordinatorId >= 0)
        facts.append(WidgetsTr::tr("coordinator %1").arg(group->coordinatorId));
    facts.append(WidgetsTr::tr("lag %1").arg(formatCount(locale, group->totalLag)));
    if (group->timeLagSeconds)
        facts.append(WidgetsTr::tr("%1 behind").arg(formatDuration(locale, group->timeLagSeconds)));
    const QString catchUp = formatCatchUp(locale, *group);
    if (catchUp != QStringLiteral("\u2014"))
        facts.append(catchUp.toHtmlEscaped());
    m_title->setText(facts.join(QStringLiteral(" &middot; ")));

    const QColor color = lagStatusColor(group->verdict.status);
    QString explanation = group->verdict.explanation.toHtmlEscaped();
    if (explanation.isEmpty())
        explanation = group->verdict.status == LagStatus::Unknown
                          ? WidgetsTr::tr("Not evaluated yet: the status needs a few refreshes.")
                          : QString();
    QString text = QStringLiteral("<span style=\"color:%1\"><b>%2</b></span> %3")
                       .arg(color.name(), lagStatusName(group->verdict.status), explanation);
    if (!group->error.isEmpty())
        text += QStringLiteral("<br><span style=\"color:#c62828\">%1</span>")
                    .arg(WidgetsTr::tr("Could not be read this refresh: %1")
                             .arg(group->error.toHtmlEscaped()));
    m_verdict->setText(text);
}

void LagGroupDetailPanel::updateMembers(const GroupLag* group) {
    if (!group->membersDescribed) {
        // Never an empty or made-up list: the sentence says why the members are unknown.
        m_members->setText(
            QStringLiteral("<i>%1</i>")
                .arg(group->membersNote.isEmpty()
                         ? WidgetsTr::tr("The members of this group could not be described.")
                         : group->membersNote.toHtmlEscaped()));
        return;
    }
    if (group->members.empty()) {
        m_members->setText(
            group->state == QStringLiteral("Empty")
                ? WidgetsTr::tr("No members: the group is empty (no consumer is connected).")
                : WidgetsTr::tr("No members right now (state %1).")
                      .arg(group->state.isEmpty() ? WidgetsTr::tr("unknown")
                                                  : group->state.toHtmlEscaped()));
        return;
    }
    QStringList lines;
    constexpr int kShownMembers = 6;
    for (std::size_t i = 0; i < group->members.size() && i < kShownMembers; ++i) {
        const GroupMemberInfo& m = group->members[i];
        const QString assignment = assignmentText(m.assignment);
        lines.append(WidgetsTr::tr("<b>%1</b> on %2: %3")
                         .arg(m.clientId.toHtmlEscaped(), m.host.toHtmlEscaped(),
                              assignment.isEmpty() ? WidgetsTr::tr("no partitions") : assignment));
    }
    if (group->members.size() > kShownMembers)
        lines.append(WidgetsTr::tr("\u2026 and %n more", nullptr,
                                   static_cast<int>(group->members.size()) - kShownMembers));
    const QString count = group->memberCount() == 1
                              ? WidgetsTr::tr("1 member:")
                              : WidgetsTr::tr("%1 members:").arg(group->memberCount());
    m_members->setText(count + QLatin1Char(' ') + lines.join(QStringLiteral(" &middot; ")));
}

void LagGroupDetailPanel::updateSeries(const GroupLag* group) {
    QStringList topics;
    if (group)
        for (const GroupTopicLag& topic : group->topics)
            if (topics.size() < kMaxChartedTopics)
                topics.append(topic.topic);
    if (topics == m_chartedTopics && group && m_lagChart->series().size() > 0 &&
        m_lagChart->series().front().scope == group->groupId)
        return;
    m_chartedTopics = topics;
    if (!group) {
        m_lagChart->setSeries({});
        m_rates.clear();
        m_rateChart->setSeries({});
        return;
    }
    const QString& id = group->groupId;
    QStringList keys{QStringLiteral("total")};
    for (const QString& topic : std::as_const(topics)) {
        keys.append(QStringLiteral("c:") + topic);
        keys.append(QStringLiteral("p:") + topic);
    }
    const QHash<QString, QColor> colors = m_colors.assign(keys);

    QList<RateSeriesSpec> lagSeries;
    lagSeries.append({RateSeriesSpec::Kind::Cluster, QString(), -1, WidgetsTr::tr("all topics"),
                      colors.value(QStringLiteral("total")), id});
    if (group->topics.size() > 1)
        for (const QString& topic : std::as_const(topics))
            lagSeries.append({RateSeriesSpec::Kind::Topic, topic, -1, topic,
                              colors.value(QStringLiteral("c:") + topic), id});
    m_lagChart->setSeries(lagSeries);

    m_rates.clear();
    QList<RateSeriesSpec> rateSeries;
    for (const QString& topic : std::as_const(topics)) {
        if (m_consumeHistory)
            m_rates.route({kConsumed, topic, -1}, m_consumeHistory, {id, topic, -1});
        if (m_produceHistory)
            m_rates.route({kProduced, topic, -1}, m_produceHistory, TimeSeriesKey::ofTopic(topic));
        rateSeries.append({RateSeriesSpec::Kind::Topic, topic, -1,
                           WidgetsTr::tr("%1 consumed").arg(topic),
                           colors.value(QStringLiteral("c:") + topic), kConsumed});
        rateSeries.append({RateSeriesSpec::Kind::Topic, topic, -1,
                           WidgetsTr::tr("%1 produced").arg(topic),
                           colors.value(QStringLiteral("p:") + topic), kProduced});
    }
    m_rateChart->setSeries(rateSeries);
    m_rateChart->setTitle(group->topics.size() > static_cast<std::size_t>(kMaxChartedTopics)
                              ? WidgetsTr::tr("First %1 of %2 topics")
                                    .arg(kMaxChartedTopics)
                                    .arg(group->topics.size())
                              : QString());
}

void LagGroupDetailPanel::setThresholds(const LagThresholds& thresholds) {
    m_settingThresholds = true;
    m_notify->setChecked(thresholds.notify);
    m_maxLag->setValue(static_cast<int>(
        std::min<qint64>(thresholds.maxLagMessages.value_or(0), std::numeric_limits<int>::max())));
    m_maxSeconds->setValue(static_cast<int>(thresholds.maxTimeLagSeconds.value_or(0)));
    m_settingThresholds = false;
}

void LagGroupDetailPanel::emitThresholds() {
    if (m_settingThresholds || m_groupId.isEmpty())
        return;
    LagThresholds thresholds;
    thresholds.notify = m_notify->isChecked();
    if (m_maxLag->value() > 0)
        thresholds.maxLagMessages = m_maxLag->value();
    if (m_maxSeconds->value() > 0)
        thresholds.maxTimeLagSeconds = m_maxSeconds->value();
    Q_EMIT thresholdsEdited(m_groupId, thresholds);
}

void LagGroupDetailPanel::setResetAvailability(bool allowed, const QString& reason) {
    m_reset->setEnabled(allowed);
    m_reset->setToolTip(allowed ? WidgetsTr::tr("Move this group's committed offsets: preview "
                                                "first, then confirm")
                                : reason);
}

void LagGroupDetailPanel::notifyNewData() {
    m_lagChart->notifyNewData();
    m_rateChart->notifyNewData();
}

void LagGroupDetailPanel::setActive(bool active) {
    m_lagChart->setActive(active);
    m_rateChart->setActive(active);
}

void LagGroupDetailPanel::setTimeWindow(TimeWindow window) {
    if (m_lagChart->timeWindow() != window)
        m_lagChart->setTimeWindow(window);
    if (m_rateChart->timeWindow() != window)
        m_rateChart->setTimeWindow(window);
}

void LagGroupDetailPanel::setWide(bool wide) {
    const Qt::Orientation orientation = wide ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() == orientation)
        return;
    m_splitter->setOrientation(orientation);
    const int length = wide ? m_splitter->width() : m_splitter->height();
    if (length <= 0)
        return; // not laid out yet: the panes' stretch factors share the space
    // Side by side the partitions take less than half: their columns are narrow numbers.
    m_splitter->setSizes(wide ? QList<int>{length * 9 / 20, length - length * 9 / 20}
                              : QList<int>{length * 2 / 5, length - length * 2 / 5});
}

bool LagGroupDetailPanel::isWide() const {
    return m_splitter->orientation() == Qt::Horizontal;
}

int LagGroupDetailPanel::wideHeightWanted() const {
    // Title, verdict and members (one line each when wide), the alert row, and the chart: its
    // tool bar, plot and axis titles need about 16 text lines.
    const int line = fontMetrics().lineSpacing();
    return line * 6 + m_notify->sizeHint().height() + line * 16;
}

void LagGroupDetailPanel::saveSettings(QSettings& settings) const {
    settings.setValue(QStringLiteral("detailSplitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window"), timeWindowKey(m_lagChart->timeWindow()));
    settings.setValue(QStringLiteral("chartTab"), m_charts->currentIndex());
}

void LagGroupDetailPanel::restoreSettings(const QSettings& settings) {
    m_splitter->restoreState(settings.value(QStringLiteral("detailSplitter")).toByteArray());
    setTimeWindow(timeWindowFromKey(settings.value(QStringLiteral("window")).toString(),
                                    TimeWindow::FifteenMinutes));
    m_charts->setCurrentIndex(settings.value(QStringLiteral("chartTab"), 0).toInt());
}

} // namespace streamscope
