#pragma once

#include "common/LatestOnlyRunner.h"
#include "replay/ReplayTypes.h"
#include "replay/SandboxGuard.h"

#include <QDialog>
#include <QList>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace streamscope {

class ReplayJob;

// Replays the browser's selection, its filtered set or a range into a sandbox: source summary,
// target profile and topic, the sandbox guard's verdict with its reason (shown as you type; the
// engine checks again with cluster ids), fidelity and rate options, a dry-run preview. "Replay"
// asks first when the target profile is read-only, and before creating a missing target topic;
// the replay then runs in the main window's status bar (ReplayStatusWidget) and the dialog closes.
class ReplayDialog : public QDialog {
    Q_OBJECT
public:
    // The entry point for the Browse page's "Replay selection / filtered set..." action: opens a
    // non-modal dialog that deletes itself when closed. targets: the profiles offered as targets
    // (empty: the source's own cluster plus every saved profile).
    static ReplayDialog* open(QWidget* parent, const ReplaySource& source,
                              const QList<ConnectionProfile>& targets = {});

    ReplayDialog(ReplaySource source, QList<ConnectionProfile> targets, QWidget* parent = nullptr);
    ~ReplayDialog() override;

    ReplayOptions options() const;
    // The guard's verdict for the current choice (without cluster ids: bootstrap lists).
    SandboxDecision currentDecision() const;

Q_SIGNALS:
    // The replay was handed to the status bar (tests watch this).
    void replayStarted();

private:
    void updateGuard();
    void runDryRun();
    void startReplay();
    void launch(ReplayOptions options);

    ReplaySource m_source;
    QList<ConnectionProfile> m_targets;
    QComboBox* m_targetProfile = nullptr;
    QLineEdit* m_targetTopic = nullptr;
    QLabel* m_guard = nullptr;
    QComboBox* m_partitioning = nullptr;
    QComboBox* m_timestamps = nullptr;
    QCheckBox* m_provenance = nullptr;
    QCheckBox* m_verify = nullptr;
    QDoubleSpinBox* m_rate = nullptr;
    QComboBox* m_rateUnit = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QPushButton* m_dryRun = nullptr;
    QPushButton* m_replay = nullptr;
    std::unique_ptr<ReplayJob> m_dryJob;
    LatestOnlyRunner m_inspect;
};

} // namespace streamscope
