#include "HistoryStore.h"

#include "PrivateFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <utility>

namespace streamscope {

namespace {
constexpr auto kSuffix = ".tphist";
}

HistoryStore::HistoryStore(QString directory)
    : m_directory(std::move(directory)) {}

QString HistoryStore::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/history");
}

QString HistoryStore::clusterKey(const QString& clusterId, const QString& bootstrapServers) {
    auto shortHash = [](const QString& text) {
        return QString::fromLatin1(
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(20));
    };
    if (!clusterId.isEmpty()) {
        // Kafka cluster ids are 22 characters of URL-safe base64: usable as they are, which
        // makes the files recognisable. Anything else is hashed rather than trusted as a name.
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
        return QStringLiteral("cluster-") +
               (plain.match(clusterId).hasMatch() ? clusterId : shortHash(clusterId));
    }
    QStringList servers;
    for (const QString& server : bootstrapServers.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString s = server.trimmed().toLower(); !s.isEmpty())
            servers.append(s);
    servers.sort();
    servers.removeDuplicates();
    return QStringLiteral("bootstrap-") + shortHash(servers.join(QLatin1Char(',')));
}

QString HistoryStore::filePath(const QString& key) const {
    return m_directory + QLatin1Char('/') + key + QLatin1String(kSuffix);
}

bool HistoryStore::save(const QString& key, const QByteArray& payload) const {
    const QString path = filePath(key);
    if (!QDir().mkpath(m_directory)) {
        qWarning("history: cannot create %s", qPrintable(QDir::toNativeSeparators(m_directory)));
        return false;
    }
    makeOwnerOnly(m_directory); // history names the user's clusters and topics
    QSaveFile file(path);
    const QByteArray header = HistoryCodec::header(payload);
    const bool written = file.open(QIODevice::WriteOnly) && file.write(header) == header.size() &&
                         file.write(payload) == payload.size();
    if (!written) {
        qWarning("history: cannot write %s: %s", qPrintable(QDir::toNativeSeparators(path)),
                 qPrintable(file.errorString()));
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        qWarning("history: cannot replace %s: %s", qPrintable(QDir::toNativeSeparators(path)),
                 qPrintable(file.errorString()));
        return false;
    }
    // QSaveFile creates a new file by the umask (0644 by default); later saves keep this mode.
    makeOwnerOnly(path);
    return true;
}

HistoryLoadResult HistoryStore::load(const QString& key, const HistoryRestoreRules& rules,
                                     ThroughputHistory& into) const {
    const QString path = filePath(key);
    HistoryLoadResult result;
    QFile file(path);
    if (!file.exists())
        return result; // NoFile
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    if (!file.isOpen() || file.error() != QFileDevice::NoError) {
        result.status = HistoryLoadStatus::Unreadable;
        result.reason = file.errorString();
    } else {
        QByteArray payload; // refers into `bytes`
        result = HistoryCodec::unframe(bytes, payload);
        if (result.restored())
            result = HistoryCodec::decodePayload(payload, key, rules, into);
    }
    if (result.status == HistoryLoadStatus::Stale) {
        qInfo("history: not restoring %s: %s", qPrintable(QDir::toNativeSeparators(path)),
              qPrintable(result.reason));
    } else if (!result.restored()) {
        qWarning("history: ignoring %s (%s): %s", qPrintable(QDir::toNativeSeparators(path)),
                 qPrintable(historyLoadStatusName(result.status)), qPrintable(result.reason));
    }
    return result;
}

} // namespace streamscope
