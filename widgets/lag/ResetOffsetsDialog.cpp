#include "lag/ResetOffsetsDialog.h"

#include "common/DisplayFormat.h"
#include "common/WidgetsTr.h"
#include "lag/OffsetReset.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace streamscope {

namespace {

constexpr int kTimeoutMs = 10'000;

enum PreviewColumn { TopicCol, PartitionCol, CurrentCol, NewCol, ChangeCol, NoteCol, ColumnCount };

QString offsetText(const QLocale& locale, const std::optional<qint64>& offset) {
    return offset ? formatCount(locale, *offset) : WidgetsTr::tr("no commit");
}

} // namespace

ResetOffsetsDialog::ResetOffsetsDialog(const ConnectionProfile& profile, const QString& clusterName,
                                       ClusterSnapshot cluster, const GroupLag& group,
                                       QWidget* parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_clusterName(clusterName)
    , m_cluster(std::move(cluster))
    , m_group(group)
    , m_mode(new QComboBox(this))
    , m_values(new QStackedWidget(this))
    , m_time(new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), this))
    , m_offset(new QLineEdit(this))
    , m_shift(new QLineEdit(this))
    , m_scope(new QTreeWidget(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_status(new QLabel(this))
    , m_preview(new QPushButton(WidgetsTr::tr("&Preview"), this))
    , m_reset(new QPushButton(WidgetsTr::tr("&Reset offsets\u2026"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)) {
    setObjectName(QStringLiteral("resetOffsetsDialog"));
    setWindowTitle(WidgetsTr::tr("Reset offsets of %1").arg(group.groupId));

    auto* intro = new QLabel(
        WidgetsTr::tr("Move the committed offsets of group <b>%1</b> on cluster <b>%2</b>. "
                      "Preview the new offsets first; nothing changes until you confirm.")
            .arg(group.groupId.toHtmlEscaped(), clusterName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    if (const QString refusal = offsetResetRefusal(profile); !refusal.isEmpty())
        m_blockedReason = refusal;
    else if (!group.error.isEmpty() || group.state.isEmpty())
        m_blockedReason = WidgetsTr::tr("The state of group \"%1\" is unknown, so it cannot be "
                                        "known to be empty. Kafka resets offsets only of an empty "
                                        "group.")
                              .arg(group.groupId);
    else if (group.state != QStringLiteral("Empty"))
        m_blockedReason = WidgetsTr::tr("Group \"%1\" is %2 with %n member(s). Kafka resets "
                                        "offsets only of an empty group: stop its consumers "
                                        "first.",
                                        nullptr, group.memberCount())
                              .arg(group.groupId, group.state);
    auto* blocked = new QLabel(m_blockedReason, this);
    blocked->setObjectName(QStringLiteral("resetBlocked"));
    blocked->setWordWrap(true);
    blocked->setStyleSheet(QStringLiteral("color:#c62828"));
    blocked->setVisible(!m_blockedReason.isEmpty());

    m_mode->setObjectName(QStringLiteral("resetMode"));
    m_mode->addItem(WidgetsTr::tr("Earliest (log start)"), int(OffsetResetMode::Earliest));
    m_mode->addItem(WidgetsTr::tr("Latest (skip to the end)"), int(OffsetResetMode::Latest));
    m_mode->addItem(WidgetsTr::tr("Date and time"), int(OffsetResetMode::Timestamp));
    m_mode->addItem(WidgetsTr::tr("Specific offset"), int(OffsetResetMode::Offset));
    m_mode->addItem(WidgetsTr::tr("Shift by N"), int(OffsetResetMode::ShiftBy));
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_time->setCalendarPopup(true);
    m_offset->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,18}")), this));
    m_offset->setPlaceholderText(WidgetsTr::tr("offset, e.g. 1000"));
    m_shift->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?\\d{1,18}")), this));
    m_shift->setPlaceholderText(WidgetsTr::tr("messages; negative goes back, e.g. -500"));
    m_values->addWidget(new QWidget(this)); // earliest, latest: nothing to enter
    m_values->addWidget(m_time);
    m_values->addWidget(m_offset);
    m_values->addWidget(m_shift);

    m_scope->setObjectName(QStringLiteral("resetScope"));
    m_scope->setHeaderLabels({WidgetsTr::tr("Topics and partitions")});
    m_scope->setRootIsDecorated(true);
    buildScope();

    m_table->setObjectName(QStringLiteral("resetPreview"));
    m_table->setHorizontalHeaderLabels({WidgetsTr::tr("Topic"), WidgetsTr::tr("Partition"),
                                        WidgetsTr::tr("Current"), WidgetsTr::tr("New"),
                                        WidgetsTr::tr("Change"), WidgetsTr::tr("Note")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("resetStatus"));
    m_status->setWordWrap(true);

    m_reset->setObjectName(QStringLiteral("resetExecute"));
    m_reset->setEnabled(false);
    m_preview->setObjectName(QStringLiteral("resetPreviewButton"));
    m_buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_reset, QDialogButtonBox::ActionRole);

    auto* form = new QFormLayout;
    form->addRow(WidgetsTr::tr("Move to:"), m_mode);
    form->addRow(QString(), m_values);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_scope);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(blocked);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateModeWidgets();
        markStale();
    });
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &ResetOffsetsDialog::markStale);
    connect(m_offset, &QLineEdit::textChanged, this, &ResetOffsetsDialog::markStale);
    connect(m_shift, &QLineEdit::textChanged, this, &ResetOffsetsDialog::markStale);
    connect(m_scope, &QTreeWidget::itemChanged, this, &ResetOffsetsDialog::markStale);
    connect(m_preview, &QPushButton::clicked, this, &ResetOffsetsDialog::preview);
    connect(m_reset, &QPushButton::clicked, this, &ResetOffsetsDialog::confirmAndExecute);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_mode->setCurrentIndex(1);
    updateModeWidgets();
    resize(860, 560);
}

