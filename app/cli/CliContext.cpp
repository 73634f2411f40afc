#include "CliContext.h"

#include "cluster/BootstrapAddress.h"
#include "cluster/TopicName.h"
#include "common/InputLimits.h"
#include "kafka/ClientConfig.h"
#include "kafka/KafkaClient.h"

#include <QCoreApplication>

#include <cmath>

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
        usageError(printableExcerpt(m_parser.errorText(), 200));
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        m_out.flush();
        return false;
    }
    if (const QStringList extra = m_parser.positionalArguments(); !extra.isEmpty()) {
        usageError(QCoreApplication::translate("CommandLineTool", "unexpected argument \"%1\"")
                       .arg(printableExcerpt(extra.constFirst())));
        return false;
    }
    return true;
}

std::optional<double> CliContext::numberOption(const QString& name, double min, double max,
                                               const QString& unit) {
    const QString text = m_parser.value(name).trimmed();
    bool ok = false;
    const double value = text.toDouble(&ok);
    // !(a <= v && v <= b) is also true for NaN; infinities fail the bounds.
    if (!ok || !std::isfinite(value) || !(value >= min && value <= max)) {
        usageError(QCoreApplication::translate("CommandLineTool",
                                               "--%1 expects %2 from %3 to %4, got \"%5\"")
                       .arg(name, unit)
                       .arg(QString::number(min, 'g', 12), QString::number(max, 'g', 12))
                       .arg(printableExcerpt(text, 40)));
        return std::nullopt;
    }
    return value;
}

bool CliContext::checkTopicNames(const QString& option, const QStringList& names) {
    for (const QString& name : names) {
        if (auto status = validateTopicName(name); !status) {
            usageError(QStringLiteral("%1: %2").arg(option, status.error().message));
            return false;
        }
    }
    return true;
}

std::unique_ptr<KafkaClient> CliContext::connect(ConnectionProfile* profile, int* exitCode) {
    if (!buildProfile(profile)) {
        *exitCode = kExitUsage;
        return nullptr;
    }
    auto created = KafkaClient::create(*profile);
    if (!created) {
        *exitCode = fail(created.error().message);
        return nullptr;
    }
    return std::move(*created);
}

bool CliContext::buildProfile(ConnectionProfile* out) {
    ConnectionProfile profile;
    profile.name = QStringLiteral("cli");
    if (m_parser.isSet(QStringLiteral("config"))) {
        auto imported = importClientConfigFile(m_parser.value(QStringLiteral("config")));
        if (!imported) {
            usageError(imported.error().message);
            return false;
        }
        for (const auto& warning : imported->warnings)
            m_err << QCoreApplication::translate("CommandLineTool", "warning: ") << warning
                  << Qt::endl;
        profile = imported->profile;
    }
    if (m_parser.isSet(QStringLiteral("bootstrap"))) {
        const QString servers = m_parser.value(QStringLiteral("bootstrap"));
        if (auto status = validateBootstrapServers(servers); !status) {
            usageError(QStringLiteral("-b: ") + status.error().message);
            return false;
        }
        profile.bootstrapServers = servers.trimmed();
    }
    for (const auto& kv : m_parser.values(QStringLiteral("X"))) {
        const auto eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            usageError(
                QCoreApplication::translate("CommandLineTool", "-X expects key=value, got \"%1\"")
                    .arg(printableExcerpt(kv)));
            return false;
        }
        if (auto status = applyClientProperty(profile, kv.left(eq), kv.mid(eq + 1)); !status) {
            usageError(QStringLiteral("-X: ") + status.error().message);
            return false;
        }
    }
    if (profile.bootstrapServers.isEmpty()) {
        usageError(QCoreApplication::translate("CommandLineTool",
                                               "no bootstrap servers: pass -b HOST:PORT"));
        return false;
    }
    // Every property is checked now, so a bad one is a usage error before anything connects.
    if (auto conf = makeClientConf(profile, {}); !conf) {
        usageError(conf.error().message);
        return false;
    }
    *out = profile;
    return true;
}

int CliContext::fail(const QString& message) {
    m_err << "streamscope-cli " << m_command << ": " << message << Qt::endl;
    return kExitFailure;
}

int CliContext::usageError(const QString& message) {
    m_err << "streamscope-cli " << m_command << ": " << message << '\n'
          << QCoreApplication::translate("CommandLineTool",
                                         "(streamscope-cli %1 --help lists the options)")
                 .arg(m_command)
          << Qt::endl;
    return kExitUsage;
}

} // namespace streamscope::cli
