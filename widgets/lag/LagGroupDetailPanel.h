#pragma once

#include "charts/SeriesColors.h"
#include "charts/TimeWindow.h"
#include "common/LiveTextLabel.h"
#include "common/TimeSeriesMux.h"
#include "lag/LagTypes.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSettings;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace streamscope {

class LagDetailModel;
class RateChart;
class TimeSeriesSource;

// The right side of the Lag page: one consumer group in detail.
//   header    the group, its state, status and the sentence that explains the status
//   members   who owns what (client id, host, partitions), or why the members are unknown
//   alerts    desktop notification switch and the user's thresholds (messages, seconds)
//   tree      topic -> partition: committed, end, lag or "no commit", time lag, owner
//   charts    the lag history (group and its topics), and the group's consumption rate against
//             its topics' produce rate on one chart (lag history + throughput history, routed
//             through a TimeSeriesMux)
class LagGroupDetailPanel : public QWidget {
    Q_OBJECT
public:
    // More topics than this on the rate chart (two lines each) would be unreadable.
    static constexpr int kMaxChartedTopics = 5;

    explicit LagGroupDetailPanel(QWidget* parent = nullptr);
    ~LagGroupDetailPanel() override;

    // Where the charts read: LagMonitor::history(Lag) and (ConsumeRate), and the throughput
    // history for produce rates. Any may be nullptr (no session); all must outlive the panel or
    // be reset first.
    void setSources(const TimeSeriesSource* lagHistory, const TimeSeriesSource* consumeHistory,
                    const TimeSeriesSource* produceHistory);
    // The group to show, from the newest snapshot; nullptr shows `placeholder` instead.
    void setGroup(const GroupLag* group, const QString& placeholder = {});
    QString groupId() const { return m_groupId; }
    // The alert settings of the shown group (no signal).
    void setThresholds(const LagThresholds& thresholds);
    // Whether the offset reset may be offered, and if not, why (the button's tooltip).
    void setResetAvailability(bool allowed, const QString& reason);

    void notifyNewData();
    void setActive(bool active);
    void setTimeWindow(TimeWindow window);
    // Wide and short (below the groups table, with the page's whole width): partitions and
    // charts side by side instead of one above the other, so neither is squeezed to a few
    // rows. Otherwise (beside the table) they are stacked.
    void setWide(bool wide);
    bool isWide() const;
    // The height the panel needs when wide: its header lines plus a chart that shows its axis
    // titles and a few partitions.
    int wideHeightWanted() const;

    LagDetailModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    LiveTextLabel* titleLabel() const { return m_title; }
    LiveTextLabel* verdictLabel() const { return m_verdict; }
    LiveTextLabel* membersLabel() const { return m_members; }
    QCheckBox* notifyBox() const { return m_notify; }
    QPushButton* resetButton() const { return m_reset; }
    RateChart* lagChart() const { return m_lagChart; }
    RateChart* rateChart() const { return m_rateChart; }

    void saveSettings(QSettings& settings) const;
    void restoreSettings(const QSettings& settings);

Q_SIGNALS:
    void thresholdsEdited(const QString& groupId, const streamscope::LagThresholds& thresholds);
    void resetOffsetsRequested(const QString& groupId);

private:
    void updateHeader(const GroupLag* group);
    void updateMembers(const GroupLag* group);
    void updateSeries(const GroupLag* group);
    void emitThresholds();

    QString m_groupId;
    QStringList m_chartedTopics;
    bool m_settingThresholds = false;
    const TimeSeriesSource* m_lagHistory = nullptr;
    const TimeSeriesSource* m_consumeHistory = nullptr;
    const TimeSeriesSource* m_produceHistory = nullptr;
    TimeSeriesMux m_rates; // consumed and produced rates under one source
    SeriesColors m_colors;

    LiveTextLabel* m_title = nullptr;
    LiveTextLabel* m_verdict = nullptr;
    LiveTextLabel* m_members = nullptr;
    QCheckBox* m_notify = nullptr;
    QSpinBox* m_maxLag = nullptr;
    QSpinBox* m_maxSeconds = nullptr;
    QPushButton* m_reset = nullptr;
    QWidget* m_body = nullptr;
    QLabel* m_placeholder = nullptr;
    LagDetailModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    QTabWidget* m_charts = nullptr;
    RateChart* m_lagChart = nullptr;
    RateChart* m_rateChart = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace streamscope
