#include "replay/ReplayDialog.h"

#include "browse/Filter.h"
#include "cluster/ProfileStore.h"
#include "common/WidgetsTr.h"
#include "replay/OffsetList.h"
#include "replay/ReplayEngine.h"
#include "replay/ReplayJob.h"
#include "replay/ReplayStatusWidget.h"
#include "replay/SandboxGuard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace streamscope {

namespace {

QString profileLabel(const ConnectionProfile& p, bool source) {
    QString label = p.name.isEmpty() ? p.bootstrapServers : p.name;
    if (source)
        label = WidgetsTr::tr("%1 (the source cluster)").arg(label);
    if (p.sandbox)
        label = WidgetsTr::tr("%1 - sandbox").arg(label);
    return label;
}

QString sourceSummary(const ReplaySource& s) {
    QString what = s.description;
    if (what.isEmpty())
        what = s.isRange() ? WidgetsTr::tr("a range of %1").arg(s.topic)
                           : WidgetsTr::tr("%n message(s)", nullptr, int(s.rows.size()));
    QString summary =
        WidgetsTr::tr("%1 from topic %2 on %3")
            .arg(what, s.topic,
                 s.profile.name.isEmpty() ? s.profile.bootstrapServers : s.profile.name);
    if (s.isRange() && s.range->filter && !s.range->filter->matchesEverything())
        summary +=
            QLatin1Char('\n') + WidgetsTr::tr("Filter: %1").arg(s.range->filter->expression());
    return summary;
}

} // namespace

