#pragma once

#include "lag/LagMonitor.h"
#include "lag/LagTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace streamscope {

// Desktop notifications when a consumer group turns WARN, STALL or STOP, and the per-group user
// thresholds behind them. Opt-in per group; the choice and the thresholds are remembered in
// QSettings per cluster ("lagAlerts/<cluster>/<group>") and handed to the monitor
// (LagMonitor::setThresholds) whenever a cluster is followed or a value changes.
//
// Notifications go through a QSystemTrayIcon where the desktop has a tray
// (QSystemTrayIcon::isSystemTrayAvailable); notified() is emitted either way, so the page (and
// tests) see every alert.
class LagNotifier : public QObject {
    Q_OBJECT
public:
    explicit LagNotifier(QObject* parent = nullptr);
    ~LagNotifier() override;

    // The cluster whose groups are watched (a key naming it for the settings: the profile's name
    // or bootstrap servers) and its monitor; empty key / nullptr when disconnected.
    void follow(const QString& clusterKey, LagMonitor* monitor);
    QString clusterKey() const { return m_clusterKey; }

    LagThresholds thresholds(const QString& groupId) const;
    // Saves and applies them (notify flag included).
    void setThresholds(const QString& groupId, const LagThresholds& thresholds);
    bool notifies(const QString& groupId) const { return thresholds(groupId).notify; }
    void setNotify(const QString& groupId, bool notify);

    // Every refresh, shown or not: compares each opted-in group's status with its last one.
    void observe(const LagSnapshotPtr& snapshot);

    static bool isAlarming(LagStatus status);

Q_SIGNALS:
    // A notification was raised (title: the group and its new status; text: the explanation).
    void notified(const QString& groupId, const QString& title, const QString& text);

private:
    void load();
    void save(const QString& groupId, const LagThresholds& thresholds) const;
    void show(const QString& title, const QString& text);
    // Puts the statuses of m_previous into m_lastStatus (done only when the group list changed).
    void rememberStatuses();

    QString m_clusterKey;
    QPointer<LagMonitor> m_monitor;
    QHash<QString, LagThresholds> m_thresholds;
    // The last status of every group seen: m_previous's groups, and m_lastStatus for the groups
    // of older snapshots (brought up to date from m_previous whenever the group list changes).
    LagSnapshotPtr m_previous;
    QHash<QString, LagStatus> m_lastStatus;
    QSystemTrayIcon* m_tray = nullptr; // created on the first notification where a tray exists
};

} // namespace streamscope
