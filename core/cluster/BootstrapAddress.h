#pragma once

#include "common/Expected.h"

#include <QString>

namespace streamscope {

// The one check of a bootstrap server list, used by every entry point (GUI --bootstrap, every
// CLI command, imported config files, and the client configuration itself, so a profile from
// anywhere is checked before a client exists). Accepts a comma-separated list of
// [PROTOCOL://]HOST:PORT where HOST is a name, an IPv4 address or an [IPv6] address in
// brackets and PORT is 1-65535 and required (as in the Java client). Empty entries,
// whitespace inside an entry and out-of-range ports are errors: librdkafka would otherwise wrap
// port 125835 to 60299 and silently reach another service.
Status validateBootstrapServers(const QString& servers);

} // namespace streamscope
