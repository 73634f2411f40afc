#include "SessionSecrets.h"

namespace streamscope {

void SessionSecrets::fill(ConnectionProfile& profile) const {
    const auto it = m_byProfile.constFind(profile.name);
    if (profile.name.isEmpty() || it == m_byProfile.constEnd())
        return;
    if (profile.password.isEmpty())
        profile.password = it->password;
    if (profile.keyPassword.isEmpty())
        profile.keyPassword = it->keyPassword;
}

void SessionSecrets::remember(const ConnectionProfile& profile) {
    if (profile.name.isEmpty())
        return;
    if (profile.password.isEmpty() && profile.keyPassword.isEmpty()) {
        m_byProfile.remove(profile.name);
        return;
    }
    m_byProfile.insert(profile.name, {profile.password, profile.keyPassword});
}

void SessionSecrets::forget(const QString& profileName) {
    m_byProfile.remove(profileName);
}

} // namespace streamscope
