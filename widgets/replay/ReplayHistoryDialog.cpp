#include "replay/ReplayHistoryDialog.h"

#include "common/DisplayFormat.h"
#include "common/TableSetup.h"
#include "common/WidgetsTr.h"
#include "replay/ReplayHistory.h"
#include "replay/ReplayHistoryModel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace streamscope {

namespace {
// The newest entries read; older lines stay in the file.
constexpr int kMaxEntries = 500;
} // namespace

ReplayHistoryDialog* ReplayHistoryDialog::open(QWidget* parent, const QString& path) {
    auto* dialog = new ReplayHistoryDialog(path, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

ReplayHistoryDialog::ReplayHistoryDialog(const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_path(path.isEmpty() ? ReplayHistory::defaultPath() : path)
    , m_model(new ReplayHistoryModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_placeholder(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_details(new QPlainTextEdit(this))
    , m_where(new QLabel(this)) {
    setObjectName(QStringLiteral("replayHistoryDialog"));
    setWindowTitle(WidgetsTr::tr("Replay history"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ReplayHistoryModel::SortRole);
    m_table->setObjectName(QStringLiteral("replayHistoryTable"));
    m_table->setModel(m_sorted);
    setUpDataTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->sortByColumn(ReplayHistoryModel::WhenColumn, Qt::DescendingOrder);
    setColumnWidthsInChars(m_table, {16, 22, 0, 26, 9, 20, 8});

    m_placeholder->setObjectName(QStringLiteral("replayHistoryPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_table);

    m_details->setObjectName(QStringLiteral("replayHistoryDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(WidgetsTr::tr("Select a replay to see its whole report."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_where->setObjectName(QStringLiteral("replayHistoryPath"));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_where->setText(WidgetsTr::tr("Replays of the app and of streamscope-cli, newest first, "
                                   "from %1")
                         .arg(QDir::toNativeSeparators(m_path)));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_reload = buttons->addButton(WidgetsTr::tr("&Reload"), QDialogButtonBox::ActionRole);
    m_reload->setObjectName(QStringLiteral("replayHistoryReload"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reload, &QPushButton::clicked, this, &ReplayHistoryDialog::reload);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_where);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReplayHistoryDialog::showSelected);
    m_placeholder->setText(WidgetsTr::tr("Reading the replay history\u2026"));
    m_stack->setCurrentWidget(m_placeholder);
    resize(QSize(fontMetrics().averageCharWidth() * 165, fontMetrics().height() * 32));
    reload();
}

void ReplayHistoryDialog::reload() {
    m_reload->setEnabled(false);
    m_loader.submit(
        [path = m_path](const CancelToken&) {
            return ReplayHistory::loadReports(kMaxEntries, path);
        },
        [this](std::vector<ReplayReport> entries) {
            m_reload->setEnabled(true);
            const int count = int(entries.size());
            m_model->setEntries(std::move(entries));
            if (count == 0) {
                m_placeholder->setText(
                    WidgetsTr::tr("No replays yet. Every replay started here or with "
                                  "streamscope-cli replay (dry runs and refused ones too) is "
                                  "listed once it ends."));
                m_stack->setCurrentWidget(m_placeholder);
            } else {
                m_stack->setCurrentWidget(m_table);
                if (!m_table->currentIndex().isValid())
                    m_table->setCurrentIndex(m_sorted->index(0, 0));
            }
            showSelected();
            Q_EMIT loaded(count);
        });
}

void ReplayHistoryDialog::showSelected() {
    const QModelIndex current = m_sorted->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    m_details->setPlainText(
        ReplayHistoryModel::detailText(m_model->entry(current.row()), displayLocale()));
}

} // namespace streamscope
