#include "lag/LagPage.h"

#include "common/DisplayFormat.h"
#include "common/DrawnIcon.h"
#include "common/LiveTextLabel.h"
#include "common/SplitterSetup.h"
#include "common/WidgetsTr.h"
#include "lag/LagFeed.h"
#include "lag/LagGroupDetailPanel.h"
#include "lag/LagGroupsPanel.h"
#include "lag/LagMonitor.h"
#include "lag/LagNotifier.h"
#include "lag/OffsetReset.h"
#include "lag/ResetOffsetsDialog.h"
#include "session/ClusterSession.h"
#include "session/SessionServices.h"
#include "throughput/ThroughputHistory.h"
#include "throughput/ThroughputTracker.h"

#include <QLabel>
#include <QPainter>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace streamscope {

namespace {

// An hourglass: "how far behind, how long until caught up".
QIcon lagIcon(const QColor& color) {
    return drawnIcon({16, 24, 32, 48}, [&color](QPainter& painter, int size) {
        const qreal u = size / 16.0;
        painter.setPen(QPen(color, 1.4 * u, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawLine(QPointF(3.5 * u, 2 * u), QPointF(12.5 * u, 2 * u));
        painter.drawLine(QPointF(3.5 * u, 14 * u), QPointF(12.5 * u, 14 * u));
        QPolygonF glass;
        glass << QPointF(4.5 * u, 2 * u) << QPointF(11.5 * u, 2 * u) << QPointF(8 * u, 8 * u)
              << QPointF(11.5 * u, 14 * u) << QPointF(4.5 * u, 14 * u) << QPointF(8 * u, 8 * u);
        painter.drawPolygon(glass);
        painter.setBrush(color);
        painter.drawPolygon(QPolygonF{QPointF(5.8 * u, 13 * u), QPointF(10.2 * u, 13 * u),
                                      QPointF(8 * u, 10.5 * u)});
    });
}

} // namespace

LagPage::LagPage(QWidget* parent)
    : ClusterPage(parent)
    , m_feed(new LagFeed(this))
    , m_notifier(new LagNotifier(this))
    , m_summary(new LiveTextLabel(this))
    , m_groups(new LagGroupsPanel(this))
    , m_detail(new LagGroupDetailPanel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this)) {
    setObjectName(QStringLiteral("lagPage"));
    m_summary->setObjectName(QStringLiteral("lagSummary"));

    addSplitterPanes(m_splitter, {{m_groups, 6}, {m_detail, 5}});
    m_splitter->setHandleWidth(12);
    const int em = fontMetrics().averageCharWidth();
    m_splitter->setSizes({em * 120, em * 100});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);

    m_groups->setNotifyQuery([this](const QString& group) { return m_notifier->notifies(group); });
    connect(m_feed, &LagFeed::updated, this, &LagPage::receiveSnapshot);
    connect(m_groups, &LagGroupsPanel::currentGroupChanged, this, &LagPage::updateDetail);
    connect(m_groups, &LagGroupsPanel::notifyToggled, this, [this](const QString& group, bool on) {
        m_notifier->setNotify(group, on);
        if (group == m_detail->groupId())
            m_detail->setThresholds(m_notifier->thresholds(group));
    });
    connect(m_groups, &LagGroupsPanel::resetOffsetsRequested, this, &LagPage::openResetDialog);
    connect(m_detail, &LagGroupDetailPanel::thresholdsEdited, m_notifier,
            &LagNotifier::setThresholds);
    connect(m_detail, &LagGroupDetailPanel::resetOffsetsRequested, this, &LagPage::openResetDialog);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_groups, &LagGroupsPanel::focusFilter);

    m_detail->setActive(false);
    updateSummary();
    updateEmptyState();
}

LagPage::~LagPage() {
    // The panels read the session's histories: let go of them before the members go.
    m_groups->setHistory(nullptr);
    m_detail->setSources(nullptr, nullptr, nullptr);
}

QString LagPage::pageTitle() const {
    return WidgetsTr::tr("Lag");
}

QIcon LagPage::pageIcon() const {
    return lagIcon(palette().color(QPalette::Text));
}

QString LagPage::clusterKey() const {
    if (!m_session)
        return {};
    const ConnectionProfile& profile = m_session->profile();
    return profile.name.isEmpty() ? profile.bootstrapServers : profile.name;
}

void LagPage::setSession(ClusterSession* session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &ClusterSession::stateChanged, this, [this] {
            updateSummary();
            updateEmptyState();
            updateDetail();
        });
    updateSummary();
    updateEmptyState();
}

