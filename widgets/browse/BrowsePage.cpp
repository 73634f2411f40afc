#include "browse/BrowsePage.h"

#include "browse/BrowseControls.h"
#include "browse/BrowseFetcher.h"
#include "browse/BrowseMessageModel.h"
#include "browse/FilterEdit.h"
#include "browse/InspectorContent.h"
#include "browse/MessageInspector.h"
#include "browse/MessageStore.h"
#include "browse/RefilterSelection.h"
#include "browse/VolumeTimeline.h"
#include "common/ConnectionStateStyle.h"
#include "common/DisplayFormat.h"
#include "common/DrawnIcon.h"
#include "common/SplitterSetup.h"
#include "common/StateBanner.h"
#include "common/TableSetup.h"
#include "common/WidgetsTr.h"
#include "replay/ReplayDialog.h"
#include "replay/ReplayHistoryDialog.h"
#include "replay/ReplayTypes.h"
#include "schema/DecodedPayloads.h"
#include "schema/RecordDecoding.h"
#include "schema/SchemaCache.h"
#include "session/ClusterSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace streamscope {

namespace {

// A magnifier over lines: "look into the messages".
QIcon browseIcon(const QColor& color) {
    return drawnIcon({16, 24, 32, 48}, [&color](QPainter& painter, int size) {
        const qreal u = size / 16.0;
        painter.setPen(QPen(color, 1.2 * u, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(2 * u, 3 * u), QPointF(8 * u, 3 * u));
        painter.drawLine(QPointF(2 * u, 6 * u), QPointF(6 * u, 6 * u));
        painter.drawLine(QPointF(2 * u, 9 * u), QPointF(5 * u, 9 * u));
        painter.setPen(QPen(color, 1.5 * u, Qt::SolidLine, Qt::RoundCap));
        painter.drawEllipse(QPointF(10 * u, 8.5 * u), 3.2 * u, 3.2 * u);
        painter.drawLine(QPointF(12.3 * u, 10.8 * u), QPointF(14.5 * u, 13.5 * u));
    });
}

// Member names the filter language can spell in a path without quoting.
bool isPlainName(const QString& name) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return plain.match(name).hasMatch();
}

bool isPlainPath(const QString& path) {
    static const QRegularExpression plain(
        QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\[[0-9]+\\]|\\.[A-Za-z_][A-Za-z0-9_]*)*$"));
    return plain.match(path).hasMatch();
}

void collectLeaves(const JsonTreeNode& node, QList<const JsonTreeNode*>& out, int max) {
    for (const JsonTreeNode& child : node.children) {
        if (out.size() >= max)
            return;
        if (child.scalar)
            out.append(&child);
        else
            collectLeaves(child, out, max);
    }
}

constexpr int kMaxFieldSuggestions = 25;
constexpr qint64 kMiB = qint64(1) << 20;
constexpr int kMinMemoryCapMiB = 16;

// The largest cap offered: three quarters of the RAM (the default cap is a quarter), so a raised
// cap still leaves the machine room to live.
int maxMemoryCapMiB() {
    return int(std::min<qint64>(MessageStore::defaultMemoryCap() * 3 / kMiB, 1 << 30));
}
constexpr int kMaxLiteralChars = 200;

} // namespace

