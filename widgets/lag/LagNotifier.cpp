#include "lag/LagNotifier.h"

#include "common/DrawnIcon.h"
#include "common/WidgetsTr.h"

#include <QApplication>
#include <QPainter>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QUrl>

#include <optional>

namespace streamscope {

namespace {

const QString kRoot = QStringLiteral("lagAlerts");

// Settings keys may not hold '/' (a group separator) and some characters are dropped: keep
// cluster and group names exactly by percent-encoding them.
QString settingsName(const QString& name) {
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString fromSettingsName(const QString& name) {
    return QUrl::fromPercentEncoding(name.toLatin1());
}

} // namespace

LagNotifier::LagNotifier(QObject* parent)
    : QObject(parent) {}

LagNotifier::~LagNotifier() = default;

bool LagNotifier::isAlarming(LagStatus status) {
    return status == LagStatus::Warn || status == LagStatus::Stall || status == LagStatus::Stop;
}

void LagNotifier::follow(const QString& clusterKey, LagMonitor* monitor) {
    m_clusterKey = clusterKey;
    m_monitor = monitor;
    m_thresholds.clear();
    m_lastStatus.clear();
    m_previous.reset();
    if (!clusterKey.isEmpty())
        load();
    if (m_monitor)
        for (auto it = m_thresholds.cbegin(); it != m_thresholds.cend(); ++it)
            m_monitor->setThresholds(it.key(), it.value());
}

void LagNotifier::load() {
    QSettings settings;
    settings.beginGroup(kRoot);
    settings.beginGroup(settingsName(m_clusterKey));
    for (const QString& child : settings.childGroups()) {
        settings.beginGroup(child);
        LagThresholds t;
        t.notify = settings.value(QStringLiteral("notify"), false).toBool();
        const qint64 maxLag = settings.value(QStringLiteral("maxLagMessages"), -1).toLongLong();
        if (maxLag > 0)
            t.maxLagMessages = maxLag;
        const double maxTime = settings.value(QStringLiteral("maxTimeLagSeconds"), -1).toDouble();
        if (maxTime > 0)
            t.maxTimeLagSeconds = maxTime;
        settings.endGroup();
        m_thresholds.insert(fromSettingsName(child), t);
    }
}

void LagNotifier::save(const QString& groupId, const LagThresholds& t) const {
    if (m_clusterKey.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(kRoot);
    settings.beginGroup(settingsName(m_clusterKey));
    const QString group = settingsName(groupId);
    if (!t.notify && !t.maxLagMessages && !t.maxTimeLagSeconds) {
        settings.remove(group); // back to the defaults: nothing to remember
        return;
    }
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("notify"), t.notify);
    settings.setValue(QStringLiteral("maxLagMessages"), t.maxLagMessages.value_or(-1));
    settings.setValue(QStringLiteral("maxTimeLagSeconds"), t.maxTimeLagSeconds.value_or(-1.0));
}

LagThresholds LagNotifier::thresholds(const QString& groupId) const {
    return m_thresholds.value(groupId);
}

void LagNotifier::setThresholds(const QString& groupId, const LagThresholds& thresholds) {
    m_thresholds.insert(groupId, thresholds);
    save(groupId, thresholds);
    if (m_monitor)
        m_monitor->setThresholds(groupId, thresholds);
}

void LagNotifier::setNotify(const QString& groupId, bool notify) {
    LagThresholds t = thresholds(groupId);
    if (t.notify == notify)
        return;
    t.notify = notify;
    setThresholds(groupId, t);
}

void LagNotifier::observe(const LagSnapshotPtr& snapshot) {
    if (!snapshot)
        return;
    const std::vector<GroupLag>* previous = m_previous ? &m_previous->groups : nullptr;
    bool remembered = false;
    for (std::size_t i = 0; i < snapshot->groups.size(); ++i) {
        const GroupLag& group = snapshot->groups[i];
        const LagStatus status = group.verdict.status;
        // Refreshes list the same groups in the same order, so the group at the same place in
        // the previous snapshot is this one: no hashing of 2,000 ids per refresh. Where the list
        // changed, the previous statuses go into the hash first (so a group that vanishes keeps
        // its last status), and the groups are looked up there.
        std::optional<LagStatus> last;
        if (previous && i < previous->size() && (*previous)[i].groupId == group.groupId) {
            last = (*previous)[i].verdict.status;
        } else {
            if (!remembered) {
                rememberStatuses();
                remembered = true;
            }
            const auto known = m_lastStatus.constFind(group.groupId);
            if (known != m_lastStatus.constEnd())
                last = *known;
        }
        if (!last || *last == status || !isAlarming(status) || !notifies(group.groupId))
            continue; // first seen, unchanged, not alarming or not opted in
        const QString title =
            WidgetsTr::tr("%1 is %2 on %3").arg(group.groupId, lagStatusName(status), m_clusterKey);
        show(title, group.verdict.explanation);
        Q_EMIT notified(group.groupId, title, group.verdict.explanation);
    }
    m_previous = snapshot;
}

void LagNotifier::rememberStatuses() {
    if (!m_previous)
        return;
    for (const GroupLag& group : m_previous->groups)
        m_lastStatus.insert(group.groupId, group.verdict.status);
}

void LagNotifier::show(const QString& title, const QString& text) {
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(this);
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = drawnIcon({16, 24, 32}, [](QPainter& painter, int size) {
                painter.setBrush(QColor(0xc7, 0x8a, 0x00));
                painter.setPen(Qt::NoPen);
                painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
            });
        m_tray->setIcon(icon);
        m_tray->setToolTip(WidgetsTr::tr("Streamscope: consumer lag alerts"));
        m_tray->show();
    }
    m_tray->showMessage(title, text, QSystemTrayIcon::Warning, 10'000);
}

} // namespace streamscope
