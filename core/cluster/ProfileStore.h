#pragma once

#include "cluster/ConnectionProfile.h"

#include <QList>
#include <QSettings>

#include <memory>
#include <optional>

namespace streamscope {

// Saved connection profiles in QSettings. Secrets are never written: the password, the key
// passphrase and every extra property that isStorableProperty() does not allow are dropped on
// save (only the names of secret extras are kept, so the UI knows to ask for them) and come back
// missing on load. The settings file is made owner-only after every write.
//
// A settings file that cannot be read as written (not INI, binary garbage, a truncated profile
// list, an absurd profile count) is copied aside as "<file>.bad-<time>" before anything can
// rewrite it; problem() says so in words.
class ProfileStore {
public:
    // More profiles than anyone keeps by hand; a larger count in the file is damage, and reading
    // it all would take seconds and gigabytes.
    static constexpr int kMaxProfiles = 1000;

    ProfileStore(); // the application's default QSettings
    explicit ProfileStore(std::unique_ptr<QSettings> settings);

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> find(const QString& name) const;
    void save(const ConnectionProfile& profile); // replaces a profile of the same name
    void remove(const QString& name);
    QString lastUsed() const;
    void setLastUsed(const QString& name);

    // What was wrong with the settings file when the store opened it (and where the original
    // was kept); empty when it was fine.
    QString problem() const { return m_problem; }
    QString fileName() const;

private:
    void checkFile();
    // Why the settings file is damaged (its bytes, or why they could not be read), or nothing.
    QString damage(const QByteArray& bytes, const QString& readError) const;
    void scrubLegacySecrets();
    void writeAll(const QList<ConnectionProfile>& all);
    void finishWrite();

    std::unique_ptr<QSettings> m_settings;
    bool m_ownsFolder = false; // the default location's folder is the app's own: made 0700
    QString m_problem;
};

} // namespace streamscope