BrowsePage::BrowsePage(QWidget* parent)
    : ClusterPage(parent)
    , m_controls(new BrowseControls(this))
    , m_filter(new FilterEdit(this))
    , m_keepMatches(new QCheckBox(WidgetsTr::tr("Keep only matches while reading"), this))
    , m_banner(new StateBanner(this))
    , m_timeline(new VolumeTimeline(this))
    , m_model(new BrowseMessageModel(this))
    , m_table(new QTableView(this))
    , m_placeholder(new QLabel(this))
    , m_tableStack(new QStackedWidget(this))
    , m_count(new QLabel(this))
    , m_registryLabel(new QLabel(this))
    , m_exportButton(new QToolButton(this))
    , m_replayButton(new QToolButton(this))
    , m_memoryCap(new QSpinBox(this))
    , m_checkButton(new QToolButton(this))
    , m_inspector(new MessageInspector(this))
    , m_mainSplitter(new QSplitter(Qt::Vertical, this))
    , m_tableSplitter(new QSplitter(Qt::Horizontal, this)) {
    setObjectName(QStringLiteral("browsePage"));
    m_banner->setObjectName(QStringLiteral("browseBanner"));
    m_banner->hide();
    m_keepMatches->setObjectName(QStringLiteral("browseKeepMatches"));
    m_keepMatches->setToolTip(
        WidgetsTr::tr("Run the filter during the fetch as well: only matching messages are kept "
                      "in memory, so a scan of a huge topic stays small"));
    m_count->setObjectName(QStringLiteral("browseCount"));
    m_placeholder->setObjectName(QStringLiteral("browsePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);

    m_table->setObjectName(QStringLiteral("browseTable"));
    m_table->setModel(m_model);
    setUpDataTable(m_table);
    keepHeaderOutOfSelection(m_table);
    // Sorting goes through the model (off the GUI thread for large sets); the view only shows
    // the indicator. The model starts in store order: no indicator until the user clicks.
    m_table->horizontalHeader()->setSortIndicatorShown(false);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this,
            [this] { m_table->horizontalHeader()->setSortIndicatorShown(true); });
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    setColumnWidthsInChars(m_table, {9, 8, 25, 12, 0, 10, 8});
    m_tableStack->addWidget(m_placeholder);
    m_tableStack->addWidget(m_table);
    // Before the page's own refiltered handler: the selection is back when the inspector asks.
    m_keepSelection = new RefilterSelection(m_table, m_model);

    m_memoryCap->setObjectName(QStringLiteral("browseMemoryCap"));
    m_memoryCap->setRange(kMinMemoryCapMiB, maxMemoryCapMiB());
    m_memoryCap->setSingleStep(256);
    m_memoryCap->setSuffix(WidgetsTr::tr(" MiB"));
    m_memoryCap->setGroupSeparatorShown(true);
    m_memoryCap->setValue(int(MessageStore::defaultMemoryCap() / kMiB));
    m_memoryCap->setToolTip(
        WidgetsTr::tr("The most memory one fetch may hold (payload bytes and message records). "
                      "Reading stops with a notice when it is reached; the default is a quarter "
                      "of this machine's memory. Applies from the next Start."));
    auto* memoryCapLabel = new QLabel(WidgetsTr::tr("&Memory cap:"), this);
    memoryCapLabel->setBuddy(m_memoryCap);
    m_exportButton->setObjectName(QStringLiteral("browseExport"));
    m_exportButton->setText(WidgetsTr::tr("Export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(m_exportButton);
    const auto addExport = [&](const QString& text, bool selection, ExportFormat format) {
        connect(exportMenu->addAction(text), &QAction::triggered, this,
                [this, selection, format] { chooseExport(selection, format); });
    };
    addExport(WidgetsTr::tr("Selected messages as JSON Lines\u2026"), true,
              ExportFormat::JsonLines);
    addExport(WidgetsTr::tr("Selected messages as CSV\u2026"), true, ExportFormat::Csv);
    exportMenu->addSeparator();
    addExport(WidgetsTr::tr("All shown messages as JSON Lines\u2026"), false,
              ExportFormat::JsonLines);
    addExport(WidgetsTr::tr("All shown messages as CSV\u2026"), false, ExportFormat::Csv);
    m_exportButton->setMenu(exportMenu);

    m_replayButton->setObjectName(QStringLiteral("browseReplay"));
    m_replayButton->setText(WidgetsTr::tr("Replay"));
    m_replayButton->setPopupMode(QToolButton::InstantPopup);
    auto* replayMenu = new QMenu(m_replayButton);
    replayMenu->setObjectName(QStringLiteral("browseReplayMenu"));
    connect(replayMenu->addAction(WidgetsTr::tr("Selection into a sandbox\u2026")),
            &QAction::triggered, this, [this] { openReplay(true); });
    connect(replayMenu->addAction(WidgetsTr::tr("Filtered set into a sandbox\u2026")),
            &QAction::triggered, this, [this] { openReplay(false); });
    connect(replayMenu->addAction(WidgetsTr::tr("Listed offsets into a sandbox\u2026")),
            &QAction::triggered, this, &BrowsePage::openReplayOfOffsets);
    replayMenu->addSeparator();
    connect(replayMenu->addAction(WidgetsTr::tr("Replay history\u2026")), &QAction::triggered, this,
            &BrowsePage::openReplayHistory);
    // Which entries can run now: decided when the menu opens (selection, rows, topic).
    connect(replayMenu, &QMenu::aboutToShow, this, [this, replayMenu] {
        const QList<QAction*> actions = replayMenu->actions();
        const bool connected = m_session && m_store;
        actions[0]->setEnabled(connected && m_table->selectionModel()->hasSelection());
        actions[1]->setEnabled(connected && m_model->rowCount() > 0);
        actions[2]->setEnabled(m_session && !m_controls->topic().isEmpty());
    });
    m_replayButton->setMenu(replayMenu);
    // The event health checks over what is loaded: the selection when there is one, else every
    // shown message (the filtered set).
    m_checkButton->setObjectName(QStringLiteral("browseCheck"));
    m_checkButton->setText(WidgetsTr::tr("Check these events\u2026"));
    m_checkButton->setToolTip(
        WidgetsTr::tr("Look for duplicates, order, versions, malformed records and flow latency "
                      "in the selected messages, or in all shown messages when none is selected"));
    connect(m_checkButton, &QToolButton::clicked, this,
            [this] { checkEvents(m_table->selectionModel()->selectedRows().size() > 1); });

    auto* tablePane = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(4);
    auto* tableBar = new QHBoxLayout;
    tableBar->setContentsMargins(0, 0, 0, 0);
    tableBar->addWidget(m_count, 1);
    m_registryLabel->setObjectName(QStringLiteral("browseRegistry"));
    m_registryLabel->hide();
    tableBar->addWidget(m_registryLabel);
    tableBar->addWidget(m_replayButton);
    tableBar->addWidget(m_checkButton);
    tableBar->addWidget(m_exportButton);
    tableLayout->addLayout(tableBar);
    tableLayout->addWidget(m_tableStack, 1);

    addSplitterPanes(m_tableSplitter, {{tablePane, 3}, {m_inspector, 2}});
    m_tableSplitter->setHandleWidth(10);
    addSplitterPanes(m_mainSplitter, {{m_timeline, 1}, {m_tableSplitter, 5}});
    m_mainSplitter->setHandleWidth(8);
    const int em = fontMetrics().averageCharWidth();
    m_tableSplitter->setSizes({em * 140, em * 60});
    m_mainSplitter->setSizes({fontMetrics().height() * 8, fontMetrics().height() * 30});

    auto* filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->setSpacing(8);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_keepMatches, 0, Qt::AlignTop);
    filterRow->addSpacing(8);
    filterRow->addWidget(memoryCapLabel, 0, Qt::AlignTop);
    filterRow->addWidget(m_memoryCap, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(6);
    layout->addWidget(m_banner);
    layout->addWidget(m_controls);
    layout->addLayout(filterRow);
    layout->addWidget(m_mainSplitter, 1);

    connect(m_controls, &BrowseControls::startRequested, this, [this] { startBrowse(); });
    connect(m_controls, &BrowseControls::stopRequested, this, &BrowsePage::stopBrowse);
    connect(m_controls, &BrowseControls::topicChanged, m_filter, &FilterEdit::setTopic);
    connect(m_filter, &FilterEdit::filterApplied, this,
            [this](const std::shared_ptr<const CompiledFilter>& filter) {
                m_model->setFilter(filter);
                updateCount();
            });
    connect(m_inspector, &MessageInspector::filterRequested, m_filter,
            &FilterEdit::applyExpression);
    connect(m_timeline, &VolumeTimeline::spanSelected, m_model, &BrowseMessageModel::setTimeSpan);
    connect(m_model, &BrowseMessageModel::rowsDrained, this, &BrowsePage::updateCount);
    connect(m_model, &BrowseMessageModel::refiltered, this, [this] {
        m_timeline->setMatches(m_model->matchedRows());
        updateCount();
        showCurrentMessage();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BrowsePage::showCurrentMessage);
    connect(m_table, &QTableView::customContextMenuRequested, this, &BrowsePage::showContextMenu);
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] { m_filter->lineEdit()->setFocus(); });

    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this, &BrowsePage::updateProgress);
    m_exportTimer.setInterval(100);
    connect(&m_exportTimer, &QTimer::timeout, this, [this] {
        if (m_exportDialog && m_exportWritten)
            m_exportDialog->setValue(
                int(m_exportWritten->load() * 1000 / std::max<qint64>(1, m_exportTotal)));
    });

    updateCount();
    updatePlaceholder();
}

BrowsePage::~BrowsePage() {
    // The fetcher joins its thread; the model and the timeline let go of the store after it.
    m_fetcher.reset();
}

QString BrowsePage::pageTitle() const {
    return WidgetsTr::tr("Browse");
}

QIcon BrowsePage::pageIcon() const {
    return browseIcon(palette().color(QPalette::Text));
}

void BrowsePage::setSession(ClusterSession* session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    // Another cluster (or none): a running fetch of the old one ends, what it loaded goes.
    if (m_session != session) {
        m_fetcher.reset();
        m_store.reset();
        m_decoded.reset();
        m_schemaCache.reset();
        // One cache per session: a schema id is fetched once, by whichever thread needs it.
        if (session && session->profile().schemaRegistry.isSet())
            m_schemaCache =
                std::make_shared<schema::SchemaCache>(session->profile().schemaRegistry);
        m_model->setStore(nullptr);
        m_timeline->setStore(nullptr);
        m_inspector->showRecord(std::nullopt);
        m_hasOutcome = false;
        m_progressTimer.stop();
        m_controls->setRunning(false);
        m_controls->showMessage(QString());
    }
    m_session = session;
    m_latest.drop();
    if (m_schemaCache) {
        const QUrl url = m_schemaCache->options().url;
        m_registryLabel->setText(
            WidgetsTr::tr("Schema Registry: %1")
                .arg(url.host() +
                     (url.port() > 0 ? u':' + QString::number(url.port()) : QString())));
        m_registryLabel->setToolTip(
            WidgetsTr::tr("Framed Avro, Protobuf and JSON Schema payloads are decoded through %1; "
                          "the filter reads the decoded values.")
                .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    }
    m_registryLabel->setVisible(m_schemaCache != nullptr);
    if (session) {
        connect(session, &ClusterSession::snapshotUpdated, this, &BrowsePage::onSnapshot);
        connect(session, &ClusterSession::stateChanged, this, [this] { updatePlaceholder(); });
        if (session->snapshot())
            onSnapshot(session->snapshot());
    }
    m_controls->setConnected(session != nullptr);
    updatePlaceholder();
}

void BrowsePage::setPageActive(bool active) {
    ClusterPage::setPageActive(active);
    m_latest.setActive(active);
    // Hidden: the fetch goes on, the table catches up when shown.
    m_model->setDraining(active);
    if (active)
        updateProgress();
}

void BrowsePage::onSnapshot(const ClusterSnapshot& snapshot) {
    m_latest.offer(snapshot);
}

void BrowsePage::applySnapshot(const ClusterSnapshot& snapshot) {
    if (!snapshot)
        return;
    m_controls->setTopicsOf(snapshot);
    updatePlaceholder();
}

bool BrowsePage::startBrowse() {
    if (!m_session) {
        m_controls->showMessage(WidgetsTr::tr("Connect to a cluster first."));
        return false;
    }
    auto request = m_controls->request();
    if (!request) {
        m_controls->showMessage(request.error().message);
        return false;
    }
    if (m_keepMatches->isChecked() && m_filter->state() == FilterEdit::State::Valid) {
        // Apply what is typed, so the table and the fetch use the same filter.
        if (!m_filter->applied() || m_filter->applied()->expression() != m_filter->text().trimmed())
            m_filter->applyExpression(m_filter->text());
        request->filter = m_filter->applied();
    }
    m_fetcher.reset();
    m_banner->hide();
    m_inspector->showRecord(std::nullopt);
    m_store = std::make_shared<MessageStore>(request->topic, qint64(memoryCapMiB()) * kMiB);
    m_decoded.reset();
    std::shared_ptr<schema::RecordDecoding> decoding;
    if (m_schemaCache) {
        // Decoded on the fetch thread, once per record for the fetch's filter and the table.
        m_decoded = std::make_shared<schema::DecodedPayloads>(qint64(memoryCapMiB()) * kMiB);
        decoding = std::make_shared<schema::RecordDecoding>(m_schemaCache);
        request->filterInput = [decoding](const MessageView& raw) {
            return decoding->filterView(raw);
        };
    }
    m_model->setStore(m_store, m_decoded);
    m_timeline->setStore(m_store);
    m_fetcher = std::make_unique<BrowseFetcher>(m_session->profile(), *request, m_store);
    if (decoding)
        m_fetcher->setBeforeStore([decoding, decoded = m_decoded](const MessageView& raw) {
            decoding->decode(raw);
            return decoded->append(decoding->key(), decoding->value());
        });
    connect(m_fetcher.get(), &BrowseFetcher::finished, this, &BrowsePage::onFetchFinished);
    m_hasOutcome = false;
    m_progressTicks = 0;
    m_controls->setRunning(true);
    m_fetcher->start();
    m_progressTimer.start();
    m_model->setDraining(isPageActive() || !isHidden());
    updateProgress();
    updatePlaceholder();
    return true;
}

void BrowsePage::stopBrowse() {
    if (m_fetcher)
        m_fetcher->cancel();
}

bool BrowsePage::isBrowsing() const {
    return m_fetcher && m_fetcher->isRunning();
}

void BrowsePage::onFetchFinished(const BrowseOutcome& outcome) {
    m_lastOutcome = outcome;
    m_hasOutcome = true;
    m_progressTimer.stop();
    m_controls->setRunning(false);
    m_model->drainNow();
    m_timeline->setMatches(m_model->matchedRows());
    if (outcome.end == BrowseOutcome::End::MemoryCap && m_store)
        m_banner->showMessage(
            QColor(0xf9, 0xa8, 0x25),
            m_store->capNotice() + QLatin1Char(' ') +
                (memoryCapMiB() < m_memoryCap->maximum()
                     ? WidgetsTr::tr("To hold more, raise \"Memory cap\" beside the filter box "
                                     "(up to %1 MiB on this machine) and press Start again.")
                           .arg(m_memoryCap->maximum())
                     : WidgetsTr::tr("The cap is at its largest for this machine's memory.")),
            false);
    else if (outcome.end == BrowseOutcome::End::Failed)
        m_banner->showMessage(
            QColor(0xd3, 0x2f, 0x2f),
            WidgetsTr::tr("Reading %1 failed: %2")
                .arg(m_store ? m_store->topic() : QString(), outcome.error.message),
            false);
    m_controls->showProgress(outcome, m_store ? m_store->memoryBytes() : 0);
    updateCount();
    updatePlaceholder();
    Q_EMIT browseFinished(outcome);
}

void BrowsePage::updateProgress() {
    if (!m_fetcher || !m_store)
        return;
    const BrowseOutcome progress = m_fetcher->progress();
    if (m_fetcher->isRunning() || !m_hasOutcome)
        m_controls->showProgress(progress, m_store->memoryBytes());
    // The timeline recounts the table's matches every second while loading (a count walks every
    // row).
    if (++m_progressTicks % 4 == 1)
        m_timeline->setMatches(m_model->matchedRows());
}

void BrowsePage::updateCount() {
    const QLocale locale = displayLocale();
    const qint64 loaded = m_store ? qint64(m_store->size()) : 0;
    const qint64 shown = m_model->rowCount();
    if (!m_store)
        m_count->setText(WidgetsTr::tr("No messages loaded."));
    else if (m_model->filter() || m_model->hasTimeSpan())
        m_count->setText(WidgetsTr::tr("%1 of %2 loaded messages shown")
                             .arg(formatCount(locale, shown), formatCount(locale, loaded)));
    else
        m_count->setText(WidgetsTr::tr("%1 messages loaded").arg(formatCount(locale, loaded)));
    m_exportButton->setEnabled(shown > 0);
    m_checkButton->setEnabled(shown > 0);
    updatePlaceholder();
}

void BrowsePage::updatePlaceholder() {
    QString sentence;
    if (!m_session)
        sentence = WidgetsTr::tr("Not connected. Connect to a cluster to browse its topics.");
    else if (!m_store)
        sentence = WidgetsTr::tr("Choose a topic, where to start and where to stop, then press "
                                 "Start to read its messages. Nothing is committed: reading "
                                 "uses no consumer group.");
    else if (m_model->rowCount() == 0) {
        if (m_store->size() > 0)
            sentence = m_model->hasTimeSpan()
                           ? WidgetsTr::tr("No loaded message in the selected span matches. "
                                           "Click \"All times\" above to widen it.")
                           : WidgetsTr::tr("None of the %1 loaded messages matches the filter.")
                                 .arg(formatCount(displayLocale(), qint64(m_store->size())));
        else if (isBrowsing())
            sentence =
                m_controls->request() && m_controls->request()->stop.mode == BrowseStop::Mode::Live
                    ? WidgetsTr::tr("Waiting for new messages on %1\u2026").arg(m_store->topic())
                    : WidgetsTr::tr("Reading %1\u2026").arg(m_store->topic());
        else
            sentence = WidgetsTr::tr("No messages in the chosen range of %1: the partitions may "
                                     "be empty there. Try starting at the beginning.")
                           .arg(m_store->topic());
    }
    m_placeholder->setText(sentence);
    m_tableStack->setCurrentWidget(sentence.isEmpty() ? static_cast<QWidget*>(m_table)
                                                      : m_placeholder);
}

void BrowsePage::showCurrentMessage() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_store) {
        m_inspector->showRecord(std::nullopt);
        return;
    }
    const size_t row = m_model->storeRow(current.row());
    m_inspector->showRecord(m_store->record(row), schemasOf(row));
}

