#pragma once

#include "common/LatestOnlyRunner.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace streamscope {

class ReplayHistoryModel;

// Past replays (core/replay/ReplayHistory, shared with the CLI): when, outcome, source, target,
// records, verification and duration, newest first; the selected replay's whole report below
// (reason, counts, events). Loaded off the GUI thread; "Reload" reads the file again. Reached from
// the Browse page's Replay menu and the status bar's replay widget.
class ReplayHistoryDialog : public QDialog {
    Q_OBJECT
public:
    // Opens a non-modal dialog that deletes itself when closed.
    static ReplayHistoryDialog* open(QWidget* parent, const QString& path = {});

    // path: the history file (empty: ReplayHistory::defaultPath()).
    explicit ReplayHistoryDialog(const QString& path = {}, QWidget* parent = nullptr);

    void reload();
    ReplayHistoryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPlainTextEdit* details() const { return m_details; }
    QLabel* placeholder() const { return m_placeholder; }

Q_SIGNALS:
    void loaded(int entries);

private:
    void showSelected();

    QString m_path;
    ReplayHistoryModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_placeholder = nullptr;
    QStackedWidget* m_stack = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QLabel* m_where = nullptr;
    QPushButton* m_reload = nullptr;
    LatestOnlyRunner m_loader{this};
};

} // namespace streamscope
