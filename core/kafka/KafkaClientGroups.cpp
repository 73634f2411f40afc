// Consumer-group admin requests (ConsumerGroups.h): list, describe, committed offsets and offset
// commits, each batch issued at once on one admin queue and collected in slices.
#include "kafka/ConsumerGroups.h"

#include "kafka/KafkaClient.h"
#include "kafka/RdErrors.h"
#include "kafka/RdHandles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <functional>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KafkaClient)
};

using ListOffsetsRequest = std::unique_ptr<rd_kafka_ListConsumerGroupOffsets_t,
                                           rd::Deleter<rd_kafka_ListConsumerGroupOffsets_destroy>>;
using DeleteGroupRequest =
    std::unique_ptr<rd_kafka_DeleteGroup_t, rd::Deleter<rd_kafka_DeleteGroup_destroy>>;
using AlterOffsetsRequest =
    std::unique_ptr<rd_kafka_AlterConsumerGroupOffsets_t,
                    rd::Deleter<rd_kafka_AlterConsumerGroupOffsets_destroy>>;

constexpr int kSliceMs = 100;
// DescribeConsumerGroups takes many groups per call; smaller calls let their answers (and the
// coordinators' work) run side by side.
constexpr qsizetype kDescribeChunk = 64;

Error cancelledError() {
    return streamscopeError(Tr::tr("Cancelled."));
}

Error timedOutError() {
    return rd::errorFrom(RD_KAFKA_RESP_ERR__TIMED_OUT);
}

QString errorText(const rd_kafka_error_t* error) {
    const char* text = rd_kafka_error_string(error);
    return text ? QString::fromUtf8(text) : describeKafkaError(rd_kafka_error_code(error));
}

// One queue and one options object for a batch of admin requests. Each request is tagged with
// its index through the options' opaque (librdkafka copies the options into each request), so
// answers can be matched however they arrive.
class AdminBatch {
public:
    AdminBatch(KafkaClient& client, int timeoutMs)
        : m_client(client)
        , m_queue(rd_kafka_queue_new(client.handle()))
        , m_options(rd_kafka_AdminOptions_new(client.handle(), RD_KAFKA_ADMIN_OP_ANY))
        , m_timeoutMs(timeoutMs) {
        if (m_options) {
            char errstr[256] = {};
            rd_kafka_AdminOptions_set_request_timeout(m_options.get(), timeoutMs, errstr,
                                                      sizeof errstr);
        }
    }

    Status check() const {
        if (!m_queue)
            return rd::constructorError("rd_kafka_queue_new");
        if (!m_options)
            return rd::constructorError("rd_kafka_AdminOptions_new");
        return {};
    }
    rd_kafka_queue_t* queue() const { return m_queue.get(); }
    const rd_kafka_AdminOptions_t* tagged(std::size_t tag) {
        rd_kafka_AdminOptions_set_opaque(m_options.get(), reinterpret_cast<void*>(tag));
        return m_options.get();
    }

    // Waits for `expected` answers, calling onAnswer(tag, event) for each; the requests time
    // out by themselves, the extra second only guards against a lost event. False when the
    // cancel flag ended the wait.
    bool collect(std::size_t expected, const std::atomic_bool* cancel,
                 const std::function<void(std::size_t, rd_kafka_event_t*)>& onAnswer) {
        QElapsedTimer clock;
        clock.start();
        const qint64 deadline = static_cast<qint64>(m_timeoutMs) + 1000;
        std::size_t received = 0;
        while (received < expected) {
            if (cancel && cancel->load())
                return false;
            const qint64 left = deadline - clock.elapsed();
            if (left <= 0)
                break;
            rd::Event event(rd_kafka_queue_poll(
                m_queue.get(), static_cast<int>(std::min<qint64>(left, kSliceMs))));
            m_client.pollEvents();
            if (!event)
                continue;
            ++received;
            onAnswer(reinterpret_cast<std::size_t>(rd_kafka_event_opaque(event.get())),
                     event.get());
        }
        return true;
    }

    // One answer: its event error, or what onAnswer makes of it; a cancel or a timeout else.
    Status collectOne(const std::atomic_bool* cancel,
                      const std::function<Status(rd_kafka_event_t*)>& onAnswer) {
        std::optional<Status> result;
        const bool done = collect(1, cancel, [&](std::size_t, rd_kafka_event_t* ev) {
            result = rd_kafka_event_error(ev) ? Status(rd::eventError(ev)) : onAnswer(ev);
        });
        if (!done)
            return cancelledError();
        if (!result)
            return timedOutError();
        return *result;
    }

private:
    KafkaClient& m_client;
    rd::Queue m_queue;
    rd::AdminOptions m_options;
    int m_timeoutMs;
};

