#pragma once

#include "charts/TimeWindow.h"

#include <QWidget>

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QSpacerItem;
class QToolButton;

namespace streamscope {

class ClusterSession;
class ElidedLabel;

// The strip above a rate chart: a title, a Live/Paused state chip, room for the owner's own
// controls, the time-window buttons (1m 5m 15m 1h 24h) and Pause/Resume.
class ChartToolBar : public QWidget {
    Q_OBJECT
public:
    explicit ChartToolBar(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    QString title() const;
    // How much of the title stays when the strip gets narrow, in average character widths
    // (default 14, a few words); the controls to its right never shrink. 0 lets the title give
    // way entirely, so the chart needs no more width than its controls.
    void setTitleMinimumChars(int chars);
    // The title never gets narrower than `sample` (say, the title with a typical figure), so a
    // short title stays readable whole and only longer ones give way.
    void setTitleMinimumText(const QString& sample);
    void setTimeWindow(TimeWindow window);
    void setPaused(bool paused);
    // Where the data comes from: `notLiveText` empty = live samples arrive (green "Live");
    // otherwise the chip shows it in `color` (the session's state, e.g. red "Unreachable"), so
    // a chart of a lost cluster never claims to be live. `lastDataAt` (may be empty) goes into
    // the tooltip.
    void setSourceState(const QString& notLiveText, const QColor& color,
                        const QString& lastDataAt = {});
    QString stateText() const; // rich text; empty while the chip is hidden
    // Hides the chip (no session: nothing is live or lost, and the room goes to the title).
    void setStateChipVisible(bool visible);
    // The two above for a chart of `session`'s data: the chip hides without a session, shows
    // the session's state while it is not connected, and names the time of the last data
    // (`lastDataMs`, wall-clock ms; 0 = none yet). Every page's chart follows its session so.
    void followSession(const ClusterSession* session, qint64 lastDataMs);
    // Puts an extra control left of the window buttons (the page's Topics/Partitions switch).
    void addToolWidget(QWidget* widget);
    void setCompact(bool compact);

    QToolButton* pauseButton() const { return m_pause; }
    QToolButton* windowButton(TimeWindow window) const;

Q_SIGNALS:
    void timeWindowChosen(streamscope::TimeWindow window);
    void pauseToggled(bool paused);

private:
    void updateStateChip(bool paused);

    ElidedLabel* m_title = nullptr; // gives way first when the strip gets narrow
    QLabel* m_state = nullptr;
    QHBoxLayout* m_toolSlot = nullptr;
    QButtonGroup* m_windows = nullptr;
    QToolButton* m_pause = nullptr;
    QSpacerItem* m_windowsGap = nullptr; // 6 px, none when compact
    QSpacerItem* m_pauseGap = nullptr;
    QString m_notLiveText;
    QColor m_notLiveColor;
    QString m_lastDataAt;
};

} // namespace streamscope