RecordSchemas BrowsePage::schemasOf(size_t storeRow) const {
    RecordSchemas schemas;
    if (!m_decoded || storeRow >= m_decoded->size())
        return schemas;
    schemas.cache = m_schemaCache;
    const auto fill = [](SchemaPart& part, const schema::DecodedView& view) {
        part.kind = view.kind;
        part.format = view.format;
        part.schemaId = view.schemaId;
        if (view.kind == schema::DecodedPayload::Kind::Decoded)
            part.decodedJson = view.text.toByteArray();
        else if (view.kind == schema::DecodedPayload::Kind::Failed)
            part.error = QString::fromUtf8(view.text);
    };
    fill(schemas.key, m_decoded->key(storeRow));
    fill(schemas.value, m_decoded->value(storeRow));
    return schemas;
}

QList<QPair<QString, QString>> BrowsePage::filterSuggestions(int row) const {
    QList<QPair<QString, QString>> out;
    if (!m_store || row < 0 || row >= m_model->rowCount())
        return out;
    const size_t storeRow = m_model->storeRow(row);
    ConsumedRecord record = m_store->record(storeRow);
    const MaybeBytes key = MaybeBytes::of(record.key);
    switch (classifyBytes(key)) {
    case BytesKind::Null:
        out.append({WidgetsTr::tr("Filter on this key (none)"), QStringLiteral("not key")});
        break;
    case BytesKind::Text:
        if (key.size <= kMaxLiteralChars)
            out.append(
                {WidgetsTr::tr("Filter on this key"),
                 QStringLiteral("key == ") + filterStringLiteral(QString::fromUtf8(record.key))});
        break;
    case BytesKind::Binary:
        break;
    }
    for (const RecordHeader& header : record.headers) {
        const QString name = QString::fromUtf8(header.name);
        if (!isPlainName(name) || classifyBytes(MaybeBytes::of(header.value)) != BytesKind::Text ||
            header.value.size() > kMaxLiteralChars)
            continue;
        out.append({WidgetsTr::tr("Filter on this header value: %1").arg(name),
                    QStringLiteral("header.%1 == %2")
                        .arg(name, filterStringLiteral(QString::fromUtf8(header.value)))});
    }
    // Fields of a decoded value are the decoded JSON's, as the filter reads them.
    const RecordSchemas schemas = schemasOf(storeRow);
    if (schemas.value.kind == schema::DecodedPayload::Kind::Decoded)
        record.value = schemas.value.decodedJson;
    const InspectorContent content = prepareInspectorContent(record, false);
    if (content.json) {
        QList<const JsonTreeNode*> leaves;
        collectLeaves(content.tree, leaves, kMaxFieldSuggestions);
        for (const JsonTreeNode* leaf : std::as_const(leaves)) {
            if (!isPlainPath(leaf->path) || leaf->value.size() > kMaxLiteralChars)
                continue;
            out.append({WidgetsTr::tr("Filter on this field value: %1").arg(leaf->path),
                        QStringLiteral("value.%1 == %2")
                            .arg(leaf->path, filterLiteralOfJson(leaf->value))});
        }
    }
    return out;
}

