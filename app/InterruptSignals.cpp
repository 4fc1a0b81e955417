#include "InterruptSignals.h"

#include <QSocketNotifier>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace puw {

namespace {
constexpr int kSignals[] = {SIGINT, SIGTERM};

// Shared with the handler: lock-free atomics and plain ints are all it may touch.
int g_pipe[2] = {-1, -1}; // [0] written by the handler, [1] read by the notifier
std::atomic<int> g_received{0};
struct sigaction g_previous[2];

static_assert(std::atomic<int>::is_always_lock_free, "the signal handler needs a lock-free counter");

void onSignal(int number)
{
    const int savedErrno = errno;
    if (g_received.fetch_add(1) > 0)
        _exit(128 + number); // the second signal: the admin wants out now, whatever runs
    const char byte = static_cast<char>(number);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[0], &byte, 1);
    errno = savedErrno;
}
} // namespace

InterruptSignals::InterruptSignals(QObject* parent) : QObject(parent)
{
    if (g_pipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe) != 0)
        return;
    g_received = 0;
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptSignals::readSignal);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int i = 0; i < 2; ++i)
        ::sigaction(kSignals[i], &action, &g_previous[i]);
}

InterruptSignals::~InterruptSignals()
{
    if (!m_notifier)
        return;
    for (int i = 0; i < 2; ++i)
        ::sigaction(kSignals[i], &g_previous[i], nullptr);
    delete m_notifier;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

void InterruptSignals::readSignal()
{
    char byte = 0;
    if (::read(g_pipe[1], &byte, 1) == 1)
        emit interrupted(static_cast<unsigned char>(byte));
}

} // namespace puw
