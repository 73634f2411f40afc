#include "cluster/BootstrapAddress.h"

#include "common/InputLimits.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <arpa/inet.h>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BootstrapAddress)
};

constexpr int kMaxHostLength = 253; // DNS limit for a full name

bool isIpv4Like(const QString& host) {
    static const QRegularExpression digitsAndDots(QStringLiteral("^[0-9.]+$"));
    return digitsAndDots.match(host).hasMatch();
}

bool validIpv4(const QString& host) {
    in_addr addr{};
    return inet_pton(AF_INET, host.toLatin1().constData(), &addr) == 1;
}

bool validIpv6(const QString& host) {
    in6_addr addr{};
    return inet_pton(AF_INET6, host.toLatin1().constData(), &addr) == 1;
}

bool validHostName(const QString& host) {
    // Letters, digits, '-' and '_' (container and cloud names use it) in dot-separated labels of
    // 1-63 characters; a trailing dot (fully qualified) is fine.
    static const QRegularExpression name(QStringLiteral(
        R"(^(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\.?$)"));
    return host.size() <= kMaxHostLength && name.match(host).hasMatch();
}

Status entryError(const QString& entry, const QString& problem) {
    return streamscopeError(
        Tr::tr("Invalid bootstrap server \"%1\": %2").arg(printableExcerpt(entry, 80), problem));
}

Status validateEntry(const QString& raw) {
    QString entry = raw.trimmed();
    if (entry.isEmpty())
        return streamscopeError(
            Tr::tr("Invalid bootstrap servers: an empty entry in the list (expected "
                   "HOST:PORT,HOST:PORT)."));
    // librdkafka accepts (and strips) a listener protocol prefix, as in "SSL://host:9093".
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z_]+://"));
    if (const auto match = scheme.match(entry); match.hasMatch())
        entry = entry.mid(match.capturedLength());
    for (const QChar c : entry) {
        if (c.isSpace() || c.unicode() < 0x20 || c.unicode() > 0x7e)
            return entryError(raw, Tr::tr("it contains a space or a character that is not "
                                          "allowed in a host name"));
    }
    QString host;
    QString port;
    if (entry.startsWith(QLatin1Char('['))) {
        const qsizetype close = entry.indexOf(QLatin1Char(']'));
        if (close < 0)
            return entryError(raw, Tr::tr("the IPv6 address has no closing \"]\""));
        host = entry.mid(1, close - 1);
        const QString rest = entry.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return entryError(raw, Tr::tr("expected \":PORT\" after the IPv6 address"));
            port = rest.mid(1);
            if (port.isEmpty())
                return entryError(raw, Tr::tr("the port after \":\" is missing"));
        }
        if (!validIpv6(host))
            return entryError(raw, Tr::tr("\"%1\" is not an IPv6 address").arg(host));
    } else {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        if (colon >= 0 && entry.indexOf(QLatin1Char(':'), colon + 1) >= 0)
            return entryError(raw, Tr::tr("write an IPv6 address in brackets, as in [::1]:9092"));
        host = colon >= 0 ? entry.left(colon) : entry;
        if (colon >= 0) {
            port = entry.mid(colon + 1);
            if (port.isEmpty())
                return entryError(raw, Tr::tr("the port after \":\" is missing"));
        }
        if (host.isEmpty())
            return entryError(raw, Tr::tr("the host is missing"));
        if (isIpv4Like(host)) {
            if (!validIpv4(host))
                return entryError(raw, Tr::tr("\"%1\" is not an IPv4 address").arg(host));
        } else if (!validHostName(host)) {
            return entryError(
                raw, Tr::tr("\"%1\" is not a valid host name").arg(printableExcerpt(host, 60)));
        }
    }
    // A port is required, as the Java client requires it: a silent default of 9092 would reach
    // whatever listens there, the class of mistake this check exists for.
    if (port.isEmpty())
        return entryError(raw, Tr::tr("the port is missing: write host:port, e.g. %1:9092")
                                   .arg(printableExcerpt(host, 60)));
    {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
        bool ok = false;
        const qint64 value = digits.match(port).hasMatch() ? port.toLongLong(&ok) : -1;
        if (!ok || value < 1 || value > 65535)
            return entryError(
                raw,
                Tr::tr("port %1 is not a number from 1 to 65535").arg(printableExcerpt(port, 20)));
    }
    return {};
}

} // namespace

Status validateBootstrapServers(const QString& servers) {
    if (servers.trimmed().isEmpty())
        return streamscopeError(Tr::tr("No bootstrap servers given (expected HOST:PORT)."));
    for (const QString& entry : servers.split(QLatin1Char(','))) {
        if (auto status = validateEntry(entry); !status)
            return status;
    }
    return {};
}

} // namespace streamscope
