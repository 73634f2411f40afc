#include "InitialConnection.h"

#include "AppTr.h"
#include "cluster/BootstrapAddress.h"
#include "cluster/ProfileStore.h"
#include "common/InputLimits.h"
#include "shell/MainWindow.h"

#include <QMessageBox>

namespace streamscope {

namespace {

Status applyPropertyOptions(ConnectionProfile& profile, const QStringList& properties) {
    for (const QString& property : properties) {
        const auto eq = property.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return streamscopeError(AppTr::tr("-X %1: expected key=value, e.g. -X client.id=me.")
                                        .arg(printableExcerpt(property)));
        if (auto status = applyClientProperty(profile, property.left(eq), property.mid(eq + 1));
            !status)
            return status;
    }
    return {};
}

void reportAndChoose(MainWindow& window, const QString& title, const QString& message) {
    QMessageBox::warning(&window, title, message);
    window.chooseConnection();
}

} // namespace

Expected<ConnectionProfile> adHocProfile(const GuiOptions& options) {
    ConnectionProfile profile;
    if (!options.configFile.isEmpty()) {
        auto imported = importClientConfigFile(options.configFile);
        if (!imported)
            return imported.error();
        profile = imported->profile;
    }
    if (!options.bootstrap.isEmpty())
        profile.bootstrapServers = options.bootstrap;
    if (auto status = applyPropertyOptions(profile, options.clientProperties); !status)
        return status.error();
    if (profile.bootstrapServers.trimmed().isEmpty())
        return streamscopeError(AppTr::tr("No bootstrap servers: give --bootstrap HOST:PORT or set "
                                          "bootstrap.servers in the config file."));
    // Whichever source set it (--bootstrap, the file, -X), the address is checked before the
    // window says "Connected to" anything.
    if (auto status = validateBootstrapServers(profile.bootstrapServers); !status)
        return status.error();
    profile.name.clear(); // ad hoc: never saved, titled by its bootstrap servers
    return profile;
}

void openInitialConnection(MainWindow& window, const GuiOptions& options) {
    // Opened first, whatever was asked: a damaged settings file is copied aside now, before the
    // window's own settings are written back at exit.
    ProfileStore store;
    if (options.bootstrap.isEmpty() && options.configFile.isEmpty() &&
        options.profileName.isEmpty()) {
        window.chooseConnection(); // the dialog shows the store's problem itself
        return;
    }
    if (!options.bootstrap.isEmpty() || !options.configFile.isEmpty()) {
        if (!store.problem().isEmpty())
            QMessageBox::warning(&window, AppTr::tr("Settings File Damaged"), store.problem());
        auto profile = adHocProfile(options);
        if (!profile) {
            reportAndChoose(window, AppTr::tr("Cannot Connect"), profile.error().message);
            return;
        }
        window.connectTo(profile.value());
        return;
    }
    if (!options.profileName.isEmpty()) {
        auto profile = store.find(options.profileName);
        if (!profile) {
            reportAndChoose(window, AppTr::tr("Unknown Profile"),
                            store.problem().isEmpty()
                                ? AppTr::tr("There is no saved connection profile called "
                                            "\u201c%1\u201d.")
                                      .arg(options.profileName)
                                : AppTr::tr("No profile called \u201c%1\u201d could be read: "
                                            "%2")
                                      .arg(options.profileName, store.problem()));
            return;
        }
        if (const QString problem = profile->storedProblem(); !problem.isEmpty()) {
            reportAndChoose(window, AppTr::tr("Cannot Connect"),
                            AppTr::tr("The profile \u201c%1\u201d cannot be used: %2")
                                .arg(profile->name, problem));
            return;
        }
        if (auto status = applyPropertyOptions(*profile, options.clientProperties); !status) {
            reportAndChoose(window, AppTr::tr("Cannot Connect"), status.error().message);
            return;
        }
        store.setLastUsed(profile->name);
        window.connectTo(*profile); // asks for the password when the profile needs one
    }
}

} // namespace streamscope
