#include "CliContext.h"

#include <QCoreApplication>

#include <cstdio>

namespace streamscope::cli {

CliContext::CliContext(QString command)
    : m_command(std::move(command))
    , m_out(stdout)
    , m_err(stderr) {
    m_parser.setApplicationDescription(
        QCoreApplication::translate("CommandLineTool", "streamscope-cli %1").arg(m_command));
    m_parser.addHelpOption();
    m_parser.addOption(
        {{QStringLiteral("b"), QStringLiteral("bootstrap")},
         QCoreApplication::translate("CommandLineTool", "Bootstrap servers (host:port,...)."),
         QStringLiteral("servers")});
    m_parser.addOption(
        {QStringLiteral("X"),
         QCoreApplication::translate("CommandLineTool", "librdkafka property key=value."),
         QStringLiteral("key=value")});
    m_parser.addOption(
        {QStringLiteral("config"),
         QCoreApplication::translate("CommandLineTool",
                                     "Client config file (Java client.properties or kcat -F)."),
         QStringLiteral("file")});
}

bool CliContext::parse(const QStringList& args) {
    QStringList full = args;
    full.prepend(QStringLiteral("streamscope-cli ") + m_command);
    if (!m_parser.parse(full)) {
        fail(m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        m_out.flush();
        return false;
    }
    return true;
}

bool CliContext::buildProfile(ConnectionProfile* out) {
    ConnectionProfile profile;
    profile.name = QStringLiteral("cli");
    if (m_parser.isSet(QStringLiteral("config"))) {
        auto imported = importClientConfigFile(m_parser.value(QStringLiteral("config")));
        if (!imported) {
            fail(imported.error().message);
            return false;
        }
        for (const auto& warning : imported->warnings)
            m_err << QCoreApplication::translate("CommandLineTool", "warning: ") << warning
                  << Qt::endl;
        profile = imported->profile;
    }
    if (m_parser.isSet(QStringLiteral("bootstrap")))
        profile.bootstrapServers = m_parser.value(QStringLiteral("bootstrap"));
    for (const auto& kv : m_parser.values(QStringLiteral("X"))) {
        const auto eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            fail(QCoreApplication::translate("CommandLineTool", "-X expects key=value, got \"%1\"")
                     .arg(kv));
            return false;
        }
        if (auto status = applyClientProperty(profile, kv.left(eq), kv.mid(eq + 1)); !status) {
            fail(status.error().message);
            return false;
        }
    }
    if (profile.bootstrapServers.isEmpty()) {
        fail(QCoreApplication::translate("CommandLineTool",
                                         "no bootstrap servers: pass -b HOST:PORT"));
        return false;
    }
    *out = profile;
    return true;
}

int CliContext::fail(const QString& message) {
    m_err << "streamscope-cli " << m_command << ": " << message << Qt::endl;
    return 1;
}

} // namespace streamscope::cli
