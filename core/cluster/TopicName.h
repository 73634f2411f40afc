#pragma once

#include "common/Expected.h"

#include <QString>

namespace streamscope {

// Kafka's own rule for topic names: 1-249 characters of letters, digits, '.', '_' and '-', and
// not "." or "..". Checked up front wherever a user names a topic, so a bad name is a clear
// usage error instead of a request the broker (or librdkafka) refuses in its own words.
inline constexpr int kMaxTopicNameLength = 249;
Status validateTopicName(const QString& name);
// One character Kafka allows in a topic name.
bool isTopicNameCharacter(QChar c);

} // namespace streamscope
