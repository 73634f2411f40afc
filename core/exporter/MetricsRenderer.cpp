#include "exporter/MetricsRenderer.h"

#include "exporter/PrometheusText.h"

#include <QCoreApplication>

#include <array>
#include <vector>

namespace streamscope {

namespace {

struct ExporterTr {
    Q_DECLARE_TR_FUNCTIONS(Exporter)
};

Expected<QRegularExpression> compileFilter(const QString& option, const QString& pattern) {
    // Checked as written, so the error position points into the user's text; then anchored.
    if (const QRegularExpression plain(pattern); !plain.isValid()) {
        return Error{-1, ExporterTr::tr("%1: bad regular expression \"%2\" at position %3: %4")
                             .arg(option, pattern)
                             .arg(plain.patternErrorOffset())
                             .arg(plain.errorString())};
    }
    QRegularExpression re(pattern.isEmpty() ? QString()
                                            : QRegularExpression::anchoredPattern(pattern));
    re.optimize();
    return re;
}

bool matches(const QRegularExpression& re, const QString& name) {
    return re.pattern().isEmpty() || re.match(name).hasMatch();
}

constexpr std::array kStatuses = {LagStatus::Ok,     LagStatus::Warn,   LagStatus::Stall,
                                  LagStatus::Stop,   LagStatus::Rewind, LagStatus::Error,
                                  LagStatus::Unknown};

// The per-render decisions of the filters, made once: a family loop then only reads flags.
struct Selection {
    std::vector<char> offsetTopics;     // by index into offsets->topics
    std::vector<char> throughputTopics; // by index into throughput->topics
    std::vector<char> groups;           // by index into lag->groups
    std::vector<std::vector<char>> groupTopics;
};

Selection select(const ExporterSample& sample, const ExporterFilters& filters) {
    Selection s;
    if (sample.offsets) {
        for (const auto& t : sample.offsets->topics)
            s.offsetTopics.push_back(filters.acceptsTopic(t.name, t.internal));
    }
    if (sample.throughput) {
        for (const auto& t : sample.throughput->topics)
            s.throughputTopics.push_back(filters.acceptsTopic(t.topic, t.internal));
    }
    if (sample.lag) {
        for (const auto& g : sample.lag->groups) {
            const bool accepted = filters.acceptsGroup(g.groupId);
            s.groups.push_back(accepted);
            std::vector<char> topics;
            if (accepted) {
                for (const auto& t : g.topics)
                    topics.push_back(filters.acceptsTopic(t.topic, isInternalTopicName(t.topic)));
            }
            s.groupTopics.push_back(std::move(topics));
        }
    }
    return s;
}

class Renderer {
public:
    Renderer(const ExporterSample& sample, const ExporterFilters& filters)
        : m_sample(sample)
        , m_selection(select(sample, filters))
        , m_cluster(PrometheusText::escapedLabel("cluster", sample.cluster))
        , m_out(estimateBytes(sample)) {}

    QByteArray run() {
        m_out.family("streamscope_up",
                     "1 while the cluster answers the exporter's polls, 0 while it does not.");
        m_out.begin("streamscope_up")
            .preEscapedLabel(m_cluster.constData())
            .value(qint64(m_sample.up ? 1 : 0));
        topicRates();
        partitionRates();
        partitionOffsets(true);
        partitionOffsets(false);
        groupPartitions();
        groupStatus();
        groupMembers();
        lagUp();
        return m_out.take();
    }

private:
    static qsizetype estimateBytes(const ExporterSample& sample) {
        qsizetype lines = 64;
        if (sample.offsets)
            lines += 3 * sample.offsets->partitionCount();
        if (sample.lag) {
            for (const auto& g : sample.lag->groups) {
                lines += 10;
                for (const auto& t : g.topics)
                    lines += 3 * static_cast<qsizetype>(t.partitions.size());
            }
        }
        return lines * 110;
    }

    std::string_view cluster() const {
        return {m_cluster.constData(), static_cast<size_t>(m_cluster.size())};
    }

    void topicRates() {
        m_out.family("streamscope_topic_messages_per_second",
                     "Messages produced per second into the topic (end-offset growth over the "
                     "measured time between the last two samples). No series while unknown.");
        if (!m_sample.throughput)
            return;
        const auto& topics = m_sample.throughput->topics;
        for (size_t i = 0; i < topics.size(); ++i) {
            if (!m_selection.throughputTopics[i] || !hasValue(topics[i].msgsPerSec))
                continue;
            m_out.begin("streamscope_topic_messages_per_second")
                .preEscapedLabel(cluster())
                .label("topic", topics[i].topic)
                .value(topics[i].msgsPerSec);
        }
    }

