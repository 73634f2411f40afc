#include "common/DisplayFormat.h"

#include <QFont>
#include <QStringList>

namespace streamscope {

QLocale displayLocale() {
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions({}); // keep group separators
    return locale;
}

QString formatCount(const QLocale& locale, qint64 value) {
    if (value < 0)
        return QStringLiteral("\u2014");
    return locale.toString(value);
}

QVariant cellAlignment(bool text) {
    const Qt::Alignment alignment = (text ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
    return alignment.toInt();
}

QVariant topicNameFont(bool internal) {
    if (!internal)
        return {};
    QFont italic;
    italic.setItalic(true);
    return italic;
}

QString formatIdList(const QList<int>& ids) {
    QStringList parts;
    parts.reserve(ids.size());
    for (int id : ids)
        parts.append(QString::number(id));
    return parts.join(QStringLiteral(", "));
}

} // namespace streamscope
