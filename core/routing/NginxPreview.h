#pragma once

#include "plan/RouteSpec.h"
#include "util/Expected.h"

#include <QString>
#include <QStringList>

namespace puw {

// The testers' preview (route.preview): a server block the program writes itself into a file of its own
// on the proxy, so that opening and closing it never touches a file nginx already serves from. The block
// listens on the proxy's address and the preview's port and sends every request to the servers of the
// recipe's new upstream; users stay on the public port, which still leads to old.
namespace nginx_preview {

// The first line of every block the program writes: a file without it is not the program's to replace.
QString marker();

// route.preview.file, else puw-preview.conf in the upstream file's folder (a folder nginx reads, e.g.
// /etc/nginx/conf.d/, where a glob include picks the file up).
QString fileFor(const RouteSpec& route);

// Where testers open the preview: http://ADDRESS:PORT/ (IPv6 in brackets).
QString urlFor(const QString& listenAddress, int port);

// The block's text. listenAddress: an IPv4 or IPv6 address or a host name; servers: "HOST:PORT" of the
// new installation as nginx reaches it ([IPv6]:PORT allowed). Anything else (a space, a ';', a brace, a
// quote, a '$') is refused with the value named, never written into nginx's configuration.
Expected<QString, QString> block(const QString& listenAddress, int port, const QStringList& servers);

// The shell command lines, each with every value through shellQuote.
// Prints "present" and the file's content, or "absent".
QString inspect(const QString& file);
// Exit status 0 when something already accepts connections at ADDRESS:PORT (seen from the proxy).
QString portInUse(const QString& address, int port);
// Asks GET path at ADDRESS:PORT over plain TCP (bash's /dev/tcp), for up to about ten seconds while
// nginx's workers take the reload: prints the first line of the answer (exit 0), or nothing (exit 1).
QString ask(const QString& address, int port, const QString& path);
// After the reload that closed the preview: waits, up to about ten seconds, until nothing accepts
// connections at ADDRESS:PORT any more (the workers of the old configuration keep the port a moment);
// exit 1 when it still does.
QString waitUntilClosed(const QString& address, int port);
// Removes the file (nothing when absent).
QString remove(const QString& file);

} // namespace nginx_preview

} // namespace puw
