#include "common/PlainTextDelegate.h"

#include <QApplication>
#include <QPainter>

#include <cmath>

namespace streamscope {

namespace {

constexpr int kTextMargin = 4; // as QCommonStyle's PM_FocusFrameHMargin + 1 on most styles
constexpr qsizetype kMaxCachedTexts = 4096; // a few screens of distinct cell texts

} // namespace

PlainTextDelegate::PlainTextDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

const QStaticText& PlainTextDelegate::laidOut(TextCache& cache, const QFont& font,
                                              const QString& text) const {
    if (cache.font != font || cache.texts.size() > kMaxCachedTexts) {
        cache.font = font;
        cache.texts.clear();
    }
    auto it = cache.texts.find(text);
    if (it == cache.texts.end()) {
        QStaticText laid(text);
        laid.setTextFormat(Qt::PlainText);
        laid.setPerformanceHint(QStaticText::AggressiveCaching);
        laid.prepare(QTransform(), font);
        it = cache.texts.insert(text, laid);
    }
    return *it;
}

void PlainTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const {
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Selection and hover background exactly as the style draws it for any item.
    QStyleOptionViewItem panel = option;
    panel.features &= ~(QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    const QVariant decoration = index.data(Qt::DecorationRole);
    if (text.isEmpty() && !decoration.isValid())
        return;

    painter->save();
    QRect rect = option.rect.adjusted(kTextMargin, 0, -kTextMargin, 0);
    if (decoration.canConvert<QColor>() && decoration.typeId() == QMetaType::QColor) {
        // A colour swatch, like the style's decoration square but without making a pixmap.
        const int side = std::min(option.rect.height() - 8, 12);
        const QRect swatch(rect.left(), rect.center().y() - side / 2 + 1, side, side);
        painter->setPen(Qt::NoPen);
        painter->setBrush(decoration.value<QColor>());
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->drawRoundedRect(swatch, 2, 2);
        rect.setLeft(swatch.right() + 1 + kTextMargin + 2);
    }
    const QVariant fontRole = index.data(Qt::FontRole);
    const bool styled = fontRole.isValid();
    const QFont font = styled ? fontRole.value<QFont>() : option.font;
    painter->setFont(font);
    const bool selected = option.state & QStyle::State_Selected;
    QColor color = option.palette.color(option.state & QStyle::State_Enabled ? QPalette::Normal
                                                                             : QPalette::Disabled,
                                        selected ? QPalette::HighlightedText : QPalette::Text);
    if (!selected) {
        const QVariant foreground = index.data(Qt::ForegroundRole);
        if (foreground.canConvert<QBrush>())
            color = foreground.value<QBrush>().color();
    }
    painter->setPen(color);
    const QVariant alignmentValue = index.data(Qt::TextAlignmentRole);
    const auto alignment =
        alignmentValue.isValid() ? Qt::Alignment(alignmentValue.toInt()) : option.displayAlignment;
    const QStaticText* laid = &laidOut(styled ? m_styled : m_plain, font, text);
    if (laid->size().width() > rect.width()) {
        // Too long: the elided form is laid out (and kept) instead.
        const QString elided = QFontMetrics(font).elidedText(text, Qt::ElideRight, rect.width());
        laid = &laidOut(styled ? m_styled : m_plain, font, elided);
    }
    const QSizeF size = laid->size();
    qreal x = rect.left();
    if (alignment & Qt::AlignRight)
        x = rect.right() + 1 - size.width();
    else if (alignment & Qt::AlignHCenter)
        x = rect.left() + (rect.width() - size.width()) / 2;
    const qreal y = rect.top() + (rect.height() - size.height()) / 2;
    // Whole pixels: glyphs placed between pixels render blurred.
    painter->drawStaticText(QPointF(std::round(x), std::round(y)), *laid);
    painter->restore();
}

} // namespace streamscope
