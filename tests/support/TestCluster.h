#pragma once

#include "browse/BrowseRequest.h"
#include "cluster/ConnectionProfile.h"

#include <QString>

namespace streamscope::test {

// Bootstrap of the real broker the suite runs against (STREAMSCOPE_BOOTSTRAP). Empty if unset:
// callers QFAIL, since a broker test that silently skips cannot fail.
QString bootstrap();
ConnectionProfile brokerProfile();
// A topic name no other test run uses: prefix + time + random suffix.
QString uniqueTopicName(const QString& prefix);
// Creates a topic on the test broker (RF 1), fails the test on error.
bool createTopic(const QString& name, int partitions);
bool deleteTopic(const QString& name);
// A browse (or replay range) of every partition of a topic, from the log start to its end.
BrowseRequest wholeTopicRequest(const QString& topic);
// Produces count records spread round-robin over the topic's partitions; returns produced count.
int produceRecords(const QString& topic, int count, int partitions = -1);
// The same against another cluster (librdkafka's mock cluster in fault-injection tests).
int produceRecords(const ConnectionProfile& cluster, const QString& topic, int count,
                   int partitions = -1);

} // namespace streamscope::test

// Use at the start of a broker test function: fails with a clear message when no broker is set.
#define STREAMSCOPE_REQUIRE_BROKER()                                                               \
    do {                                                                                           \
        if (streamscope::test::bootstrap().isEmpty())                                              \
            QFAIL("STREAMSCOPE_BOOTSTRAP is not set: run scripts/test.sh, which starts a broker"); \
    } while (false)
