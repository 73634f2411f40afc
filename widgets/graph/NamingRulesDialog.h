#pragma once

#include "graph/ServiceNaming.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QDialogButtonBox;

namespace streamscope {

// Edits the graph's service naming rules as text (ServiceNamingRules::toText), checking them as
// the user types: the first bad line is named and OK stays disabled until it is fixed.
class NamingRulesDialog : public QDialog {
    Q_OBJECT
public:
    explicit NamingRulesDialog(const ServiceNamingRules& rules, QWidget* parent = nullptr);
    ServiceNamingRules rules() const { return m_rules; }

private:
    void check();

    QPlainTextEdit* m_editor;
    QLabel* m_state;
    QDialogButtonBox* m_buttons;
    ServiceNamingRules m_rules;
};

} // namespace streamscope
