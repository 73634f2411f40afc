#include "cluster/ProfileStore.h"

#include "common/InputLimits.h"

#include "common/PrivateFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
};

const QString kGroup = QStringLiteral("profiles");
const QString kSecretProperties = QStringLiteral("secretProperties");
// A settings file is a few KB; anything this big is not one we wrote.
constexpr qint64 kMaxSettingsBytes = 64LL * 1024 * 1024;

void writeProfile(QSettings& s, const ConnectionProfile& p) {
    s.setValue(QStringLiteral("name"), p.name);
    s.setValue(QStringLiteral("bootstrap"), p.bootstrapServers);
    // An unreadable stored value is written back as it was, so saving an unrelated change does
    // not quietly turn it into the default.
    s.setValue(QStringLiteral("security"), p.unreadableSecurity.isEmpty()
                                               ? securityProtocolName(p.security)
                                               : p.unreadableSecurity);
    s.setValue(QStringLiteral("saslMechanism"), p.unreadableMechanism.isEmpty()
                                                    ? saslMechanismName(p.saslMechanism)
                                                    : p.unreadableMechanism);
    s.setValue(QStringLiteral("username"), p.username);
    s.setValue(QStringLiteral("caFile"), p.caFile);
    s.setValue(QStringLiteral("certFile"), p.certFile);
    s.setValue(QStringLiteral("keyFile"), p.keyFile);
    s.setValue(QStringLiteral("sandbox"), p.sandbox);
    s.setValue(QStringLiteral("readOnly"), p.readOnly);
    s.setValue(QStringLiteral("keychain"), p.keychain);
    s.setValue(QStringLiteral("sandboxPrefix"), p.sandboxPrefix);
    // The registry without its password (a session secret, like the SASL password). A URL with
    // credentials in it (https://user:pw@host) loses them here.
    const auto& registry = p.schemaRegistry;
    QUrl registryUrl = registry.url;
    registryUrl.setPassword(QString());
    s.setValue(QStringLiteral("registryUrl"),
               registry.isSet() ? registryUrl.toString() : QString());
    s.setValue(QStringLiteral("registryUser"), registry.username);
    s.setValue(QStringLiteral("registryCaFile"), registry.caFile);
    s.setValue(QStringLiteral("registryCertFile"), registry.certFile);
    s.setValue(QStringLiteral("registryKeyFile"), registry.keyFile);
    QStringList extras;
    QStringList secretKeys;
    for (const auto& [key, value] : p.extraProperties) {
        if (isStorableProperty(key, value))
            extras.append(key + QLatin1Char('=') + value);
        else if (!secretKeys.contains(key))
            secretKeys.append(key); // the name only: the next session asks for the value
    }
    for (const QString& key : p.missingSecretProperties)
        if (!secretKeys.contains(key))
            secretKeys.append(key);
    s.setValue(QStringLiteral("extraProperties"), extras);
    if (secretKeys.isEmpty())
        s.remove(kSecretProperties);
    else
        s.setValue(kSecretProperties, secretKeys);
}

ConnectionProfile readProfile(const QSettings& s) {
    ConnectionProfile p;
    p.name = s.value(QStringLiteral("name")).toString();
    p.bootstrapServers = s.value(QStringLiteral("bootstrap")).toString();
    const QString security = s.value(QStringLiteral("security")).toString();
    if (!parseSecurityProtocol(security, &p.security))
        p.unreadableSecurity = security.isEmpty() ? Tr::tr("(missing)") : security;
    const QString mechanism = s.value(QStringLiteral("saslMechanism")).toString();
    if (!mechanism.isEmpty() && !parseSaslMechanism(mechanism, &p.saslMechanism))
        p.unreadableMechanism = mechanism;
    p.username = s.value(QStringLiteral("username")).toString();
    p.caFile = s.value(QStringLiteral("caFile")).toString();
    p.certFile = s.value(QStringLiteral("certFile")).toString();
    p.keyFile = s.value(QStringLiteral("keyFile")).toString();
    p.sandbox = s.value(QStringLiteral("sandbox"), false).toBool();
    p.readOnly = s.value(QStringLiteral("readOnly"), true).toBool();
    p.keychain = s.value(QStringLiteral("keychain"), false).toBool();
    p.sandboxPrefix =
        s.value(QStringLiteral("sandboxPrefix"), ConnectionProfile::defaultSandboxPrefix())
            .toString();
    const QString registryUrl = s.value(QStringLiteral("registryUrl")).toString();
    if (!registryUrl.isEmpty())
        p.schemaRegistry.url = QUrl(registryUrl, QUrl::StrictMode);
    p.schemaRegistry.username = s.value(QStringLiteral("registryUser")).toString();
    p.schemaRegistry.caFile = s.value(QStringLiteral("registryCaFile")).toString();
    p.schemaRegistry.certFile = s.value(QStringLiteral("registryCertFile")).toString();
    p.schemaRegistry.keyFile = s.value(QStringLiteral("registryKeyFile")).toString();
    const auto extras = s.value(QStringLiteral("extraProperties")).toStringList();
    for (const auto& line : extras) {
        const auto eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            p.extraProperties.append({line.left(eq), line.mid(eq + 1)});
    }
    for (const QString& key : s.value(kSecretProperties).toStringList())
        if (!key.trimmed().isEmpty() && !p.missingSecretProperties.contains(key))
            p.missingSecretProperties.append(key);
    return p;
}

