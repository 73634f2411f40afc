// streamscope-cli throughput: msgs/s per topic and partition over a sampling window.
//
// Samples end offsets at once, every --interval seconds and at exactly start + --window, then
// reports (last end offset - first end offset) / (measured monotonic time between the samples)
// per partition (WindowRateCalculator). The intermediate samples let a partition that was
// unreadable at an edge still be measured, and follow topics created or deleted meanwhile.
#include "CliContext.h"
#include "ClusterSample.h"
#include "TextTable.h"
#include "kafka/KafkaClient.h"
#include "throughput/WindowRateCalculator.h"

#include <QCoreApplication>
#include <QHash>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <thread>

namespace streamscope::cli {

namespace {

constexpr int kTimeoutMs = 10000;
constexpr int kConfigTimeoutMs = 5000;

struct CliTr {
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)
};

struct ThroughputOptions {
    QStringList topics; // empty: all
    double windowS = 10;
    double intervalS = 1;
    bool json = false;
    bool includeInternal = false;
};

// What the window covered, beside the rates: a command that could not do what was asked says so
// (and exits 1) instead of presenting a shorter window as the answer.
struct WindowOutcome {
    double requestedS = 0;
    double coveredS = 0;
    bool complete = true; // the sample at the window's end succeeded
    int failedSamples = 0;
    QString lastError;                      // of the last failed sample
    QStringList deletedTopics;              // seen during the window, gone at its end
    QHash<QString, qint64> recreatedTopics; // -> ms of the window their rate covers
    QStringList missingRequested;           // -t topics deleted during the window
    QStringList unauthorizedTopics;         // -t topics the broker's ACLs hide from the user
};

QString notAuthorizedNote() {
    return CliTr::tr("not authorized");
}

// A topic hidden as a whole is "not authorized"; that its configs are hidden too goes unsaid.
OffsetNotes shownOffsetNotes(const TopicRate& t, const WindowOutcome& outcome) {
    if (!outcome.unauthorizedTopics.contains(t.topic))
        return t.offsetNotes;
    return t.offsetNotes & ~static_cast<unsigned>(OffsetNote::ConfigsNotAuthorized);
}

// Prints a warning once, and a repeated identical one only as a count: a dead broker used to
// print the same line every sample.
class WarningPrinter {
public:
    explicit WarningPrinter(QTextStream& err)
        : m_err(err) {}
    ~WarningPrinter() { flushRepeats(); }
    WarningPrinter(const WarningPrinter&) = delete;
    WarningPrinter& operator=(const WarningPrinter&) = delete;