std::vector<TopicPartitionOffset> offsetsFrom(const rd_kafka_topic_partition_list_t* list) {
    std::vector<TopicPartitionOffset> offsets;
    if (!list)
        return offsets;
    offsets.reserve(static_cast<std::size_t>(list->cnt));
    for (int i = 0; i < list->cnt; ++i) {
        const auto& p = list->elems[i];
        // -1001 (RD_KAFKA_OFFSET_INVALID): the group has no commit there.
        if (p.offset < 0 && p.err == RD_KAFKA_RESP_ERR_NO_ERROR)
            continue;
        offsets.push_back({QString::fromUtf8(p.topic), static_cast<int>(p.partition), p.offset,
                           static_cast<int>(p.err)});
    }
    std::sort(offsets.begin(), offsets.end(), [](const auto& a, const auto& b) {
        return a.topic != b.topic ? a.topic < b.topic : a.partition < b.partition;
    });
    return offsets;
}

ConsumerGroupMember memberFrom(const rd_kafka_MemberDescription_t* member) {
    ConsumerGroupMember m;
    m.memberId = QString::fromUtf8(rd_kafka_MemberDescription_consumer_id(member));
    m.clientId = QString::fromUtf8(rd_kafka_MemberDescription_client_id(member));
    m.host = QString::fromUtf8(rd_kafka_MemberDescription_host(member));
    if (const auto* assignment = rd_kafka_MemberDescription_assignment(member)) {
        if (const auto* list = rd_kafka_MemberAssignment_partitions(assignment)) {
            for (int i = 0; i < list->cnt; ++i)
                m.assignment.push_back({QString::fromUtf8(list->elems[i].topic),
                                        static_cast<int>(list->elems[i].partition)});
        }
    }
    return m;
}

void setGroupError(ConsumerGroupDescription& d, int code, const QString& text) {
    d.errorCode = code;
    d.error = text;
}

void setGroupError(GroupCommittedOffsets& d, int code, const QString& text) {
    d.errorCode = code;
    d.error = text;
}

} // namespace

Expected<std::vector<ConsumerGroupListing>>
ConsumerGroupAdmin::listGroups(int timeoutMs, const std::atomic_bool* cancel) {
    AdminBatch batch(m_client, timeoutMs);
    if (auto status = batch.check(); !status)
        return status.error();
    rd_kafka_ListConsumerGroups(m_client.handle(), batch.tagged(0), batch.queue());
    std::vector<ConsumerGroupListing> groups;
    Status status = batch.collectOne(cancel, [&](rd_kafka_event_t* ev) -> Status {
        const auto* result = rd_kafka_event_ListConsumerGroups_result(ev);
        size_t count = 0;
        const auto* valid = rd_kafka_ListConsumerGroups_result_valid(result, &count);
        for (size_t i = 0; i < count; ++i) {
            groups.push_back(
                {QString::fromUtf8(rd_kafka_ConsumerGroupListing_group_id(valid[i])),
                 QString::fromUtf8(rd_kafka_consumer_group_state_name(
                     rd_kafka_ConsumerGroupListing_state(valid[i]))),
                 rd_kafka_ConsumerGroupListing_is_simple_consumer_group(valid[i]) != 0});
        }
        size_t errorCount = 0;
        const auto* errors = rd_kafka_ListConsumerGroups_result_errors(result, &errorCount);
        // Some brokers answered, others not: the groups we have are still worth showing; with
        // none at all the error is the answer.
        if (errorCount > 0 && groups.empty())
            return Error{static_cast<int>(rd_kafka_error_code(errors[0])), errorText(errors[0])};
        return {};
    });
    if (!status) {
        Error failure = status.error();
        const QString brokerError = m_client.lastBrokerError();
        if (!brokerError.isEmpty())
            failure.message += QStringLiteral(": ") + brokerError;
        return failure;
    }
    std::sort(groups.begin(), groups.end(),
              [](const auto& a, const auto& b) { return a.groupId < b.groupId; });
    return groups;
}

