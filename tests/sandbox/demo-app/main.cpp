// The demo application the sandbox upgrades: a small HTTP service with a database and migrations.
// Usage: demo-app serve|migrate [--dry-run]|check-config|version [--config FILE] [--address IP] [--log FILE]
#include "DemoConfig.h"
#include "DemoDatabase.h"
#include "DemoService.h"
#include "HttpServer.h"
#include "Migrations.h"
#include "TermSignal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

using namespace puw::demo;

namespace {

int fail(const QString& message)
{
    QTextStream(stderr) << "demo-app: " << message << Qt::endl;
    return 2;
}

int serve(const DemoConfig& config)
{
    DemoService service(config);
    HttpServer server([&service](const HttpRequest& request) { return service.handle(request); });
    QString error;
    if (!server.listen(config.address, config.port, &error)) {
        logLine(QStringLiteral("ERROR cannot listen on %1:%2: %3")
                    .arg(config.address)
                    .arg(config.port)
                    .arg(error));
        return 1;
    }
    TermSignal term;
    // A slow stop on purpose lets the tests interrupt the program while systemctl waits for it.
    QObject::connect(&term, &TermSignal::received, qApp, [pause = config.stopPauseSeconds] {
        logLine(QStringLiteral("stopping: signal received"));
        QTimer::singleShot(pause * 1000, qApp, &QCoreApplication::quit);
    });
    logLine(QStringLiteral("demo %1 started: site \"%2\", %3 workers, listening on %4:%5, database %6 at %7")
                .arg(QStringLiteral(DEMO_APP_VERSION), config.siteName)
                .arg(config.workers)
                .arg(config.address)
                .arg(config.port)
                .arg(config.engine, config.dbHost));
    if (config.failProxiedPercent > 0)
        logLine(QStringLiteral("testing: %1% of proxied requests (X-Forwarded-For) will be answered 500")
                    .arg(config.failProxiedPercent));
    const int code = QCoreApplication::exec();
    logLine(QStringLiteral("stopped"));
    return code;
}

int migrate(const DemoConfig& config, bool dryRun)
{
    QSqlDatabase database;
    const QString error = openDatabase(config, &database);
    if (!error.isEmpty())
        return fail(QStringLiteral("cannot connect to the database: ") + error.simplified());
    QTextStream out(stdout);
    Migrations migrations(database, config.engine);
    migrations.setPauseBeforeEach(config.migrationPauseSeconds);
    return migrations.run(dryRun, config.failMigration, out);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("demo-app"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEMO_APP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The sandbox's demo application."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("serve, migrate, check-config or version"));
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("Configuration file."),
                                          QStringLiteral("file"), QStringLiteral("/etc/demo/demo.conf"));
    const QCommandLineOption addressOption(QStringLiteral("address"),
                                           QStringLiteral("Address to listen on (overrides [http] address)."),
                                           QStringLiteral("ip"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          QStringLiteral("migrate: list the migrations, apply none."));
    const QCommandLineOption logOption(QStringLiteral("log"),
                                       QStringLiteral("serve: also append each log line to this file."),
                                       QStringLiteral("file"));
    parser.addOptions({configOption, addressOption, dryRunOption, logOption});
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == QLatin1String("version")) {
        QTextStream(stdout) << "demo " << DEMO_APP_VERSION << Qt::endl;
        return 0;
    }
    if (positional.size() != 1 || (command != QLatin1String("serve") && command != QLatin1String("migrate") &&
                                   command != QLatin1String("check-config")))
        return fail(QStringLiteral("give one command: serve, migrate, check-config or version"));

    DemoConfig config;
    const QString error = config.load(parser.value(configOption));
    if (!error.isEmpty())
        return fail(error);
    if (parser.isSet(addressOption))
        config.address = parser.value(addressOption);

    if (command == QLatin1String("serve")) {
        if (parser.isSet(logOption) && !openLogFile(parser.value(logOption)))
            return fail(QStringLiteral("cannot append to the log file ") + parser.value(logOption));
        return serve(config);
    }
    if (command == QLatin1String("migrate"))
        return migrate(config, parser.isSet(dryRunOption));
    QTextStream(stdout) << "configuration is valid" << Qt::endl;
    return 0;
}