    void partitionRates() {
        m_out.family("streamscope_partition_messages_per_second",
                     "Messages produced per second into the partition. No series while unknown.");
        if (!m_sample.throughput)
            return;
        const auto& topics = m_sample.throughput->topics;
        for (size_t i = 0; i < topics.size(); ++i) {
            if (!m_selection.throughputTopics[i])
                continue;
            const QByteArray topic = topics[i].topic.toUtf8();
            for (const auto& p : topics[i].partitions) {
                if (!hasValue(p.msgsPerSec))
                    continue;
                m_out.begin("streamscope_partition_messages_per_second")
                    .preEscapedLabel(cluster())
                    .label("topic", std::string_view(topic.constData(), size_t(topic.size())))
                    .label("partition", qint64(p.partition))
                    .value(p.msgsPerSec);
            }
        }
    }

    void partitionOffsets(bool end) {
        const char* name =
            end ? "streamscope_partition_end_offset" : "streamscope_partition_start_offset";
        m_out.family(name, end ? "The partition's high watermark (the next offset to be written)."
                               : "The partition's log start offset (the oldest retained offset).");
        if (!m_sample.offsets)
            return;
        const auto& topics = m_sample.offsets->topics;
        for (size_t i = 0; i < topics.size(); ++i) {
            if (!m_selection.offsetTopics[i])
                continue;
            const QByteArray topic = topics[i].name.toUtf8();
            for (const auto& p : topics[i].partitions) {
                const qint64 offset = end ? p.endOffset : p.startOffset;
                if (offset < 0)
                    continue;
                m_out.begin(name)
                    .preEscapedLabel(cluster())
                    .label("topic", std::string_view(topic.constData(), size_t(topic.size())))
                    .label("partition", qint64(p.partition))
                    .value(offset);
            }
        }
    }

    // The three per-partition group families; each one loops over the groups on its own, since
    // a family's samples must stand together.
    template <typename Emit> void forEachGroupPartition(Emit&& emit) {
        if (!m_sample.lag)
            return;
        const auto& groups = m_sample.lag->groups;
        for (size_t g = 0; g < groups.size(); ++g) {
            if (!m_selection.groups[g])
                continue;
            const QByteArray group = groups[g].groupId.toUtf8();
            const std::string_view groupView(group.constData(), size_t(group.size()));
            for (size_t t = 0; t < groups[g].topics.size(); ++t) {
                if (!m_selection.groupTopics[g][t])
                    continue;
                const auto& topic = groups[g].topics[t];
                const QByteArray topicName = topic.topic.toUtf8();
                const std::string_view topicView(topicName.constData(), size_t(topicName.size()));
                for (const auto& p : topic.partitions)
                    emit(groupView, topicView, p);
            }
        }
    }

    void groupPartitions() {
        m_out.family("streamscope_consumergroup_committed_offset",
                     "The group's committed offset on the partition. No series without a commit.");
        forEachGroupPartition([this](auto group, auto topic, const PartitionLag& p) {
            if (p.committed)
                line("streamscope_consumergroup_committed_offset", group, topic, p.partition)
                    .value(*p.committed);
        });
        m_out.family("streamscope_consumergroup_lag",
                     "Messages the group is behind on the partition (end offset - committed "
                     "offset). No series for a partition without a commit.");
        forEachGroupPartition([this](auto group, auto topic, const PartitionLag& p) {
            if (p.lag)
                line("streamscope_consumergroup_lag", group, topic, p.partition).value(*p.lag);
        });
        m_out.family("streamscope_consumergroup_lag_seconds",
                     "Seconds the group is behind on the partition: how long ago the end offset "
                     "was where the committed offset is now. No series while unknown.");
        forEachGroupPartition([this](auto group, auto topic, const PartitionLag& p) {
            if (p.timeLagSeconds)
                line("streamscope_consumergroup_lag_seconds", group, topic, p.partition)
                    .value(*p.timeLagSeconds);
        });
    }

    PrometheusText& line(const char* name, std::string_view group, std::string_view topic,
                         int partition) {
        return m_out.begin(name)
            .preEscapedLabel(cluster())
            .label("group", group)
            .label("topic", topic)
            .label("partition", qint64(partition));
    }

