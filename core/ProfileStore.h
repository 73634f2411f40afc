#pragma once

#include "kafka/ConnectionProfile.h"

#include <QList>
#include <QSettings>

#include <memory>
#include <optional>

namespace streamscope {

// Saved connection profiles in QSettings. Secrets are never written: password and keyPassword
// are dropped on save and come back empty on load (the UI asks for them once per session).
class ProfileStore {
public:
    ProfileStore(); // the application's default QSettings
    explicit ProfileStore(std::unique_ptr<QSettings> settings);

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> find(const QString& name) const;
    void save(const ConnectionProfile& profile); // replaces a profile of the same name
    void remove(const QString& name);
    QString lastUsed() const;
    void setLastUsed(const QString& name);

private:
    void writeAll(const QList<ConnectionProfile>& all);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace streamscope