    void warn(const QString& text) {
        if (text == m_last) {
            ++m_repeats;
            return;
        }
        flushRepeats();
        m_last = text;
        m_err << CliTr::tr("warning: ") << text << Qt::endl;
    }
    void flushRepeats() {
        if (m_repeats > 0)
            m_err << CliTr::tr("warning: the same failure repeated %n more time(s)", nullptr,
                               m_repeats)
                  << Qt::endl;
        m_repeats = 0;
    }

private:
    QTextStream& m_err;
    QString m_last;
    int m_repeats = 0;
};

Expected<ClusterMetadata> takeSample(KafkaClient& client, const QStringList& topics) {
    return sampleCluster(client, topics, kTimeoutMs);
}

QString deletedNote() {
    return CliTr::tr("deleted during the window");
}

QString recreatedNote(qint64 measuredMs) {
    return CliTr::tr("re-created during the window; rate over its last %1 s")
        .arg(static_cast<double>(measuredMs) / 1000.0, 0, 'f', 1);
}

nlohmann::json rateOrNull(double rate) {
    // Three decimals are plenty for msgs/s and keep the output stable to read.
    return hasValue(rate) ? nlohmann::json(std::round(rate * 1000.0) / 1000.0)
                          : nlohmann::json(nullptr);
}

nlohmann::json toJson(const ThroughputSnapshot& rates, const WindowRateCalculator& window,
                      const ThroughputOptions& options, const WindowOutcome& outcome) {
    nlohmann::json root;
    auto topics = nlohmann::json::array();
    for (const auto& t : rates.topics) {
        auto partitions = nlohmann::json::array();
        for (const auto& p : t.partitions) {
            partitions.push_back({{"partition", p.partition},
                                  {"msgs_per_s", rateOrNull(p.msgsPerSec)},
                                  {"end_offset", p.endOffset >= 0 ? nlohmann::json(p.endOffset)
                                                                  : nlohmann::json(nullptr)},
                                  {"readable", p.readable}});
        }
        nlohmann::json topic = {{"topic", t.topic.toStdString()},
                                {"msgs_per_s", rateOrNull(t.msgsPerSec)},
                                {"partitions", std::move(partitions)},
                                {"internal", t.internal},
                                {"offsets_in_window", t.producedSinceStart},
                                {"skew", rateOrNull(t.skew)},
                                {"hot_partition", t.hotPartition
                                                      ? nlohmann::json(t.hottestPartition)
                                                      : nlohmann::json(nullptr)}};
        QStringList notes;
        const OffsetNotes offsetNotes = shownOffsetNotes(t, outcome);
        if (offsetNotes != 0)
            notes << describeOffsetNotes(offsetNotes);
        if (hasNote(offsetNotes, OffsetNote::ConfigsNotAuthorized))
            topic["configs_authorized"] = false;
        if (const auto recreated = outcome.recreatedTopics.constFind(t.topic);
            recreated != outcome.recreatedTopics.constEnd()) {
            notes << recreatedNote(*recreated);
            topic["recreated"] = true;
            topic["measured_s"] = static_cast<double>(*recreated) / 1000.0;
        }
        if (outcome.unauthorizedTopics.contains(t.topic)) {
            notes << notAuthorizedNote();
            topic["authorized"] = false;
        }
        if (!notes.isEmpty())
            topic["note"] = notes.join(QStringLiteral("; ")).toStdString();
        topics.push_back(std::move(topic));
    }
    // A topic deleted during the window has no rate, but its absence is news, not silence.
    auto deleted = nlohmann::json::array();
    for (const auto& name : outcome.deletedTopics) {
        topics.push_back({{"topic", name.toStdString()},
                          {"msgs_per_s", nullptr},
                          {"partitions", nlohmann::json::array()},
                          {"internal", isInternalTopicName(name)},
                          {"offsets_in_window", nullptr},
                          {"skew", nullptr},
                          {"hot_partition", nullptr},
                          {"deleted", true},
                          {"note", deletedNote().toStdString()}});
        deleted.push_back(name.toStdString());
    }
    root["topics"] = std::move(topics);
    root["deleted_topics"] = std::move(deleted);
    root["requested_s"] = outcome.requestedS;
    root["covered_s"] = outcome.coveredS;
    root["complete"] = outcome.complete;
    root["failed_samples"] = outcome.failedSamples;
    if (!outcome.lastError.isEmpty())
        root["error"] = outcome.lastError.toStdString();
    root["msgs_per_s"] = rateOrNull(rates.clusterMsgsPerSec);
    root["window_s"] = options.windowS;
    root["interval_s"] = options.intervalS;
    root["measured_window_s"] = static_cast<double>(window.windowMs()) / 1000.0;
    root["samples"] = window.sampleCount();
    root["window_start_ms"] = window.firstSampleWallMs();
    root["window_end_ms"] = window.lastSampleWallMs();
    return root;
}

QString formatRate(double rate) {
    return hasValue(rate) ? QString::number(rate, 'f', 1) : QStringLiteral("?");
}

void printTable(QTextStream& out, const ThroughputSnapshot& rates,
                const WindowRateCalculator& window, const WindowOutcome& outcome) {
    out << CliTr::tr("Window %1 s, %2 samples; cluster %3 msgs/s")
               .arg(static_cast<double>(window.windowMs()) / 1000.0, 0, 'f', 1)
               .arg(window.sampleCount())
               .arg(formatRate(rates.clusterMsgsPerSec))
        << '\n';
    QStringList names;
    for (const auto& t : rates.topics)
        names.append(t.topic);
    const int nameWidth = nameColumnWidth(names, 40);
    out << QStringLiteral("%1 %2 %3 %4  %5\n")
               .arg(CliTr::tr("TOPIC"), -nameWidth)
               .arg(CliTr::tr("PARTITION"), 9)
               .arg(CliTr::tr("MSGS/S"), 12)
               .arg(CliTr::tr("END_OFFSET"), 14)
               .arg(CliTr::tr("NOTES"));
    for (const auto& t : rates.topics) {
        QStringList notes;
        if (hasValue(t.skew) && t.partitionCount > 1)
            notes << CliTr::tr("skew %1").arg(t.skew, 0, 'f', 2);
        if (t.hotPartition)
            notes << CliTr::tr("hot partition %1 (%2%)")
                         .arg(t.hottestPartition)
                         .arg(qRound(t.hottestShare * 100));
        if (!t.complete())
            notes << CliTr::tr("%1 of %2 partitions measured")
                         .arg(t.ratedPartitions)
                         .arg(t.partitionCount);
        if (const OffsetNotes offsetNotes = shownOffsetNotes(t, outcome); offsetNotes != 0)
            notes << describeOffsetNotes(offsetNotes);
        if (const auto recreated = outcome.recreatedTopics.constFind(t.topic);
            recreated != outcome.recreatedTopics.constEnd())
            notes << recreatedNote(*recreated);
        if (outcome.unauthorizedTopics.contains(t.topic))
            notes << notAuthorizedNote();
        out << QStringLiteral("%1 %2 %3 %4  %5\n")
                   .arg(t.topic, -nameWidth)
                   .arg(QStringLiteral("*"), 9)
                   .arg(formatRate(t.msgsPerSec), 12)
                   .arg(QString(), 14)
                   .arg(notes.join(QStringLiteral("; ")));
        for (const auto& p : t.partitions) {
            out << QStringLiteral("%1 %2 %3 %4  %5\n")
                       .arg(QString(), -nameWidth)
                       .arg(p.partition, 9)
                       .arg(formatRate(p.msgsPerSec), 12)
                       .arg(p.endOffset >= 0 ? QString::number(p.endOffset) : QStringLiteral("?"),
                            14)
                       .arg(p.readable
                                ? QString()
                                : CliTr::tr("unreadable: %1").arg(describeKafkaError(p.errorCode)));
        }
    }
    for (const auto& name : outcome.deletedTopics) {
        out << QStringLiteral("%1 %2 %3 %4  %5\n")
                   .arg(name, -40)
                   .arg(QStringLiteral("*"), 9)
                   .arg(QStringLiteral("-"), 12)
                   .arg(QString(), 14)
                   .arg(deletedNote());
    }
}

} // namespace