ResetOffsetsDialog::~ResetOffsetsDialog() = default;

void ResetOffsetsDialog::buildScope() {
    m_scope->clear();
    for (const GroupTopicLag& topic : m_group.topics) {
        auto* topicItem = new QTreeWidgetItem(m_scope, {topic.topic});
        topicItem->setFlags(topicItem->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        topicItem->setCheckState(0, Qt::Checked);
        for (const PartitionLag& p : topic.partitions) {
            auto* item =
                new QTreeWidgetItem(topicItem, {WidgetsTr::tr("partition %1").arg(p.partition)});
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Checked);
            item->setData(0, Qt::UserRole, p.partition);
        }
    }
}

void ResetOffsetsDialog::chooseTopics(const QStringList& topics) {
    for (int i = 0; i < m_scope->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_scope->topLevelItem(i);
        item->setCheckState(0, topics.isEmpty() || topics.contains(item->text(0)) ? Qt::Checked
                                                                                  : Qt::Unchecked);
    }
}

std::vector<OffsetResetInput> ResetOffsetsDialog::chosenInputs() const {
    std::vector<OffsetResetInput> inputs;
    for (int i = 0; i < m_scope->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* topicItem = m_scope->topLevelItem(i);
        const GroupTopicLag* topic = m_group.findTopic(topicItem->text(0));
        if (!topic)
            continue;
        for (int j = 0; j < topicItem->childCount(); ++j) {
            const QTreeWidgetItem* item = topicItem->child(j);
            if (item->checkState(0) != Qt::Checked)
                continue;
            const int partition = item->data(0, Qt::UserRole).toInt();
            for (const PartitionLag& p : topic->partitions)
                if (p.partition == partition)
                    inputs.push_back({p.topic, p.partition, p.committed});
        }
    }
    return inputs;
}

void ResetOffsetsDialog::setSpec(const OffsetResetSpec& spec) {
    m_mode->setCurrentIndex(m_mode->findData(int(spec.mode)));
    switch (spec.mode) {
    case OffsetResetMode::Timestamp:
        m_time->setDateTime(QDateTime::fromMSecsSinceEpoch(spec.value));
        break;
    case OffsetResetMode::Offset:
        m_offset->setText(QString::number(spec.value));
        break;
    case OffsetResetMode::ShiftBy:
        m_shift->setText(QString::number(spec.value));
        break;
    default:
        break;
    }
}

OffsetResetSpec ResetOffsetsDialog::spec() const {
    OffsetResetSpec spec;
    spec.mode = static_cast<OffsetResetMode>(m_mode->currentData().toInt());
    switch (spec.mode) {
    case OffsetResetMode::Timestamp:
        spec.value = m_time->dateTime().toMSecsSinceEpoch();
        break;
    case OffsetResetMode::Offset:
        spec.value = m_offset->text().toLongLong();
        break;
    case OffsetResetMode::ShiftBy:
        spec.value = m_shift->text().toLongLong();
        break;
    default:
        break;
    }
    return spec;
}

void ResetOffsetsDialog::updateModeWidgets() {
    switch (static_cast<OffsetResetMode>(m_mode->currentData().toInt())) {
    case OffsetResetMode::Timestamp:
        m_values->setCurrentWidget(m_time);
        break;
    case OffsetResetMode::Offset:
        m_values->setCurrentWidget(m_offset);
        break;
    case OffsetResetMode::ShiftBy:
        m_values->setCurrentWidget(m_shift);
        break;
    default:
        m_values->setCurrentIndex(0);
        break;
    }
}

void ResetOffsetsDialog::markStale() {
    m_plan.reset();
    m_reset->setEnabled(false);
    m_table->setRowCount(0);
    setStatus(WidgetsTr::tr("Press Preview to see the new offsets."), false);
}

void ResetOffsetsDialog::setStatus(const QString& text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color:#c62828") : QString());
}

