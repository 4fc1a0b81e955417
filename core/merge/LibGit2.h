#pragma once

#include <QString>

namespace puw {

// Keeps libgit2's global state set up while it lives. libgit2 counts git_libgit2_init() and
// git_libgit2_shutdown() under its own lock, so guards can be made and dropped in several threads at
// once: the state is torn down only when the last guard of the process goes. Every libgit2 call in this
// module runs while a guard is alive; a function that makes many calls holds one for all of them.
class LibGit2Guard {
public:
    LibGit2Guard();
    ~LibGit2Guard();
    LibGit2Guard(const LibGit2Guard&) = delete;
    LibGit2Guard& operator=(const LibGit2Guard&) = delete;

    // False when libgit2 could not set itself up; then no libgit2 function may be called.
    bool ok() const { return m_ok; }

    // libgit2's last error message in this thread, for people; `fallback` when it gave none.
    static QString lastError(const QString& fallback);

private:
    bool m_ok = false;
};

} // namespace puw
