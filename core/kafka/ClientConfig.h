#pragma once

#include "cluster/ConnectionProfile.h"
#include "common/Expected.h"
#include "kafka/RdHandles.h"

#include <QString>

#include <mutex>

namespace streamscope {

// A librdkafka configuration for clients that must install their own callbacks before
// rd_kafka_new (delivery reports, error callback): Streamscope's responsive defaults first, then
// the profile's properties, then the overrides (later wins). librdkafka's own log lines are
// silenced (client errors reach the caller's error callback instead) unless the properties ask for
// librdkafka debug output with "debug", which then goes to stderr as librdkafka prints it.
// extraDefaults are the caller's own defaults: applied after Streamscope's, before the profile.
Expected<rd::Conf> makeClientConf(const ConnectionProfile& profile, const PropertyList& overrides,
                                  const PropertyList& extraDefaults = {});

// The last error librdkafka reported through a client's error callback (called on librdkafka's
// threads, read from others), explained in words (explainBrokerError). A broker's own error
// (TLS, refused, not Kafka) is kept over the "N/N brokers are down" that follows it.
class ClientErrorState {
public:
    void record(int code, const char* reason);
    QString lastError() const;

private:
    mutable std::mutex m_mutex;
    QString m_lastError;
    int m_lastCode = 0;
};

} // namespace streamscope
