// The admin part of KafkaClient: topics, partitions and configs through librdkafka's admin API.
#include "kafka/KafkaClient.h"

#include "kafka/RdErrors.h"

#include <QCoreApplication>

#include <functional>

namespace streamscope {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KafkaClient)
};

using rd::constructorError;
using rd::errorFrom;
using rd::invalidTopicError;

} // namespace

Status KafkaClient::runAdmin(rd_kafka_event_type_t expected, int timeoutMs,
                             const std::function<void(rd_kafka_t*, const rd_kafka_AdminOptions_t*,
                                                      rd_kafka_queue_t*)>& start,
                             const std::function<Status(rd_kafka_event_t*)>& check) {
    rd::Queue queue(rd_kafka_queue_new(m_handle.get()));
    rd::AdminOptions options(rd_kafka_AdminOptions_new(m_handle.get(), RD_KAFKA_ADMIN_OP_ANY));
    if (!queue || !options)
        return constructorError(!queue ? "rd_kafka_queue_new" : "rd_kafka_AdminOptions_new");
    char errstr[256] = {};
    rd_kafka_AdminOptions_set_request_timeout(options.get(), timeoutMs, errstr, sizeof errstr);
    rd_kafka_AdminOptions_set_operation_timeout(options.get(), timeoutMs, errstr, sizeof errstr);
    start(m_handle.get(), options.get(), queue.get());
    // The admin request times out by itself; the extra second only guards against a lost event.
    rd::Event event(rd_kafka_queue_poll(queue.get(), timeoutMs + 1000));
    pollEvents();
    if (!event)
        return errorFrom(RD_KAFKA_RESP_ERR__TIMED_OUT);
    if (rd_kafka_event_error(event.get()))
        return rd::eventError(event.get());
    if (rd_kafka_event_type(event.get()) != expected)
        return streamscopeError(Tr::tr("Unexpected admin result from librdkafka."));
    return check(event.get());
}

namespace {

Status checkTopicResults(const rd_kafka_topic_result_t* const* results, size_t count) {
    for (size_t i = 0; i < count; ++i) {
        const auto err = rd_kafka_topic_result_error(results[i]);
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            const char* msg = rd_kafka_topic_result_error_string(results[i]);
            return Error{static_cast<int>(err),
                         QString::fromUtf8(rd_kafka_topic_result_name(results[i])) +
                             QStringLiteral(": ") +
                             (msg ? QString::fromUtf8(msg) : describeKafkaError(err))};
        }
    }
    return {};
}

} // namespace

Status KafkaClient::createTopic(const QString& name, int partitions, int replicationFactor,
                                const PropertyList& configs, int timeoutMs) {
    char errstr[512] = {};
    rd::NewTopic topic(rd_kafka_NewTopic_new(name.toUtf8().constData(), partitions,
                                             replicationFactor, errstr, sizeof errstr));
    if (!topic)
        return streamscopeError(
            Tr::tr("Invalid topic %1: %2").arg(name, QString::fromUtf8(errstr)));
    for (const auto& [key, value] : configs) {
        if (auto err = rd_kafka_NewTopic_set_config(topic.get(), key.toUtf8().constData(),
                                                    value.toUtf8().constData()))
            return errorFrom(err);
    }
    return runAdmin(
        RD_KAFKA_EVENT_CREATETOPICS_RESULT, timeoutMs,
        [&](rd_kafka_t* rk, const rd_kafka_AdminOptions_t* opts, rd_kafka_queue_t* q) {
            rd_kafka_NewTopic_t* raw[] = {topic.get()};
            rd_kafka_CreateTopics(rk, raw, 1, opts, q);
        },
        [](rd_kafka_event_t* ev) {
            size_t n = 0;
            const auto* results =
                rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(ev), &n);
            return checkTopicResults(results, n);
        });
}

Status KafkaClient::createPartitions(const QString& topic, int totalPartitions, int timeoutMs) {
    char errstr[512] = {};
    rd::NewPartitions np(rd_kafka_NewPartitions_new(
        topic.toUtf8().constData(), static_cast<size_t>(totalPartitions), errstr, sizeof errstr));
    if (!np)
        return streamscopeError(QString::fromUtf8(errstr));
    return runAdmin(
        RD_KAFKA_EVENT_CREATEPARTITIONS_RESULT, timeoutMs,
        [&](rd_kafka_t* rk, const rd_kafka_AdminOptions_t* opts, rd_kafka_queue_t* q) {
            rd_kafka_NewPartitions_t* raw[] = {np.get()};
            rd_kafka_CreatePartitions(rk, raw, 1, opts, q);
        },
        [](rd_kafka_event_t* ev) {
            size_t n = 0;
            const auto* results = rd_kafka_CreatePartitions_result_topics(
                rd_kafka_event_CreatePartitions_result(ev), &n);
            return checkTopicResults(results, n);
        });
}