// Keeps a copy of a damaged settings file beside it, once: a copy with the same bytes is reused,
// so every store opened on the same bad file points at the same backup.
QString keepBackup(const QString& path, const QByteArray& bytes) {
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    const QString prefix = info.fileName() + QStringLiteral(".bad-");
    for (const QString& name : dir.entryList({prefix + QLatin1Char('*')}, QDir::Files)) {
        QFile existing(dir.filePath(name));
        if (existing.size() == bytes.size() && existing.open(QIODevice::ReadOnly) &&
            existing.readAll() == bytes)
            return existing.fileName();
    }
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = dir.filePath(prefix + stamp);
    for (int n = 2; QFile::exists(backup); ++n)
        backup = dir.filePath(prefix + stamp + QLatin1Char('-') + QString::number(n));
    if (!QFile::copy(path, backup))
        return {};
    makeOwnerOnly(backup);
    return backup;
}

} // namespace

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>())
    , m_ownsFolder(true) {
    checkFile();
}

ProfileStore::ProfileStore(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings)) {
    checkFile();
}

QString ProfileStore::fileName() const {
    return m_settings->fileName();
}

QString ProfileStore::damage(const QByteArray& bytes, const QString& readError) const {
    switch (m_settings->status()) {
    case QSettings::FormatError:
        return Tr::tr("it is not in the settings format");
    case QSettings::AccessError:
        return Tr::tr("it cannot be read");
    case QSettings::NoError:
        break;
    }
    if (!readError.isEmpty())
        return readError;
    if (const auto binary = binaryContentProblem(bytes))
        return Tr::tr("it contains binary data (%1)").arg(*binary);
    // The profile list: QSettings writes "size" after the entries, so a file cut short loses the
    // count (every profile would silently vanish) or keeps entries with missing keys.
    bool numeric = false;
    const qlonglong size =
        m_settings->value(kGroup + QStringLiteral("/size"), 0).toString().toLongLong(&numeric);
    if (m_settings->contains(kGroup + QStringLiteral("/size")) && (!numeric || size < 0))
        return Tr::tr("its profile count is not a number");
    if (size > kMaxProfiles)
        return Tr::tr("it lists %1 profiles; only the first %2 are read")
            .arg(size)
            .arg(kMaxProfiles);
    m_settings->beginGroup(kGroup);
    const QStringList entries = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString& entry : entries) {
        bool isIndex = false;
        const qlonglong index = entry.toLongLong(&isIndex);
        if (!isIndex || index < 1 || index > size)
            return Tr::tr("its list of profiles has no count or a wrong one (%1); it may be cut "
                          "short")
                .arg(size);
    }
    for (qlonglong i = 1; i <= size; ++i) {
        const QString prefix = kGroup + QLatin1Char('/') + QString::number(i) + QLatin1Char('/');
        for (const char* key : {"name", "bootstrap", "security"})
            if (!m_settings->contains(prefix + QLatin1String(key)))
                return Tr::tr("profile %1 of %2 is incomplete; it may be cut short")
                    .arg(i)
                    .arg(size);
    }
    return {};
}

