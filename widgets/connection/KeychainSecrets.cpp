#include "connection/KeychainSecrets.h"

#include "common/WidgetsTr.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace streamscope {

namespace {

const QString kService = QStringLiteral("Streamscope");

QString entryKey(const QString& profileName) {
    return QStringLiteral("profile/") + profileName;
}

// Every job: deleted when done, never the plaintext-file fallback QtKeychain offers. Jobs have
// no parent on purpose: the libsecret backend calls back into its job when D-Bus answers, so a
// job deleted before that (with a window that closed quickly) is a use-after-free in QtKeychain.
// A job outlives this object instead; the connections to it end with this object.
template <typename Job> Job* makeJob(const QString& key) {
    auto* job = new Job(kService);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecrets::KeychainSecrets(QObject* parent)
    : QObject(parent) {
    // An entry that never exists: "not found" proves a working keychain without touching secrets.
    auto* probe = makeJob<QKeychain::ReadPasswordJob>(QStringLiteral("availability-probe"));
    connect(probe, &QKeychain::Job::finished, this, [this](QKeychain::Job* job) {
        const auto error = job->error();
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
            m_availability = Availability::Available;
            m_reason.clear();
        } else {
            m_availability = Availability::Unavailable;
            m_reason = WidgetsTr::tr("No system keychain is available (%1); secrets are asked "
                                     "for once per session.")
                           .arg(job->errorString());
        }
        Q_EMIT availabilityChanged();
    });
    probe->start();
}

QString KeychainSecrets::unavailableReason() const {
    switch (m_availability) {
    case Availability::Available:
        return {};
    case Availability::Checking:
        return WidgetsTr::tr("Checking for a system keychain\u2026");
    case Availability::Unavailable:
        break;
    }
    return m_reason;
}

QByteArray KeychainSecrets::encode(const ConnectionProfile& profile) {
    QJsonObject properties;
    for (const auto& [key, value] : profile.extraProperties)
        if (!isStorableProperty(key, value))
            properties.insert(key, value);
    QJsonObject root;
    if (!profile.password.isEmpty())
        root.insert(QStringLiteral("password"), profile.password);
    if (!profile.keyPassword.isEmpty())
        root.insert(QStringLiteral("keyPassword"), profile.keyPassword);
    if (!profile.schemaRegistry.password.isEmpty())
        root.insert(QStringLiteral("registryPassword"), profile.schemaRegistry.password);
    if (!properties.isEmpty())
        root.insert(QStringLiteral("properties"), properties);
    return root.isEmpty() ? QByteArray() : QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool KeychainSecrets::decodeInto(const QByteArray& data, ConnectionProfile& profile) {
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    if (!doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    if (profile.password.isEmpty())
        profile.password = root.value(QStringLiteral("password")).toString();
    if (profile.keyPassword.isEmpty())
        profile.keyPassword = root.value(QStringLiteral("keyPassword")).toString();
    if (profile.schemaRegistry.password.isEmpty())
        profile.schemaRegistry.password = root.value(QStringLiteral("registryPassword")).toString();
    const QJsonObject properties = root.value(QStringLiteral("properties")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const bool present =
            std::any_of(profile.extraProperties.begin(), profile.extraProperties.end(),
                        [key = it.key()](const auto& prop) { return prop.first == key; });
        if (!present && profile.missingSecretProperties.contains(it.key())) {
            profile.extraProperties.append({it.key(), it.value().toString()});
            profile.missingSecretProperties.removeAll(it.key());
        }
    }
    return true;
}

bool KeychainSecrets::fill(ConnectionProfile& profile, int timeoutMs) {
    if (profile.name.isEmpty())
        return false;
    if (m_availability == Availability::Checking) {
        // Connecting right at start-up (--profile): the probe may still be under way.
        QEventLoop wait;
        connect(this, &KeychainSecrets::availabilityChanged, &wait, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &wait, &QEventLoop::quit);
        wait.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (m_availability != Availability::Available)
        return false;
    QEventLoop loop;
    QByteArray data;
    bool found = false;
    auto* job = makeJob<QKeychain::ReadPasswordJob>(entryKey(profile.name));
    connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job*) {
        found = job->error() == QKeychain::NoError;
        if (found)
            data = job->binaryData();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return found && decodeInto(data, profile);
}

void KeychainSecrets::store(const ConnectionProfile& profile) {
    if (m_availability != Availability::Available || profile.name.isEmpty())
        return;
    const QByteArray data = encode(profile);
    // A profile saved in a session that has not needed its secrets yet holds none: the entry
    // already in the keychain stays (only unticking the option removes it).
    if (data.isEmpty())
        return;
    auto* job = makeJob<QKeychain::WritePasswordJob>(entryKey(profile.name));
    job->setBinaryData(data);
    connect(job, &QKeychain::Job::finished, this, [this, name = profile.name](QKeychain::Job* j) {
        Q_EMIT stored(name, j->error() == QKeychain::NoError ? QString() : j->errorString());
    });
    job->start();
}

void KeychainSecrets::erase(const QString& profileName) {
    if (m_availability != Availability::Available || profileName.isEmpty())
        return;
    makeJob<QKeychain::DeletePasswordJob>(entryKey(profileName))->start();
}

} // namespace streamscope
