#pragma once

#include <QTextDocument>
#include <QWidget>

namespace streamscope {

// A word-wrapped rich-text line whose text changes with every refresh (a summary, a group's
// figures). A QLabel with rich text and word wrap asks its layout for a new geometry on every
// setText(): the layout then lays the text out again for its size hints and height-for-width at
// several widths, and the change climbs through every parent layout, even when the new text
// needs exactly the height the old one had. On the Lag page that was a layout pass of the whole
// detail panel and page per refresh.
//
// This label lays a new text out once, at its current width, and asks for a new geometry only
// when that height changed; otherwise it only repaints itself. It wraps like QLabel (never
// elides). Its text can be copied from the context menu.
class LiveTextLabel : public QWidget {
    Q_OBJECT
public:
    explicit LiveTextLabel(QWidget* parent = nullptr);

    // Rich text (the subset QTextDocument reads: <b>, <i>, <br>, <span style="color:...">).
    void setText(const QString& text);
    QString text() const { return m_text; }
    QString plainText() const { return m_document.toPlainText(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    // Height of the text laid out at width (the document keeps the last layout: asking for the
    // same width again costs nothing).
    int heightAt(int width) const;

    QString m_text;
    mutable QTextDocument m_document;
    // The text changed without a new geometry (same height at the width of the time): the
    // layout's cached heights at other widths are stale, so the next resize asks again.
    bool m_geometryStale = false;
};

} // namespace streamscope
