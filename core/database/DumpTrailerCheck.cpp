#include "DumpTrailerCheck.h"

namespace puw {

void MysqlDumpTrailerCheck::feed(QByteArrayView chunk)
{
    m_bytes += chunk.size();
    if (chunk.size() >= kKeep) {
        m_tail = chunk.last(kKeep).toByteArray();
        return;
    }
    m_tail.append(chunk.data(), chunk.size());
    if (m_tail.size() > kKeep)
        m_tail.remove(0, m_tail.size() - kKeep);
}

bool MysqlDumpTrailerCheck::endsWithTrailer(QByteArrayView tail)
{
    if (tail.endsWith('\n'))
        tail.chop(1);
    // The trailer is never the first line of a dump: without a newline before it, this is the end of a
    // longer line (a cut INSERT), not the trailer.
    const qsizetype newline = tail.lastIndexOf('\n');
    return newline >= 0 && tail.sliced(newline + 1).startsWith(QByteArrayView("-- Dump completed"));
}

} // namespace puw
