#include "graph/ServiceNaming.h"

#include "graph/GraphTr.h"
#include "kafka/KafkaRecord.h"
#include "lag/LagTypes.h"

#include <QSet>
#include <QUrl>

namespace streamscope {

namespace {

const QString kHeader = QStringLiteral("header");
const QString kLibrary = QStringLiteral("library");
const QString kRewrite = QStringLiteral("rewrite");
const QString kArrow = QStringLiteral("=>");

} // namespace

ServiceNamingRules ServiceNamingRules::defaults() {
    ServiceNamingRules rules;
    rules.identityHeaders = {QStringLiteral("ce_source"), QStringLiteral("ce-source"),
                             QStringLiteral("source"),    QStringLiteral("service"),
                             QStringLiteral("producer"),  QStringLiteral("app")};
    rules.libraryClientIds = {QStringLiteral("rdkafka"), QStringLiteral("consumer-(.+-)?\\d+"),
                              QStringLiteral("console-consumer.*"),
                              QStringLiteral("producer-(.+-)?\\d+")};
    return rules;
}

QString ServiceNamingRules::toText() const {
    QStringList lines;
    for (const auto& h : identityHeaders)
        lines << kHeader + u' ' + h;
    for (const auto& l : libraryClientIds)
        lines << kLibrary + u' ' + l;
    for (const auto& r : rewrites)
        lines << kRewrite + u' ' + r.pattern + u' ' + kArrow +
                     (r.replacement.isEmpty() ? QString() : u' ' + r.replacement);
    return lines.join(u'\n') + u'\n';
}

Expected<ServiceNamingRules> ServiceNamingRules::parse(const QString& text) {
    ServiceNamingRules rules;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype space = line.indexOf(u' ');
        const QString verb = space < 0 ? line : line.left(space);
        const QString rest = space < 0 ? QString() : line.mid(space + 1).trimmed();
        auto bad = [&](const QString& why) {
            return streamscopeError(GraphTr::tr("Line %1: %2").arg(i + 1).arg(why));
        };
        auto checkPattern = [&](const QString& pattern) -> QString {
            QRegularExpression re(pattern);
            return re.isValid() ? QString()
                                : GraphTr::tr("\"%1\" is not a valid regular expression (%2).")
                                      .arg(pattern, re.errorString());
        };
        if (rest.isEmpty())
            return bad(GraphTr::tr("\"%1\" needs a value.").arg(verb));
        if (verb == kHeader) {
            rules.identityHeaders << rest;
        } else if (verb == kLibrary) {
            if (const QString why = checkPattern(rest); !why.isEmpty())
                return bad(why);
            rules.libraryClientIds << rest;
        } else if (verb == kRewrite) {
            const qsizetype arrow = rest.indexOf(kArrow);
            if (arrow < 0)
                return bad(GraphTr::tr("a rewrite reads \"rewrite REGEX => REPLACEMENT\"."));
            Rewrite rewrite{rest.left(arrow).trimmed(), rest.mid(arrow + 2).trimmed()};
            if (const QString why = checkPattern(rewrite.pattern); !why.isEmpty())
                return bad(why);
            rules.rewrites.push_back(std::move(rewrite));
        } else {
            return bad(GraphTr::tr("unknown rule \"%1\" (header, library or rewrite).").arg(verb));
        }
    }
    return rules;
}

ServiceNamer::ServiceNamer(const ServiceNamingRules& rules) {
    for (const auto& h : rules.identityHeaders)
        m_identityHeaders << h.toUtf8();
    for (const auto& l : rules.libraryClientIds)
        m_library.emplace_back(QRegularExpression::anchoredPattern(l));
    for (const auto& r : rules.rewrites)
        m_rewrites.emplace_back(QRegularExpression(r.pattern), r.replacement);
}

QString ServiceNamer::rewrite(QString name) const {
    for (const auto& [re, replacement] : m_rewrites)
        if (re.isValid())
            name.replace(re, replacement);
    return name.trimmed();
}

QString ServiceNamer::producerOf(const std::vector<RecordHeader>& headers) const {
    for (const auto& wanted : m_identityHeaders) {
        for (auto it = headers.rbegin(); it != headers.rend(); ++it) {
            if (it->name != wanted)
                continue;
            // Records of one producer repeat one value: name it once.
            auto cached = m_names.constFind(it->value);
            if (cached == m_names.cend())
                cached = m_names.insert(
                    it->value, rewrite(normaliseServiceSource(QString::fromUtf8(it->value))));
            if (!cached->isEmpty())
                return *cached;
        }
    }
    return {};
}

bool ServiceNamer::isLibraryClientId(const QString& clientId) const {
    if (clientId.trimmed().isEmpty())
        return true;
    for (const auto& re : m_library)
        if (re.isValid() && re.match(clientId).hasMatch())
            return true;
    return false;
}

QString ServiceNamer::serviceOfGroup(const GroupLag& group) const {
    QSet<QString> clientIds;
    for (const auto& m : group.members)
        clientIds.insert(m.clientId);
    if (clientIds.size() == 1) {
        const QString shared = *clientIds.cbegin();
        if (!isLibraryClientId(shared)) {
            const QString name = rewrite(shared);
            if (!name.isEmpty())
                return name;
        }
    }
    const QString name = rewrite(group.groupId);
    return name.isEmpty() ? group.groupId : name;
}

QString normaliseServiceSource(const QString& source) {
    const QString s = source.trimmed();
    if (s.isEmpty())
        return s;
    if (s.startsWith(QStringLiteral("urn:"), Qt::CaseInsensitive)) {
        const QStringList parts = s.split(u':', Qt::SkipEmptyParts);
        return parts.isEmpty() ? s : parts.constLast();
    }
    QString path = s;
    const QUrl url(s);
    if (url.isValid() && !url.scheme().isEmpty() && s.contains(QStringLiteral("//"))) {
        path = url.path();
        if (path.isEmpty() || path == u"/")
            return url.host().isEmpty() ? s : url.host();
    }
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    return segments.isEmpty() ? s : segments.constLast();
}

} // namespace streamscope
