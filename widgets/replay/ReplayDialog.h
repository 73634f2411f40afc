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
class QGroupBox;
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
    // The Browse page's "Replay listed offsets...": a source of (partition, offset) pairs of
    // `topic` that the user pastes into the dialog.
    static ReplayDialog* openForOffsets(QWidget* parent, const ConnectionProfile& profile,
                                        const QString& topic,
                                        const QList<ConnectionProfile>& targets = {});

    ReplayDialog(ReplaySource source, QList<ConnectionProfile> targets, QWidget* parent = nullptr);
    ~ReplayDialog() override;

    ReplayOptions options() const;
    // What "Replay" would replay: the given source, or the pasted offsets as a range of the
    // source topic (an error while the list does not read).
    Expected<ReplaySource> effectiveSource() const;
    // Replay listed offsets instead of the given source (text: "P:O" pairs, one or more a line).
    void setOffsetList(const QString& text);
    // Whether the listed offsets are the source (always, when opened for them; else when ticked).
    bool usesOffsetList() const;
    QGroupBox* offsetsBox() const { return m_offsetsBox; }
    QLabel* offsetsState() const { return m_offsetsState; }
    QPushButton* replayButton() const { return m_replay; }
    QPushButton* dryRunButton() const { return m_dryRun; }
    // The guard's verdict for the current choice (without cluster ids: bootstrap lists).
    SandboxDecision currentDecision() const;

Q_SIGNALS:
    // The replay was handed to the status bar (tests watch this).
    void replayStarted();

private:
    void updateGuard();
    void runDryRun();
    void startReplay();
    void launch(const ReplaySource& source, ReplayOptions options);

    ReplaySource m_source;
    QList<ConnectionProfile> m_targets;
    QLabel* m_summary = nullptr;
    QGroupBox* m_offsetsBox = nullptr;
    QPlainTextEdit* m_offsets = nullptr;
    QLabel* m_offsetsState = nullptr;
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