Expected<std::vector<ConsumerGroupDescription>>
ConsumerGroupAdmin::describeGroups(const QStringList& groupIds, int timeoutMs,
                                   const std::atomic_bool* cancel) {
    std::vector<ConsumerGroupDescription> out(static_cast<std::size_t>(groupIds.size()));
    QHash<QString, std::size_t> indexOf;
    for (qsizetype i = 0; i < groupIds.size(); ++i) {
        out[static_cast<std::size_t>(i)].groupId = groupIds[i];
        setGroupError(out[static_cast<std::size_t>(i)], RD_KAFKA_RESP_ERR__TIMED_OUT,
                      timedOutError().message);
        indexOf.insert(groupIds[i], static_cast<std::size_t>(i));
    }
    if (groupIds.isEmpty())
        return out;
    AdminBatch batch(m_client, timeoutMs);
    if (auto status = batch.check(); !status)
        return status.error();
    std::size_t calls = 0;
    for (qsizetype start = 0; start < groupIds.size(); start += kDescribeChunk, ++calls) {
        std::vector<QByteArray> names;
        std::vector<const char*> raw;
        for (qsizetype i = start; i < std::min(groupIds.size(), start + kDescribeChunk); ++i)
            names.push_back(groupIds[i].toUtf8());
        for (const auto& n : names)
            raw.push_back(n.constData());
        rd_kafka_DescribeConsumerGroups(m_client.handle(), raw.data(), raw.size(),
                                        batch.tagged(static_cast<std::size_t>(start)),
                                        batch.queue());
    }
    const bool done = batch.collect(calls, cancel, [&](std::size_t start, rd_kafka_event_t* ev) {
        if (rd_kafka_event_error(ev)) {
            const Error error = rd::eventError(ev);
            for (std::size_t i = start;
                 i < std::min(out.size(), start + static_cast<std::size_t>(kDescribeChunk)); ++i)
                setGroupError(out[i], error.code, error.message);
            return;
        }
        size_t count = 0;
        const auto* groups = rd_kafka_DescribeConsumerGroups_result_groups(
            rd_kafka_event_DescribeConsumerGroups_result(ev), &count);
        for (size_t g = 0; g < count; ++g) {
            const auto it = indexOf.constFind(
                QString::fromUtf8(rd_kafka_ConsumerGroupDescription_group_id(groups[g])));
            if (it == indexOf.constEnd())
                continue;
            ConsumerGroupDescription& d = out[*it];
            d.errorCode = 0;
            d.error.clear();
            if (const auto* error = rd_kafka_ConsumerGroupDescription_error(groups[g])) {
                setGroupError(d, rd_kafka_error_code(error), errorText(error));
                continue;
            }
            d.state = QString::fromUtf8(rd_kafka_consumer_group_state_name(
                rd_kafka_ConsumerGroupDescription_state(groups[g])));
            if (const char* assignor =
                    rd_kafka_ConsumerGroupDescription_partition_assignor(groups[g]))
                d.assignor = QString::fromUtf8(assignor);
            d.simple = rd_kafka_ConsumerGroupDescription_is_simple_consumer_group(groups[g]) != 0;
            if (const auto* node = rd_kafka_ConsumerGroupDescription_coordinator(groups[g]))
                d.coordinatorId = rd_kafka_Node_id(node);
            const size_t members = rd_kafka_ConsumerGroupDescription_member_count(groups[g]);
            for (size_t m = 0; m < members; ++m)
                d.members.push_back(
                    memberFrom(rd_kafka_ConsumerGroupDescription_member(groups[g], m)));
        }
    });
    if (!done)
        return cancelledError();
    return out;
}

