#include "browse/FilterEdit.h"

#include "browse/FilterHistory.h"
#include "common/WidgetsTr.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace streamscope {

void FilterLineEdit::setErrorSpan(int position, int length) {
    if (position == m_errorPosition && length == m_errorLength)
        return;
    m_errorPosition = position;
    m_errorLength = length;
    update();
}

void FilterLineEdit::paintEvent(QPaintEvent* event) {
    QLineEdit::paintEvent(event);
    if (m_errorLength <= 0)
        return;
    const QString content = text();
    const int start = std::clamp(m_errorPosition, 0, int(content.size()));
    const int end = std::clamp(m_errorPosition + m_errorLength, start, int(content.size()));
    const QFontMetrics metrics = fontMetrics();
    // The cursor's rectangle tells where the text starts after scrolling.
    const int originX =
        cursorRect().center().x() - metrics.horizontalAdvance(content.left(cursorPosition())) - 1;
    int x0 = originX + metrics.horizontalAdvance(content.left(start));
    int x1 = originX + metrics.horizontalAdvance(content.left(end));
    if (x1 - x0 < 6) { // an error at the end of the text: mark the place itself
        x0 -= 3;
        x1 = x0 + 6;
    }
    const int y = cursorRect().bottom() + 1;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 1.2));
    QPainterPath wave;
    wave.moveTo(x0, y);
    for (int x = x0, i = 0; x < x1; x += 2, ++i)
        wave.lineTo(x + 2, y + ((i % 2) ? 0 : 2));
    painter.drawPath(wave);
}

FilterEdit::FilterEdit(QWidget* parent)
    : QWidget(parent)
    , m_edit(new FilterLineEdit(this))
    , m_menuButton(new QToolButton(this))
    , m_hint(new QLabel(this)) {
    setObjectName(QStringLiteral("filterEdit"));
    m_edit->setObjectName(QStringLiteral("filterLine"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(
        WidgetsTr::tr("Filter, e.g. key == \"order-7\" and value.total > 100 (Enter applies)"));
    m_menuButton->setObjectName(QStringLiteral("filterMenu"));
    m_menuButton->setText(WidgetsTr::tr("Filters"));
    m_menuButton->setToolTip(WidgetsTr::tr("Recent and saved filters of this topic"));
    m_menuButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_hint->setObjectName(QStringLiteral("filterHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(m_edit, 1);
    row->addWidget(m_menuButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_hint);

    connect(m_edit, &QLineEdit::textChanged, this, &FilterEdit::check);
    connect(m_edit, &QLineEdit::returnPressed, this, &FilterEdit::apply);
    connect(m_menuButton, &QToolButton::clicked, this, &FilterEdit::showMenu);
    check();
}

void FilterEdit::setTopic(const QString& topic) {
    m_topic = topic;
}

QString FilterEdit::text() const {
    return m_edit->text();
}

void FilterEdit::setText(const QString& expression) {
    m_edit->setText(expression);
}

void FilterEdit::applyExpression(const QString& expression) {
    m_edit->setText(expression);
    apply();
}

void FilterEdit::check() {
    const QString expression = m_edit->text();
    QPalette palette = m_edit->palette();
    palette.setColor(QPalette::Base, this->palette().color(QPalette::Base));
    if (expression.trimmed().isEmpty()) {
        m_state = State::Empty;
        m_edit->setErrorSpan(0, 0);
        m_hint->setText(WidgetsTr::tr("No filter: every loaded message shows. Fields: key, value, "
                                      "value.PATH, header.NAME, partition, offset, timestamp, "
                                      "size."));
    } else if (const auto error = CompiledFilter::check(expression)) {
        m_state = State::Invalid;
        m_edit->setErrorSpan(error->position, std::max(error->length, 1));
        QString hint = WidgetsTr::tr("Invalid at character %1: %2")
                           .arg(error->position + 1)
                           .arg(error->message);
        if (!error->hint.isEmpty())
            hint += QStringLiteral(" \u2014 ") + error->hint;
        m_hint->setText(hint);
        palette.setColor(QPalette::Base, QColor(0xff, 0xeb, 0xee));
        palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    } else {
        m_state = State::Valid;
        m_edit->setErrorSpan(0, 0);
        const bool pending = !m_applied || m_applied->expression() != expression;
        m_hint->setText(pending ? WidgetsTr::tr("Valid filter: press Enter to apply it.")
                                : WidgetsTr::tr("Filter applied."));
        palette.setColor(QPalette::Base, QColor(0xe8, 0xf5, 0xe9));
        palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    }
    if (m_state == State::Empty)
        palette.setColor(QPalette::Text, this->palette().color(QPalette::Text));
    m_edit->setPalette(palette);
    m_edit->setProperty("filterState", int(m_state));
}

void FilterEdit::apply() {
    check();
    if (m_state == State::Invalid)
        return;
    const QString expression = m_edit->text().trimmed();
    if (expression.isEmpty()) {
        m_applied.reset();
    } else {
        auto compiled = CompiledFilter::compile(expression);
        if (!compiled)
            return;
        m_applied = std::make_shared<const CompiledFilter>(std::move(*compiled));
        FilterHistory::remember(m_topic, expression);
    }
    check();
    Q_EMIT filterApplied(m_applied);
}

void FilterEdit::showMenu() {
    QMenu menu(this);
    const QString current = m_edit->text().trimmed();
    QAction* saveAction = menu.addAction(WidgetsTr::tr("Save this filter for %1").arg(m_topic));
    saveAction->setEnabled(!m_topic.isEmpty() && m_state == State::Valid);
    connect(saveAction, &QAction::triggered, this,
            [this, current] { FilterHistory::save(m_topic, current); });
    const QStringList saved = FilterHistory::saved(m_topic);
    QAction* forgetAction = menu.addAction(WidgetsTr::tr("Remove it from the saved filters"));
    forgetAction->setEnabled(saved.contains(current));
    connect(forgetAction, &QAction::triggered, this,
            [this, current] { FilterHistory::forget(m_topic, current); });
    const auto addList = [&](const QString& title, const QStringList& list, const QString& none) {
        menu.addSection(title);
        if (list.isEmpty())
            menu.addAction(none)->setEnabled(false);
        for (const QString& expression : list)
            connect(menu.addAction(expression), &QAction::triggered, this,
                    [this, expression] { applyExpression(expression); });
    };
    addList(WidgetsTr::tr("Saved"), saved, WidgetsTr::tr("No saved filters for this topic"));
    addList(WidgetsTr::tr("Recent"), FilterHistory::recent(m_topic),
            WidgetsTr::tr("No recent filters for this topic"));
    menu.exec(m_menuButton->mapToGlobal(QPoint(0, m_menuButton->height())));
}

} // namespace streamscope
