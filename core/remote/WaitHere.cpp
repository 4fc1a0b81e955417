#include "WaitHere.h"

#include <QEventLoop>
#include <QFutureWatcher>

namespace puw {

RemoteError waitHere(QFuture<RemoteError> future)
{
    if (!future.isFinished()) {
        QFutureWatcher<RemoteError> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcher<RemoteError>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

} // namespace puw
