#include "common/LiveTextLabel.h"

#include "common/WidgetsTr.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace streamscope {

LiveTextLabel::LiveTextLabel(QWidget* parent)
    : QWidget(parent) {
    m_document.setDocumentMargin(0); // as QLabel: the text starts at the widget's edge
    m_document.setDefaultFont(font());
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int LiveTextLabel::heightAt(int width) const {
    const qreal textWidth = std::max(width, 1);
    if (m_document.textWidth() != textWidth)
        m_document.setTextWidth(textWidth);
    return static_cast<int>(std::ceil(m_document.size().height()));
}

void LiveTextLabel::setText(const QString& text) {
    if (text == m_text)
        return;
    const bool laidOut = width() > 0 && isVisible();
    const int heightBefore = laidOut ? heightAt(width()) : -1;
    m_text = text;
    m_document.setHtml(text);
    if (!laidOut || heightAt(width()) != heightBefore) {
        updateGeometry();
        m_geometryStale = false;
    } else {
        m_geometryStale = true;
    }
    update();
}

QSize LiveTextLabel::sizeHint() const {
    // One line as wide as the text wants, up to about 80 characters, then wrapped.
    const int widest = fontMetrics().averageCharWidth() * 80;
    m_document.setTextWidth(-1);
    const int ideal = static_cast<int>(std::ceil(m_document.idealWidth()));
    const int width = std::clamp(ideal, 1, widest);
    return {width, heightAt(width)};
}

QSize LiveTextLabel::minimumSizeHint() const {
    // Wraps down to a narrow column rather than forcing its parent wide; the height follows
    // the width through heightForWidth().
    return {fontMetrics().averageCharWidth() * 12, fontMetrics().lineSpacing()};
}

int LiveTextLabel::heightForWidth(int width) const {
    return heightAt(width);
}

void LiveTextLabel::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    heightAt(width());
    QAbstractTextDocumentLayout::PaintContext context;
    // Text in the colour QLabel uses (WindowText), dimmed when disabled.
    context.palette = palette();
    context.palette.setColor(QPalette::Text, palette().color(QPalette::WindowText));
    context.clip = event->rect();
    painter.setClipRect(event->rect());
    m_document.documentLayout()->draw(&painter, context);
}

void LiveTextLabel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (m_geometryStale) {
        m_geometryStale = false;
        updateGeometry(); // the layout's heights for other widths are those of an older text
    }
}

void LiveTextLabel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_document.setDefaultFont(font());
        m_document.setHtml(m_text); // spans take the new default font too
        updateGeometry();
    }
}

void LiveTextLabel::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    const QAction* copy = menu.addAction(WidgetsTr::tr("Copy text"));
    if (menu.exec(event->globalPos()) == copy)
        QGuiApplication::clipboard()->setText(plainText());
}

} // namespace streamscope
