#pragma once

#include "cluster/ConnectionProfile.h"
#include "common/CancelToken.h"
#include "common/Expected.h"

#include <QStringList>

#include <cstdint>
#include <functional>
#include <map>
#include <vector>

namespace streamscope {

struct VerifyResult {
    qint64 read = 0;       // records read back
    qint64 mismatches = 0; // differing digests + missing + extra records
    QStringList samples;   // the first few differences, in words
    Error error;           // the read-back itself failed (message empty when fine)
};

// Reads the target back with read_committed from startOffsets (per partition) to the current
// log end and compares, per partition and in order, the digest of every record (recordDigest
// with the last dropLastHeaders headers left out: the provenance) with the expected digests.
// Blocking; cancel is honoured within 100 ms.
VerifyResult verifyReplay(const ConnectionProfile& target, const QString& topic,
                          const std::map<int, qint64>& startOffsets,
                          const std::map<int, std::vector<uint64_t>>& expected, int dropLastHeaders,
                          int timeoutMs, const CancelToken& cancel,
                          const std::function<void(qint64 read)>& onProgress);

} // namespace streamscope