void LagPage::setServices(SessionServices* services) {
    LagMonitor* monitor = services ? &services->lag() : nullptr;
    m_services = services;
    m_feed->follow(monitor);
    m_latest.drop();
    m_shown.reset();
    m_notifier->follow(monitor ? clusterKey() : QString(), monitor);
    // Another cluster (or none): nothing of the old one may stay on screen.
    m_groups->setSnapshot(nullptr);
    m_groups->setHistory(monitor ? &monitor->history(LagMetric::Lag) : nullptr);
    m_detail->setSources(monitor ? &monitor->history(LagMetric::Lag) : nullptr,
                         monitor ? &monitor->history(LagMetric::ConsumeRate) : nullptr,
                         services ? &services->throughput().history() : nullptr);
    if (monitor && monitor->latest())
        receiveSnapshot(monitor->latest());
    updateDetail();
    updateSummary();
    updateEmptyState();
}

void LagPage::setPageActive(bool active) {
    ClusterPage::setPageActive(active);
    m_detail->setActive(active);
    m_latest.setActive(active);
}

void LagPage::receiveSnapshot(const LagSnapshotPtr& snapshot) {
    // Even while hidden: an alert must not wait until someone opens the page.
    m_notifier->observe(snapshot);
    m_latest.offer(snapshot);
}

void LagPage::applyLag(const LagSnapshotPtr& snapshot) {
    m_shown = snapshot;
    m_groups->setSnapshot(snapshot);
    // The detail of the worst group instead of an empty half page on the first data.
    m_groups->selectFirstGroupIfNone();
    m_detail->notifyNewData();
    updateDetail();
    updateSummary();
    updateEmptyState();
    Q_EMIT lagShown();
}

QString LagPage::emptyStateText(const EmptyStateInput& input) {
    if (!input.hasSession)
        return WidgetsTr::tr("Not connected: connect to a cluster to see its consumer groups.");
    const bool hasGroups = input.snapshot && !input.snapshot->groups.empty();
    if (!input.connected && !hasGroups)
        return input.connectionProblem.isEmpty()
                   ? WidgetsTr::tr("The cluster cannot be reached: its consumer groups are "
                                   "unknown until it answers again.")
                   : WidgetsTr::tr("The cluster cannot be reached (%1): its consumer groups are "
                                   "unknown until it answers again.")
                         .arg(input.connectionProblem);
    if (!input.snapshot)
        return WidgetsTr::tr("Reading the consumer groups and their committed offsets\u2026");
    if (!input.snapshot->error.isEmpty() && !hasGroups)
        return WidgetsTr::tr("The consumer groups could not be read: %1. Streamscope tries again "
                             "with every refresh.")
            .arg(input.snapshot->error);
    if (!hasGroups)
        // Kafka lists only the groups the user may DESCRIBE: with ACLs, "none" may mean hidden.
        return WidgetsTr::tr("No consumer groups on this cluster that this user may see: no "
                             "consumer has joined a group or committed an offset yet, or the "
                             "cluster's ACLs hide them (a group is listed only with DESCRIBE "
                             "permission on it).");
    return {};
}

QString LagPage::resetRefusal(const ConnectionProfile* profile, const GroupLag* group) {
    if (!profile)
        return WidgetsTr::tr("Not connected.");
    if (const QString refusal = offsetResetRefusal(*profile); !refusal.isEmpty())
        return refusal;
    if (!group)
        return WidgetsTr::tr("Select a group.");
    if (group->state != QStringLiteral("Empty"))
        return WidgetsTr::tr("Kafka resets offsets only of an empty group; \u201c%1\u201d is %2. "
                             "Stop its consumers first.")
            .arg(group->groupId,
                 group->state.isEmpty() ? WidgetsTr::tr("in an unknown state") : group->state);
    return {};
}

void LagPage::updateEmptyState() {
    EmptyStateInput input;
    input.hasSession = m_session != nullptr && m_services != nullptr;
    input.connected = m_session && m_session->state() == ConnectionState::Connected;
    input.connectionProblem = m_session ? m_session->stateMessage() : QString();
    input.snapshot = m_shown;
    m_groups->setEmptyText(emptyStateText(input));
}

void LagPage::updateDetail() {
    const QString current = m_groups->currentGroup();
    const GroupLag* group = m_shown && !current.isEmpty() ? m_shown->findGroup(current) : nullptr;
    QString placeholder;
    if (!m_shown || m_shown->groups.empty())
        placeholder = WidgetsTr::tr("The details of a group show here: its partitions, members "
                                    "and lag history.");
    else if (!current.isEmpty())
        placeholder =
            WidgetsTr::tr("Group \u201c%1\u201d is no longer on the cluster.").arg(current);
    else
        placeholder = WidgetsTr::tr("Select a group to see its partitions, members and history.");
    const bool newGroup = (group ? group->groupId : QString()) != m_detail->groupId();
    m_detail->setGroup(group, placeholder);
    if (group && newGroup)
        m_detail->setThresholds(m_notifier->thresholds(group->groupId));
    const QString refusal = resetRefusal(m_session ? &m_session->profile() : nullptr, group);
    m_detail->setResetAvailability(refusal.isEmpty(), refusal);
}

