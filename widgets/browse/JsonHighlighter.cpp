#include "browse/JsonHighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace streamscope {

namespace {

// Mixes a hue into the palette's text colour, so light and dark themes both keep contrast.
QColor tinted(const QColor& hue) {
    const QColor text = QGuiApplication::palette().color(QPalette::Text);
    const bool dark = text.lightness() > 128; // light text: dark background
    return dark ? hue.lighter(150) : hue.darker(110);
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
    , m_token(QStringLiteral(
          R"re(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b)re")) {
    m_name.setForeground(tinted(QColor(0x1f, 0x4e, 0x9c)));
    m_string.setForeground(tinted(QColor(0x2e, 0x7d, 0x32)));
    m_number.setForeground(tinted(QColor(0xb2, 0x4a, 0x00)));
    m_literal.setForeground(tinted(QColor(0x8e, 0x24, 0xaa)));
    m_literal.setFontWeight(QFont::DemiBold);
}

void JsonHighlighter::highlightBlock(const QString& text) {
    auto it = m_token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(1) > 0) {
            const bool name = match.capturedLength(2) > 0;
            setFormat(int(match.capturedStart(1)), int(match.capturedLength(1)),
                      name ? m_name : m_string);
        } else if (match.capturedLength(3) > 0) {
            setFormat(int(match.capturedStart(3)), int(match.capturedLength(3)), m_number);
        } else if (match.capturedLength(4) > 0) {
            setFormat(int(match.capturedStart(4)), int(match.capturedLength(4)), m_literal);
        }
    }
}

} // namespace streamscope
