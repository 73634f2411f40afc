#pragma once

#include "browse/BrowseFetch.h"
#include "checks/CheckReport.h"
#include "cluster/ClusterMetadata.h"
#include "common/Generation.h"
#include "common/LatestOnlyRunner.h"
#include "common/LatestWhileHidden.h"
#include "shell/ClusterPage.h"

#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace streamscope {

class BrowseControls;
class BrowseFetcher;
class CheckFindingsModel;
class CheckOptionsBar;
class EventChecks;
class LatencyHistogramChart;
class MessageStore;
class StateBanner;

// The Checks page (issue 11): event health checks (duplicates, order per key, keys on several
// partitions, versions, malformed records, flow latency) over a topic range or over rows the
// Browse page hands over ("Check these events…").
//   top     the range (the Browse page's BrowseControls: Run reads it with a BrowseFetcher into
//           a MessageStore), the check options, the progress of the checks
//   middle  one summary line per check (green, amber, red, grey) expanding into its findings;
//           double-click or "Open in Browse" shows a finding's records on the Browse page
//   bottom  the latency histogram of a step, p50/p95/p99 marked
// A range is checked while it is read: the BrowseFetcher's thread hands each record to one
// EventChecks and keeps none (memory grows with the distinct events, ~100 bytes each, never with
// the payloads), then the findings are made on a worker (LatestOnlyRunner). Rows handed over by
// the Browse page are checked on the worker (core/checks checkStore), and the page lets go of
// that store when the run ends. Progress and Cancel in both; the GUI thread never waits for the
// checks or the broker.
class ChecksPage : public ClusterPage {
    Q_OBJECT
public:
    explicit ChecksPage(QWidget* parent = nullptr);
    ~ChecksPage() override;

    QString pageTitle() const override;
    QIcon pageIcon() const override;
    void setSession(ClusterSession* session) override;
    void setPageActive(bool active) override;
    void saveSettings(QSettings& settings) const override;
    void restoreSettings(const QSettings& settings) override;

    // Reads the range the controls describe and checks it; false (and a sentence) when the
    // controls are invalid or there is no session.
    bool runChecks();
    // Checks rows of a loaded store (every row when rows is empty): the Browse page's selection
    // or filtered set. description says what they are ("3 selected messages of orders").
    void checkRows(std::shared_ptr<MessageStore> store, std::vector<size_t> rows,
                   const QString& description);
    // Stops the read or the checks; nothing is shown of a cancelled run.
    void cancelChecks();
    bool isRunning() const { return m_phase != Phase::Idle; }

    const std::optional<CheckReport>& report() const { return m_report; }
    BrowseControls* controls() const { return m_controls; }
    CheckOptionsBar* optionsBar() const { return m_options; }
    CheckFindingsModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    LatencyHistogramChart* histogram() const { return m_histogram; }
    StateBanner* banner() const { return m_banner; }
    QLabel* emptyLabel() const { return m_empty; }
    QLabel* sourceLabel() const { return m_source; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* openButton() const { return m_openButton; }
    // Asks to open the records behind a findings row (openInBrowseRequested); false without any.
    bool openInBrowse(const QModelIndex& index);

Q_SIGNALS:
    // A run ended with a report (not when cancelled or when there was nothing to check).
    void checksFinished();
    // Show these records on the Browse page: the partitions ("0, 2") and where to start and stop
    // in each, in the CLI's spelling (offset:0=17,2=40 and offset:0=68,2=91: every copy of a
    // finding, with some context after the last one in each partition).
    void openInBrowseRequested(const QString& topic, const QString& partitions,
                               const QString& startSpec, const QString& stopSpec);

private:
    enum class Phase { Idle, Reading, Checking };

    void applySnapshot(const ClusterSnapshot& snapshot);
    void onFetchFinished(const BrowseOutcome& outcome);
    void startChecks();
    void finishStreamedChecks(qint64 records);
    void onChecksDone(CheckReport report);
    void releaseInputs();
    void updateProgress();
    void updateState();
    void updateOpenButton();
    void clearReport();
    void fitNameColumn();

    QPointer<ClusterSession> m_session;
    LatestWhileHidden<ClusterSnapshot> m_latest{
        [this](const ClusterSnapshot& snapshot) { applySnapshot(snapshot); }};

    StateBanner* m_banner;
    BrowseControls* m_controls;
    CheckOptionsBar* m_options;
    QLabel* m_source;
    QProgressBar* m_progress;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    CheckFindingsModel* m_model;
    QTreeView* m_tree;
    QPushButton* m_openButton;
    LatencyHistogramChart* m_histogram;
    QSplitter* m_splitter;

    Phase m_phase = Phase::Idle;
    // Rows handed over by the Browse page, held only while they are checked.
    std::shared_ptr<MessageStore> m_store;
    std::vector<size_t> m_rows; // empty: every row of m_store
    // A range read: the checks the fetcher's thread feeds, held until the findings are made.
    std::shared_ptr<EventChecks> m_streamed;
    std::shared_ptr<std::atomic<qint64>> m_streamedBytes; // m_streamed's memory, now and then
    QString m_topic;                                      // of the last run
    QString m_description;                                // what is checked, for the source line
    std::unique_ptr<BrowseFetcher> m_fetcher;
    Generation m_fetchGeneration; // tags the fetcher's finished()
    bool m_cancelled = false;     // the last run was cancelled
    bool m_readFailed = false;    // the last read failed before any record came
    bool m_emptyRange = false;    // the last read found no records
    std::optional<CheckReport> m_report;

    LatestOnlyRunner m_runner{this};
    // Written by the worker's progress callback, read by the GUI's timer.
    std::shared_ptr<std::atomic<size_t>> m_checkedRows;
    std::shared_ptr<std::atomic<size_t>> m_totalRows;
    QTimer m_progressTimer;
};

} // namespace streamscope