Expected<std::vector<GroupCommittedOffsets>>
ConsumerGroupAdmin::committedOffsets(const QStringList& groupIds, int timeoutMs,
                                     const std::atomic_bool* cancel) {
    std::vector<GroupCommittedOffsets> out(static_cast<std::size_t>(groupIds.size()));
    for (qsizetype i = 0; i < groupIds.size(); ++i) {
        out[static_cast<std::size_t>(i)].groupId = groupIds[i];
        setGroupError(out[static_cast<std::size_t>(i)], RD_KAFKA_RESP_ERR__TIMED_OUT,
                      timedOutError().message);
    }
    if (groupIds.isEmpty())
        return out;
    AdminBatch batch(m_client, timeoutMs);
    if (auto status = batch.check(); !status)
        return status.error();
    // librdkafka 2.0.2 takes exactly one group per ListConsumerGroupOffsets call: all of them go
    // out now, and the answers are collected as they come.
    for (std::size_t i = 0; i < out.size(); ++i) {
        // Null partitions: every partition the group has a commit for.
        ListOffsetsRequest request(rd_kafka_ListConsumerGroupOffsets_new(
            groupIds[static_cast<qsizetype>(i)].toUtf8().constData(), nullptr));
        if (!request)
            return rd::constructorError("rd_kafka_ListConsumerGroupOffsets_new");
        rd_kafka_ListConsumerGroupOffsets_t* raw[] = {request.get()};
        rd_kafka_ListConsumerGroupOffsets(m_client.handle(), raw, 1, batch.tagged(i),
                                          batch.queue());
    }
    const bool done = batch.collect(out.size(), cancel, [&](std::size_t i, rd_kafka_event_t* ev) {
        if (i >= out.size())
            return;
        GroupCommittedOffsets& d = out[i];
        if (rd_kafka_event_error(ev)) {
            const Error error = rd::eventError(ev);
            setGroupError(d, error.code, error.message);
            return;
        }
        size_t count = 0;
        const auto* groups = rd_kafka_ListConsumerGroupOffsets_result_groups(
            rd_kafka_event_ListConsumerGroupOffsets_result(ev), &count);
        if (count == 0) {
            setGroupError(d, -1, Tr::tr("The broker sent no answer for the group."));
            return;
        }
        if (const auto* error = rd_kafka_group_result_error(groups[0])) {
            setGroupError(d, rd_kafka_error_code(error), errorText(error));
            return;
        }
        d.errorCode = 0;
        d.error.clear();
        d.offsets = offsetsFrom(rd_kafka_group_result_partitions(groups[0]));
    });
    if (!done)
        return cancelledError();
    return out;
}

namespace {

// What the coordinator answers to a member-less commit while the group has members.
bool meansActiveGroup(rd_kafka_resp_err_t err) {
    return err == RD_KAFKA_RESP_ERR_UNKNOWN_MEMBER_ID ||
           err == RD_KAFKA_RESP_ERR_REBALANCE_IN_PROGRESS ||
           err == RD_KAFKA_RESP_ERR_ILLEGAL_GENERATION ||
           err == RD_KAFKA_RESP_ERR_FENCED_INSTANCE_ID;
}

Error groupError(rd_kafka_resp_err_t code, const QString& text, const QString& groupId) {
    if (meansActiveGroup(code))
        return Error{static_cast<int>(code), activeGroupRefusal(groupId)};
    return Error{static_cast<int>(code), text};
}

// One group's answer to AlterConsumerGroupOffsets.
GroupOffsetsAltered alteredFrom(rd_kafka_event_t* ev, const QString& groupId) {
    GroupOffsetsAltered out;
    out.groupId = groupId;
    if (const rd_kafka_resp_err_t err = rd_kafka_event_error(ev)) {
        out.error = groupError(err, rd::eventError(ev).message, groupId);
        return out;
    }
    size_t count = 0;
    const auto* groups = rd_kafka_AlterConsumerGroupOffsets_result_groups(
        rd_kafka_event_AlterConsumerGroupOffsets_result(ev), &count);
    if (count != 1) {
        out.error =
            Error{-1, Tr::tr("The broker answered for %1 groups instead of one.").arg(count)};
        return out;
    }
    if (const auto* error = rd_kafka_group_result_error(groups[0])) {
        out.error = groupError(rd_kafka_error_code(error), errorText(error), groupId);
        return out;
    }
    bool memberRefusal = false;
    const auto* list = rd_kafka_group_result_partitions(groups[0]);
    for (int i = 0; list && i < list->cnt; ++i) {
        const rd_kafka_topic_partition_t& p = list->elems[i];
        AlteredOffset a;
        a.topic = QString::fromUtf8(p.topic);
        a.partition = static_cast<int>(p.partition);
        a.offset = p.offset;
        a.errorCode = static_cast<int>(p.err);
        if (p.err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            a.error = describeKafkaError(p.err);
            memberRefusal = memberRefusal || meansActiveGroup(p.err);
        }
        out.partitions.push_back(std::move(a));
    }
    // A group with members refuses every partition alike: one clear error instead of a list.
    if (memberRefusal && std::all_of(out.partitions.begin(), out.partitions.end(),
                                     [](const AlteredOffset& a) { return a.errorCode != 0; }))
        out.error = Error{out.partitions.front().errorCode, activeGroupRefusal(groupId)};
    return out;
}

} // namespace

