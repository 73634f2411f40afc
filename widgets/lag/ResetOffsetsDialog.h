#pragma once

#include "cluster/ClusterMetadata.h"
#include "cluster/ConnectionProfile.h"
#include "common/LatestOnlyRunner.h"
#include "lag/LagTypes.h"
#include "lag/OffsetReset.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;

namespace streamscope {

// Reset the committed offsets of one consumer group: earliest, latest, a time, a specific offset
// or a shift by N, for all or chosen topics and partitions. A preview table of old and new
// offsets comes first (the plan is computed in core: OffsetResetPlan, clamped to [start, end] of
// the cluster snapshot; offsets-for-times are read off the GUI thread); only then can the reset
// run, after a confirmation that names the cluster and the group. Allowed only for an EMPTY group
// (the broker requires it) on a profile that is not read-only; otherwise the dialog says why
// and offers no reset. The reset runs off the GUI thread and its result shows in the table.
class ResetOffsetsDialog : public QDialog {
    Q_OBJECT
public:
    ResetOffsetsDialog(const ConnectionProfile& profile, const QString& clusterName,
                       ClusterSnapshot cluster, const GroupLag& group, QWidget* parent = nullptr);
    ~ResetOffsetsDialog() override;

    // Why no reset is possible here (read-only profile, group not empty); empty when it is.
    QString blockedReason() const { return m_blockedReason; }

    void setSpec(const OffsetResetSpec& spec);
    OffsetResetSpec spec() const;
    // Only these topics (empty: every topic of the group).
    void chooseTopics(const QStringList& topics);
    // Computes the preview (asynchronously in the timestamp mode: previewReady() tells).
    void preview();
    const std::optional<OffsetResetPlan>& plan() const { return m_plan; }
    // Runs the reset without asking (the confirmation is the Reset button's); resetFinished().
    void executeWithoutConfirmation();

    QTableWidget* previewTable() const { return m_table; }
    QPushButton* resetButton() const { return m_reset; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void previewReady();
    void resetFinished(bool ok, const QString& message);

private:
    void buildScope();
    std::vector<OffsetResetInput> chosenInputs() const;
    void showPlan(Expected<OffsetResetPlan> plan);
    void confirmAndExecute();
    void showResult(const Expected<std::vector<AlteredOffset>>& result);
    void updateModeWidgets();
    void markStale();
    void setStatus(const QString& text, bool error);

    ConnectionProfile m_profile;
    QString m_clusterName;
    ClusterSnapshot m_cluster;
    GroupLag m_group;
    QString m_blockedReason;
    std::optional<OffsetResetPlan> m_plan;
    LatestOnlyRunner m_runner{this};

    QComboBox* m_mode = nullptr;
    QStackedWidget* m_values = nullptr;
    QDateTimeEdit* m_time = nullptr;
    QLineEdit* m_offset = nullptr;
    QLineEdit* m_shift = nullptr;
    QTreeWidget* m_scope = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_reset = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace streamscope
