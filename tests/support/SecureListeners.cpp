#include "SecureListeners.h"

#include <QFile>
#include <QFileInfo>

namespace streamscope::test {

QString propertyOf(const QString& file, const QString& key) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString prefix = key + QLatin1Char('=');
    for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    return {};
}

SecureBroker secureBroker() {
    SecureBroker broker;
    const QString file = qEnvironmentVariable("STREAMSCOPE_SECURE_LISTENERS");
    if (file.isEmpty()) {
        broker.error = QStringLiteral("STREAMSCOPE_SECURE_LISTENERS is not set: run "
                                      "scripts/test.sh, which starts the secured broker "
                                      "(scripts/kafka.sh start --secure)");
        return broker;
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        broker.error = QStringLiteral("cannot read ") + file;
        return broker;
    }
    for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() == 3)
            broker.listeners.insert(parts[0], {parts[1], parts[2]});
    }
    for (const char* name : {"PLAINTEXT", "SASL_SSL", "SSL", "RESTRICTED"}) {
        if (!broker.listeners.contains(QString::fromLatin1(name))) {
            broker.error = QStringLiteral("%1 has no %2 line").arg(file, QLatin1String(name));
            return broker;
        }
    }
    const QString ca = propertyOf(broker.listener(QStringLiteral("SASL_SSL")).properties,
                                  QStringLiteral("ssl.truststore.location"));
    if (!QFileInfo::exists(ca)) {
        broker.error = QStringLiteral("the CA file \"%1\" does not exist").arg(ca);
        return broker;
    }
    broker.certDir = QFileInfo(ca).absolutePath();
    return broker;
}

} // namespace streamscope::test
