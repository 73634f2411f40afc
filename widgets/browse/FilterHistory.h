#pragma once

#include <QString>
#include <QStringList>

namespace streamscope {

// The filters a user applied to a topic (most recent first, at most kMaxHistory) and the ones
// saved for it, kept in the application's QSettings under browse/filters/<topic>/.
class FilterHistory {
public:
    static constexpr int kMaxHistory = 20;

    static QStringList recent(const QString& topic);
    static void remember(const QString& topic, const QString& expression);
    static QStringList saved(const QString& topic);
    static void save(const QString& topic, const QString& expression);
    static void forget(const QString& topic, const QString& expression); // from saved
};

} // namespace streamscope
