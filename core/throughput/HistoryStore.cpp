#include "throughput/HistoryStore.h"

#include "common/PrivateFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <cstdio>
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

QString HistoryStore::keepAsidePath(const QString& path, quint32 newerVersion,
                                    const QDateTime& when) {
    const QString suffix =
        newerVersion > HistoryCodec::kFormatVersion
            ? QStringLiteral(".v%1").arg(newerVersion)
            : QStringLiteral(".unreadable-") + when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = path + suffix;
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QStringLiteral("-%1").arg(n);
    return candidate;
}

namespace {

// Moves `path` to `target`; false when it is still in the way.
bool moveAside(const QString& path, const QString& target) {
    // rename(2) rather than QFile::rename, which would fall back to copy + delete and could
    // leave two half files behind on a full disk.
    return std::rename(QFile::encodeName(path).constData(),
                       QFile::encodeName(target).constData()) == 0;
}

} // namespace

bool HistoryStore::save(const QString& key, const QByteArray& payload) const {
    const QString path = filePath(key);
    if (!QDir().mkpath(m_directory)) {
        qWarning("history: cannot create %s", qPrintable(QDir::toNativeSeparators(m_directory)));
        return false;
    }
    makeOwnerOnly(m_directory); // history names the user's clusters and topics
    // A newer build may have written the file since this session read it (two versions run
    // side by side): its format is never overwritten.
    if (QFile existing(path); existing.open(QIODevice::ReadOnly)) {
        const quint32 version = HistoryCodec::headerVersion(existing.read(12));
        existing.close();
        if (version > HistoryCodec::kFormatVersion) {
            const QString aside = keepAsidePath(path, version, QDateTime::currentDateTime());
            if (!moveAside(path, aside)) {
                qWarning("history: not saving over %s: a newer Streamscope wrote it (format "
                         "version %u) and it cannot be moved aside",
                         qPrintable(QDir::toNativeSeparators(path)), version);
                return false;
            }
            qWarning("history: %s was written by a newer Streamscope; kept as %s",
                     qPrintable(QDir::toNativeSeparators(path)),
                     qPrintable(QDir::toNativeSeparators(aside)));
        }
    }
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
        return result;
    }
    if (!result.fileUnusable())
        return result;
    // Keep it: the next save would otherwise replace what may be a newer build's day of history
    // or a file someone wants to look at.
    result.fileVersion = HistoryCodec::headerVersion(bytes.left(12));
    const QString aside = keepAsidePath(path, result.fileVersion, QDateTime::currentDateTime());
    if (QFileInfo(path).isFile() && moveAside(path, aside))
        result.keptAsPath = aside;
    else
        result.keepAsideFailed = true;
    qWarning(
        "history: ignoring %s (%s): %s; %s", qPrintable(QDir::toNativeSeparators(path)),
        qPrintable(historyLoadStatusName(result.status)), qPrintable(result.reason),
        result.keptAsPath.isEmpty()
            ? "it cannot be moved aside, so this session will not save over it"
            : qPrintable(QStringLiteral("kept as ") + QDir::toNativeSeparators(result.keptAsPath)));
    return result;
}

} // namespace streamscope
