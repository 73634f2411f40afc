#pragma once

#include "browse/Filter.h"

#include <QLineEdit>

#include <memory>

class QLabel;
class QToolButton;

namespace streamscope {

// The line edit of the filter box: paints a wavy underline under the part of the expression
// that does not compile.
class FilterLineEdit : public QLineEdit {
    Q_OBJECT
public:
    using QLineEdit::QLineEdit;
    void setErrorSpan(int position, int length); // length 0: none

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_errorPosition = 0;
    int m_errorLength = 0;
};

// The Browse page's filter box (Wireshark's display filter bar): shows as you type whether the
// expression is empty, invalid (underlined at the error, with the message and a hint below) or
// valid; Enter applies it. A menu holds the topic's recent filters and saved filters
// (FilterHistory).
class FilterEdit : public QWidget {
    Q_OBJECT
public:
    enum class State { Empty, Invalid, Valid };

    explicit FilterEdit(QWidget* parent = nullptr);

    // Recent and saved filters belong to this topic.
    void setTopic(const QString& topic);
    QString text() const;
    // Sets the text and applies it (context menu, history).
    void applyExpression(const QString& expression);
    // Sets the text without applying it.
    void setText(const QString& expression);
    State state() const { return m_state; }
    QLineEdit* lineEdit() const { return m_edit; }
    // The message and hint of an invalid expression, or what a valid one does (below the box).
    QLabel* hintLabel() const { return m_hint; }
    // The filter that was last applied (null: none).
    const std::shared_ptr<const CompiledFilter>& applied() const { return m_applied; }

Q_SIGNALS:
    // Enter on a valid (or empty) expression: null means "no filter".
    void filterApplied(const std::shared_ptr<const CompiledFilter>& filter);

private:
    void check();
    void apply();
    void showMenu();

    FilterLineEdit* m_edit = nullptr;
    QToolButton* m_menuButton = nullptr;
    QLabel* m_hint = nullptr;
    QString m_topic;
    State m_state = State::Empty;
    std::shared_ptr<const CompiledFilter> m_applied;
};

} // namespace streamscope
