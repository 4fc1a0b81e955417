#include "HeadlessWorld.h"

#include "journal/Journal.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace puw::test {

namespace {
const char kApp[] = R"SH(#!/bin/sh
w="$(dirname "$0")/.."
if [ "$1" = version ] && [ "$2" = 127.0.0.62 ]; then
  [ -e "$w/stubborn" ] && trap '' TERM
  : > "$w/waiting"
  while [ ! -f "$w/ready" ]; do sleep 0.1; done
  echo "app 2.0"
else
  echo "app 1.0"
fi
)SH";

const char kRecipe[] = R"({
  "format": 1, "id": "slowflow", "title": "Headless cancel test application",
  "variables": {"world": {"default": "/nowhere", "description": "the test's folder"}},
  "requiredPrograms": ["{{world}}/bin/app"],
  "versionCommand": ["{{world}}/bin/app", "version", "{{host_address}}"],
  "services": [{"name": "app", "manager": "commands",
    "start": ["true"], "stop": ["true"], "disable": ["true"], "enable": ["true"], "status": ["true"]}],
  "database": {"engine": "postgresql", "host": "{{host_address}}", "name": "app", "user": "app",
               "credential": "db-password"},
  "migrations": {"list": ["true"], "apply": ["true"], "pendingPattern": "pending$",
                 "headQuery": "SELECT 1"},
  "timeouts": {"commandSeconds": 120, "startSeconds": 5, "stopSeconds": 5}
})";

bool write(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

QJsonObject hostEntry(const SshdServer& server, const QString& key)
{
    return {{QStringLiteral("address"), server.address()},
            {QStringLiteral("port"), server.port()},
            {QStringLiteral("user"), QStringLiteral("root")},
            {QStringLiteral("identityFile"), key}};
}

QByteArray knownHostsLine(const SshdServer& server)
{
    QFile pub(server.dir() + QStringLiteral("/host_key.pub"));
    if (!pub.open(QIODevice::ReadOnly))
        return {};
    return QStringLiteral("[%1]:%2 ").arg(server.address()).arg(server.port()).toUtf8() + pub.readAll();
}
} // namespace

HeadlessWorld::HeadlessWorld()
{
    m_old = std::make_unique<SshdServer>(QStringLiteral("127.0.0.61"), 2222);
    m_new = std::make_unique<SshdServer>(QStringLiteral("127.0.0.62"), 2222);
    const QString key = SshTestKit::makeKey(m_dir.path(), QStringLiteral("id_headless"));
    const QString recipes = path(QStringLiteral("config/parallel-upgrade/recipes"));
    QString error;
    if (!QDir().mkpath(recipes) || !QDir().mkpath(path(QStringLiteral("bin"))) ||
        !write(path(QStringLiteral("bin/app")), kApp) ||
        !QFile::setPermissions(path(QStringLiteral("bin/app")), QFile::ReadOwner | QFile::ExeOwner) ||
        !write(recipes + QStringLiteral("/slowflow.json"), kRecipe)) {
        m_error = QStringLiteral("cannot write the world in ") + m_dir.path();
        return;
    }
    if (!SshTestKit::authorize(*m_old, key) || !SshTestKit::authorize(*m_new, key) || !m_old->start(&error) ||
        !m_new->start(&error)) {
        m_error = QStringLiteral("sshd: ") + error;
        return;
    }
    const QJsonObject plan{
        {QStringLiteral("format"), 1},
        {QStringLiteral("name"), QStringLiteral("cancel test")},
        {QStringLiteral("recipe"), QStringLiteral("slowflow")},
        {QStringLiteral("old"), hostEntry(*m_old, key)},
        {QStringLiteral("new"), hostEntry(*m_new, key)},
        {QStringLiteral("knownHosts"), path(QStringLiteral("known_hosts"))},
        {QStringLiteral("variables"), QJsonObject{{QStringLiteral("world"), m_dir.path()}}},
    };
    if (!write(path(QStringLiteral("known_hosts")), knownHostsLine(*m_old) + knownHostsLine(*m_new)) ||
        !write(path(QStringLiteral("plan.json")), QJsonDocument(plan).toJson()))
        m_error = QStringLiteral("cannot write the plan");
}

void HeadlessWorld::touch(const QString& name) const
{
    write(path(name), {});
}

void HeadlessWorld::start(QProcess& program) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QString());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    program.setProcessEnvironment(environment);
    program.start(QStringLiteral(PUW_PROGRAM),
                  {QStringLiteral("--headless"), QStringLiteral("--plan"), path(QStringLiteral("plan.json")),
                   QStringLiteral("--session-dir"), path(QStringLiteral("session")),
                   QStringLiteral("--through"), QStringLiteral("1")});
}

bool HeadlessWorld::waitUntilWaiting(int timeoutMs) const
{
    return waitUntil([this] { return QFile::exists(path(QStringLiteral("waiting"))); }, timeoutMs);
}

std::optional<StepRecord> HeadlessWorld::installStep() const
{
    auto journal = Journal::open(path(QStringLiteral("session")));
    if (!journal.ok())
        return std::nullopt;
    const auto session = journal.value()->latestSessionForPlan(path(QStringLiteral("plan.json")));
    if (!session)
        return std::nullopt;
    return journal.value()->step(session->id, StepId::InstallNew);
}

} // namespace puw::test