Status KafkaClient::deleteTopics(const QStringList& topics, int timeoutMs) {
    std::vector<rd::DeleteTopic> owned;
    std::vector<rd_kafka_DeleteTopic_t*> raw;
    for (const auto& name : topics) {
        owned.emplace_back(rd_kafka_DeleteTopic_new(name.toUtf8().constData()));
        if (!owned.back())
            return invalidTopicError(name);
        raw.push_back(owned.back().get());
    }
    return runAdmin(
        RD_KAFKA_EVENT_DELETETOPICS_RESULT, timeoutMs,
        [&](rd_kafka_t* rk, const rd_kafka_AdminOptions_t* opts, rd_kafka_queue_t* q) {
            rd_kafka_DeleteTopics(rk, raw.data(), raw.size(), opts, q);
        },
        [](rd_kafka_event_t* ev) {
            size_t n = 0;
            const auto* results =
                rd_kafka_DeleteTopics_result_topics(rd_kafka_event_DeleteTopics_result(ev), &n);
            return checkTopicResults(results, n);
        });
}

Expected<QHash<int, QString>> KafkaClient::brokerRacks(const QList<int>& brokerIds, int timeoutMs) {
    QHash<int, QString> racks;
    std::vector<rd::ConfigResource> owned;
    std::vector<rd_kafka_ConfigResource_t*> raw;
    for (int id : brokerIds) {
        owned.emplace_back(rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_BROKER,
                                                       QByteArray::number(id).constData()));
        if (!owned.back())
            return constructorError("rd_kafka_ConfigResource_new");
        raw.push_back(owned.back().get());
    }
    if (raw.empty())
        return racks;
    Status status = runAdmin(
        RD_KAFKA_EVENT_DESCRIBECONFIGS_RESULT, timeoutMs,
        [&](rd_kafka_t* rk, const rd_kafka_AdminOptions_t* opts, rd_kafka_queue_t* q) {
            rd_kafka_DescribeConfigs(rk, raw.data(), raw.size(), opts, q);
        },
        [&racks](rd_kafka_event_t* ev) -> Status {
            size_t n = 0;
            const auto* resources = rd_kafka_DescribeConfigs_result_resources(
                rd_kafka_event_DescribeConfigs_result(ev), &n);
            for (size_t i = 0; i < n; ++i) {
                if (rd_kafka_ConfigResource_error(resources[i]))
                    continue; // a broker that cannot be described simply has no rack shown
                const int id = QByteArray(rd_kafka_ConfigResource_name(resources[i])).toInt();
                size_t entryCount = 0;
                const auto* entries = rd_kafka_ConfigResource_configs(resources[i], &entryCount);
                for (size_t e = 0; e < entryCount; ++e) {
                    if (qstrcmp(rd_kafka_ConfigEntry_name(entries[e]), "broker.rack") == 0) {
                        if (const char* v = rd_kafka_ConfigEntry_value(entries[e]))
                            racks.insert(id, QString::fromUtf8(v));
                    }
                }
            }
            return {};
        });
    if (!status)
        return status.error();
    return racks;
}

Expected<TopicConfigValues> KafkaClient::topicConfigValues(const QStringList& topics,
                                                           const QList<QByteArray>& keys,
                                                           int timeoutMs) {
    TopicConfigValues result;
    std::vector<rd::ConfigResource> owned;
    std::vector<rd_kafka_ConfigResource_t*> raw;
    owned.reserve(static_cast<size_t>(topics.size()));
    for (const auto& topic : topics) {
        owned.emplace_back(
            rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topic.toUtf8().constData()));
        // NULL for a name librdkafka refuses (an empty one): an error, not a crash later on.
        if (!owned.back())
            return invalidTopicError(topic);
        raw.push_back(owned.back().get());
    }
    if (raw.empty())
        return result;
    Status status = runAdmin(
        RD_KAFKA_EVENT_DESCRIBECONFIGS_RESULT, timeoutMs,
        [&](rd_kafka_t* rk, const rd_kafka_AdminOptions_t* opts, rd_kafka_queue_t* q) {
            rd_kafka_DescribeConfigs(rk, raw.data(), raw.size(), opts, q);
        },
        [&result, &keys](rd_kafka_event_t* ev) -> Status {
            size_t n = 0;
            const auto* resources = rd_kafka_DescribeConfigs_result_resources(
                rd_kafka_event_DescribeConfigs_result(ev), &n);
            for (size_t i = 0; i < n; ++i) {
                const QString topic = QString::fromUtf8(rd_kafka_ConfigResource_name(resources[i]));
                if (const auto err = rd_kafka_ConfigResource_error(resources[i])) {
                    // Denied is an answer worth showing ("not authorized"), unlike a topic
                    // deleted meanwhile.
                    if (isAuthorizationError(err))
                        result.notAuthorized.insert(topic);
                    continue;
                }
                auto& values = result.values[topic];
                size_t entryCount = 0;
                const auto* entries = rd_kafka_ConfigResource_configs(resources[i], &entryCount);
                for (size_t e = 0; e < entryCount; ++e) {
                    const QByteArray name(rd_kafka_ConfigEntry_name(entries[e]));
                    if (keys.contains(name)) {
                        const char* v = rd_kafka_ConfigEntry_value(entries[e]);
                        values.insert(name, v ? QString::fromUtf8(v) : QString());
                    }
                }
            }
            return {};
        });
    if (!status)
        return status.error();
    return result;
}

} // namespace streamscope