int runThroughput(const QStringList& args) {
    CliContext ctx(QStringLiteral("throughput"));
    auto& parser = ctx.parser();
    parser.addOption({{QStringLiteral("t"), QStringLiteral("topic")},
                      CliTr::tr("Only this topic (repeatable). Default: all topics."),
                      QStringLiteral("topic")});
    parser.addOption({QStringLiteral("window"), CliTr::tr("Seconds to measure over (default 10)."),
                      QStringLiteral("seconds"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("interval"),
                      CliTr::tr("Seconds between samples inside the window (default 1)."),
                      QStringLiteral("seconds"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("json"), CliTr::tr("Print JSON instead of a table.")});
    parser.addOption({QStringLiteral("internal"),
                      CliTr::tr("Include internal topics (__consumer_offsets, ...).")});
    if (!ctx.parse(args))
        return parser.isSet(QStringLiteral("help")) ? kExitOk : kExitUsage;

    ThroughputOptions options;
    options.topics = parser.values(QStringLiteral("topic"));
    options.topics.removeDuplicates();
    // A bad name is a usage error here, not a request librdkafka refuses (an empty name used to
    // crash in DescribeConfigs) or a row with rate "?".
    if (!ctx.checkTopicNames(QStringLiteral("-t"), options.topics))
        return kExitUsage;
    options.json = parser.isSet(QStringLiteral("json"));
    options.includeInternal = parser.isSet(QStringLiteral("internal"));
    const auto windowS =
        ctx.numberOption(QStringLiteral("window"), 0.1, 86400, CliTr::tr("seconds"));
    if (!windowS)
        return kExitUsage;
    const auto intervalS =
        ctx.numberOption(QStringLiteral("interval"), 0.1, 3600, CliTr::tr("seconds"));
    if (!intervalS)
        return kExitUsage;
    options.windowS = *windowS;
    options.intervalS = std::min(*intervalS, options.windowS);

    ConnectionProfile profile;
    int exitCode = kExitOk;
    const auto connected = ctx.connect(&profile, &exitCode);
    if (!connected)
        return exitCode;
    KafkaClient& client = *connected;

    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    const auto window =
        std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(options.windowS));
    const auto interval = std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(options.intervalS));

    WindowRateCalculator rates;
    WindowOutcome outcome;
    auto first = takeSample(client, options.topics);
    if (!first)
        return ctx.fail(sampleFailure(client, profile.bootstrapServers, first.error()));
    for (const auto& name : options.topics) {
        const TopicInfo* topic = first->findTopic(name);
        if (!topic)
            return ctx.fail(CliTr::tr("unknown topic \"%1\"").arg(name));
        if (isAuthorizationError(topic->errorCode))
            outcome.unauthorizedTopics.append(name);
    }
    // cleanup.policy once, for the compaction note.
    QStringList names;
    for (const auto& t : first->topics)
        names.append(t.name);
    const QByteArray policyKey = QByteArrayLiteral("cleanup.policy");
    const auto policies = client.topicConfigValues(names, {policyKey}, kConfigTimeoutMs);
    rates.add(*first);

    // Sample on a fixed grid (start + k * interval) so slow samples do not stretch the window,
    // and always at exactly start + window.
    outcome.requestedS = options.windowS;
    {
        WarningPrinter warnings(ctx.err());
        for (int k = 1;; ++k) {
            auto due = start + k * interval;
            const bool last = due >= start + window;
            if (last)
                due = start + window;
            std::this_thread::sleep_until(due);
            auto sample = takeSample(client, options.topics);
            if (sample) {
                if (policies) {
                    for (auto& t : sample->topics) {
                        t.cleanupPolicy = policies->value(t.name, policyKey);
                        t.configsAuthorized = !policies->notAuthorized.contains(t.name);
                    }
                }
                rates.add(*sample);
            } else {
                const QString detail = client.lastBrokerError();
                outcome.lastError = detail.isEmpty() ? sample.error().message : detail;
                ++outcome.failedSamples;
                warnings.warn(CliTr::tr("sample failed: %1").arg(outcome.lastError));
            }
            if (last) {
                outcome.complete = sample.ok();
                break;
            }
        }
    }
    outcome.coveredS = static_cast<double>(rates.windowMs()) / 1000.0;
    if (rates.sampleCount() < 2)
        return ctx.fail(CliTr::tr("fewer than two samples succeeded; no rate over the window "
                                  "(last error: %1)")
                            .arg(outcome.lastError));
    outcome.deletedTopics = rates.vanishedTopics();
    outcome.recreatedTopics = rates.recreatedTopics();
    for (const auto& name : options.topics) {
        if (outcome.deletedTopics.contains(name))
            outcome.missingRequested.append(name);
    }
    if (!options.includeInternal) {
        outcome.deletedTopics.removeIf([&options](const QString& name) {
            return isInternalTopicName(name) && !options.topics.contains(name);
        });
    }

    ThroughputSnapshot result = rates.result();
    if (!options.includeInternal) {
        std::erase_if(result.topics, [&options](const TopicRate& t) {
            return t.internal && !options.topics.contains(t.topic);
        });
        // The cluster figure covers exactly the topics shown.
        result.clusterMsgsPerSec = kNoRate;
        for (const auto& t : result.topics) {
            if (hasValue(t.msgsPerSec))
                result.clusterMsgsPerSec = hasValue(result.clusterMsgsPerSec)
                                               ? result.clusterMsgsPerSec + t.msgsPerSec
                                               : t.msgsPerSec;
        }
    }
    if (options.json)
        ctx.out() << QString::fromStdString(toJson(result, rates, options, outcome).dump(2))
                  << '\n';
    else
        printTable(ctx.out(), result, rates, outcome);
    ctx.out().flush();
    // The partial result above is still worth seeing; the exit status and stderr say it is not
    // the answer that was asked for.
    int status = 0;
    if (!outcome.complete) {
        status = ctx.fail(CliTr::tr("measured only %1 s of the requested %2 s window: %3")
                              .arg(outcome.coveredS, 0, 'f', 1)
                              .arg(options.windowS)
                              .arg(outcome.lastError));
    }
    if (!outcome.missingRequested.isEmpty()) {
        status = ctx.fail(CliTr::tr("topic(s) deleted during the window: %1")
                              .arg(outcome.missingRequested.join(QStringLiteral(", "))));
    }
    return status;
}

} // namespace streamscope::cli
