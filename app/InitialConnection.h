#pragma once

#include "CommandLine.h"
#include "cluster/ConnectionProfile.h"
#include "common/Expected.h"

namespace streamscope {

class MainWindow;

// The unsaved profile of --bootstrap / --config / -X (applied in that order: the command line
// wins over the file). Fails with a message on an unreadable file or a malformed -X.
Expected<ConnectionProfile> adHocProfile(const GuiOptions& options);

// What the command line asked to open: an ad-hoc cluster, a saved profile (asking for its
// password), or the connection dialog. Bad input is reported in a message box, then the dialog
// opens so the user can fix it; nothing here can end the application.
void openInitialConnection(MainWindow& window, const GuiOptions& options);

} // namespace streamscope
