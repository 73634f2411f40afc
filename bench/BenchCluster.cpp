#include "BenchCluster.h"

#include "kafka/RawProduce.h"

#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

namespace streamscope::bench {

namespace {

constexpr int kAdminTimeoutMs = 120000;
constexpr int kBatch = 50; // topics per CreateTopics / DeleteTopics request

// Runs one admin request on its own queue and returns its result event (null on timeout).
rd::Event waitForAdmin(rd_kafka_queue_t* queue) {
    return rd::Event(rd_kafka_queue_poll(queue, kAdminTimeoutMs + 5000));
}

QString checkTopicResults(const rd_kafka_topic_result_t* const* results, size_t n,
                          rd_kafka_resp_err_t ignore) {
    for (size_t i = 0; i < n; ++i) {
        const auto e = rd_kafka_topic_result_error(results[i]);
        if (e != RD_KAFKA_RESP_ERR_NO_ERROR && e != ignore)
            return QString::fromUtf8(rd_kafka_topic_result_name(results[i])) +
                   QStringLiteral(": ") + QString::fromUtf8(rd_kafka_err2str(e));
    }
    return {};
}

} // namespace

BenchCluster::BenchCluster(KafkaClient& admin, int topics, int partitions)
    : m_admin(admin)
    , m_topics(topics)
    , m_partitions(partitions) {}

QString BenchCluster::topicName(int index) {
    return QStringLiteral("bench-tput-%1").arg(index, 3, 10, QLatin1Char('0'));
}

QStringList BenchCluster::topicNames() const {
    QStringList names;
    for (int i = 0; i < m_topics; ++i)
        names.append(topicName(i));
    return names;
}

bool BenchCluster::createBatch(const QStringList& names, QString* error) {
    rd_kafka_t* rk = m_admin.handle();
    std::vector<rd::NewTopic> owned;
    std::vector<rd_kafka_NewTopic_t*> raw;
    char errstr[256] = {};
    for (const auto& name : names) {
        owned.emplace_back(rd_kafka_NewTopic_new(name.toUtf8().constData(), m_partitions, 1, errstr,
                                                 sizeof errstr));
        if (!owned.back()) {
            *error = QString::fromUtf8(errstr);
            return false;
        }
        raw.push_back(owned.back().get());
    }
    rd::Queue queue(rd_kafka_queue_new(rk));
    rd::AdminOptions options(rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_CREATETOPICS));
    rd_kafka_AdminOptions_set_operation_timeout(options.get(), kAdminTimeoutMs, errstr,
                                                sizeof errstr);
    rd_kafka_AdminOptions_set_request_timeout(options.get(), kAdminTimeoutMs, errstr,
                                              sizeof errstr);
    rd_kafka_CreateTopics(rk, raw.data(), raw.size(), options.get(), queue.get());
    rd::Event ev = waitForAdmin(queue.get());
    if (!ev || rd_kafka_event_error(ev.get())) {
        *error = ev ? QString::fromUtf8(rd_kafka_event_error_string(ev.get()))
                    : QStringLiteral("CreateTopics timed out");
        return false;
    }
    size_t n = 0;
    const auto* results =
        rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(ev.get()), &n);
    *error = checkTopicResults(results, n, RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS);
    return error->isEmpty();
}

bool BenchCluster::ensureTopics(QString* error) {
    auto md = m_admin.fetchMetadata(60000);
    if (!md) {
        *error = md.error().message;
        return false;
    }
    QStringList missing;
    for (const auto& name : topicNames()) {
        const TopicInfo* t = md->findTopic(name);
        if (!t) {
            missing.append(name);
        } else if (static_cast<int>(t->partitions.size()) != m_partitions) {
            *error = QStringLiteral("%1 exists with %2 partitions, not %3 (delete the bench "
                                    "topics with --delete-only)")
                         .arg(name)
                         .arg(t->partitions.size())
                         .arg(m_partitions);
            return false;
        }
    }
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < missing.size(); i += kBatch) {
        if (!createBatch(missing.mid(i, kBatch), error))
            return false;
        m_log << "  created " << std::min<qsizetype>(i + kBatch, missing.size()) << '/'
              << missing.size() << " topics (" << timer.elapsed() << " ms)" << Qt::endl;
    }
    // Wait until every partition has a leader that answers offset requests.
    int ready = 0;
    for (int attempt = 0; attempt < 240; ++attempt) {
        md = m_admin.fetchMetadata(60000);
        if (md) {
            std::erase_if(md->topics, [](const TopicInfo& t) {
                return !t.name.startsWith(QLatin1String("bench-tput-"));
            });
            if (m_admin.fillOffsets(*md, 60000)) {
                ready = 0;
                for (const auto& t : md->topics)
                    for (const auto& p : t.partitions)
                        ready += p.offsetsKnown();
                if (ready == partitionCount()) {
                    m_log << "  all " << ready << " partitions readable after " << timer.elapsed()
                          << " ms" << Qt::endl;
                    return true;
                }
            }
        }
        QThread::msleep(500);
    }
    *error = QStringLiteral("only %1 of %2 bench partitions readable after 120 s")
                 .arg(ready)
                 .arg(partitionCount());
    return false;
}

