#include "LibGit2.h"

#include <git2/errors.h>
#include <git2/global.h>

namespace puw {

LibGit2Guard::LibGit2Guard() : m_ok(git_libgit2_init() > 0) {}

LibGit2Guard::~LibGit2Guard()
{
    // A failed init counted nothing, so there is nothing to give back.
    if (m_ok)
        git_libgit2_shutdown();
}

QString LibGit2Guard::lastError(const QString& fallback)
{
    const git_error* error = git_error_last();
    if (error == nullptr || error->message == nullptr || *error->message == '\0')
        return fallback;
    return QString::fromUtf8(error->message);
}

} // namespace puw
