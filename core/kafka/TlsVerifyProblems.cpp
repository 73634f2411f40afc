#include "kafka/TlsVerifyProblems.h"

#include <QCoreApplication>
#include <QHash>

#include <mutex>

namespace streamscope::rd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KafkaClient)
};

// OpenSSL's X509_V_ERR_* codes (stable ABI values from x509_vfy.h; this folder does not include
// OpenSSL's headers since librdkafka hides its OpenSSL).
enum X509Error {
    kUnableToGetIssuerCert = 2,
    kCertNotYetValid = 9,
    kCertHasExpired = 10,
    kDepthZeroSelfSigned = 18,
    kSelfSignedInChain = 19,
    kUnableToGetIssuerCertLocally = 20,
    kUnableToVerifyLeafSignature = 21,
    kHostnameMismatch = 62,
    kIpAddressMismatch = 64,
};

// At most this many broker addresses are remembered: a bound, not a cache policy.
constexpr qsizetype kMaxBrokers = 256;

struct Problems {
    std::mutex mutex;
    QHash<QString, int> byBroker; // "host:port" -> first refusing X509 error of the last handshake
};

Problems& problems() {
    static Problems instance;
    return instance;
}

QString describeX509Error(int code, const QString& hostPort) {
    const QString host = hostPort.left(hostPort.lastIndexOf(QLatin1Char(':')));
    switch (code) {
    case kCertHasExpired:
        return Tr::tr("the broker's certificate has expired");
    case kCertNotYetValid:
        return Tr::tr("the broker's certificate is not valid yet (check the clocks)");
    case kHostnameMismatch:
    case kIpAddressMismatch:
        return Tr::tr("the broker's certificate is not made out to %1 (host name mismatch: use "
                      "a name the certificate lists)")
            .arg(host);
    case kUnableToGetIssuerCert:
    case kUnableToGetIssuerCertLocally:
    case kDepthZeroSelfSigned:
    case kSelfSignedInChain:
    case kUnableToVerifyLeafSignature:
        return Tr::tr("the broker's certificate is not signed by a trusted CA (set the CA file, "
                      "ssl.ca.location)");
    default:
        return Tr::tr("the broker's certificate was refused (OpenSSL verify error %1)").arg(code);
    }
}

} // namespace

int tlsVerifyCallback(rd_kafka_t*, const char* brokerName, int32_t, int* x509Error, int,
                      const char*, size_t, char*, size_t, void*) {
    const int error = x509Error ? *x509Error : 0;
    if (error != 0 && brokerName) {
        // librdkafka names brokers "proto://host:port/id"; the key is host:port.
        QString name = QString::fromUtf8(brokerName);
        if (const auto scheme = name.indexOf(QLatin1String("://")); scheme >= 0)
            name = name.mid(scheme + 3);
        name = name.left(name.indexOf(QLatin1Char('/')));
        auto& p = problems();
        std::lock_guard lock(p.mutex);
        if (p.byBroker.size() >= kMaxBrokers && !p.byBroker.contains(name))
            p.byBroker.clear();
        p.byBroker.insert(name, error);
    }
    return error == 0 ? 1 : 0;
}

QString tlsVerifyProblem(const QString& hostPort) {
    int code = 0;
    {
        auto& p = problems();
        std::lock_guard lock(p.mutex);
        code = p.byBroker.value(hostPort, 0);
    }
    return code == 0 ? QString() : describeX509Error(code, hostPort);
}

} // namespace streamscope::rd
