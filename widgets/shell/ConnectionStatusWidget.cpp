#include "shell/ConnectionStatusWidget.h"

#include "common/ConnectionStateStyle.h"
#include "common/ElidedLabel.h"
#include "common/WidgetsTr.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace streamscope {

namespace {

QString formatDuration(qint64 seconds) {
    if (seconds < 60)
        return WidgetsTr::tr("%n s", nullptr, static_cast<int>(seconds));
    if (seconds < 3600)
        return WidgetsTr::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return WidgetsTr::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace

ConnectionStatusWidget::ConnectionStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_messageLabel(new ElidedLabel(this))
    , m_ageLabel(new QLabel(this))
    , m_retryButton(new QToolButton(this))
    , m_ageTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("connectionStatus"));
    m_stateLabel->setObjectName(QStringLiteral("connectionState"));
    m_messageLabel->setObjectName(QStringLiteral("connectionMessage"));
    QFont bold = m_stateLabel->font();
    bold.setBold(true);
    m_stateLabel->setFont(bold);
    m_ageLabel->setEnabled(false); // greyed: secondary information

    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setText(WidgetsTr::tr("Retry now"));
    m_retryButton->setToolTip(WidgetsTr::tr("Ask the cluster again without waiting for the next "
                                            "scheduled attempt"));
    m_retryButton->setAutoRaise(true);
    m_retryButton->hide();
    connect(m_retryButton, &QToolButton::clicked, this, &ConnectionStatusWidget::retryRequested);

    m_ageTimer->setInterval(1000);
    connect(m_ageTimer, &QTimer::timeout, this, &ConnectionStatusWidget::updateAge);
    m_ageTimer->start();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_messageLabel, 1);
    layout->addWidget(m_ageLabel);
    layout->addWidget(m_retryButton);
    setDisconnected();
}

void ConnectionStatusWidget::setState(ConnectionState state, const QString& message) {
    const bool wasDown = !m_disconnected && (m_state == ConnectionState::Unreachable ||
                                             m_state == ConnectionState::Failed);
    m_disconnected = false;
    m_state = state;
    const bool down = state == ConnectionState::Unreachable || state == ConnectionState::Failed;
    if (down && !wasDown)
        m_downSince = QDateTime::currentDateTime();
    // A configuration error does not heal by retrying; only a changed profile helps.
    m_retryButton->setVisible(state == ConnectionState::Unreachable);
    showState(connectionStateColor(state), connectionStateName(state), message);
}

void ConnectionStatusWidget::setDisconnected() {
    m_disconnected = true;
    m_retryButton->hide();
    m_lastUpdate = {};
    showState(disconnectedColor(), WidgetsTr::tr("Not connected"),
              WidgetsTr::tr("Choose a cluster with Cluster \u203a Connect\u2026"));
}

void ConnectionStatusWidget::setLastUpdate(const QDateTime& when) {
    m_lastUpdate = when;
    updateAge();
}

QString ConnectionStatusWidget::stateText() const {
    return m_stateLabel->text();
}

QString ConnectionStatusWidget::message() const {
    return m_messageLabel->fullText();
}

void ConnectionStatusWidget::showState(const QColor& color, const QString& stateText,
                                       const QString& message) {
    const int side = fontMetrics().height();
    m_dot->setPixmap(stateDotIcon(color).pixmap(side, side));
    m_stateLabel->setText(stateText);
    QPalette palette = m_stateLabel->palette();
    palette.setColor(QPalette::WindowText, color.darker(115));
    m_stateLabel->setPalette(palette);
    m_messageLabel->setFullText(message);
    updateAge();
}

void ConnectionStatusWidget::updateAge() {
    const QDateTime now = QDateTime::currentDateTime();
    QString text;
    if (m_disconnected) {
        text.clear();
    } else if (m_state == ConnectionState::Unreachable) {
        const QString down = formatDuration(m_downSince.secsTo(now));
        text = m_lastUpdate.isValid()
                   ? WidgetsTr::tr("down for %1 \u00b7 last data at %2")
                         .arg(down, QLocale().toString(m_lastUpdate.time(), QLocale::ShortFormat))
                   : WidgetsTr::tr("down for %1").arg(down);
    } else if (m_state == ConnectionState::Failed) {
        // No retries happen after a configuration error, so no "down for" clock either.
        if (m_lastUpdate.isValid())
            text = WidgetsTr::tr("last data at %1")
                       .arg(QLocale().toString(m_lastUpdate.time(), QLocale::ShortFormat));
    } else if (m_lastUpdate.isValid()) {
        text = WidgetsTr::tr("updated %1 ago").arg(formatDuration(m_lastUpdate.secsTo(now)));
    }
    m_ageLabel->setText(text);
    m_ageLabel->setVisible(!text.isEmpty());
}

} // namespace streamscope
