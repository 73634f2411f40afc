#include "browse/FilterHistory.h"

#include <QSettings>

namespace streamscope {

namespace {

QString key(const QString& topic, const char* list) {
    // Topic names are [a-zA-Z0-9._-]; QSettings keeps them as they are.
    return QStringLiteral("browse/filters/%1/%2").arg(topic, QLatin1String(list));
}

QStringList read(const QString& topic, const char* list) {
    return QSettings().value(key(topic, list)).toStringList();
}

void write(const QString& topic, const char* list, const QStringList& values) {
    QSettings().setValue(key(topic, list), values);
}

} // namespace

QStringList FilterHistory::recent(const QString& topic) {
    return read(topic, "recent");
}

void FilterHistory::remember(const QString& topic, const QString& expression) {
    const QString trimmed = expression.trimmed();
    if (topic.isEmpty() || trimmed.isEmpty())
        return;
    QStringList list = recent(topic);
    list.removeAll(trimmed);
    list.prepend(trimmed);
    while (list.size() > kMaxHistory)
        list.removeLast();
    write(topic, "recent", list);
}

QStringList FilterHistory::saved(const QString& topic) {
    return read(topic, "saved");
}

void FilterHistory::save(const QString& topic, const QString& expression) {
    const QString trimmed = expression.trimmed();
    if (topic.isEmpty() || trimmed.isEmpty())
        return;
    QStringList list = saved(topic);
    if (!list.contains(trimmed))
        list.append(trimmed);
    write(topic, "saved", list);
}

void FilterHistory::forget(const QString& topic, const QString& expression) {
    QStringList list = saved(topic);
    list.removeAll(expression.trimmed());
    write(topic, "saved", list);
}

} // namespace streamscope
