#include "connection/SessionSecrets.h"

#include <algorithm>

namespace streamscope {

void SessionSecrets::fill(ConnectionProfile& profile) const {
    const auto it = m_byProfile.constFind(profile.name);
    if (profile.name.isEmpty() || it == m_byProfile.constEnd())
        return;
    if (profile.password.isEmpty())
        profile.password = it->password;
    if (profile.keyPassword.isEmpty())
        profile.keyPassword = it->keyPassword;
    if (profile.schemaRegistry.password.isEmpty())
        profile.schemaRegistry.password = it->registryPassword;
    for (const auto& [key, value] : it->properties) {
        const bool present =
            std::any_of(profile.extraProperties.begin(), profile.extraProperties.end(),
                        [&key = key](const auto& prop) { return prop.first == key; });
        if (!present && profile.missingSecretProperties.contains(key)) {
            profile.extraProperties.append({key, value});
            profile.missingSecretProperties.removeAll(key);
        }
    }
}

void SessionSecrets::remember(const ConnectionProfile& profile) {
    if (profile.name.isEmpty())
        return;
    Secrets secrets{profile.password, profile.keyPassword, profile.schemaRegistry.password, {}};
    for (const auto& [key, value] : profile.extraProperties)
        if (!isStorableProperty(key, value))
            secrets.properties.append({key, value});
    if (secrets.password.isEmpty() && secrets.keyPassword.isEmpty() &&
        secrets.registryPassword.isEmpty() && secrets.properties.isEmpty()) {
        m_byProfile.remove(profile.name);
        return;
    }
    m_byProfile.insert(profile.name, secrets);
}

void SessionSecrets::forget(const QString& profileName) {
    m_byProfile.remove(profileName);
}

} // namespace streamscope
