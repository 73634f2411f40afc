#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace streamscope {

// Paints single-line text cells of big, live tables at a fraction of QStyledItemDelegate's cost:
// the selection panel through the style, then the text with one QPainter::drawText (elided only
// when it does not fit), instead of the style's QTextLayout pass per cell; the laid-out text of
// each distinct string is kept (QStaticText, bounded cache), so a cell whose text did not change
// since the last tick costs a glyph blit. Honours the display,
// alignment, foreground and font roles, and draws a QColor decoration as a small swatch. A table
// that repaints every visible cell each second (live rates, re-sorted) spends most of its frame
// here.
class PlainTextDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit PlainTextDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    // Laid-out text per string for one font; emptied when the font changes or it grows big.
    struct TextCache {
        QFont font;
        QHash<QString, QStaticText> texts;
    };
    const QStaticText& laidOut(TextCache& cache, const QFont& font, const QString& text) const;

    mutable TextCache m_plain;  // the view's font
    mutable TextCache m_styled; // a FontRole font (e.g. italic internal topics)
};

} // namespace streamscope
