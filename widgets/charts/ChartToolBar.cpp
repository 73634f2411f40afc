#include "charts/ChartToolBar.h"

#include "common/ConnectionStateStyle.h"
#include "common/ElidedLabel.h"
#include "common/WidgetsTr.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpacerItem>
#include <QStyle>
#include <QToolButton>

namespace streamscope {

ChartToolBar::ChartToolBar(QWidget* parent)
    : QWidget(parent)
    , m_title(new ElidedLabel(this))
    , m_state(new QLabel(this))
    , m_toolSlot(new QHBoxLayout)
    , m_windows(new QButtonGroup(this))
    , m_pause(new QToolButton(this)) {
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setTitleMinimumChars(14);
    m_state->setObjectName(QStringLiteral("chartState"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title, 1);
    layout->addWidget(m_state);
    m_toolSlot->setSpacing(6);
    layout->addLayout(m_toolSlot);

    // The window buttons read as one segmented control.
    auto* windows = new QHBoxLayout;
    windows->setSpacing(0);
    m_windows->setExclusive(true);
    for (TimeWindow window : kTimeWindows) {
        auto* button = new QToolButton(this);
        button->setText(timeWindowLabel(window));
        button->setToolTip(timeWindowToolTip(window));
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setObjectName(QStringLiteral("window-") + timeWindowKey(window));
        m_windows->addButton(button, static_cast<int>(window));
        windows->addWidget(button);
    }
    m_windowsGap = new QSpacerItem(6, 0, QSizePolicy::Fixed, QSizePolicy::Minimum);
    layout->addItem(m_windowsGap);
    layout->addLayout(windows);

    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setCheckable(true);
    m_pause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pauseGap = new QSpacerItem(6, 0, QSizePolicy::Fixed, QSizePolicy::Minimum);
    layout->addItem(m_pauseGap);
    layout->addWidget(m_pause);

    connect(m_windows, &QButtonGroup::idClicked, this,
            [this](int id) { Q_EMIT timeWindowChosen(static_cast<TimeWindow>(id)); });
    connect(m_pause, &QToolButton::toggled, this, [this](bool paused) {
        updateStateChip(paused);
        Q_EMIT pauseToggled(paused);
    });
    setTimeWindow(TimeWindow::FiveMinutes);
    updateStateChip(false);
}

void ChartToolBar::setTitle(const QString& title) {
    m_title->setFullText(title);
}

void ChartToolBar::setTitleMinimumChars(int chars) {
    m_title->setMinimumWidth(m_title->fontMetrics().averageCharWidth() * chars);
}

void ChartToolBar::setTitleMinimumText(const QString& sample) {
    m_title->setMinimumWidth(m_title->fontMetrics().horizontalAdvance(sample) +
                             m_title->contentsMargins().left() +
                             m_title->contentsMargins().right() + 2 * m_title->margin());
}

QString ChartToolBar::title() const {
    return m_title->fullText();
}

void ChartToolBar::setTimeWindow(TimeWindow window) {
    if (auto* button = m_windows->button(static_cast<int>(window)))
        button->setChecked(true);
}

QToolButton* ChartToolBar::windowButton(TimeWindow window) const {
    return qobject_cast<QToolButton*>(m_windows->button(static_cast<int>(window)));
}

void ChartToolBar::setPaused(bool paused) {
    if (m_pause->isChecked() == paused) {
        updateStateChip(paused);
        return;
    }
    const QSignalBlocker blocker(m_pause); // the chart already knows
    m_pause->setChecked(paused);
    updateStateChip(paused);
}

void ChartToolBar::addToolWidget(QWidget* widget) {
    m_toolSlot->addWidget(widget);
}

void ChartToolBar::setCompact(bool compact) {
    m_pause->setToolButtonStyle(compact ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    // Compact strips sit beside another pane: the extra gaps go to the title.
    const int gap = compact ? 0 : 6;
    m_windowsGap->changeSize(gap, 0, QSizePolicy::Fixed, QSizePolicy::Minimum);
    m_pauseGap->changeSize(gap, 0, QSizePolicy::Fixed, QSizePolicy::Minimum);
    if (QLayout* strip = layout())
        strip->invalidate();
}

void ChartToolBar::updateStateChip(bool paused) {
    m_pause->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_pause->setText(paused ? WidgetsTr::tr("Resume") : WidgetsTr::tr("Pause"));
    m_pause->setToolTip(paused ? WidgetsTr::tr("Follow live data again (or double-click the chart)")
                               : WidgetsTr::tr("Freeze the chart to read it; the table keeps "
                                               "updating"));
    // A small coloured chip: green "Live", amber "Paused", or the session's state when no
    // samples arrive (paused wins: the user froze the chart, whatever the cluster does).
    const bool notLive = !paused && !m_notLiveText.isEmpty();
    const QColor color = paused    ? QColor(0xb2, 0x6a, 0x00)
                         : notLive ? m_notLiveColor
                                   : QColor(0x2e, 0x7d, 0x32);
    const QString text = paused    ? WidgetsTr::tr("Paused")
                         : notLive ? m_notLiveText
                                   : WidgetsTr::tr("Live");
    m_state->setText(QStringLiteral("<span style=\"color:%1\">\u25cf</span> %2")
                         .arg(color.name(), text.toHtmlEscaped()));
    if (paused)
        m_state->setToolTip(WidgetsTr::tr("The chart is frozen: drag to pan, wheel to zoom"));
    else if (notLive)
        m_state->setToolTip(m_lastDataAt.isEmpty()
                                ? WidgetsTr::tr("No new samples arrive")
                                : WidgetsTr::tr("No new samples since %1").arg(m_lastDataAt));
    else
        m_state->setToolTip(WidgetsTr::tr("The chart follows the newest samples"));
}

void ChartToolBar::setSourceState(const QString& notLiveText, const QColor& color,
                                  const QString& lastDataAt) {
    m_notLiveText = notLiveText;
    m_notLiveColor = color;
    m_lastDataAt = lastDataAt;
    updateStateChip(m_pause->isChecked());
}

QString ChartToolBar::stateText() const {
    return m_state->isHidden() ? QString() : m_state->text();
}

void ChartToolBar::setStateChipVisible(bool visible) {
    m_state->setVisible(visible);
}

void ChartToolBar::followSession(const ClusterSession* session, qint64 lastDataMs) {
    const QString lastAt =
        lastDataMs > 0
            ? QDateTime::fromMSecsSinceEpoch(lastDataMs).time().toString(QStringLiteral("HH:mm:ss"))
            : QString();
    setStateChipVisible(session != nullptr);
    setSourceState(notLiveText(session),
                   session ? connectionStateColor(session->state()) : disconnectedColor(), lastAt);
}

} // namespace streamscope