ReplayDialog* ReplayDialog::open(QWidget* parent, const ReplaySource& source,
                                 const QList<ConnectionProfile>& targets) {
    QList<ConnectionProfile> offered = targets;
    if (offered.isEmpty()) {
        offered.append(source.profile);
        const ProfileStore store;
        for (const ConnectionProfile& p : store.profiles())
            if (p.name != source.profile.name && p.storedProblem().isEmpty())
                offered.append(p);
    }
    auto* dialog = new ReplayDialog(source, offered, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

ReplayDialog* ReplayDialog::openForOffsets(QWidget* parent, const ConnectionProfile& profile,
                                           const QString& topic,
                                           const QList<ConnectionProfile>& targets) {
    ReplaySource source;
    source.profile = profile;
    source.topic = topic;
    source.description = WidgetsTr::tr("listed offsets");
    ReplayDialog* dialog = open(parent, source, targets);
    dialog->m_offsets->setFocus();
    return dialog;
}

ReplayDialog::ReplayDialog(ReplaySource source, QList<ConnectionProfile> targets, QWidget* parent)
    : QDialog(parent)
    , m_source(std::move(source))
    , m_targets(std::move(targets))
    , m_inspect(this) {
    setObjectName(QStringLiteral("replayDialog"));
    setWindowTitle(WidgetsTr::tr("Replay into a sandbox"));
    if (m_targets.isEmpty())
        m_targets.append(m_source.profile);

    auto* summary = new QLabel(sourceSummary(m_source), this);
    m_summary = summary;
    summary->setObjectName(QStringLiteral("replaySource"));
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Listed offsets: the only source when the dialog was opened for them (no rows, no range),
    // otherwise an alternative the user ticks.
    const bool offsetsOnly = !m_source.isRange() && m_source.rows.empty();
    m_offsetsBox =
        new QGroupBox(offsetsOnly ? WidgetsTr::tr("Records to replay, by partition and offset")
                                  : WidgetsTr::tr("Replay listed offsets instead"),
                      this);
    m_offsetsBox->setObjectName(QStringLiteral("replayOffsetsBox"));
    m_offsetsBox->setCheckable(!offsetsOnly);
    m_offsetsBox->setChecked(offsetsOnly);
    m_offsets = new QPlainTextEdit(m_offsetsBox);
    m_offsets->setObjectName(QStringLiteral("replayOffsets"));
    m_offsets->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_offsets->setPlaceholderText(
        WidgetsTr::tr("Paste partition:offset pairs of topic %1, such as\n0:1042\n2:77, 2:78\n"
                      "(also \"P,O\", \"(P, O)\" or the provenance header's topic/P/O)")
            .arg(m_source.topic));
    m_offsets->setMaximumHeight(fontMetrics().height() * 6);
    m_offsetsState = new QLabel(m_offsetsBox);
    m_offsetsState->setObjectName(QStringLiteral("replayOffsetsState"));
    m_offsetsState->setWordWrap(true);
    auto* offsetsLayout = new QVBoxLayout(m_offsetsBox);
    offsetsLayout->addWidget(m_offsets);
    offsetsLayout->addWidget(m_offsetsState);
    m_offsets->setVisible(offsetsOnly);
    m_offsetsState->setVisible(offsetsOnly);
    connect(m_offsetsBox, &QGroupBox::toggled, this, [this](bool on) {
        m_offsets->setVisible(on);
        m_offsetsState->setVisible(on);
        updateGuard();
    });
    connect(m_offsets, &QPlainTextEdit::textChanged, this, &ReplayDialog::updateGuard);

    m_targetProfile = new QComboBox(this);
    m_targetProfile->setObjectName(QStringLiteral("replayTargetProfile"));
    for (int i = 0; i < m_targets.size(); ++i)
        m_targetProfile->addItem(profileLabel(m_targets[i], i == 0));
    m_targetTopic = new QLineEdit(this);
    m_targetTopic->setObjectName(QStringLiteral("replayTargetTopic"));
    m_targetTopic->setText(m_source.profile.sandboxPrefix.isEmpty()
                               ? m_source.topic + QStringLiteral("-replay")
                               : m_source.profile.sandboxPrefix + m_source.topic);
    m_guard = new QLabel(this);
    m_guard->setObjectName(QStringLiteral("replayGuard"));
    m_guard->setWordWrap(true);

    auto* targetBox = new QGroupBox(WidgetsTr::tr("Target"), this);
    auto* targetForm = new QFormLayout(targetBox);
    targetForm->addRow(WidgetsTr::tr("&Cluster:"), m_targetProfile);
    targetForm->addRow(WidgetsTr::tr("&Topic:"), m_targetTopic);
    targetForm->addRow(m_guard);

    m_partitioning = new QComboBox(this);
    m_partitioning->setObjectName(QStringLiteral("replayPartitioning"));
    m_partitioning->addItem(WidgetsTr::tr("Same partition number"));
    m_partitioning->addItem(WidgetsTr::tr("By key (Java client's murmur2)"));
    m_partitioning->addItem(WidgetsTr::tr("Round robin"));
    m_timestamps = new QComboBox(this);
    m_timestamps->setObjectName(QStringLiteral("replayTimestamps"));
    m_timestamps->addItem(WidgetsTr::tr("Original timestamps"));
    m_timestamps->addItem(WidgetsTr::tr("Time of the replay"));
    m_provenance = new QCheckBox(WidgetsTr::tr("Add &provenance headers (streamscope-replay-id, "
                                               "streamscope-source)"),
                                 this);
    m_provenance->setObjectName(QStringLiteral("replayProvenance"));
    m_provenance->setChecked(true);
    m_verify = new QCheckBox(
        WidgetsTr::tr("&Verify: read the target back and compare every record"), this);
    m_verify->setObjectName(QStringLiteral("replayVerify"));
    m_verify->setChecked(true);
    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(QStringLiteral("replayRate"));
    m_rate->setRange(0, 1e9);
    m_rate->setDecimals(1);
    m_rate->setSpecialValueText(WidgetsTr::tr("unlimited"));
    m_rateUnit = new QComboBox(this);
    m_rateUnit->addItem(WidgetsTr::tr("messages/s"));
    m_rateUnit->addItem(WidgetsTr::tr("MB/s"));
    auto* rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rate, 1);
    rateRow->addWidget(m_rateUnit);

    auto* optionsBox = new QGroupBox(WidgetsTr::tr("Options"), this);
    auto* optionsForm = new QFormLayout(optionsBox);
    optionsForm->addRow(WidgetsTr::tr("P&artitioning:"), m_partitioning);
    optionsForm->addRow(WidgetsTr::tr("T&imestamps:"), m_timestamps);
    // A layout as the field has no buddy: the label needs its own for the mnemonic.
    auto* rateLabel = new QLabel(WidgetsTr::tr("&Rate limit:"), this);
    rateLabel->setBuddy(m_rate);
    optionsForm->addRow(rateLabel, rateRow);
    optionsForm->addRow(m_provenance);
    optionsForm->addRow(m_verify);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("replayPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setPlaceholderText(WidgetsTr::tr(
        "A dry run counts the records, shows the first ones and where they would go, and writes "
        "nothing."));
    m_preview->setMinimumHeight(120);

    auto* buttons = new QDialogButtonBox(this);
    m_dryRun = buttons->addButton(WidgetsTr::tr("&Dry run"), QDialogButtonBox::ActionRole);
    m_dryRun->setObjectName(QStringLiteral("replayDryRun"));
    m_replay = buttons->addButton(WidgetsTr::tr("&Replay"), QDialogButtonBox::AcceptRole);
    m_replay->setObjectName(QStringLiteral("replayStart"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_replay, &QPushButton::clicked, this, &ReplayDialog::startReplay);
    connect(m_dryRun, &QPushButton::clicked, this, &ReplayDialog::runDryRun);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_offsetsBox);
    layout->addWidget(targetBox);
    layout->addWidget(optionsBox);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    connect(m_targetProfile, &QComboBox::currentIndexChanged, this, &ReplayDialog::updateGuard);
    connect(m_targetTopic, &QLineEdit::textChanged, this, &ReplayDialog::updateGuard);
    updateGuard();
    resize(sizeHint().expandedTo(QSize(620, 560)));
}

