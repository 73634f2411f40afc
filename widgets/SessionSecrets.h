#pragma once

#include "kafka/ConnectionProfile.h"

#include <QHash>

namespace streamscope {

// Passwords and key passphrases typed during this run, per profile name. Memory only, never
// written anywhere: with no keychain wired, asking once per session is the promise.
class SessionSecrets {
public:
    // Copies remembered secrets into profile where it has none.
    void fill(ConnectionProfile& profile) const;
    // Remembers the profile's secrets (if it has a name and any secrets).
    void remember(const ConnectionProfile& profile);
    void forget(const QString& profileName);

private:
    struct Secrets {
        QString password;
        QString keyPassword;
    };
    QHash<QString, Secrets> m_byProfile;
};

} // namespace streamscope
