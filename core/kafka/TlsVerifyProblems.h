#pragma once

// Private to core/kafka: why a broker's certificate was refused. OpenSSL reports every refused
// certificate to librdkafka as just "certificate verify failed"; the reason (expired, another
// host's, an unknown CA) is only visible to a certificate-verify callback. makeClientConf installs
// tlsVerifyCallback on every client, which keeps OpenSSL's verdict and records the reason per
// broker address, and explainBrokerError asks for it when it explains the handshake failure.

#include <librdkafka/rdkafka.h>

#include <QString>

namespace streamscope::rd {

// The rd_kafka_conf_set_ssl_cert_verify_cb callback: returns OpenSSL's own verdict unchanged.
int tlsVerifyCallback(rd_kafka_t* rk, const char* brokerName, int32_t brokerId, int* x509Error,
                      int depth, const char* der, size_t derSize, char* errstr, size_t errstrSize,
                      void* opaque);

// The last refused certificate of the broker at "host:port" in words, or empty when none was
// recorded. Process-wide and last-write-wins: two clients that reach the same broker with
// different CA files would share it, which no Streamscope process does.
QString tlsVerifyProblem(const QString& hostPort);

} // namespace streamscope::rd
