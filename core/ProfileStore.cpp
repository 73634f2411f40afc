#include "ProfileStore.h"

#include <optional>

namespace streamscope {

namespace {

const QString kGroup = QStringLiteral("profiles");

void writeProfile(QSettings& s, const ConnectionProfile& p) {
    s.setValue(QStringLiteral("name"), p.name);
    s.setValue(QStringLiteral("bootstrap"), p.bootstrapServers);
    s.setValue(QStringLiteral("security"), securityProtocolName(p.security));
    s.setValue(QStringLiteral("saslMechanism"), saslMechanismName(p.saslMechanism));
    s.setValue(QStringLiteral("username"), p.username);
    s.setValue(QStringLiteral("caFile"), p.caFile);
    s.setValue(QStringLiteral("certFile"), p.certFile);
    s.setValue(QStringLiteral("keyFile"), p.keyFile);
    s.setValue(QStringLiteral("sandbox"), p.sandbox);
    s.setValue(QStringLiteral("readOnly"), p.readOnly);
    QStringList extras;
    for (const auto& [key, value] : p.extraProperties) {
        // A secret typed as a raw property is still a secret.
        if (key.contains(QLatin1String("password")) || key.contains(QLatin1String("secret")))
            continue;
        extras.append(key + QLatin1Char('=') + value);
    }
    s.setValue(QStringLiteral("extraProperties"), extras);
}

ConnectionProfile readProfile(const QSettings& s) {
    ConnectionProfile p;
    p.name = s.value(QStringLiteral("name")).toString();
    p.bootstrapServers = s.value(QStringLiteral("bootstrap")).toString();
    parseSecurityProtocol(s.value(QStringLiteral("security")).toString(), &p.security);
    parseSaslMechanism(s.value(QStringLiteral("saslMechanism")).toString(), &p.saslMechanism);
    p.username = s.value(QStringLiteral("username")).toString();
    p.caFile = s.value(QStringLiteral("caFile")).toString();
    p.certFile = s.value(QStringLiteral("certFile")).toString();
    p.keyFile = s.value(QStringLiteral("keyFile")).toString();
    p.sandbox = s.value(QStringLiteral("sandbox"), false).toBool();
    p.readOnly = s.value(QStringLiteral("readOnly"), true).toBool();
    const auto extras = s.value(QStringLiteral("extraProperties")).toStringList();
    for (const auto& line : extras) {
        const auto eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            p.extraProperties.append({line.left(eq), line.mid(eq + 1)});
    }
    return p;
}

} // namespace

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>()) {}

ProfileStore::ProfileStore(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings)) {}

QList<ConnectionProfile> ProfileStore::profiles() const {
    QList<ConnectionProfile> out;
    const int n = m_settings->beginReadArray(kGroup);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
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
    m_settings->sync();
}

QString ProfileStore::lastUsed() const {
    return m_settings->value(QStringLiteral("lastProfile")).toString();
}

void ProfileStore::setLastUsed(const QString& name) {
    m_settings->setValue(QStringLiteral("lastProfile"), name);
}

} // namespace streamscope
