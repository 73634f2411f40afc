#pragma once

#include <QString>

namespace streamscope {

// Files the app writes (settings, history, backups) hold cluster names, user names and offsets
// of the user's clusters: owner-only, like ssh and gpg keep theirs.

// Sets the process umask so that every file and folder created from now on is owner-only
// (0600 / 0700). Call first thing in main(); a no-op where there is no umask.
void restrictNewFilesToOwner();

// Makes an existing file 0600 or an existing folder 0700, whatever the umask was when it was
// created (an older build, another tool). False when the permissions could not be set.
bool makeOwnerOnly(const QString& path);

} // namespace streamscope