void LagPage::updateSummary() {
    const QLocale locale = displayLocale();
    if (!m_session || !m_services) {
        m_summary->setText(WidgetsTr::tr("Not connected."));
        return;
    }
    if (!m_shown) {
        m_summary->setText(WidgetsTr::tr("Consumer groups of %1")
                               .arg(m_session->profile().describe().toHtmlEscaped()));
        return;
    }
    int problems = 0;
    int unknown = 0;
    qint64 totalLag = 0;
    for (const GroupLag& group : m_shown->groups) {
        const LagStatus status = group.verdict.status;
        if (status != LagStatus::Ok && status != LagStatus::Unknown)
            ++problems;
        if (!group.error.isEmpty())
            ++unknown;
        totalLag += group.totalLag;
    }
    QStringList parts;
    parts.append(
        WidgetsTr::tr("<b>%1</b> groups").arg(formatCount(locale, qint64(m_shown->groups.size()))));
    parts.append(problems == 0 ? WidgetsTr::tr("no problems")
                               : QStringLiteral("<span style=\"color:#c62828\">%1</span>")
                                     .arg(WidgetsTr::tr("%n with problems", nullptr, problems)));
    if (unknown > 0)
        parts.append(QStringLiteral("<span style=\"color:#c62828\">%1</span>")
                         .arg(WidgetsTr::tr("%n could not be read", nullptr, unknown)));
    parts.append(WidgetsTr::tr("total lag %1").arg(formatCount(locale, totalLag)));
    if (m_shown->sampledAt.isValid())
        parts.append(
            WidgetsTr::tr("refreshed at %1 in %2 ms")
                .arg(m_shown->sampledAt.toLocalTime().time().toString(QStringLiteral("HH:mm:ss")))
                .arg(m_shown->refreshDurationMs));
    if (m_session->state() != ConnectionState::Connected)
        parts.append(QStringLiteral("<span style=\"color:#c62828\">%1</span>")
                         .arg(WidgetsTr::tr("%1: these are the last figures read")
                                  .arg(connectionStateName(m_session->state()))));
    m_summary->setText(parts.join(QStringLiteral(" &middot; ")));
}

void LagPage::openResetDialog(const QString& groupId) {
    const GroupLag* group = m_shown ? m_shown->findGroup(groupId) : nullptr;
    if (!m_session || !group)
        return;
    // The dialog explains a refusal itself (read-only profile, group not empty).
    auto* dialog = new ResetOffsetsDialog(m_session->profile(), clusterKey(), m_session->snapshot(),
                                          *group, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LagPage::saveSettings(QSettings& settings) const {
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    m_groups->saveSettings(settings);
    m_detail->saveSettings(settings);
}

void LagPage::restoreSettings(const QSettings& settings) {
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_groups->restoreSettings(settings);
    m_detail->restoreSettings(settings);
    updateOrientation(); // a saved state carries the orientation of the window it was saved in
}

void LagPage::resizeEvent(QResizeEvent* event) {
    ClusterPage::resizeEvent(event);
    updateOrientation();
}

void LagPage::updateOrientation() {
    // Side by side while the groups table fits in at most 60% of the width (the detail keeps
    // the rest); otherwise the detail goes below the table, which then has the whole width.
    const int length = m_splitter->width() - m_splitter->handleWidth();
    const int wanted = m_groups->tableWidthWanted();
    const Qt::Orientation orientation = wanted <= length * 3 / 5 ? Qt::Horizontal : Qt::Vertical;
    const bool tableSqueezed =
        orientation == Qt::Horizontal && m_splitter->sizes().value(0) < wanted;
    // Below the table the detail has the whole width: partitions and charts side by side.
    m_detail->setWide(orientation == Qt::Vertical);
    if (m_splitter->orientation() == orientation && !tableSqueezed)
        return;
    m_splitter->setOrientation(orientation);
    if (orientation == Qt::Horizontal) {
        const int groups = std::max(wanted, length * 6 / 11);
        m_splitter->setSizes({groups, length - groups});
    } else {
        // The detail below gets what its chart needs to show its axis titles; the groups table
        // (which scrolls) the rest, at least a third.
        const int height = m_splitter->height() - m_splitter->handleWidth();
        const int detail = std::min(m_detail->wideHeightWanted(), height * 2 / 3);
        m_splitter->setSizes({height - detail, detail});
    }
}

} // namespace streamscope