void ResetOffsetsDialog::preview() {
    const OffsetResetSpec wanted = spec();
    const std::vector<OffsetResetInput> inputs = chosenInputs();
    if (!m_cluster) {
        showPlan(streamscopeError(WidgetsTr::tr("No cluster snapshot yet: start and end offsets "
                                                "are unknown.")));
        return;
    }
    if (wanted.mode != OffsetResetMode::Timestamp) {
        showPlan(planOffsetReset(m_group.groupId, wanted, inputs, *m_cluster));
        return;
    }
    // Offsets for a time need the brokers: off the GUI thread.
    setStatus(WidgetsTr::tr("Reading the offsets at %1\u2026")
                  .arg(m_time->dateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
              false);
    m_preview->setEnabled(false);
    m_runner.submit(
        [profile = m_profile, cluster = m_cluster, group = m_group.groupId, wanted,
         inputs](const CancelToken&) {
            return planOffsetResetOnCluster(profile, group, wanted, inputs, *cluster, kTimeoutMs);
        },
        [this](Expected<OffsetResetPlan> plan) {
            m_preview->setEnabled(true);
            showPlan(std::move(plan));
        });
}

void ResetOffsetsDialog::showPlan(Expected<OffsetResetPlan> plan) {
    m_table->setRowCount(0);
    if (!plan) {
        m_plan.reset();
        m_reset->setEnabled(false);
        setStatus(plan.error().message, true);
        Q_EMIT previewReady();
        return;
    }
    m_plan = std::move(*plan);
    const QLocale locale = displayLocale();
    m_table->setRowCount(static_cast<int>(m_plan->rows.size()));
    int row = 0;
    for (const OffsetResetRow& r : m_plan->rows) {
        const auto set = [&](int column, const QString& text, bool right) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        };
        set(TopicCol, r.topic, false);
        set(PartitionCol, QString::number(r.partition), true);
        set(CurrentCol, offsetText(locale, r.current), true);
        set(NewCol, r.target ? formatCount(locale, *r.target) : WidgetsTr::tr("unchanged"), true);
        QString change;
        if (r.target && r.current)
            change = (*r.target >= *r.current ? QStringLiteral("+") : QString()) +
                     locale.toString(*r.target - *r.current);
        set(ChangeCol, change, true);
        set(NoteCol, r.note, false);
        ++row;
    }
    m_table->resizeColumnsToContents();
    const int moving = m_plan->actionableRows();
    m_reset->setEnabled(m_blockedReason.isEmpty() && moving > 0);
    if (!m_blockedReason.isEmpty())
        setStatus(m_blockedReason, true);
    else
        setStatus(WidgetsTr::tr("%n partition(s) will be set (%1 change).", nullptr, moving)
                      .arg(m_plan->changingRows()),
                  false);
    Q_EMIT previewReady();
}

void ResetOffsetsDialog::confirmAndExecute() {
    if (!m_plan || !m_blockedReason.isEmpty())
        return;
    const auto answer = QMessageBox::warning(
        this, WidgetsTr::tr("Reset offsets"),
        WidgetsTr::tr(
            "Reset the committed offsets of group \u201c%1\u201d on cluster \u201c%2\u201d "
            "(%3) for %n partition(s)? The group's consumers will start from the new "
            "offsets; this cannot be undone.",
            nullptr, m_plan->actionableRows())
            .arg(m_group.groupId, m_clusterName, describeOffsetReset(m_plan->spec)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        executeWithoutConfirmation();
}

void ResetOffsetsDialog::executeWithoutConfirmation() {
    if (!m_plan)
        return;
    m_reset->setEnabled(false);
    m_preview->setEnabled(false);
    setStatus(WidgetsTr::tr("Resetting the offsets of %1\u2026").arg(m_group.groupId), false);
    m_runner.submit(
        [profile = m_profile, plan = *m_plan](const CancelToken& cancel) {
            return executeOffsetReset(profile, plan, kTimeoutMs, &cancel);
        },
        [this](Expected<std::vector<AlteredOffset>> result) { showResult(result); });
}

void ResetOffsetsDialog::showResult(const Expected<std::vector<AlteredOffset>>& result) {
    m_preview->setEnabled(true);
    if (!result) {
        setStatus(result.error().message, true);
        Q_EMIT resetFinished(false, result.error().message);
        return;
    }
    int failed = 0;
    for (const AlteredOffset& a : *result) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (m_table->item(row, TopicCol)->text() != a.topic ||
                m_table->item(row, PartitionCol)->text().toInt() != a.partition)
                continue;
            m_table->item(row, NoteCol)
                ->setText(a.error.isEmpty() ? WidgetsTr::tr("done") : a.error);
        }
        failed += a.error.isEmpty() ? 0 : 1;
    }
    const QString message =
        failed == 0 ? WidgetsTr::tr("Done: %n partition(s) of %1 reset.", nullptr,
                                    static_cast<int>(result->size()))
                          .arg(m_group.groupId)
                    : WidgetsTr::tr("%1 of %2 partitions could not be reset; see the notes.")
                          .arg(failed)
                          .arg(result->size());
    setStatus(message, failed > 0);
    Q_EMIT resetFinished(failed == 0, message);
}

} // namespace streamscope