QString activeGroupRefusal(const QString& groupId) {
    return Tr::tr("The broker refused to reset the offsets of group \"%1\": it has active members. "
                  "Kafka resets offsets only of an empty group; stop its consumers and try again.")
        .arg(groupId);
}

Expected<std::vector<GroupOffsetsAltered>>
ConsumerGroupAdmin::alterOffsets(const std::vector<GroupCommittedOffsets>& commits, int timeoutMs,
                                 const std::atomic_bool* cancel) {
    std::vector<GroupOffsetsAltered> out(commits.size());
    if (commits.empty())
        return out;
    AdminBatch batch(m_client, timeoutMs);
    if (auto status = batch.check(); !status)
        return status.error();
    for (std::size_t i = 0; i < commits.size(); ++i) {
        rd::PartitionList list(
            rd_kafka_topic_partition_list_new(static_cast<int>(commits[i].offsets.size())));
        if (!list)
            return rd::constructorError("rd_kafka_topic_partition_list_new");
        for (const auto& o : commits[i].offsets)
            rd_kafka_topic_partition_list_add(list.get(), o.topic.toUtf8().constData(), o.partition)
                ->offset = o.offset;
        AlterOffsetsRequest request(rd_kafka_AlterConsumerGroupOffsets_new(
            commits[i].groupId.toUtf8().constData(), list.get()));
        if (!request)
            return rd::constructorError("rd_kafka_AlterConsumerGroupOffsets_new");
        rd_kafka_AlterConsumerGroupOffsets_t* raw[] = {request.get()};
        rd_kafka_AlterConsumerGroupOffsets(m_client.handle(), raw, 1, batch.tagged(i),
                                           batch.queue());
    }
    std::size_t answered = 0;
    const bool done =
        batch.collect(commits.size(), cancel, [&](std::size_t i, rd_kafka_event_t* ev) {
            if (i >= commits.size())
                return;
            ++answered;
            out[i] = alteredFrom(ev, commits[i].groupId);
        });
    if (!done)
        return cancelledError();
    if (answered < commits.size())
        return timedOutError();
    return out;
}

Status ConsumerGroupAdmin::commitOffsets(const std::vector<GroupCommittedOffsets>& commits,
                                         int timeoutMs, const std::atomic_bool* cancel) {
    auto altered = alterOffsets(commits, timeoutMs, cancel);
    if (!altered)
        return altered.error();
    for (const GroupOffsetsAltered& g : *altered) {
        const QString prefix = g.groupId + QStringLiteral(": ");
        if (g.error)
            return Error{g.error->code, prefix + g.error->message};
        for (const AlteredOffset& p : g.partitions)
            if (p.errorCode != 0)
                return Error{p.errorCode, prefix + p.error};
    }
    return {};
}

Status ConsumerGroupAdmin::deleteGroups(const QStringList& groupIds, int timeoutMs,
                                        const std::atomic_bool* cancel) {
    if (groupIds.isEmpty())
        return {};
    AdminBatch batch(m_client, timeoutMs);
    if (auto status = batch.check(); !status)
        return status;
    std::vector<DeleteGroupRequest> owned;
    std::vector<rd_kafka_DeleteGroup_t*> raw;
    for (const QString& id : groupIds) {
        owned.emplace_back(rd_kafka_DeleteGroup_new(id.toUtf8().constData()));
        if (!owned.back())
            return rd::constructorError("rd_kafka_DeleteGroup_new");
        raw.push_back(owned.back().get());
    }
    rd_kafka_DeleteGroups(m_client.handle(), raw.data(), raw.size(), batch.tagged(0),
                          batch.queue());
    return batch.collectOne(cancel, [](rd_kafka_event_t* ev) -> Status {
        size_t count = 0;
        const auto* groups =
            rd_kafka_DeleteGroups_result_groups(rd_kafka_event_DeleteGroups_result(ev), &count);
        for (size_t g = 0; g < count; ++g) {
            const auto* error = rd_kafka_group_result_error(groups[g]);
            if (error && rd_kafka_error_code(error) != RD_KAFKA_RESP_ERR_GROUP_ID_NOT_FOUND)
                return Error{rd_kafka_error_code(error),
                             QString::fromUtf8(rd_kafka_group_result_name(groups[g])) +
                                 QStringLiteral(": ") + errorText(error)};
        }
        return {};
    });
}

} // namespace streamscope
