#include "LocalConfigCopy.h"

#include "ConfigPaths.h"
#include "jobs/JobText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace puw::LocalConfigCopy {

namespace {
QString systemError(const QString& path)
{
    return JobText::tr("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
}

// Makes `path` a real folder, 0700: an existing symbolic link or file there is an error.
bool ownerOnlyFolder(const QString& path, QString* error)
{
    const QByteArray native = QFile::encodeName(path);
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST) {
        *error = systemError(path);
        return false;
    }
    struct stat info {};
    if (::lstat(native.constData(), &info) != 0) {
        *error = systemError(path);
        return false;
    }
    if (!S_ISDIR(info.st_mode)) {
        *error =
            JobText::tr("%1 is not a folder (a symbolic link?); nothing is written through it").arg(path);
        return false;
    }
    if ((info.st_mode & 07777) != 0700 && ::chmod(native.constData(), 0700) != 0) {
        *error = systemError(path);
        return false;
    }
    return true;
}

bool writeAll(int fd, const QByteArray& content)
{
    qsizetype done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + done, size_t(content.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}
} // namespace

QString write(const QString& backupDir, const QString& side, const QString& hostPath,
              const QByteArray& content, QString* error)
{
    if (const QString reason = ConfigPaths::unsafeReason(hostPath); !reason.isEmpty()) {
        *error = JobText::tr("Not keeping a copy: %1.").arg(reason);
        return {};
    }
    if (side.isEmpty() || side.contains(QLatin1Char('/')) || side.startsWith(QLatin1Char('.'))) {
        *error = JobText::tr("Not keeping a copy: the side %1 is not a plain name.").arg(side);
        return {};
    }
    // Folder by folder from the backup folder down: none may be a link.
    QString folder = QDir::cleanPath(backupDir);
    if (!QFileInfo::exists(folder) && !QDir().mkpath(folder)) {
        *error = JobText::tr("Cannot make the backup folder %1.").arg(folder);
        return {};
    }
    QStringList parts = {QStringLiteral("config"), side};
    parts += hostPath.mid(1).split(QLatin1Char('/'));
    const QString name = parts.takeLast();
    for (const QString& part : parts) {
        folder += QLatin1Char('/') + part;
        if (!ownerOnlyFolder(folder, error))
            return {};
    }
    const QString target = folder + QLatin1Char('/') + name;
    QByteArray temporary = QFile::encodeName(folder + QStringLiteral("/.puw-copy-XXXXXX"));
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC); // 0600, O_EXCL
    if (fd < 0) {
        *error = systemError(folder);
        return {};
    }
    const bool written = ::fchmod(fd, 0600) == 0 && writeAll(fd, content) && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!written || ::rename(temporary.constData(), QFile::encodeName(target).constData()) != 0) {
        errno = written ? errno : savedErrno;
        *error = systemError(target);
        ::unlink(temporary.constData());
        return {};
    }
    return target;
}

} // namespace puw::LocalConfigCopy
