#include "common/PrivateFiles.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace streamscope {

void restrictNewFilesToOwner() {
#ifdef Q_OS_UNIX
    ::umask(077);
#endif
}

bool makeOwnerOnly(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return false;
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (info.isDir())
        permissions |= QFileDevice::ExeOwner;
    return QFile::setPermissions(path, permissions);
}

} // namespace streamscope