    void groupStatus() {
        m_out.family("streamscope_consumergroup_status",
                     "1 for the group's current lag status, 0 for the others (OK, WARN, STALL, "
                     "STOP, REWIND, ERR, UNKNOWN).");
        if (!m_sample.lag)
            return;
        std::array<QByteArray, kStatuses.size()> names;
        for (size_t i = 0; i < kStatuses.size(); ++i)
            names[i] = lagStatusName(kStatuses[i]).toUtf8();
        const auto& groups = m_sample.lag->groups;
        for (size_t g = 0; g < groups.size(); ++g) {
            if (!m_selection.groups[g])
                continue;
            const QByteArray group = groups[g].groupId.toUtf8();
            for (size_t i = 0; i < kStatuses.size(); ++i) {
                m_out.begin("streamscope_consumergroup_status")
                    .preEscapedLabel(cluster())
                    .label("group", std::string_view(group.constData(), size_t(group.size())))
                    .label("status",
                           std::string_view(names[i].constData(), size_t(names[i].size())))
                    .value(qint64(groups[g].verdict.status == kStatuses[i] ? 1 : 0));
            }
        }
    }

    void groupMembers() {
        m_out.family("streamscope_consumergroup_members",
                     "Members of the consumer group. No series when the members could not be "
                     "described.");
        if (!m_sample.lag)
            return;
        const auto& groups = m_sample.lag->groups;
        for (size_t g = 0; g < groups.size(); ++g) {
            if (!m_selection.groups[g] || !groups[g].membersDescribed)
                continue;
            m_out.begin("streamscope_consumergroup_members")
                .preEscapedLabel(cluster())
                .label("group", groups[g].groupId)
                .value(qint64(groups[g].memberCount()));
        }
    }

    void lagUp() {
        m_out.family("streamscope_lag_up",
                     "1 while the consumer groups and their offsets are read (the lag figures "
                     "are current), 0 while they are not.");
        const bool lagUp = m_sample.lag && m_sample.lag->error.isEmpty();
        m_out.begin("streamscope_lag_up").preEscapedLabel(cluster()).value(qint64(lagUp ? 1 : 0));
    }

    const ExporterSample& m_sample;
    const Selection m_selection;
    const QByteArray m_cluster;
    PrometheusText m_out;
};

} // namespace

Expected<ExporterFilters> ExporterFilters::make(const QString& topicPattern,
                                                const QString& groupPattern,
                                                bool includeInternalTopics) {
    auto topics = compileFilter(QStringLiteral("--topic-filter"), topicPattern);
    if (!topics)
        return topics.error();
    auto groups = compileFilter(QStringLiteral("--group-filter"), groupPattern);
    if (!groups)
        return groups.error();
    ExporterFilters filters;
    filters.topics = std::move(*topics);
    filters.groups = std::move(*groups);
    filters.includeInternalTopics = includeInternalTopics;
    return filters;
}

bool ExporterFilters::acceptsTopic(const QString& name, bool internal) const {
    if (internal && !includeInternalTopics)
        return false;
    return matches(topics, name);
}

bool ExporterFilters::acceptsGroup(const QString& groupId) const {
    return matches(groups, groupId);
}

QByteArray renderClusterMetrics(const ExporterSample& sample, const ExporterFilters& filters) {
    return Renderer(sample, filters).run();
}

QByteArray renderSelfMetrics(const QString& cluster, const ExporterSelfMetrics& self) {
    const QByteArray clusterLabel = PrometheusText::escapedLabel("cluster", cluster);
    const std::string_view label(clusterLabel.constData(), size_t(clusterLabel.size()));
    PrometheusText out(1024);
    out.family("streamscope_scrape_duration_seconds",
               "Seconds the exporter's latest read of the cluster took (metadata and offsets of "
               "every partition). Scrapes never wait for it: they serve the latest sample.");
    out.begin("streamscope_scrape_duration_seconds")
        .preEscapedLabel(label)
        .value(self.scrapeDurationSeconds);
    out.family("streamscope_last_sample_age_seconds",
               "Seconds since the served cluster sample was read; +Inf before the first one.");
    out.begin("streamscope_last_sample_age_seconds")
        .preEscapedLabel(label)
        .value(self.lastSampleAgeSeconds);
    out.family("streamscope_lag_refresh_duration_seconds",
               "Seconds the latest consumer-group lag refresh took; NaN before the first one.");
    out.begin("streamscope_lag_refresh_duration_seconds")
        .preEscapedLabel(label)
        .value(self.lagRefreshDurationSeconds);
    return out.take();
}

} // namespace streamscope
