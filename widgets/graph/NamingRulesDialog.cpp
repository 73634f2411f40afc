#include "graph/NamingRulesDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace streamscope {

NamingRulesDialog::NamingRulesDialog(const ServiceNamingRules& rules, QWidget* parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_state(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults,
                                     this))
    , m_rules(rules) {
    setWindowTitle(tr("Service naming rules"));
    auto* help = new QLabel(
        tr("One rule per line. <b>header NAME</b>: a record header that names its producer, "
           "first match wins (CloudEvents sources are reduced to their last segment). "
           "<b>library REGEX</b>: client ids that are library defaults; a group whose members "
           "share such an id is named by its group id. <b>rewrite REGEX =&gt; REPLACEMENT</b>: "
           "applied to every service name, e.g. <tt>rewrite -(v\\d+|canary)$ =&gt;</tt> strips a "
           "version suffix. Lines starting with # are comments."),
        this);
    help->setWordWrap(true);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlainText(rules.toText());
    m_state->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_state);
    layout->addWidget(m_buttons);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &NamingRulesDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { m_editor->setPlainText(ServiceNamingRules::defaults().toText()); });
    resize(620, 420);
    check();
}

void NamingRulesDialog::check() {
    auto parsed = ServiceNamingRules::parse(m_editor->toPlainText());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(parsed.ok());
    if (!parsed) {
        m_state->setText(parsed.error().message);
        m_state->setStyleSheet(QStringLiteral("color: #c62828"));
        return;
    }
    m_rules = std::move(*parsed);
    m_state->setText(tr("%n identity header(s), %1 library pattern(s), %2 rewrite(s).", nullptr,
                        static_cast<int>(m_rules.identityHeaders.size()))
                         .arg(m_rules.libraryClientIds.size())
                         .arg(m_rules.rewrites.size()));
    m_state->setStyleSheet(QString());
}

} // namespace streamscope
