#pragma once

#include <QCoreApplication>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFuture>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>
#include <QTimer>

#include <gtest/gtest.h>

namespace puw::test {

// Runs the event loop until the future is done (the store's jobs run in this thread).
template <typename T> T waitFor(QFuture<T> future, int timeoutMs = 20000)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    if (!future.isFinished() || future.resultCount() == 0) {
        ADD_FAILURE() << "no result within " << timeoutMs << " ms";
        return T{};
    }
    return future.result();
}

// Every message sent through qDebug/qInfo/qWarning/qCritical while it exists, debug output included.
class LogCapture {
public:
    LogCapture()
    {
        lines().clear();
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules({});
    }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    static QStringList captured()
    {
        QMutexLocker lock(&mutex());
        return lines();
    }

private:
    static void handle(QtMsgType, const QMessageLogContext& context, const QString& message)
    {
        QMutexLocker lock(&mutex());
        lines() << QString::fromUtf8(context.category ? context.category : "") + QLatin1Char(' ') + message;
    }
    static QStringList& lines()
    {
        static QStringList all;
        return all;
    }
    static QMutex& mutex()
    {
        static QMutex m;
        return m;
    }
    QtMessageHandler m_previous = nullptr;
};

// Files under root whose bytes hold needle (as UTF-8, UTF-16 or base64): a plaintext copy of a secret.
inline QStringList filesContaining(const QString& root, const QString& needle)
{
    const QList<QByteArray> forms{needle.toUtf8(), needle.toUtf8().toBase64(),
                                  QByteArray(reinterpret_cast<const char*>(needle.utf16()),
                                             needle.size() * qsizetype(sizeof(char16_t)))};
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray& form : forms) {
            if (content.contains(form)) {
                found << file.fileName();
                break;
            }
        }
    }
    return found;
}

} // namespace puw::test
