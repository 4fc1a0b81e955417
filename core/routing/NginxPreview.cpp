#include "NginxPreview.h"

#include "NginxSwitch.h"
#include "remote/ShellQuote.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>

namespace puw::nginx_preview {

namespace {
// A host name nginx reads as one word: letters, digits, dots and hyphens.
bool isHostName(const QString& text)
{
    static const QRegularExpression name(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\\.?$"));
    return text.size() <= 253 && name.match(text).hasMatch();
}

// "10.0.0.2", "[fd00::2]" or "app.example": an address as it goes before ":PORT"; empty when refused.
QString hostPart(const QString& host)
{
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
        const QHostAddress address(host.mid(1, host.size() - 2));
        return address.protocol() == QAbstractSocket::IPv6Protocol ? host : QString();
    }
    const QHostAddress address(host);
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QLatin1Char('[') + host + QLatin1Char(']');
    if (address.protocol() == QAbstractSocket::IPv4Protocol || isHostName(host))
        return host;
    return {};
}

// $1 host, $2 port, $3 path; tries for about ten seconds (the reload's new workers start meanwhile).
// SIGPIPE ignored: a connection the other side already closed (a worker of the previous configuration
// going away) makes printf fail and the loop try again, instead of killing the shell with 141.
constexpr char kAskScript[] = R"SH(trap '' PIPE
i=0
while [ $i -lt 20 ]; do
  i=$((i + 1))
  if exec 3<>"/dev/tcp/$1/$2"; then
    printf 'GET %s HTTP/1.0\r\nHost: %s\r\nConnection: close\r\n\r\n' "$3" "$1" >&3
    if IFS= read -r line <&3; then
      case $line in HTTP/*) printf '%s\n' "$line"; exit 0 ;; esac
    fi
    exec 3<&-
  fi 2>/dev/null
  sleep 0.5
done
exit 1
)SH";

constexpr char kInUseScript[] = R"SH(exec 3<>"/dev/tcp/$1/$2" 2>/dev/null)SH";
} // namespace

QString marker()
{
    return QStringLiteral("# Written by the Parallel Upgrade Wizard: the testers' preview of the new "
                          "installation.");
}

QString fileFor(const RouteSpec& route)
{
    if (!route.preview.file.isEmpty())
        return route.preview.file;
    return QFileInfo(route.upstreamFile).path() + QStringLiteral("/puw-preview.conf");
}

QString urlFor(const QString& listenAddress, int port)
{
    const QString host = hostPart(listenAddress);
    return QStringLiteral("http://%1:%2/").arg(host.isEmpty() ? listenAddress : host).arg(port);
}

Expected<QString, QString> block(const QString& listenAddress, int port, const QStringList& servers)
{
    const QString listen = hostPart(listenAddress);
    if (listen.isEmpty())
        return unexpected(
            Routing::tr("the proxy's address '%1' is not an address or host name nginx can listen on")
                .arg(listenAddress));
    if (port < 1 || port > 65535)
        return unexpected(Routing::tr("the preview's port %1 is not from 1 to 65535").arg(port));
    if (servers.isEmpty())
        return unexpected(Routing::tr("the recipe's nginx upstream names no server of the new installation"));
    QString lines;
    for (const QString& server : servers) {
        const qsizetype colon = server.lastIndexOf(QLatin1Char(':'));
        bool numeric = false;
        const int serverPort = colon > 0 ? server.mid(colon + 1).toInt(&numeric) : 0;
        const QString host = colon > 0 ? hostPart(server.left(colon)) : QString();
        if (host.isEmpty() || !numeric || serverPort < 1 || serverPort > 65535 ||
            server.mid(colon + 1) != QString::number(serverPort))
            return unexpected(
                Routing::tr("the new installation's server '%1' is not HOST:PORT as nginx reads it")
                    .arg(server));
        lines += QStringLiteral("    server %1:%2;\n").arg(host).arg(serverPort);
    }
    // Host keeps the port testers used ($http_host, not $host), so that the application's own links and
    // redirects stay on the preview's port instead of sending testers to the public one (old).
    return marker() +
           QStringLiteral("\n# Closing the preview, step 9 and a rollback remove this file.\n"
                          "upstream puw_preview_backend {\n") +
           lines +
           QStringLiteral("}\n"
                          "server {\n"
                          "    listen %1:%2;\n"
                          "    location / {\n"
                          "        proxy_pass http://puw_preview_backend;\n"
                          "        proxy_set_header Host $http_host;\n"
                          "        proxy_set_header X-Forwarded-For $remote_addr;\n"
                          "        proxy_connect_timeout 5s;\n"
                          "    }\n"
                          "}\n")
               .arg(listen)
               .arg(port);
}

QString inspect(const QString& file)
{
    return QStringLiteral("if [ -f %1 ]; then echo present; cat -- %1; else echo absent; fi")
        .arg(shellQuote(file));
}

QString portInUse(const QString& address, int port)
{
    return shellJoin({QStringLiteral("timeout"), QStringLiteral("5"), QStringLiteral("bash"),
                      QStringLiteral("-c"), QLatin1String(kInUseScript), QStringLiteral("puw-preview-port"),
                      address, QString::number(port)});
}

QString waitUntilClosed(const QString& address, int port)
{
    return QStringLiteral("puw_i=0; while %1; do puw_i=$((puw_i + 1)); [ \"$puw_i\" -lt 50 ] || exit 1; "
                          "sleep 0.2; done")
        .arg(portInUse(address, port));
}

QString ask(const QString& address, int port, const QString& path)
{
    return shellJoin({QStringLiteral("timeout"), QStringLiteral("15"), QStringLiteral("bash"),
                      QStringLiteral("-c"), QLatin1String(kAskScript), QStringLiteral("puw-preview-ask"),
                      address, QString::number(port), path});
}

QString remove(const QString& file)
{
    return shellJoin({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), file});
}

} // namespace puw::nginx_preview
