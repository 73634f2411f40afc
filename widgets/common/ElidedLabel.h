#pragma once

#include <QLabel>

namespace streamscope {

// A one-line label that shortens its text with "…" to the space it gets (status bars, long
// librdkafka messages); the whole text stays available as tooltip.
class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateElidedText();

    QString m_fullText;
};

} // namespace streamscope