ReplayDialog::~ReplayDialog() = default;

ReplayOptions ReplayDialog::options() const {
    ReplayOptions o;
    o.targetProfile = m_targets.value(std::max(0, m_targetProfile->currentIndex()));
    o.targetTopic = m_targetTopic->text().trimmed();
    o.partitioning = static_cast<ReplayPartitioning>(m_partitioning->currentIndex());
    o.timestamps =
        m_timestamps->currentIndex() == 0 ? ReplayTimestamps::Original : ReplayTimestamps::Now;
    o.provenance = m_provenance->isChecked();
    o.verify = m_verify->isChecked();
    if (m_rate->value() > 0) {
        if (m_rateUnit->currentIndex() == 0)
            o.rateMessagesPerSecond = m_rate->value();
        else
            o.rateBytesPerSecond = m_rate->value() * 1024 * 1024;
    }
    // The GUI creates a missing topic only after asking (startReplay).
    o.createMissingTopic = false;
    return o;
}

SandboxDecision ReplayDialog::currentDecision() const {
    const ReplayOptions o = options();
    return checkReplayTarget(ReplayEndpoint{m_source.profile, {}, m_source.topic},
                             ReplayEndpoint{o.targetProfile, {}, o.targetTopic});
}

bool ReplayDialog::usesOffsetList() const {
    // A group box that cannot be unticked reports isChecked() false.
    return !m_offsetsBox->isCheckable() || m_offsetsBox->isChecked();
}

Expected<ReplaySource> ReplayDialog::effectiveSource() const {
    if (!usesOffsetList())
        return m_source;
    auto pairs = parseOffsetList(m_offsets->toPlainText());
    if (!pairs)
        return pairs.error();
    auto request = offsetListRequest(m_source.topic, *pairs);
    if (!request)
        return request.error();
    return ReplaySource::fromRange(m_source.profile, std::move(*request),
                                   describeOffsetList(m_source.topic, *pairs));
}

void ReplayDialog::setOffsetList(const QString& text) {
    if (m_offsetsBox->isCheckable())
        m_offsetsBox->setChecked(true);
    m_offsets->setPlainText(text);
}