bool BenchCluster::fillPartitions(int records, QString* error) {
    auto md = m_admin.fetchMetadata(60000);
    if (!md) {
        *error = md.error().message;
        return false;
    }
    std::erase_if(md->topics, [](const TopicInfo& t) {
        return !t.name.startsWith(QLatin1String("bench-tput-"));
    });
    if (auto status = m_admin.fillOffsets(*md, 60000); !status) {
        *error = status.error().message;
        return false;
    }
    // The admin client is a producer handle too: produce through it.
    rd_kafka_t* rk = m_admin.handle();
    const QByteArray value(64, 'b');
    int produced = 0;
    for (const auto& t : md->topics) {
        const QByteArray name = t.name.toUtf8();
        for (const auto& p : t.partitions) {
            if (p.endOffset != 0)
                continue; // filled by an earlier run (or unreadable: leave it)
            for (int r = 0; r < records; ++r) {
                const rd_kafka_resp_err_t code =
                    produceValue(rk, name.constData(), p.partition, value, true);
                if (code != RD_KAFKA_RESP_ERR_NO_ERROR) {
                    *error = QString::fromUtf8(rd_kafka_err2str(code));
                    return false;
                }
                ++produced;
            }
            rd_kafka_poll(rk, 0);
        }
    }
    if (rd_kafka_flush(rk, 120000) != RD_KAFKA_RESP_ERR_NO_ERROR) {
        *error = QStringLiteral("flush timed out");
        return false;
    }
    m_log << "  produced " << produced << " records" << Qt::endl;
    return true;
}

bool BenchCluster::deleteTopics(QString* error) {
    rd_kafka_t* rk = m_admin.handle();
    const QStringList names = topicNames();
    for (qsizetype i = 0; i < names.size(); i += kBatch) {
        std::vector<rd::DeleteTopic> owned;
        std::vector<rd_kafka_DeleteTopic_t*> raw;
        for (const auto& name : names.mid(i, kBatch)) {
            owned.emplace_back(rd_kafka_DeleteTopic_new(name.toUtf8().constData()));
            raw.push_back(owned.back().get());
        }
        rd::Queue queue(rd_kafka_queue_new(rk));
        rd::AdminOptions options(rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_DELETETOPICS));
        char errstr[256] = {};
        rd_kafka_AdminOptions_set_operation_timeout(options.get(), kAdminTimeoutMs, errstr,
                                                    sizeof errstr);
        rd_kafka_AdminOptions_set_request_timeout(options.get(), kAdminTimeoutMs, errstr,
                                                  sizeof errstr);
        rd_kafka_DeleteTopics(rk, raw.data(), raw.size(), options.get(), queue.get());
        rd::Event ev = waitForAdmin(queue.get());
        if (!ev || rd_kafka_event_error(ev.get())) {
            *error = ev ? QString::fromUtf8(rd_kafka_event_error_string(ev.get()))
                        : QStringLiteral("DeleteTopics timed out");
            return false;
        }
        size_t n = 0;
        const auto* results =
            rd_kafka_DeleteTopics_result_topics(rd_kafka_event_DeleteTopics_result(ev.get()), &n);
        *error = checkTopicResults(results, n, RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART);
        if (!error->isEmpty())
            return false;
    }
    for (int attempt = 0; attempt < 120; ++attempt) {
        auto md = m_admin.fetchMetadata(60000);
        if (md && std::none_of(md->topics.begin(), md->topics.end(), [](const TopicInfo& t) {
                return t.name.startsWith(QLatin1String("bench-tput-"));
            }))
            return true;
        QThread::msleep(500);
    }
    *error = QStringLiteral("bench topics still listed 60 s after deletion");
    return false;
}

} // namespace streamscope::bench
