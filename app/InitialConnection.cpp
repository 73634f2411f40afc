#include "InitialConnection.h"

#include "AppTr.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "input/InputLimits.h"
#include "kafka/BootstrapAddress.h"

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
    if (!options.bootstrap.isEmpty() || !options.configFile.isEmpty()) {
        auto profile = adHocProfile(options);
        if (!profile) {
            reportAndChoose(window, AppTr::tr("Cannot Connect"), profile.error().message);
            return;
        }
        window.connectTo(profile.value());
        return;
    }
    if (!options.profileName.isEmpty()) {
        ProfileStore store;
        auto profile = store.find(options.profileName);
        if (!profile) {
            reportAndChoose(window, AppTr::tr("Unknown Profile"),
                            AppTr::tr("There is no saved connection profile called "
                                      "\u201c%1\u201d.")
                                .arg(options.profileName));
            return;
        }
        if (auto status = applyPropertyOptions(*profile, options.clientProperties); !status) {
            reportAndChoose(window, AppTr::tr("Cannot Connect"), status.error().message);
            return;
        }
        store.setLastUsed(profile->name);
        window.connectTo(*profile); // asks for the password when the profile needs one
        return;
    }
    window.chooseConnection();
}

} // namespace streamscope
