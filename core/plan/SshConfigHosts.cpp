#include "SshConfigHosts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace puw {

namespace {

constexpr qint64 kMaxFileSize = 1024 * 1024;
constexpr int kMaxLineLength = 4096;
constexpr int kMaxIncludeDepth = 16;

QString expandHome(const QString& path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

bool hasControlCharacters(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::ReplacementCharacter)
            return true;
    }
    return false;
}

// Splits "Key value", "Key=value" and "Key = value" into the key and its values; values may be
// double-quoted.
QStringList splitWords(const QString& line)
{
    qsizetype end = 0;
    while (end < line.size() && !line[end].isSpace() && line[end] != QLatin1Char('='))
        ++end;
    QStringList words{line.left(end)};
    QString rest = line.mid(end).trimmed();
    if (rest.startsWith(QLatin1Char('=')))
        rest = rest.mid(1).trimmed();
    QString current;
    bool quoted = false;
    bool inWord = false;
    for (const QChar c : std::as_const(rest)) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            inWord = true;
        } else if (!quoted && c.isSpace()) {
            if (inWord)
                words.append(current);
            current.clear();
            inWord = false;
        } else {
            current.append(c);
            inWord = true;
        }
    }
    if (inWord)
        words.append(current);
    return words;
}

bool isPattern(const QString& alias)
{
    return alias.contains(QLatin1Char('*')) || alias.contains(QLatin1Char('?')) ||
           alias.startsWith(QLatin1Char('!'));
}

class Reader {
public:
    QList<SshConfigHost> hosts;

    void readFile(const QString& path, int depth)
    {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (depth > kMaxIncludeDepth || canonical.isEmpty() || m_seen.contains(canonical))
            return;
        m_seen.insert(canonical);
        QFile file(canonical);
        if (!QFileInfo(canonical).isFile() || file.size() > kMaxFileSize || !file.open(QIODevice::ReadOnly))
            return;
        int number = 0;
        while (!file.atEnd()) {
            const QByteArray raw = file.readLine(kMaxLineLength + 2);
            ++number;
            if (raw.size() > kMaxLineLength) {
                // The rest of an over-long line is not a line of its own.
                while (!raw.endsWith('\n') && !file.atEnd() &&
                       !file.readLine(kMaxLineLength).endsWith('\n')) {
                }
                m_current.clear(); // it may have been a Host line: what follows belongs to no host
                continue;
            }
            handleLine(QString::fromUtf8(raw).trimmed(), canonical, number, depth);
        }
    }

private:
    void handleLine(const QString& line, const QString& file, int number, int depth)
    {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            return;
        if (hasControlCharacters(line)) {
            m_current.clear(); // it may have been a Host line: what follows belongs to no host
            return;
        }
        const QStringList words = splitWords(line);
        if (words.isEmpty())
            return;
        const QString key = words.first().toLower();
        const QStringList values = words.mid(1);
        if (key == QLatin1String("host")) {
            m_current.clear();
            for (const QString& alias : values) {
                if (isPattern(alias) || alias.isEmpty())
                    continue;
                m_current.append(indexOf(alias, file, number));
            }
        } else if (key == QLatin1String("match")) {
            m_current.clear();
        } else if (key == QLatin1String("include")) {
            for (const QString& pattern : values)
                include(pattern, depth);
        } else if (!values.isEmpty()) {
            for (const int index : std::as_const(m_current))
                apply(hosts[index], key, values.first());
        }
    }

    int indexOf(const QString& alias, const QString& file, int line)
    {
        for (int i = 0; i < hosts.size(); ++i) {
            if (hosts[i].alias == alias)
                return i;
        }
        SshConfigHost host;
        host.alias = alias;
        host.file = file;
        host.line = line;
        hosts.append(host);
        return static_cast<int>(hosts.size() - 1);
    }

    // As ssh does: the first value obtained for an option is the one used.
    static void apply(SshConfigHost& host, const QString& key, const QString& value)
    {
        if (key == QLatin1String("hostname") && host.hostName.isEmpty()) {
            host.hostName = value;
        } else if (key == QLatin1String("user") && host.user.isEmpty()) {
            host.user = value;
        } else if (key == QLatin1String("port") && host.port == 0) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (ok && port >= 1 && port <= 65535)
                host.port = port;
        } else if (key == QLatin1String("identityfile") && host.identityFile.isEmpty()) {
            host.identityFile = expandHome(value);
        } else if (key == QLatin1String("proxyjump") || key == QLatin1String("proxycommand")) {
            host.usesProxy = host.usesProxy || value.toLower() != QLatin1String("none");
        }
    }

    void include(const QString& pattern, int depth)
    {
        // Relative includes are relative to ~/.ssh, as for the user's own configuration.
        QString path = expandHome(pattern);
        if (QFileInfo(path).isRelative())
            path = QDir::home().filePath(QStringLiteral(".ssh/") + path);
        const QFileInfo info(path);
        QDir dir = info.absoluteDir();
        QStringList names = dir.entryList({info.fileName()}, QDir::Files | QDir::Hidden, QDir::Name);
        const QList<int> saved = m_current;
        for (const QString& name : names)
            readFile(dir.filePath(name), depth + 1);
        m_current = saved;
    }

    QList<int> m_current; // indices of the hosts the current block applies to
    QSet<QString> m_seen;
};

} // namespace

HostSpec SshConfigHost::toHostSpec() const
{
    if (usesProxy)
        return HostSpec{alias, 0, {}, {}};
    return HostSpec{hostName.isEmpty() ? alias : hostName, port, user, identityFile};
}

QString SshConfigHosts::defaultPath()
{
    return QDir::home().filePath(QStringLiteral(".ssh/config"));
}

QList<SshConfigHost> SshConfigHosts::read(const QString& path)
{
    Reader reader;
    reader.readFile(path, 0);
    return reader.hosts;
}

} // namespace puw
