#include "checks/ChecksPage.h"

#include "browse/BrowseControls.h"
#include "browse/BrowseFetcher.h"
#include "browse/MessageStore.h"
#include "checks/CheckFindingsModel.h"
#include "checks/CheckOptionsBar.h"
#include "checks/CheckStore.h"
#include "checks/CheckSummary.h"
#include "checks/EventChecks.h"
#include "checks/LatencyHistogramChart.h"
#include "common/DisplayFormat.h"
#include "common/DrawnIcon.h"
#include "common/SplitterSetup.h"
#include "common/StateBanner.h"
#include "common/WidgetsTr.h"
#include "session/ClusterSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace streamscope {

namespace {

// A tick over three lines: "the events pass their checks".
QIcon checksIcon(const QColor& color) {
    return drawnIcon({16, 24, 32, 48}, [&color](QPainter& painter, int size) {
        const qreal u = size / 16.0;
        painter.setPen(QPen(color, 1.2 * u, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(2 * u, 3 * u), QPointF(9 * u, 3 * u));
        painter.drawLine(QPointF(2 * u, 6.5 * u), QPointF(7 * u, 6.5 * u));
        painter.drawLine(QPointF(2 * u, 10 * u), QPointF(5 * u, 10 * u));
        painter.setPen(QPen(color, 1.8 * u, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(QPolygonF(
            {QPointF(7 * u, 10.5 * u), QPointF(9.5 * u, 13.5 * u), QPointF(14.5 * u, 6 * u)}));
    });
}

// Records shown when a finding opens in the Browse page: in each of its partitions from its
// first record to its last, and a little context after it (at most kOpenMaxRecords each).
constexpr qint64 kOpenContext = 50;
constexpr qint64 kOpenMaxRecords = 10000;

} // namespace

ChecksPage::ChecksPage(QWidget* parent)
    : ClusterPage(parent)
    , m_banner(new StateBanner(this))
    , m_controls(new BrowseControls(this))
    , m_options(new CheckOptionsBar(this))
    , m_source(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_model(new CheckFindingsModel(this))
    , m_tree(new QTreeView(this))
    , m_openButton(new QPushButton(WidgetsTr::tr("Open in Browse"), this))
    , m_histogram(new LatencyHistogramChart(this))
    , m_splitter(new QSplitter(Qt::Vertical, this)) {
    setObjectName(QStringLiteral("checksPage"));
    m_banner->setObjectName(QStringLiteral("checksBanner"));
    m_banner->hide();
    // The same range controls as the Browse page; here they read a range to check.
    m_controls->startButton()->setText(WidgetsTr::tr("Run"));
    m_controls->startButton()->setObjectName(QStringLiteral("checksRun"));
    m_controls->startButton()->setToolTip(WidgetsTr::tr("Read the range and check its events"));
    m_controls->stopButton()->setText(WidgetsTr::tr("Cancel"));
    m_controls->stopButton()->setObjectName(QStringLiteral("checksCancel"));
    m_controls->setStartSpec(QStringLiteral("beginning"));
    m_controls->setStopSpec(QStringLiteral("end"));

    m_source->setObjectName(QStringLiteral("checksSource"));
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("checksProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
    m_progress->setFormat(WidgetsTr::tr("Checking\u2026 %p%"));
    m_progress->hide();

    m_empty->setObjectName(QStringLiteral("checksEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);

    m_tree->setObjectName(QStringLiteral("checksTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setTextElideMode(Qt::ElideRight);
    // Identities (UUIDs) and keys are read whole: the name column grows with what is expanded.
    connect(m_tree, &QTreeView::expanded, this, [this] { fitNameColumn(); });
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CheckFindingsModel::FindingColumn, QHeaderView::Stretch);
    const int em = fontMetrics().averageCharWidth();
    m_tree->header()->resizeSection(CheckFindingsModel::NameColumn, em * 34);
    // Records are only on opened rows: the column takes room only when something shows there
    // (the tree is small, so sizing to contents is cheap).
    m_tree->header()->setSectionResizeMode(CheckFindingsModel::RecordColumn,
                                           QHeaderView::ResizeToContents);
    m_openButton->setObjectName(QStringLiteral("checksOpen"));
    m_openButton->setToolTip(WidgetsTr::tr("Show the records of the chosen finding on the "
                                           "Browse page"));
    m_openButton->setEnabled(false);

    auto* treePane = new QWidget(this);
    auto* treeLayout = new QVBoxLayout(treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->setSpacing(4);
    auto* treeBar = new QHBoxLayout;
    treeBar->setContentsMargins(0, 0, 0, 0);
    treeBar->addWidget(m_source, 1);
    treeBar->addWidget(m_openButton, 0, Qt::AlignTop);
    treeLayout->addLayout(treeBar);
    treeLayout->addWidget(m_tree, 1);
    addSplitterPanes(m_splitter, {{treePane, 3}, {m_histogram, 2}});
    m_splitter->setHandleWidth(8);
    m_splitter->setSizes({fontMetrics().height() * 24, fontMetrics().height() * 14});
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_splitter);

    auto* optionsRow = new QHBoxLayout;
    optionsRow->setContentsMargins(0, 0, 0, 0);
    optionsRow->setSpacing(8);
    optionsRow->addWidget(m_options, 1);
    optionsRow->addWidget(m_progress);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(6);
    layout->addWidget(m_banner);
    layout->addWidget(m_controls);
    layout->addLayout(optionsRow);
    layout->addWidget(m_stack, 1);

    connect(m_controls, &BrowseControls::startRequested, this, [this] { runChecks(); });
    connect(m_controls, &BrowseControls::stopRequested, this, &ChecksPage::cancelChecks);
    connect(m_tree, &QTreeView::doubleClicked, this, &ChecksPage::openInBrowse);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChecksPage::updateOpenButton);
    connect(m_openButton, &QPushButton::clicked, this,
            [this] { openInBrowse(m_tree->currentIndex()); });

    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &ChecksPage::updateProgress);
    updateState();
}

ChecksPage::~ChecksPage() {
    // The fetcher joins its thread; a running check sees the runner's cancel and its result is
    // dropped.
    m_fetcher.reset();
}

QString ChecksPage::pageTitle() const {
    return WidgetsTr::tr("Checks");
}

QIcon ChecksPage::pageIcon() const {
    return checksIcon(palette().color(QPalette::Text));
}

void ChecksPage::setSession(ClusterSession* session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    if (m_session != session) {
        // Nothing of the old cluster shows on the new one: its read ends, checks still running
        // on its rows are dropped (also those handed over by Browse, which have no fetcher),
        // and its findings go.
        m_runner.cancel();
        m_fetchGeneration.advance();
        m_fetcher.reset();
        releaseInputs();
        m_phase = Phase::Idle;
        m_progressTimer.stop();
        m_progress->hide();
        m_controls->setRunning(false);
        clearReport();
    }
    m_session = session;
    m_latest.drop();
    if (session) {
        connect(session, &ClusterSession::snapshotUpdated, this,
                [this](const ClusterSnapshot& snapshot) { m_latest.offer(snapshot); });
        if (session->snapshot())
            m_latest.offer(session->snapshot());
    }
    m_controls->setConnected(session != nullptr);
    updateState();
}

void ChecksPage::setPageActive(bool active) {
    ClusterPage::setPageActive(active);
    m_latest.setActive(active);
}

void ChecksPage::applySnapshot(const ClusterSnapshot& snapshot) {
    m_controls->setTopicsOf(snapshot);
}

bool ChecksPage::runChecks() {
    if (!m_session) {
        m_controls->showMessage(WidgetsTr::tr("Connect to a cluster first."));
        return false;
    }
    const auto request = m_controls->request();
    if (!request) {
        m_controls->showMessage(request.error().message);
        return false;
    }
    if (request->stop.mode == BrowseStop::Mode::Live) {
        m_controls->showMessage(
            WidgetsTr::tr("The checks need an end: choose End, Count or Time under Until."));
        return false;
    }
    m_runner.cancel();
    m_fetcher.reset();
    releaseInputs();
    m_banner->hide();
    m_cancelled = false;
    m_readFailed = false;
    m_emptyRange = false;
    m_topic = request->topic;
    m_description = WidgetsTr::tr("topic %1").arg(request->topic);
    // Records are checked as they arrive, on the fetcher's thread; none is kept.
    m_streamed = std::make_shared<EventChecks>(m_options->options());
    m_streamedBytes = std::make_shared<std::atomic<qint64>>(0);
    BrowseSink sink = [checks = m_streamed, bytes = m_streamedBytes,
                       added = qint64(0)](const MessageView& record) mutable {
        checks->add(record);
        if ((++added & 4095) == 0)
            bytes->store(checks->memoryBytes(), std::memory_order_relaxed);
        return true;
    };
    m_fetcher = std::make_unique<BrowseFetcher>(m_session->profile(), *request, std::move(sink));
    // A finished() of an older read may still be queued: the tag drops it.
    connect(m_fetcher.get(), &BrowseFetcher::finished, this,
            [this, tag = m_fetchGeneration.advance()](const BrowseOutcome& outcome) {
                if (m_fetchGeneration.isCurrent(tag))
                    onFetchFinished(outcome);
            });
    m_phase = Phase::Reading;
    m_controls->setRunning(true);
    m_controls->showMessage(QString());
    m_fetcher->start();
    m_progressTimer.start();
    updateState();
    return true;
}

void ChecksPage::checkRows(std::shared_ptr<MessageStore> store, std::vector<size_t> rows,
                           const QString& description) {
    if (!store)
        return;
    m_fetcher.reset();
    m_fetchGeneration.advance();
    releaseInputs();
    m_banner->hide();
    m_cancelled = false;
    m_readFailed = false;
    m_emptyRange = false;
    m_store = std::move(store);
    m_rows = std::move(rows);
    m_topic = m_store->topic();
    m_description = description;
    m_controls->setTopic(m_store->topic());
    m_controls->showMessage(QString());
    startChecks();
}

void ChecksPage::cancelChecks() {
    switch (m_phase) {
    case Phase::Idle:
        return;
    case Phase::Reading:
        // The fetcher ends within ~100 ms; onFetchFinished sees End::Cancelled.
        m_cancelled = true;
        if (m_fetcher)
            m_fetcher->cancel();
        break;
    case Phase::Checking:
        m_runner.cancel();
        releaseInputs();
        break;
    }
    m_cancelled = true;
    m_phase = Phase::Idle;
    m_progressTimer.stop();
    m_controls->setRunning(false);
    m_controls->showMessage(WidgetsTr::tr("Cancelled."));
    updateState();
}

void ChecksPage::onFetchFinished(const BrowseOutcome& outcome) {
    m_controls->showProgress(outcome, m_streamedBytes ? m_streamedBytes->load() : 0);
    // The read is over: the fetcher (and its sink's share of the checks) can go. Not deleted
    // here, inside the call its finished() made.
    if (m_fetcher)
        m_fetcher.release()->deleteLater();
    if (m_cancelled || outcome.end == BrowseOutcome::End::Cancelled) {
        m_cancelled = true;
        releaseInputs();
        m_phase = Phase::Idle;
        m_progressTimer.stop();
        m_controls->setRunning(false);
        updateState();
        return;
    }
    if (outcome.end == BrowseOutcome::End::Failed)
        m_banner->showMessage(
            checkHealthColor(CheckHealth::Problem),
            WidgetsTr::tr("Reading %1 failed: %2").arg(m_topic, outcome.error.message), false);
    if (outcome.recordsKept == 0) {
        m_readFailed = outcome.end == BrowseOutcome::End::Failed;
        m_emptyRange = !m_readFailed;
        releaseInputs();
        clearReport();
        m_phase = Phase::Idle;
        m_progressTimer.stop();
        m_controls->setRunning(false);
        updateState();
        return;
    }
    // What was read (all of it, or up to a failure) is checked; the findings are made on a
    // worker (sorting a million trace steps is no GUI-thread work).
    finishStreamedChecks(outcome.recordsKept);
}

void ChecksPage::finishStreamedChecks(qint64 records) {
    m_phase = Phase::Checking;
    m_checkedRows = std::make_shared<std::atomic<size_t>>(0);
    m_totalRows = std::make_shared<std::atomic<size_t>>(size_t(records));
    m_progress->setRange(0, 0); // busy: one step whose length is unknown
    m_progress->show();
    m_controls->setRunning(true);
    m_progressTimer.start();
    m_runner.submit(
        [checks = std::move(m_streamed)](const CancelToken&) { return checks->finish(); },
        [this](CheckReport report) { onChecksDone(std::move(report)); });
    m_streamedBytes.reset();
    updateState();
}

void ChecksPage::startChecks() {
    m_phase = Phase::Checking;
    const size_t total = m_rows.empty() ? m_store->size() : m_rows.size();
    // The worker takes the rows: the page holds nothing of them while they are checked.
    m_checkedRows = std::make_shared<std::atomic<size_t>>(0);
    m_totalRows = std::make_shared<std::atomic<size_t>>(total);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    m_controls->setRunning(true);
    m_progressTimer.start();
    m_runner.submit(
        [store = std::move(m_store), rows = std::move(m_rows), options = m_options->options(),
         done = m_checkedRows, all = m_totalRows](const CancelToken& cancel) {
            return checkStore(*store, rows, options, cancel, [done, all](size_t d, size_t t) {
                done->store(d, std::memory_order_relaxed);
                all->store(t, std::memory_order_relaxed);
            });
        },
        [this](CheckReport report) { onChecksDone(std::move(report)); });
    updateState();
}

void ChecksPage::releaseInputs() {
    // The worker holds its own share while it runs; the page keeps nothing of the input after
    // a run, so a store handed over by Browse lives only as long as Browse keeps it.
    m_store.reset();
    m_rows = {};
    m_streamed.reset();
    m_streamedBytes.reset();
}

void ChecksPage::onChecksDone(CheckReport report) {
    releaseInputs();
    m_phase = Phase::Idle;
    m_progressTimer.stop();
    m_progress->hide();
    m_controls->setRunning(false);
    if (report.cancelled) {
        m_cancelled = true;
        updateState();
        return;
    }
    m_report = std::move(report);
    m_model->setReport(&*m_report);
    m_histogram->setReport(&*m_report);
    // Every check stays one line until opened, so all six are on screen at once; the first
    // that needs attention is the current row (Enter or the arrow opens it).
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const auto health = CheckHealth(index.data(CheckFindingsModel::HealthRole).toInt());
        if (health == CheckHealth::Warning || health == CheckHealth::Problem) {
            m_tree->setCurrentIndex(index);
            break;
        }
    }
    m_source->setText(WidgetsTr::tr("Checked %1 records of %2.")
                          .arg(formatCount(displayLocale(), m_report->records), m_description));
    updateOpenButton();
    updateState();
    fitNameColumn();
    Q_EMIT checksFinished();
}

void ChecksPage::fitNameColumn() {
    // The tree holds a few hundred rows at most (examples are capped), so measuring is cheap.
    QHeaderView* header = m_tree->header();
    const int before = header->sectionSize(CheckFindingsModel::NameColumn);
    m_tree->resizeColumnToContents(CheckFindingsModel::NameColumn);
    const int cap = std::max(before, m_tree->viewport()->width() / 2);
    header->resizeSection(
        CheckFindingsModel::NameColumn,
        std::clamp(header->sectionSize(CheckFindingsModel::NameColumn), before, cap));
}

void ChecksPage::clearReport() {
    m_report.reset();
    m_model->setReport(nullptr);
    m_histogram->setReport(nullptr);
    m_source->clear();
    updateOpenButton();
}

void ChecksPage::updateProgress() {
    if (m_phase == Phase::Reading && m_fetcher) {
        m_controls->showProgress(m_fetcher->progress(),
                                 m_streamedBytes ? m_streamedBytes->load() : 0);
    } else if (m_phase == Phase::Checking && m_checkedRows && m_totalRows) {
        const size_t total = std::max<size_t>(1, m_totalRows->load(std::memory_order_relaxed));
        const size_t done = m_checkedRows->load(std::memory_order_relaxed);
        m_progress->setValue(int(std::min<size_t>(done, total) * 1000 / total));
    }
}

void ChecksPage::updateState() {
    const QLocale locale = displayLocale();
    QString sentence;
    if (m_phase == Phase::Reading)
        sentence = WidgetsTr::tr("Reading and checking %1\u2026").arg(m_topic);
    else if (m_phase == Phase::Checking)
        sentence = WidgetsTr::tr("Checking %1 records of %2\u2026")
                       .arg(formatCount(locale, qint64(m_totalRows ? m_totalRows->load() : 0)),
                            m_description);
    else if (m_cancelled)
        sentence = WidgetsTr::tr("Cancelled before the checks finished, so there are no "
                                 "findings. Press Run to check again.");
    else if (m_readFailed)
        sentence = WidgetsTr::tr("Nothing to check: reading failed before any record came "
                                 "(see above).");
    else if (m_emptyRange && !m_report)
        sentence = WidgetsTr::tr("No records in this range of %1: the partitions may be empty "
                                 "there. Try starting at the beginning.")
                       .arg(m_topic);
    else if (!m_report)
        sentence = m_session ? WidgetsTr::tr("Choose a topic and press Run, or choose events on "
                                             "the Browse page and \"Check these events\u2026\".")
                             : WidgetsTr::tr("Not connected. Connect to a cluster, then choose a "
                                             "topic and press Run.");
    else if (m_report->records == 0)
        sentence = WidgetsTr::tr("No records to check in %1.").arg(m_description);
    if (m_phase != Phase::Checking)
        m_progress->hide();
    m_empty->setText(sentence);
    m_stack->setCurrentWidget(sentence.isEmpty() ? static_cast<QWidget*>(m_splitter) : m_empty);
}

void ChecksPage::updateOpenButton() {
    m_openButton->setEnabled(!m_model->recordsAt(m_tree->currentIndex()).empty());
}

bool ChecksPage::openInBrowse(const QModelIndex& index) {
    const std::vector<CheckRecordRef> records = m_model->recordsAt(index);
    if (records.empty())
        return false;
    // Every partition of the finding (copies of a duplicate may sit on two), each from its
    // earliest record to its latest, and a little context after it.
    const QString topic = records.front().topic;
    std::map<int, std::pair<qint64, qint64>> spans; // partition -> earliest, latest offset
    for (const CheckRecordRef& ref : records) {
        if (ref.topic != topic || ref.partition < 0 || ref.offset < 0)
            continue;
        const auto [it, isNew] = spans.try_emplace(ref.partition, ref.offset, ref.offset);
        it->second.first = std::min(it->second.first, ref.offset);
        it->second.second = std::max(it->second.second, ref.offset);
    }
    if (spans.empty())
        return false;
    QStringList partitions;
    QStringList starts;
    QStringList stops;
    for (const auto& [partition, span] : spans) {
        const qint64 until = std::min(span.second + 1 + kOpenContext, span.first + kOpenMaxRecords);
        partitions << QString::number(partition);
        starts << QStringLiteral("%1=%2").arg(partition).arg(span.first);
        stops << QStringLiteral("%1=%2").arg(partition).arg(until);
    }
    Q_EMIT openInBrowseRequested(topic, partitions.join(QStringLiteral(", ")),
                                 QStringLiteral("offset:") + starts.join(u','),
                                 QStringLiteral("offset:") + stops.join(u','));
    return true;
}

void ChecksPage::saveSettings(QSettings& settings) const {
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("treeHeader"), m_tree->header()->saveState());
    settings.setValue(QStringLiteral("topic"), m_controls->topic());
    const CheckOptions options = m_options->options();
    settings.setValue(QStringLiteral("idField"), options.idField);
    settings.setValue(QStringLiteral("sequenceField"), options.sequenceField);
    settings.setValue(QStringLiteral("typeField"), options.typeField);
    settings.setValue(QStringLiteral("versionField"), options.versionField);
    settings.setValue(QStringLiteral("requiredHeaders"), options.requiredHeaders);
}

void ChecksPage::restoreSettings(const QSettings& settings) {
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_tree->header()->restoreState(settings.value(QStringLiteral("treeHeader")).toByteArray());
    const QString topic = settings.value(QStringLiteral("topic")).toString();
    if (!topic.isEmpty())
        m_controls->setTopic(topic);
    CheckOptions options;
    options.idField = settings.value(QStringLiteral("idField")).toString();
    options.sequenceField = settings.value(QStringLiteral("sequenceField")).toString();
    options.typeField = settings.value(QStringLiteral("typeField")).toString();
    options.versionField = settings.value(QStringLiteral("versionField")).toString();
    options.requiredHeaders = settings.value(QStringLiteral("requiredHeaders")).toStringList();
    m_options->setOptions(options);
}

} // namespace streamscope
