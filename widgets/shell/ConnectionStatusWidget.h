#pragma once

#include "session/ClusterSession.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace streamscope {

class ElidedLabel;

// The connection state for the status bar: a coloured dot, the state in words, the poller's
// message, and while the cluster is down how long it has been down plus a "Retry now" button.
class ConnectionStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionStatusWidget(QWidget* parent = nullptr);

    void setState(ConnectionState state, const QString& message);
    // No session at all (before the first connection, or after the dialog was cancelled).
    void setDisconnected();
    // When the last snapshot arrived, for "updated 2 s ago".
    void setLastUpdate(const QDateTime& when);

    bool isDisconnected() const { return m_disconnected; }
    ConnectionState state() const { return m_state; }
    QString stateText() const;
    QString message() const;

Q_SIGNALS:
    void retryRequested();

private:
    void showState(const QColor& color, const QString& stateText, const QString& message);
    void updateAge();

    QLabel* m_dot = nullptr;
    QLabel* m_stateLabel = nullptr;
    ElidedLabel* m_messageLabel = nullptr;
    QLabel* m_ageLabel = nullptr;
    QToolButton* m_retryButton = nullptr;
    QTimer* m_ageTimer = nullptr;
    ConnectionState m_state = ConnectionState::Connecting;
    bool m_disconnected = true;
    QDateTime m_downSince;
    QDateTime m_lastUpdate;
};

} // namespace streamscope
