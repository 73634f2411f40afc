#pragma once

#include "common/LiveTableView.h"
#include "lag/LagTypes.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSettings;
class QStackedWidget;

namespace streamscope {

class LagGroupFilterModel;
class LagGroupModel;
class TimeSeriesSource;

// The consumer groups of the Lag page: a "Groups" title with a count, a filter by group id, the
// "problems first" switch, and the table (status, group, state, members, topics, lag, time lag,
// catch-up, sparkline). Where there is no row to show, a sentence says why (setEmptyText).
// The context menu of a row offers the desktop notification switch and the offset reset.
class LagGroupsPanel : public QWidget {
    Q_OBJECT
public:
    explicit LagGroupsPanel(QWidget* parent = nullptr);

    void setSnapshot(const LagSnapshotPtr& snapshot);
    void setHistory(const TimeSeriesSource* lagHistory);
    // What the panel says instead of an empty table (empty: the table shows, even if empty).
    void setEmptyText(const QString& text);
    QString emptyText() const;

    // The group of the current row; kept while a filter hides it.
    QString currentGroup() const { return m_current; }
    void selectGroup(const QString& groupId);
    // Makes the first row (the worst group while problems come first) current when no group is.
    void selectFirstGroupIfNone();
    void focusFilter();

    // How the context menu shows the notification switch of a group.
    void setNotifyQuery(std::function<bool(const QString&)> notifies) {
        m_notifies = std::move(notifies);
    }

    LagGroupModel* model() const { return m_model; }
    LagGroupFilterModel* proxy() const { return m_proxy; }
    LiveTableView* table() const { return m_table; }
    QCheckBox* problemsFirstBox() const { return m_problemsFirst; }
    // The width at which every shown column fits without scrolling sideways (the group column
    // at its minimum, frame and scroll bar included).
    int tableWidthWanted() const;

    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

Q_SIGNALS:
    void currentGroupChanged(const QString& groupId);
    void notifyToggled(const QString& groupId, bool notify);
    void resetOffsetsRequested(const QString& groupId);

private:
    void setUpColumns();
    void updateCount();
    void updateStack();
    void onCurrentChanged();
    void showContextMenu(const QPoint& position);

    int m_groupMinimumWidth = 0;
    LagGroupModel* m_model = nullptr;
    LagGroupFilterModel* m_proxy = nullptr;
    QLabel* m_count = nullptr;
    QLineEdit* m_filter = nullptr;
    QCheckBox* m_problemsFirst = nullptr;
    QStackedWidget* m_stack = nullptr;
    LiveTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QString m_current;
    bool m_hasSnapshot = false;
    std::function<bool(const QString&)> m_notifies;
};

} // namespace streamscope
