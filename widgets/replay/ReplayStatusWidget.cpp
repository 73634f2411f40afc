#include "replay/ReplayStatusWidget.h"

#include "common/WidgetsTr.h"
#include "replay/ReplayHistoryDialog.h"
#include "replay/ReplayJob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace streamscope {

ReplayStatusWidget::ReplayStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_pause(new QToolButton(this))
    , m_cancel(new QToolButton(this))
    , m_reportButton(new QToolButton(this))
    , m_historyButton(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_timer(new QTimer(this)) {
    setObjectName(QStringLiteral("replayStatus"));
    m_label->setObjectName(QStringLiteral("replayStatusText"));
    m_pause->setObjectName(QStringLiteral("replayPause"));
    m_pause->setText(WidgetsTr::tr("Pause"));
    m_cancel->setObjectName(QStringLiteral("replayCancel"));
    m_cancel->setText(WidgetsTr::tr("Cancel"));
    m_reportButton->setObjectName(QStringLiteral("replayReport"));
    m_reportButton->setText(WidgetsTr::tr("Report..."));
    m_historyButton->setObjectName(QStringLiteral("replayHistory"));
    m_historyButton->setText(WidgetsTr::tr("History..."));
    m_historyButton->setToolTip(WidgetsTr::tr("Every past replay: source, target, counts, "
                                              "verification and when"));
    m_close->setObjectName(QStringLiteral("replayClose"));
    m_close->setText(WidgetsTr::tr("Dismiss"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_pause);
    layout->addWidget(m_cancel);
    layout->addWidget(m_reportButton);
    layout->addWidget(m_historyButton);
    layout->addWidget(m_close);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &ReplayStatusWidget::refresh);
    connect(m_pause, &QToolButton::clicked, this, [this] {
        if (!m_job)
            return;
        if (m_job->isPaused())
            m_job->resume();
        else
            m_job->pause();
        refresh();
    });
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_cancel->setEnabled(false);
    });
    connect(m_reportButton, &QToolButton::clicked, this, &ReplayStatusWidget::showReport);
    connect(m_historyButton, &QToolButton::clicked, this,
            [this] { ReplayHistoryDialog::open(window()); });
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

ReplayStatusWidget::~ReplayStatusWidget() = default;

ReplayStatusWidget* ReplayStatusWidget::of(QMainWindow* window) {
    if (!window)
        return nullptr;
    if (auto* existing = window->findChild<ReplayStatusWidget*>(QStringLiteral("replayStatus")))
        return existing;
    auto* widget = new ReplayStatusWidget(window->statusBar());
    window->statusBar()->addPermanentWidget(widget);
    return widget;
}

bool ReplayStatusWidget::isBusy() const {
    return m_job && m_job->isRunning();
}

bool ReplayStatusWidget::run(std::unique_ptr<ReplayJob> job) {
    if (isBusy() || !job)
        return false;
    m_job = std::move(job);
    connect(m_job.get(), &ReplayJob::finished, this, &ReplayStatusWidget::onFinished);
    m_report = ReplayReport{};
    m_pause->setVisible(!m_job->options().dryRun);
    m_pause->setEnabled(true);
    m_cancel->setVisible(true);
    m_cancel->setEnabled(true);
    m_reportButton->setVisible(false);
    m_close->setVisible(false);
    m_job->start();
    m_timer->start();
    refresh();
    show();
    return true;
}

QString ReplayStatusWidget::text() const {
    return m_label->text();
}

void ReplayStatusWidget::refresh() {
    if (!m_job || !m_job->isRunning())
        return;
    const QLocale locale;
    const ReplayProgress p = m_job->progress();
    const QString target = m_job->options().targetTopic;
    QString text;
    switch (p.phase) {
    case ReplayProgress::Phase::Preparing:
        text = WidgetsTr::tr("Replay to %1: preparing...").arg(target);
        break;
    case ReplayProgress::Phase::Verifying:
        text = WidgetsTr::tr("Replay to %1: verifying %2 of %3 records...")
                   .arg(target, locale.toString(p.verified), locale.toString(p.committed));
        break;
    case ReplayProgress::Phase::Paused:
    case ReplayProgress::Phase::Replaying:
    case ReplayProgress::Phase::Done: {
        const QString eta = p.etaMs < 0 ? WidgetsTr::tr("ETA unknown")
                                        : WidgetsTr::tr("ETA %1 s").arg((p.etaMs + 999) / 1000);
        text = WidgetsTr::tr("Replay to %1: %2 read, %3 committed (%4%), %5/s, %6")
                   .arg(target, locale.toString(p.read), locale.toString(p.committed))
                   .arg(int(p.fraction * 100))
                   .arg(locale.toString(qint64(p.ratePerSecond)), eta);
        if (m_job->isPaused())
            text = WidgetsTr::tr("%1 (paused)").arg(text);
        break;
    }
    }
    m_label->setText(text);
    m_pause->setText(m_job->isPaused() ? WidgetsTr::tr("Resume") : WidgetsTr::tr("Pause"));
}

void ReplayStatusWidget::onFinished(const ReplayReport& report) {
    m_timer->stop();
    m_report = report;
    const QLocale locale;
    QString text;
    switch (report.outcome) {
    case ReplayReport::Outcome::Completed:
        text = report.verified || !report.verifyRequested
                   ? WidgetsTr::tr("Replay to %1 done: %2 records%3.")
                         .arg(report.targetTopic, locale.toString(report.replayed),
                              report.verified ? WidgetsTr::tr(", verified") : QString())
                   : WidgetsTr::tr("Replay to %1: %2 records written, %3 mismatches.")
                         .arg(report.targetTopic, locale.toString(report.replayed),
                              locale.toString(report.mismatches));
        break;
    case ReplayReport::Outcome::DryRun:
        text = WidgetsTr::tr("Dry run: %1 records would be replayed.")
                   .arg(locale.toString(report.read));
        break;
    case ReplayReport::Outcome::Refused:
        text = WidgetsTr::tr("Replay refused: %1").arg(report.reason);
        break;
    case ReplayReport::Outcome::Cancelled:
        text = WidgetsTr::tr("Replay cancelled: %1 records committed, %2 aborted.")
                   .arg(locale.toString(report.replayed), locale.toString(report.aborted));
        break;
    case ReplayReport::Outcome::Failed:
        text = WidgetsTr::tr("Replay failed after %1 records: %2")
                   .arg(locale.toString(report.replayed), report.reason);
        break;
    }
    m_label->setText(text);
    m_pause->setVisible(false);
    m_cancel->setVisible(false);
    m_reportButton->setVisible(true);
    m_close->setVisible(true);
    Q_EMIT replayFinished(report);
}

void ReplayStatusWidget::showReport() {
    auto* box = new QMessageBox(QMessageBox::Information, WidgetsTr::tr("Replay report"),
                                m_report.toText(), QMessageBox::Close, window());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
}

} // namespace streamscope
