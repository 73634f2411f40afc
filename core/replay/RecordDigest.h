#pragma once

#include "browse/MessageView.h"

#include <QByteArrayView>

#include <cstdint>

namespace streamscope {

// The provenance headers a replay adds to every record (unless turned off).
inline constexpr char kReplayIdHeader[] = "streamscope-replay-id";
inline constexpr char kReplaySourceHeader[] = "streamscope-source";

// A 64-bit digest (chained XXH3) of what a replay must keep byte-identical: key, value and
// headers in order, with null told apart from empty. Partition, offset and timestamp are not part
// of it. dropLastHeaders leaves out that many headers at the end: the provenance headers a replay
// appended, so a replayed record digests like its source (even a source that was itself a replay
// and carries older provenance headers).
uint64_t recordDigest(const MessageView& message, int dropLastHeaders = 0);

} // namespace streamscope
