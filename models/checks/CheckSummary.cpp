#include "checks/CheckSummary.h"

#include "common/DisplayFormat.h"
#include "common/ModelsTr.h"
#include "lag/LagFormat.h"

#include <algorithm>
#include <map>

namespace streamscope {

namespace {

QString percent(const QLocale& locale, double share) {
    return ModelsTr::tr("%1%").arg(locale.toString(share * 100.0, 'f', share < 0.001 ? 2 : 1));
}

CheckSummary duplicates(const CheckReport& report, const QLocale& locale) {
    const DuplicateFindings& d = report.duplicates;
    CheckSummary s{CheckKind::Duplicates, CheckHealth::Clean, ModelsTr::tr("Duplicates"), {}};
    const QString source = d.identitySource.isEmpty() ? QString() : d.identitySource;
    if (d.count == 0) {
        s.sentence = source.isEmpty()
                         ? ModelsTr::tr("No event was seen twice.")
                         : ModelsTr::tr("No event was seen twice (identity: %1).").arg(source);
        return s;
    }
    const double share = report.records > 0 ? double(d.count) / double(report.records) : 0.0;
    if (d.differentPayload > 0) {
        s.health = CheckHealth::Problem;
        s.sentence = ModelsTr::tr("%1 records reuse an earlier id with a different payload, and "
                                  "%2 are exact copies (%3 of all records).")
                         .arg(formatCount(locale, d.differentPayload),
                              formatCount(locale, d.samePayload), percent(locale, share));
    } else {
        s.health = CheckHealth::Warning;
        s.sentence = ModelsTr::tr("%1 records are exact copies of an earlier one (%2 of all "
                                  "records), as producer retries make them.")
                         .arg(formatCount(locale, d.count), percent(locale, share));
    }
    return s;
}

CheckSummary order(const CheckReport& report, const QLocale& locale) {
    const OrderFindings& o = report.order;
    CheckSummary s{CheckKind::Order, CheckHealth::Clean, ModelsTr::tr("Order per key"), {}};
    const QString source =
        o.sequenceSource.isEmpty() ? ModelsTr::tr("event time") : o.sequenceSource;
    if (o.count == 0) {
        s.sentence = ModelsTr::tr("Every key's %1 only goes forward.").arg(source);
        return s;
    }
    s.health = CheckHealth::Problem;
    s.sentence = ModelsTr::tr("%1 records went back in %2 within their key and partition.")
                     .arg(formatCount(locale, o.count), source);
    return s;
}

CheckSummary keysOnPartitions(const CheckReport& report, const QLocale& locale) {
    const OrderFindings& o = report.order;
    CheckSummary s{CheckKind::KeysOnPartitions,
                   CheckHealth::Clean,
                   ModelsTr::tr("Keys on several partitions"),
                   {}};
    if (o.keysOnSeveralPartitions == 0) {
        s.sentence = ModelsTr::tr("Every key stays on one partition.");
        return s;
    }
    s.health = CheckHealth::Warning;
    s.sentence = ModelsTr::tr("%1 keys were found on more than one partition: no order holds "
                              "between their events.")
                     .arg(formatCount(locale, o.keysOnSeveralPartitions));
    return s;
}

CheckSummary versions(const CheckReport& report, const QLocale& locale) {
    CheckSummary s{CheckKind::Versions, CheckHealth::Clean, ModelsTr::tr("Versions"), {}};
    if (report.versions.empty()) {
        s.health = CheckHealth::NotApplicable;
        s.sentence = ModelsTr::tr("No record carries an event type or a schema version.");
        return s;
    }
    std::map<QString, int> versionsPerType;
    qint64 changedType = 0;
    qint64 removed = 0;
    for (const VersionFinding& v : report.versions) {
        ++versionsPerType[v.type];
        changedType += qint64(v.fieldsChangedType.size());
        removed += qint64(v.fieldsRemoved.size());
    }
    const auto mixed = std::count_if(versionsPerType.begin(), versionsPerType.end(),
                                     [](const auto& entry) { return entry.second > 1; });
    const qint64 types = qint64(versionsPerType.size());
    if (mixed == 0) {
        s.sentence = ModelsTr::tr("%n event types, each in a single version.", nullptr, int(types));
        return s;
    }
    s.health = changedType > 0 ? CheckHealth::Problem : CheckHealth::Warning;
    QString sentence = ModelsTr::tr("%1 of %2 event types appear in several versions")
                           .arg(formatCount(locale, qint64(mixed)), formatCount(locale, types));
    if (changedType > 0)
        sentence += ModelsTr::tr("; %n fields changed their type", nullptr, int(changedType));
    if (removed > 0)
        sentence += ModelsTr::tr("; %n fields vanished", nullptr, int(removed));
    s.sentence = sentence + QLatin1Char('.');
    return s;
}

CheckSummary malformed(const CheckReport& report, const QLocale& locale) {
    const MalformedFindings& m = report.malformed;
    CheckSummary s{CheckKind::Malformed, CheckHealth::Clean, ModelsTr::tr("Malformed records"), {}};
    if (m.invalidJson == 0 && m.missingHeaders == 0 && m.emptyPayload == 0) {
        s.sentence = ModelsTr::tr("Every record is well formed.");
        return s;
    }
    s.health = CheckHealth::Problem;
    QStringList parts;
    if (m.invalidJson > 0)
        parts << ModelsTr::tr("%1 not valid JSON").arg(formatCount(locale, m.invalidJson));
    if (m.missingHeaders > 0)
        parts << ModelsTr::tr("%1 missing a required header")
                     .arg(formatCount(locale, m.missingHeaders));
    if (m.emptyPayload > 0)
        parts << ModelsTr::tr("%1 with an empty payload").arg(formatCount(locale, m.emptyPayload));
    s.sentence = ModelsTr::tr("Records that are %1.").arg(parts.join(QStringLiteral(", ")));
    return s;
}

CheckSummary latency(const CheckReport& report, const QLocale& locale) {
    CheckSummary s{CheckKind::Latency, CheckHealth::Clean, ModelsTr::tr("Flow latency"), {}};
    if (report.latency.empty() && report.saga.traces == 0) {
        s.health = CheckHealth::NotApplicable;
        s.sentence = ModelsTr::tr("No record carries a W3C traceparent, so no flow can be "
                                  "followed.");
        return s;
    }
    if (report.saga.incomplete > 0) {
        s.health = CheckHealth::Warning;
        s.sentence = ModelsTr::tr("%1 of %2 traces did not complete within the window.")
                         .arg(formatCount(locale, report.saga.incomplete),
                              formatCount(locale, report.saga.traces));
        return s;
    }
    const auto slowest = std::max_element(
        report.latency.begin(), report.latency.end(),
        [](const LatencyStep& a, const LatencyStep& b) { return a.p99Ms < b.p99Ms; });
    if (slowest == report.latency.end()) {
        s.sentence = ModelsTr::tr("%1 traces, none with a follow-up event.")
                         .arg(formatCount(locale, report.saga.traces));
        return s;
    }
    s.sentence =
        ModelsTr::tr("%n steps measured; the slowest, %1 \u2192 %2, takes %3 at p99.", nullptr,
                     int(report.latency.size()))
            .arg(slowest->fromType, slowest->toType, formatDelayMs(locale, slowest->p99Ms));
    return s;
}

} // namespace

std::vector<CheckSummary> summarizeChecks(const CheckReport& report, const QLocale& locale) {
    return {duplicates(report, locale), order(report, locale),     keysOnPartitions(report, locale),
            versions(report, locale),   malformed(report, locale), latency(report, locale)};
}

QColor checkHealthColor(CheckHealth health) {
    switch (health) {
    case CheckHealth::Clean:
        return lagStatusColor(LagStatus::Ok);
    case CheckHealth::Warning:
        return lagStatusColor(LagStatus::Warn);
    case CheckHealth::Problem:
        return lagStatusColor(LagStatus::Error);
    case CheckHealth::NotApplicable:
        break;
    }
    return lagStatusColor(LagStatus::Unknown);
}

QString checkHealthName(CheckHealth health) {
    switch (health) {
    case CheckHealth::Clean:
        return ModelsTr::tr("clean");
    case CheckHealth::Warning:
        return ModelsTr::tr("warning");
    case CheckHealth::Problem:
        return ModelsTr::tr("problem");
    case CheckHealth::NotApplicable:
        break;
    }
    return ModelsTr::tr("nothing to check");
}

QString formatDelayMs(const QLocale& locale, double ms) {
    if (ms < 10)
        return ModelsTr::tr("%1 ms").arg(locale.toString(ms, 'f', 1));
    if (ms < 1000)
        return ModelsTr::tr("%1 ms").arg(locale.toString(ms, 'f', 0));
    return formatDuration(locale, ms / 1000.0);
}

QString formatRecordRef(const CheckRecordRef& ref) {
    return ModelsTr::tr("%1, partition %2, offset %3")
        .arg(ref.topic)
        .arg(ref.partition)
        .arg(ref.offset);
}

} // namespace streamscope
