#pragma once

#include "replay/ReplayTypes.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QMainWindow;
class QTimer;
class QToolButton;

namespace streamscope {

class ReplayJob;

// The running replay in the main window's status bar: target, counts, rate and ETA, with pause,
// resume and cancel, then the final report (a button opens it). The user keeps working; the
// widget polls the job's progress on a 250 ms timer (never one signal per record). One replay at
// a time per window.
class ReplayStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit ReplayStatusWidget(QWidget* parent = nullptr);
    ~ReplayStatusWidget() override;

    // The widget of this window's status bar, created and added on first use.
    static ReplayStatusWidget* of(QMainWindow* window);

    // Takes the job (not started yet) and starts it. False when a replay is still running.
    bool run(std::unique_ptr<ReplayJob> job);
    bool isBusy() const;
    // The last finished report (empty id while none).
    const ReplayReport& lastReport() const { return m_report; }
    QString text() const;

Q_SIGNALS:
    void replayFinished(const streamscope::ReplayReport& report);

private:
    void refresh();
    void onFinished(const ReplayReport& report);
    void showReport();

    std::unique_ptr<ReplayJob> m_job;
    ReplayReport m_report;
    QLabel* m_label = nullptr;
    QToolButton* m_pause = nullptr;
    QToolButton* m_cancel = nullptr;
    QToolButton* m_reportButton = nullptr;
    QToolButton* m_historyButton = nullptr; // the list of past replays
    QToolButton* m_close = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace streamscope
