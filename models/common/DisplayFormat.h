#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QVariant>

namespace streamscope {

// The locale numbers are shown in. The C/POSIX locale omits group separators, which makes
// 12345678 unreadable in a table, so it falls back to English grouping there.
QLocale displayLocale();

// "1,234,567"; an em dash for unknown values (negative counts).
QString formatCount(const QLocale& locale, qint64 value);

// Qt::TextAlignmentRole value: numbers right-aligned so digits line up, text left-aligned.
QVariant cellAlignment(bool text);

// Qt::FontRole value of a topic's name cell: italic for Kafka's internal topics, so they stand
// apart from the user's; no value (the view's font) for the others.
QVariant topicNameFont(bool internal);

// "1, 2, 3" for replica and ISR lists.
QString formatIdList(const QList<int>& ids);

} // namespace streamscope