void ProfileStore::checkFile() {
    // Read once, bounded: the check and the backup of a damaged file use the same bytes.
    const QString path = m_settings->fileName();
    const bool exists = QFileInfo::exists(path);
    QByteArray bytes;
    QString readError;
    if (exists) {
        if (auto read = readUserFile(path, kMaxSettingsBytes))
            bytes = std::move(*read);
        else
            readError = read.error().message;
    }
    const QString why = damage(bytes, readError);
    if (!why.isEmpty()) {
        const QString backup = exists ? keepBackup(path, bytes) : QString();
        m_problem =
            backup.isEmpty()
                ? Tr::tr("The settings file %1 could not be read: %2. No copy could be kept; "
                         "saving a profile will replace it.")
                      .arg(QDir::toNativeSeparators(path), why)
                : Tr::tr("The settings file %1 could not be read: %2. The original was kept as "
                         "%3. The profiles that could be read are listed; saving writes a new "
                         "file.")
                      .arg(QDir::toNativeSeparators(path), why, QDir::toNativeSeparators(backup));
        qWarning("%s", qPrintable(m_problem));
    }
    scrubLegacySecrets();
}

void ProfileStore::scrubLegacySecrets() {
    // Older builds kept every extra property whose name did not contain "password" or
    // "secret" (sasl.jaas.config, ssl.key.pem, ...). Rewriting drops them now rather than at the
    // next save; their names stay, so the next connection asks for the values.
    if (!QFile::exists(m_settings->fileName()))
        return;
    const auto all = profiles();
    const bool leaks = std::any_of(all.begin(), all.end(), [](const ConnectionProfile& p) {
        return std::any_of(
            p.extraProperties.begin(), p.extraProperties.end(),
            [](const auto& prop) { return !isStorableProperty(prop.first, prop.second); });
    });
    if (leaks)
        writeAll(all);
    else if (m_problem.isEmpty()) {
        // Files and folders written by an older build were 0644 / 0755.
        makeOwnerOnly(m_settings->fileName());
        if (m_ownsFolder)
            makeOwnerOnly(QFileInfo(m_settings->fileName()).absolutePath());
    }
}

QList<ConnectionProfile> ProfileStore::profiles() const {
    QList<ConnectionProfile> out;
    // A file cut short loses the count that QSettings writes last: read the entries that are
    // there rather than none.
    m_settings->beginGroup(kGroup);
    int highest = 0;
    for (const QString& entry : m_settings->childGroups())
        highest = std::max(highest, std::clamp(entry.toInt(), 0, kMaxProfiles));
    m_settings->endGroup();
    const int stored = m_settings->beginReadArray(kGroup);
    const int n = std::clamp(std::max(stored, highest), 0, kMaxProfiles);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        // An entry a truncated file lost entirely is skipped, not shown as an empty profile.
        if (!m_settings->contains(QStringLiteral("name")) &&
            !m_settings->contains(QStringLiteral("bootstrap")))
            continue;
        out.append(readProfile(*m_settings));
    }
    m_settings->endArray();
    return out;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString& name) const {
    for (const auto& p : profiles())
        if (p.name == name)
            return p;
    return std::nullopt;
}

void ProfileStore::save(const ConnectionProfile& profile) {
    auto all = profiles();
    bool replaced = false;
    for (auto& p : all) {
        if (p.name == profile.name) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(profile);
    writeAll(all);
}

void ProfileStore::remove(const QString& name) {
    auto all = profiles();
    all.removeIf([&](const ConnectionProfile& p) { return p.name == name; });
    writeAll(all);
}

void ProfileStore::writeAll(const QList<ConnectionProfile>& all) {
    m_settings->remove(kGroup);
    m_settings->beginWriteArray(kGroup, static_cast<int>(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        m_settings->setArrayIndex(i);
        writeProfile(*m_settings, all[i]);
    }
    m_settings->endArray();
    finishWrite();
}

void ProfileStore::finishWrite() {
    m_settings->sync();
    // QSaveFile keeps an existing file's mode but creates new ones by the umask (0644 by
    // default): set owner-only explicitly after every write.
    makeOwnerOnly(m_settings->fileName());
    if (m_ownsFolder)
        makeOwnerOnly(QFileInfo(m_settings->fileName()).absolutePath());
}

QString ProfileStore::lastUsed() const {
    return m_settings->value(QStringLiteral("lastProfile")).toString();
}

void ProfileStore::setLastUsed(const QString& name) {
    m_settings->setValue(QStringLiteral("lastProfile"), name);
    finishWrite();
}

} // namespace streamscope
