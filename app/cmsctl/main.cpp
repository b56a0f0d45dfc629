// cmsctl: the client library on the command line.
#include "ctlinvocation.h"
#include "ctlpininput.h"
#include "ctlrunner.h"
#include "ctlsecretinput.h"
#include "credentials/keychaincredentialstore.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <iostream>
#include <string>


int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cmsctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CMS_CONSOLE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("CMS Console"));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("cmsconsole"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CtlInvocation invocation = CtlCommandLine::parse(app.arguments());
    if (invocation.helpRequested) {
        out << CtlCommandLine::usage() << Qt::endl;
        return 0;
    }
    if (invocation.versionRequested) {
        out << QCoreApplication::applicationName() << QLatin1Char(' ') << QCoreApplication::applicationVersion()
            << Qt::endl;
        return 0;
    }
    if (!invocation.error.isEmpty()) {
        err << invocation.error << Qt::endl << Qt::endl << CtlCommandLine::usage() << Qt::endl;
        return CtlRunner::Usage;
    }
    if (invocation.passwordFromStdin) {
        std::string line;
        std::getline(std::cin, line);
        invocation.password = QString::fromStdString(line);
        if (invocation.password.endsWith(QLatin1Char('\r')))
            invocation.password.chop(1);
    } else if (qEnvironmentVariableIsSet("CMS_PASSWORD")) {
        invocation.password = qEnvironmentVariable("CMS_PASSWORD");
    }

    if (invocation.command == QLatin1String("guesthost") && invocation.arguments.first() == QLatin1String("apply")) {
        QString problem;
        if (CtlSecretInput::stdinIsTerminal()) {
            problem = CtlPinInput::fromTerminal(invocation.guestHost, err);
        } else {
            QStringList lines;
            for (std::string line; std::getline(std::cin, line);)
                lines.append(QString::fromStdString(line));
            problem = CtlPinInput::fromLines(lines, invocation.guestHost);
        }
        if (!problem.isEmpty()) {
            err << problem << Qt::endl;
            return CtlRunner::Usage;
        }
    }
    // A meeting's passcode: after the password when both come on stdin.
    if (invocation.meeting.passcodeFromStdin)
        invocation.meeting.settings.passcode = CtlSecretInput::readLine(CtlCommandLine::tr("Passcode for the meeting: "));

    cms::KeychainCredentialStore credentials;
    CtlRunner runner(std::move(invocation), credentials, out, err);
    QObject::connect(&runner, &CtlRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
    runner.start();
    return app.exec();
}
