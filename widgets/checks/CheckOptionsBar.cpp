#include "checks/CheckOptionsBar.h"

#include "common/WidgetsTr.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace streamscope {

namespace {

QLineEdit* fieldEdit(QWidget* parent, const QString& name, const QString& tip) {
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(WidgetsTr::tr("detect"));
    edit->setToolTip(tip);
    edit->setClearButtonEnabled(true);
    edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 12);
    return edit;
}

} // namespace

CheckOptionsBar::CheckOptionsBar(QWidget* parent)
    : QWidget(parent)
    , m_id(fieldEdit(this, QStringLiteral("checksIdField"),
                     WidgetsTr::tr("What identifies an event: header:NAME or a JSON field path. "
                                   "Empty: header ce_id, else field id or event_id, else a "
                                   "digest of key and value.")))
    , m_sequence(fieldEdit(this, QStringLiteral("checksSequenceField"),
                           WidgetsTr::tr("A JSON field that grows per key. Empty: seq, "
                                         "sequence or version, else the event time.")))
    , m_type(fieldEdit(this, QStringLiteral("checksTypeField"),
                       WidgetsTr::tr("The event type: header:NAME or a JSON field path. Empty: "
                                     "header ce_type, else field type or event_type.")))
    , m_version(fieldEdit(this, QStringLiteral("checksVersionField"),
                          WidgetsTr::tr("The schema version: header:NAME or a JSON field path. "
                                        "Empty: field schema_version, else header "
                                        "ce_dataschema.")))
    , m_requiredHeaders(new QLineEdit(this)) {
    m_requiredHeaders->setObjectName(QStringLiteral("checksRequiredHeaders"));
    m_requiredHeaders->setPlaceholderText(WidgetsTr::tr("none, e.g. ce_id, traceparent"));
    m_requiredHeaders->setToolTip(
        WidgetsTr::tr("Headers every record must carry, separated by commas"));
    m_requiredHeaders->setClearButtonEnabled(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    const auto add = [&](const QString& label, QLineEdit* edit, int stretch) {
        auto* text = new QLabel(label, this);
        text->setBuddy(edit);
        layout->addWidget(text);
        layout->addWidget(edit, stretch);
    };
    add(WidgetsTr::tr("Id:"), m_id, 2);
    add(WidgetsTr::tr("Sequence:"), m_sequence, 2);
    add(WidgetsTr::tr("Type:"), m_type, 2);
    add(WidgetsTr::tr("Version:"), m_version, 2);
    add(WidgetsTr::tr("Required headers:"), m_requiredHeaders, 3);
}

CheckOptions CheckOptionsBar::options() const {
    CheckOptions options;
    options.idField = m_id->text().trimmed();
    options.sequenceField = m_sequence->text().trimmed();
    options.typeField = m_type->text().trimmed();
    options.versionField = m_version->text().trimmed();
    for (const QString& header : m_requiredHeaders->text().split(u',', Qt::SkipEmptyParts))
        if (!header.trimmed().isEmpty())
            options.requiredHeaders << header.trimmed();
    return options;
}

void CheckOptionsBar::setOptions(const CheckOptions& options) {
    m_id->setText(options.idField);
    m_sequence->setText(options.sequenceField);
    m_type->setText(options.typeField);
    m_version->setText(options.versionField);
    m_requiredHeaders->setText(options.requiredHeaders.join(QStringLiteral(", ")));
}

} // namespace streamscope
