#pragma once

#include "browse/BrowseFetch.h"
#include "browse/MessageExport.h"
#include "cluster/ClusterMetadata.h"
#include "common/LatestOnlyRunner.h"
#include "common/LatestWhileHidden.h"
#include "shell/ClusterPage.h"

#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>
#include <vector>

class QCheckBox;
class QLabel;
class QProgressDialog;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace streamscope {

class BrowseControls;
class BrowseFetcher;
class BrowseMessageModel;
class FilterEdit;
class MessageInspector;
class MessageStore;
class RefilterSelection;
class StateBanner;
class VolumeTimeline;
struct RecordSchemas;
namespace schema {
class DecodedPayloads;
class SchemaCache;
} // namespace schema

// The Browse page: read a topic (no consumer group, no commits), filter the loaded messages
// with the display-filter language, and inspect them.
//   top     fetch controls (BrowseControls), the filter box (FilterEdit), a notice banner
//   middle  the volume timeline (drag a span to narrow the table)
//   bottom  the message table (BrowseMessageModel, rows in batches) | the inspector
// A fetch runs on its own thread (BrowseFetcher) into a MessageStore; the table takes the new
// rows every 40 ms. Re-filtering needs no re-fetch; "Keep only matches while reading" runs the
// filter during the fetch too, so a scan of a huge topic stays small. Export writes the
// selection or every shown message to JSON Lines or CSV on a worker, with progress and cancel.
class BrowsePage : public ClusterPage {
    Q_OBJECT
public:
    explicit BrowsePage(QWidget* parent = nullptr);
    ~BrowsePage() override;

    QString pageTitle() const override;
    QIcon pageIcon() const override;
    void setSession(ClusterSession* session) override;
    void setPageActive(bool active) override;
    void saveSettings(QSettings& settings) const override;
    void restoreSettings(const QSettings& settings) override;

    // Starts a fetch with the controls' settings; false (and a sentence) when they are invalid.
    bool startBrowse();
    void stopBrowse();
    bool isBrowsing() const;
    // Opens the replay dialog for the selected rows, or for every shown row (the filtered set).
    void openReplay(bool selectionOnly);
    // Opens the replay dialog for pasted (partition, offset) pairs of the chosen topic.
    void openReplayOfOffsets();
    // Opens the list of past replays.
    void openReplayHistory();
    // The memory cap of the next fetch's store, in MiB (the "Memory cap" box).
    int memoryCapMiB() const;
    void setMemoryCapMiB(int mib);
    // Asks for the event health checks over the selected rows, or every shown row (the filtered
    // set): emits checkEventsRequested, which MainWindow hands to the Checks page.
    void checkEvents(bool selectionOnly);
    // Writes messages to path on a worker: the selected rows, or every shown row.
    void exportMessagesTo(bool selectionOnly, ExportFormat format, const QString& path);

    BrowseControls* controls() const { return m_controls; }
    FilterEdit* filterEdit() const { return m_filter; }
    QCheckBox* keepMatchesBox() const { return m_keepMatches; }
    QSpinBox* memoryCapBox() const { return m_memoryCap; }
    QToolButton* replayButton() const { return m_replayButton; }
    RefilterSelection* refilterSelection() const { return m_keepSelection; }
    BrowseMessageModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    MessageInspector* inspector() const { return m_inspector; }
    VolumeTimeline* timeline() const { return m_timeline; }
    StateBanner* banner() const { return m_banner; }
    QLabel* placeholder() const { return m_placeholder; }
    QLabel* countLabel() const { return m_count; }
    QToolButton* checkButton() const { return m_checkButton; }
    const std::shared_ptr<MessageStore>& store() const { return m_store; }
    // What the Schema Registry made of the loaded rows (null without a registry in the profile).
    const std::shared_ptr<schema::DecodedPayloads>& decoded() const { return m_decoded; }
    QLabel* registryLabel() const { return m_registryLabel; }
    // The filter terms the context menu offers for a table row: (label, expression).
    QList<QPair<QString, QString>> filterSuggestions(int row) const;

Q_SIGNALS:
    void browseFinished(const streamscope::BrowseOutcome& outcome);
    // Store rows (in store order) of the loaded store to check, and words for what they are.
    void checkEventsRequested(std::shared_ptr<streamscope::MessageStore> store,
                              const std::vector<size_t>& rows, const QString& description);
    // ok false: message says why (cancelled, cannot write).
    void exportFinished(bool ok, qint64 rows, const QString& message);

private:
    void onSnapshot(const ClusterSnapshot& snapshot);
    void applySnapshot(const ClusterSnapshot& snapshot);
    void onFetchFinished(const BrowseOutcome& outcome);
    void updateProgress();
    void updateCount();
    void updatePlaceholder();
    void showCurrentMessage();
    // The key's and value's schema parts of a store row (empty without a registry).
    RecordSchemas schemasOf(size_t storeRow) const;
    void showContextMenu(const QPoint& pos);
    // Store rows of the selection (in table order), or of every shown row.
    std::vector<quint32> chosenStoreRows(bool selectionOnly) const;
    void chooseExport(bool selectionOnly, ExportFormat format);

    QPointer<ClusterSession> m_session;
    LatestWhileHidden<ClusterSnapshot> m_latest{
        [this](const ClusterSnapshot& snapshot) { applySnapshot(snapshot); }};
    std::shared_ptr<MessageStore> m_store;
    // The session's Schema Registry: schemas cached for the session, decoded rows per fetch.
    std::shared_ptr<schema::SchemaCache> m_schemaCache;
    std::shared_ptr<schema::DecodedPayloads> m_decoded;
    std::unique_ptr<BrowseFetcher> m_fetcher;
    BrowseOutcome m_lastOutcome;
    bool m_hasOutcome = false;
    QTimer m_progressTimer;
    int m_progressTicks = 0;

    BrowseControls* m_controls = nullptr;
    FilterEdit* m_filter = nullptr;
    QCheckBox* m_keepMatches = nullptr;
    StateBanner* m_banner = nullptr;
    VolumeTimeline* m_timeline = nullptr;
    BrowseMessageModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_placeholder = nullptr;
    QStackedWidget* m_tableStack = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_registryLabel = nullptr;
    QToolButton* m_exportButton = nullptr;
    QToolButton* m_replayButton = nullptr;
    QSpinBox* m_memoryCap = nullptr;
    RefilterSelection* m_keepSelection = nullptr;
    QToolButton* m_checkButton = nullptr;
    MessageInspector* m_inspector = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_tableSplitter = nullptr;

    LatestOnlyRunner m_exportRunner{this};
    std::shared_ptr<std::atomic<qint64>> m_exportWritten;
    qint64 m_exportTotal = 0;
    QPointer<QProgressDialog> m_exportDialog;
    QTimer m_exportTimer;
};

} // namespace streamscope