void ReplayDialog::updateGuard() {
    const SandboxDecision decision = currentDecision();
    m_guard->setText(decision.allowed ? WidgetsTr::tr("Allowed: %1").arg(decision.reason)
                                      : WidgetsTr::tr("Refused: %1").arg(decision.reason));
    m_guard->setStyleSheet(decision.allowed ? QStringLiteral("color: #2e7d32;")
                                            : QStringLiteral("color: #c62828;"));
    const Expected<ReplaySource> source = effectiveSource();
    if (usesOffsetList()) {
        const bool empty = m_offsets->toPlainText().trimmed().isEmpty();
        m_offsetsState->setText(
            source ? WidgetsTr::tr("Will replay %1.").arg(source->description)
                   : (empty ? WidgetsTr::tr("Nothing listed yet: paste the pairs above.")
                            : source.error().message));
        m_offsetsState->setStyleSheet(source || empty ? QString()
                                                      : QStringLiteral("color: #c62828;"));
    }
    m_summary->setText(sourceSummary(source ? *source : m_source));
    const bool ready = decision.allowed && source.ok();
    m_replay->setEnabled(ready);
    m_dryRun->setEnabled(ready && !m_dryJob);
}

void ReplayDialog::runDryRun() {
    if (m_dryJob)
        return;
    const Expected<ReplaySource> source = effectiveSource();
    if (!source)
        return;
    ReplayOptions o = options();
    o.dryRun = true;
    m_dryJob = std::make_unique<ReplayJob>(*source, o);
    m_dryRun->setEnabled(false);
    m_preview->setPlainText(WidgetsTr::tr("Reading the source..."));
    connect(m_dryJob.get(), &ReplayJob::finished, this, [this](const ReplayReport& report) {
        m_preview->setPlainText(report.toText());
        m_dryJob.reset();
        updateGuard();
    });
    m_dryJob->start();
}

void ReplayDialog::startReplay() {
    ReplayOptions o = options();
    const SandboxDecision decision = currentDecision();
    const Expected<ReplaySource> source = effectiveSource();
    if (!decision.allowed || !source) {
        updateGuard();
        return;
    }
    // The target cluster's profile governs, not the source's.
    if (o.targetProfile.readOnly) {
        const auto answer = QMessageBox::question(
            this, WidgetsTr::tr("Write to a read-only profile?"),
            WidgetsTr::tr("The target profile \"%1\" is read-only. Replaying writes to topic %2 on "
                          "that cluster. Write anyway?")
                .arg(o.targetProfile.name.isEmpty() ? o.targetProfile.bootstrapServers
                                                    : o.targetProfile.name,
                     o.targetTopic));
        if (answer != QMessageBox::Yes)
            return;
    }
    m_replay->setEnabled(false);
    m_guard->setText(WidgetsTr::tr("Checking the target..."));
    m_inspect.submit(
        [chosen = *source, o](const CancelToken&) { return inspectReplayTarget(chosen, o); },
        [this, o, chosen = *source](Expected<ReplayTargetCheck> check) mutable {
            updateGuard();
            if (!check) {
                QMessageBox::warning(this, WidgetsTr::tr("Replay"), check.error().message);
                return;
            }
            if (!check->decision.allowed) {
                m_guard->setText(WidgetsTr::tr("Refused: %1").arg(check->decision.reason));
                m_replay->setEnabled(false);
                return;
            }
            if (!check->targetExists) {
                const auto answer = QMessageBox::question(
                    this, WidgetsTr::tr("Create the target topic?"),
                    WidgetsTr::tr("Topic %1 does not exist. Create it with %n partition(s) and "
                                  "the source topic's retention, cleanup and size settings?",
                                  nullptr, check->sourcePartitions)
                        .arg(o.targetTopic));
                if (answer != QMessageBox::Yes)
                    return;
                o.createMissingTopic = true;
            }
            launch(chosen, o);
        });
}

void ReplayDialog::launch(const ReplaySource& source, ReplayOptions o) {
    auto job = std::make_unique<ReplayJob>(source, std::move(o));
    auto* window = qobject_cast<QMainWindow*>(parentWidget() ? parentWidget()->window() : nullptr);
    ReplayStatusWidget* status = ReplayStatusWidget::of(window);
    if (!status) {
        // No main window (a test, a standalone use): a floating status widget of its own.
        status = new ReplayStatusWidget(parentWidget());
        status->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (!status->run(std::move(job))) {
        QMessageBox::information(this, WidgetsTr::tr("Replay"),
                                 WidgetsTr::tr("Another replay is still running; wait for it or "
                                               "cancel it in the status bar."));
        updateGuard();
        return;
    }
    Q_EMIT replayStarted();
    accept();
}

} // namespace streamscope
