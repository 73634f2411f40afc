#include "cluster/TopicName.h"

#include "common/InputLimits.h"

#include <QCoreApplication>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TopicName)
};

} // namespace

bool isTopicNameCharacter(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'.' || u == u'_' || u == u'-';
}

Status validateTopicName(const QString& name) {
    const QString shown = printableExcerpt(name, 60);
    if (name.isEmpty())
        return streamscopeError(Tr::tr("A topic name must not be empty."));
    if (name.size() > kMaxTopicNameLength)
        return streamscopeError(Tr::tr("Topic name \"%1\" is %2 characters long; Kafka allows "
                                       "at most %3.")
                                    .arg(shown)
                                    .arg(name.size())
                                    .arg(kMaxTopicNameLength));
    if (name == u"." || name == u"..")
        return streamscopeError(Tr::tr("\"%1\" is not a valid topic name.").arg(name));
    for (const QChar c : name) {
        if (!isTopicNameCharacter(c))
            return streamscopeError(
                Tr::tr("Topic name \"%1\" contains \"%2\": Kafka allows only letters, digits, "
                       "'.', '_' and '-'.")
                    .arg(shown, printableExcerpt(QString(c), 4)));
    }
    return {};
}

} // namespace streamscope
