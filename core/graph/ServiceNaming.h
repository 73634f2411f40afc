#pragma once

#include "common/Expected.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

namespace streamscope {

struct GroupLag;
struct RecordHeader;

// How names of services are found, editable by the user (the Graph page's "Naming rules").
//
// Producers: the first header of identityHeaders that a record carries names its producer;
// CloudEvents sources are normalised to their last segment (normaliseServiceSource).
// Consumer groups: the client id all members share, unless it is a library default
// (libraryClientIds: kcat's "rdkafka", Java's "consumer-GROUP-N", "console-consumer-..."),
// else the group id. Then, for both, every rewrite whose pattern matches replaces the match
// (e.g. pattern "-(v\d+|canary)$" with an empty replacement strips a version suffix).
struct ServiceNamingRules {
    struct Rewrite {
        QString pattern; // a QRegularExpression
        QString replacement;
        friend bool operator==(const Rewrite&, const Rewrite&) = default;
    };

    QStringList identityHeaders;
    QStringList libraryClientIds; // regular expressions matched against the whole client id
    std::vector<Rewrite> rewrites;

    static ServiceNamingRules defaults();

    // The rules as text the user edits, one per line: "header NAME", "library REGEX",
    // "rewrite REGEX => REPLACEMENT"; "#" starts a comment. parse() names the first bad line.
    QString toText() const;
    static Expected<ServiceNamingRules> parse(const QString& text);

    friend bool operator==(const ServiceNamingRules&, const ServiceNamingRules&) = default;
};

// The rules compiled once for many lookups. One thread at a time (it caches names).
class ServiceNamer {
public:
    explicit ServiceNamer(const ServiceNamingRules& rules);

    // The producer named by a record's headers (normalised and rewritten); empty when none of
    // the identity headers is present and non-empty.
    QString producerOf(const std::vector<RecordHeader>& headers) const;
    // The service behind a consumer group.
    QString serviceOfGroup(const GroupLag& group) const;
    bool isLibraryClientId(const QString& clientId) const;
    QString rewrite(QString name) const;

private:
    QList<QByteArray> m_identityHeaders;
    std::vector<QRegularExpression> m_library;
    std::vector<std::pair<QRegularExpression, QString>> m_rewrites;
    mutable QHash<QByteArray, QString> m_names; // identity header value -> service name
};

// A CloudEvents source (a URI reference) reduced to the service it names: the last non-empty
// path segment of a URL or path ("/svc/billing", "https://x.io/svc/billing/" -> "billing"), the
// last ':'-separated part of a URN ("urn:x:billing" -> "billing"), a plain name unchanged.
QString normaliseServiceSource(const QString& source);

} // namespace streamscope
