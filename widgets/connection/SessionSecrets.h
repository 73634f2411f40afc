#pragma once

#include "cluster/ConnectionProfile.h"

#include <QHash>

namespace streamscope {

// Secrets typed or imported during this run, per profile name: the SASL password, the key
// passphrase and every extra property that isStorableProperty() keeps off disk. Memory only,
// never written anywhere: with no keychain wired, asking once per session is the promise.
class SessionSecrets {
public:
    // Copies remembered secrets into profile where it has none; a remembered secret extra
    // property moves from missingSecretProperties into extraProperties.
    void fill(ConnectionProfile& profile) const;
    // Remembers the profile's secrets (if it has a name and any secrets).
    void remember(const ConnectionProfile& profile);
    void forget(const QString& profileName);

private:
    struct Secrets {
        QString password;
        QString keyPassword;
        QString registryPassword; // the Schema Registry's basic auth
        PropertyList properties;  // secret extra properties with their values
    };
    QHash<QString, Secrets> m_byProfile;
};

} // namespace streamscope
