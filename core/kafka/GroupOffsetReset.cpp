// Offset resets of consumer groups through librdkafka's AlterConsumerGroupOffsets (2.0.0+).
#include "kafka/GroupOffsetReset.h"

#include "kafka/KafkaClient.h"
#include "kafka/RdErrors.h"
#include "kafka/RdHandles.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KafkaClient)
};

using AlterGroupOffsets = std::unique_ptr<rd_kafka_AlterConsumerGroupOffsets_t,
                                          rd::Deleter<rd_kafka_AlterConsumerGroupOffsets_destroy>>;

constexpr int kPollSliceMs = 100;

// What the coordinator answers to a member-less commit while the group has members.
bool meansActiveGroup(rd_kafka_resp_err_t err) {
    return err == RD_KAFKA_RESP_ERR_UNKNOWN_MEMBER_ID ||
           err == RD_KAFKA_RESP_ERR_REBALANCE_IN_PROGRESS ||
           err == RD_KAFKA_RESP_ERR_ILLEGAL_GENERATION ||
           err == RD_KAFKA_RESP_ERR_FENCED_INSTANCE_ID;
}

} // namespace

QString activeGroupRefusal(const QString& groupId) {
    return Tr::tr("The broker refused to reset the offsets of group \"%1\": it has active members. "
                  "Kafka resets offsets only of an empty group; stop its consumers and try again.")
        .arg(groupId);
}

Expected<std::vector<AlteredOffset>>
alterGroupOffsets(KafkaClient& client, const QString& groupId,
                  const std::vector<TopicPartitionOffset>& offsets, int timeoutMs,
                  const CancelToken* cancel) {
    if (offsets.empty())
        return std::vector<AlteredOffset>{};
    rd_kafka_t* rk = client.handle();
    rd::PartitionList list(rd_kafka_topic_partition_list_new(static_cast<int>(offsets.size())));
    if (!list)
        return rd::constructorError("rd_kafka_topic_partition_list_new");
    for (const TopicPartitionOffset& o : offsets)
        rd_kafka_topic_partition_list_add(list.get(), o.topic.toUtf8().constData(), o.partition)
            ->offset = o.offset;
    AlterGroupOffsets request(
        rd_kafka_AlterConsumerGroupOffsets_new(groupId.toUtf8().constData(), list.get()));
    rd::Queue queue(rd_kafka_queue_new(rk));
    rd::AdminOptions options(
        rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_ALTERCONSUMERGROUPOFFSETS));
    if (!request || !queue || !options)
        return rd::constructorError(!request ? "rd_kafka_AlterConsumerGroupOffsets_new"
                                    : !queue ? "rd_kafka_queue_new"
                                             : "rd_kafka_AdminOptions_new");
    char errstr[256] = {};
    rd_kafka_AdminOptions_set_request_timeout(options.get(), timeoutMs, errstr, sizeof errstr);
    rd_kafka_AlterConsumerGroupOffsets_t* requests[] = {request.get()};
    rd_kafka_AlterConsumerGroupOffsets(rk, requests, 1, options.get(), queue.get());

    // The request times out by itself; the extra second guards against a lost event. Sliced so
    // a cancel (quit, dialog closed) does not wait for a dead coordinator.
    QElapsedTimer waited;
    waited.start();
    rd::Event event;
    while (!event && waited.elapsed() < timeoutMs + 1000) {
        if (cancel && cancel->isCancelled())
            return streamscopeError(Tr::tr("Cancelled."));
        event.reset(rd_kafka_queue_poll(queue.get(), kPollSliceMs));
        client.pollEvents();
    }
    if (!event)
        return rd::errorFrom(RD_KAFKA_RESP_ERR__TIMED_OUT);
    const rd_kafka_resp_err_t eventErr = rd_kafka_event_error(event.get());
    if (eventErr != RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (meansActiveGroup(eventErr))
            return Error{static_cast<int>(eventErr), activeGroupRefusal(groupId)};
        return rd::eventError(event.get());
    }
    const auto* result = rd_kafka_event_AlterConsumerGroupOffsets_result(event.get());
    if (!result)
        return streamscopeError(Tr::tr("Unexpected admin result from librdkafka."));
    size_t count = 0;
    const rd_kafka_group_result_t** groups =
        rd_kafka_AlterConsumerGroupOffsets_result_groups(result, &count);
    if (count != 1)
        return streamscopeError(
            Tr::tr("The broker answered for %1 groups instead of one.").arg(count));
    if (const rd_kafka_error_t* error = rd_kafka_group_result_error(groups[0])) {
        const rd_kafka_resp_err_t code = rd_kafka_error_code(error);
        if (meansActiveGroup(code))
            return Error{static_cast<int>(code), activeGroupRefusal(groupId)};
        return Error{static_cast<int>(code), QString::fromUtf8(rd_kafka_error_string(error))};
    }
    std::vector<AlteredOffset> altered;
    const rd_kafka_topic_partition_list_t* partitions = rd_kafka_group_result_partitions(groups[0]);
    bool memberRefusal = false;
    for (int i = 0; partitions && i < partitions->cnt; ++i) {
        const rd_kafka_topic_partition_t& p = partitions->elems[i];
        AlteredOffset a;
        a.topic = QString::fromUtf8(p.topic);
        a.partition = static_cast<int>(p.partition);
        a.offset = p.offset;
        a.errorCode = static_cast<int>(p.err);
        if (p.err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            a.error = describeKafkaError(p.err);
            memberRefusal = memberRefusal || meansActiveGroup(p.err);
        }
        altered.push_back(std::move(a));
    }
    // A group with members refuses every partition alike: one clear error instead of a list.
    if (memberRefusal && std::all_of(altered.begin(), altered.end(),
                                     [](const AlteredOffset& a) { return a.errorCode != 0; }))
        return Error{altered.front().errorCode, activeGroupRefusal(groupId)};
    return altered;
}

} // namespace streamscope
