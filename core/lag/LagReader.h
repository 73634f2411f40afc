#pragma once

#include "common/Expected.h"
#include "kafka/ConsumerGroups.h"

#include <QElapsedTimer>
#include <QHash>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

namespace streamscope {

class KafkaClient;

// What one refresh read about one group: its listing, its description (nullopt when the
// describe request could not run) and its committed offsets.
struct GroupReadout {
    ConsumerGroupListing listing;
    std::optional<ConsumerGroupDescription> description;
    GroupCommittedOffsets offsets;
};

struct LagReadout {
    std::vector<GroupReadout> groups; // sorted by group id
    qint64 durationMs = 0;
};

// Reads every group (or the named ones), their descriptions and committed offsets with three
// batched admin round trips (ConsumerGroupAdmin): list, then describe and offsets of all groups
// at once. Fails only when the groups cannot be listed (cluster away) or on cancel; a group
// whose coordinator does not answer carries its error in the readout. Worker threads only.
class LagReader {
public:
    explicit LagReader(KafkaClient& client)
        : m_client(client) {}

    // onlyGroups empty: every group. Named groups that do not exist are left out (the caller
    // tells the user); see missingGroups().
    Expected<LagReadout> read(const QStringList& onlyGroups, int timeoutMs,
                              const std::atomic_bool* cancel = nullptr);
    // The named groups the last read() did not find.
    const QStringList& missingGroups() const { return m_missing; }
    // How many groups this reader asked DescribeGroups about because ListGroups did not list
    // them (the probe for groups hidden by ACLs), over its whole life.
    int probedGroups() const { return m_probedGroups; }

    // A named, unlisted group is probed again after this long: long enough that repeated reads
    // (the CLI's --samples, a monitor over named groups) do not probe on every tick, short
    // enough that a group created behind an ACL, or ACLs that change, show up soon.
    static constexpr qint64 kReprobeAfterMs = 60'000;

private:
    // What a probe said about a named group that ListGroups did not list.
    struct ProbeVerdict {
        bool denied = false; // exists, but this user may not DESCRIBE it
        qint64 atMs = 0;     // m_clock time of the probe
    };

    KafkaClient& m_client;
    QStringList m_missing;
    QHash<QString, ProbeVerdict> m_verdicts;
    QElapsedTimer m_clock; // monotonic, started with the first read
    int m_probedGroups = 0;
};

} // namespace streamscope