void BrowsePage::showContextMenu(const QPoint& pos) {
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    const auto suggestions = filterSuggestions(index.row());
    QMenu* headers = nullptr;
    QMenu* fields = nullptr;
    for (const auto& [label, expression] : suggestions) {
        QMenu* target = &menu;
        QString text = label;
        if (expression.startsWith(QStringLiteral("header."))) {
            if (!headers)
                headers = menu.addMenu(WidgetsTr::tr("Filter on this header value"));
            target = headers;
            text = expression;
        } else if (expression.startsWith(QStringLiteral("value."))) {
            if (!fields)
                fields = menu.addMenu(WidgetsTr::tr("Filter on this field value"));
            target = fields;
            text = expression;
        }
        QAction* action = target->addAction(text);
        action->setToolTip(expression);
        connect(action, &QAction::triggered, this,
                [this, expression] { m_filter->applyExpression(expression); });
    }
    if (!headers)
        menu.addAction(WidgetsTr::tr("Filter on this header value (no text headers)"))
            ->setEnabled(false);
    if (!fields)
        menu.addAction(WidgetsTr::tr("Filter on this field value (the value is not JSON)"))
            ->setEnabled(false);
    menu.addSeparator();
    connect(menu.addAction(WidgetsTr::tr("Copy value")), &QAction::triggered, m_inspector,
            &MessageInspector::copyValue);
    connect(menu.addAction(WidgetsTr::tr("Copy record as JSON")), &QAction::triggered, m_inspector,
            &MessageInspector::copyRecordAsJson);
    menu.addSeparator();
    connect(menu.addAction(WidgetsTr::tr("Export selected messages as JSON Lines\u2026")),
            &QAction::triggered, this, [this] { chooseExport(true, ExportFormat::JsonLines); });
    menu.addSeparator();
    connect(menu.addAction(WidgetsTr::tr("Replay selection into a sandbox\u2026")),
            &QAction::triggered, this, [this] { openReplay(true); });
    connect(menu.addAction(WidgetsTr::tr("Replay the filtered set into a sandbox\u2026")),
            &QAction::triggered, this, [this] { openReplay(false); });
    menu.addSeparator();
    connect(menu.addAction(WidgetsTr::tr("Check these events (the selection)\u2026")),
            &QAction::triggered, this, [this] { checkEvents(true); });
    connect(menu.addAction(WidgetsTr::tr("Check the filtered set\u2026")), &QAction::triggered,
            this, [this] { checkEvents(false); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void BrowsePage::chooseExport(bool selectionOnly, ExportFormat format) {
    const bool csv = format == ExportFormat::Csv;
    const QString suggested = (m_store ? m_store->topic() : QStringLiteral("messages")) +
                              (csv ? QStringLiteral(".csv") : QStringLiteral(".jsonl"));
    const QString path = QFileDialog::getSaveFileName(
        this, WidgetsTr::tr("Export messages"), suggested,
        csv ? WidgetsTr::tr("CSV files (*.csv)") : WidgetsTr::tr("JSON Lines files (*.jsonl)"));
    if (path.isEmpty())
        return;
    exportMessagesTo(selectionOnly, format, path);
}

std::vector<quint32> BrowsePage::chosenStoreRows(bool selectionOnly) const {
    std::vector<quint32> rows;
    if (selectionOnly) {
        QModelIndexList selected = m_table->selectionModel()->selectedRows();
        std::sort(selected.begin(), selected.end(),
                  [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
        for (const QModelIndex& index : std::as_const(selected))
            rows.push_back(quint32(m_model->storeRow(index.row())));
    } else {
        rows = m_model->shownStoreRows();
    }
    return rows;
}

void BrowsePage::openReplay(bool selectionOnly) {
    if (!m_store || !m_session)
        return;
    std::vector<quint32> rows = chosenStoreRows(selectionOnly);
    if (rows.empty())
        return;
    // Store rows are in fetch order, which is offset order within each partition: replaying them
    // in that order keeps the order per partition whatever column the table is sorted by.
    std::sort(rows.begin(), rows.end());
    const QString count = formatCount(displayLocale(), qint64(rows.size()));
    const QString description = selectionOnly
                                    ? WidgetsTr::tr("%1 selected messages").arg(count)
                                    : WidgetsTr::tr("the filtered set (%1 messages)").arg(count);
    ReplayDialog::open(
        this, ReplaySource::fromRows(m_session->profile(), m_store, std::move(rows), description));
}

void BrowsePage::openReplayOfOffsets() {
    if (!m_session || m_controls->topic().isEmpty())
        return;
    ReplayDialog::openForOffsets(this, m_session->profile(), m_controls->topic());
}

void BrowsePage::openReplayHistory() {
    ReplayHistoryDialog::open(this);
}

int BrowsePage::memoryCapMiB() const {
    return m_memoryCap->value();
}

void BrowsePage::setMemoryCapMiB(int mib) {
    m_memoryCap->setValue(mib);
}

void BrowsePage::checkEvents(bool selectionOnly) {
    if (!m_store)
        return;
    const std::vector<quint32> chosen = chosenStoreRows(selectionOnly);
    if (chosen.empty())
        return;
    // Store order is offset order per partition, which the checks' order per key relies on.
    std::vector<size_t> rows(chosen.begin(), chosen.end());
    std::sort(rows.begin(), rows.end());
    const QString count = formatCount(displayLocale(), qint64(rows.size()));
    const QString description =
        selectionOnly
            ? WidgetsTr::tr("%1 selected messages of %2").arg(count, m_store->topic())
            : WidgetsTr::tr("the filtered set of %1 (%2 messages)").arg(m_store->topic(), count);
    Q_EMIT checkEventsRequested(m_store, rows, description);
}

void BrowsePage::exportMessagesTo(bool selectionOnly, ExportFormat format, const QString& path) {
    if (!m_store)
        return;
    std::vector<quint32> rows = chosenStoreRows(selectionOnly);
    m_exportTotal = qint64(rows.size());
    m_exportWritten = std::make_shared<std::atomic<qint64>>(0);
    if (m_exportDialog)
        m_exportDialog->deleteLater();
    auto* dialog = new QProgressDialog(WidgetsTr::tr("Exporting %1 messages\u2026")
                                           .arg(formatCount(displayLocale(), m_exportTotal)),
                                       WidgetsTr::tr("Cancel"), 0, 1000, this);
    dialog->setObjectName(QStringLiteral("exportProgress"));
    dialog->setWindowTitle(WidgetsTr::tr("Export"));
    dialog->setMinimumDuration(400);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    m_exportDialog = dialog;
    connect(dialog, &QProgressDialog::canceled, this, [this] {
        m_exportRunner.cancel();
        m_exportTimer.stop();
        if (m_exportDialog)
            m_exportDialog->deleteLater();
        Q_EMIT exportFinished(false, 0, WidgetsTr::tr("Export cancelled."));
    });
    m_exportTimer.start();
    m_exportRunner.submit(
        [store = m_store, decoded = m_decoded, rows = std::move(rows), format, path,
         written = m_exportWritten](const CancelToken& cancel) {
            return exportMessages(*store, rows, format, path, cancel, written.get(), decoded.get());
        },
        [this, path](Expected<qint64> result) {
            m_exportTimer.stop();
            if (m_exportDialog)
                m_exportDialog->deleteLater();
            if (result) {
                m_controls->showMessage(WidgetsTr::tr("Exported %1 messages to %2")
                                            .arg(formatCount(displayLocale(), *result), path));
                Q_EMIT exportFinished(true, *result, path);
            } else {
                m_controls->showMessage(result.error().message);
                Q_EMIT exportFinished(false, 0, result.error().message);
            }
        });
}

void BrowsePage::saveSettings(QSettings& settings) const {
    settings.setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("tableSplitter"), m_tableSplitter->saveState());
    settings.setValue(QStringLiteral("tableHeader"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("topic"), m_controls->topic());
    settings.setValue(QStringLiteral("keepMatches"), m_keepMatches->isChecked());
    settings.setValue(QStringLiteral("memoryCapMiB"), m_memoryCap->value());
}

void BrowsePage::restoreSettings(const QSettings& settings) {
    m_mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray());
    m_tableSplitter->restoreState(settings.value(QStringLiteral("tableSplitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("tableHeader")).toByteArray());
    m_controls->setTopic(settings.value(QStringLiteral("topic")).toString());
    m_keepMatches->setChecked(settings.value(QStringLiteral("keepMatches"), false).toBool());
    m_memoryCap->setValue(
        settings.value(QStringLiteral("memoryCapMiB"), int(MessageStore::defaultMemoryCap() / kMiB))
            .toInt());
}

} // namespace streamscope
