#pragma once

#include "checks/CheckReport.h"

#include <QWidget>

class QLineEdit;

namespace streamscope {

// What the checks look at: the id, sequence, type and version fields ("header:NAME" or a JSON
// path; empty detects them as the issue says) and the headers every record must carry.
class CheckOptionsBar : public QWidget {
    Q_OBJECT
public:
    explicit CheckOptionsBar(QWidget* parent = nullptr);

    CheckOptions options() const;
    void setOptions(const CheckOptions& options);

    QLineEdit* idEdit() const { return m_id; }
    QLineEdit* sequenceEdit() const { return m_sequence; }
    QLineEdit* typeEdit() const { return m_type; }
    QLineEdit* versionEdit() const { return m_version; }
    QLineEdit* requiredHeadersEdit() const { return m_requiredHeaders; }

private:
    QLineEdit* m_id;
    QLineEdit* m_sequence;
    QLineEdit* m_type;
    QLineEdit* m_version;
    QLineEdit* m_requiredHeaders;
};

} // namespace streamscope
