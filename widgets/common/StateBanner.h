#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace streamscope {

// A tinted strip above a page that says why the data is missing or old ("Connecting…",
// "Unreachable, showing data from 12:01:07"), with a button to pick another connection.
class StateBanner : public QFrame {
    Q_OBJECT
public:
    explicit StateBanner(QWidget* parent = nullptr);

    void showMessage(const QColor& color, const QString& text, bool offerConnect);
    QString text() const;

Q_SIGNALS:
    void connectRequested();

private:
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_connectButton = nullptr;
};

} // namespace streamscope
