#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace puw {

// Watches the end of a mysqldump stream without keeping it: feed every chunk as it passes (the relay's
// tee, a local copy); complete() says whether the stream ended with mysqldump's "-- Dump completed"
// line. mysqldump writes that line last, after everything else, so a dump cut short never has it.
class MysqlDumpTrailerCheck {
public:
    void feed(QByteArrayView chunk);
    bool complete() const { return endsWithTrailer(m_tail); }
    qint64 bytes() const { return m_bytes; }

    // Whether these last bytes of a stream end with the trailer line (and at most a newline after it).
    static bool endsWithTrailer(QByteArrayView tail);

private:
    static constexpr qsizetype kKeep = 256;
    QByteArray m_tail;
    qint64 m_bytes = 0;
};

} // namespace puw
