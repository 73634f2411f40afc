#include "checks/CheckReportJson.h"

namespace streamscope {

namespace {

using Json = nlohmann::ordered_json;

std::string text(const QString& s) {
    return s.toStdString();
}

Json refJson(const CheckRecordRef& ref) {
    return Json{{"topic", text(ref.topic)},
                {"partition", ref.partition},
                {"offset", ref.offset},
                {"timestamp_ms", ref.timestampMs}};
}

Json listJson(const QStringList& list) {
    Json array = Json::array();
    for (const QString& s : list)
        array.push_back(text(s));
    return array;
}

Json duplicatesJson(const DuplicateFindings& d) {
    Json examples = Json::array();
    for (const DuplicateExample& e : d.examples) {
        Json copies = Json::array();
        for (const CheckRecordRef& ref : e.copies)
            copies.push_back(refJson(ref));
        examples.push_back(Json{{"id", text(e.identity)},
                                {"same_payload", e.samePayload},
                                {"first_to_last_ms", e.firstToLastMs},
                                {"copies", std::move(copies)}});
    }
    return Json{{"count", d.count},
                {"same_payload", d.samePayload},
                {"different_payload", d.differentPayload},
                {"identity", text(d.identitySource)},
                {"examples", std::move(examples)}};
}

Json orderJson(const OrderFindings& o) {
    Json examples = Json::array();
    for (const OrderViolation& v : o.examples)
        examples.push_back(Json{{"key", v.key.toStdString()},
                                {"earlier", refJson(v.earlier)},
                                {"later", refJson(v.later)},
                                {"earlier_sequence", v.earlierSequence},
                                {"later_sequence", v.laterSequence},
                                {"gap", v.earlierSequence - v.laterSequence}});
    return Json{{"count", o.count},
                {"sequence", text(o.sequenceSource)},
                {"examples", std::move(examples)}};
}

Json versionJson(const VersionFinding& v) {
    Json fields = Json::array();
    for (const FieldShape& f : v.fields)
        fields.push_back(Json{{"path", text(f.path)}, {"type", text(f.type)}});
    Json entry{{"type", text(v.type)},
               {"version", text(v.version)},
               {"count", v.count},
               {"share", v.share},
               {"first_seen_ms", v.firstSeenMs},
               {"last_seen_ms", v.lastSeenMs},
               {"fields_added", listJson(v.fieldsAdded)},
               {"fields_removed", listJson(v.fieldsRemoved)},
               {"fields_changed_type", listJson(v.fieldsChangedType)},
               {"fields", std::move(fields)}};
    if (v.framed) { // only with --schema-registry: the contract's fields stay as they were
        entry["schema_id"] = v.schemaId;
        entry["subject"] = v.subject.isEmpty() ? Json(nullptr) : Json(text(v.subject));
    }
    return entry;
}

Json malformedJson(const MalformedFindings& m) {
    Json examples = Json::array();
    for (size_t i = 0; i < m.examples.size(); ++i) {
        Json e = refJson(m.examples[i]);
        e["reason"] = i < m.exampleReasons.size() ? text(m.exampleReasons[i]) : std::string();
        examples.push_back(std::move(e));
    }
    return Json{{"invalid_json", m.invalidJson},
                {"missing_headers", m.missingHeaders},
                {"empty_payload", m.emptyPayload},
                {"examples", std::move(examples)}};
}

Json latencyJson(const LatencyStep& s) {
    return Json{{"from_type", text(s.fromType)},
                {"to_type", text(s.toType)},
                {"count", s.count},
                {"p50_ms", s.p50Ms},
                {"p95_ms", s.p95Ms},
                {"p99_ms", s.p99Ms},
                {"max_ms", s.maxMs}};
}

Json sagaJson(const SagaFindings& s) {
    Json incomplete = Json::array();
    for (const QString& id : s.incompleteExamples)
        incomplete.push_back(text(id));
    return Json{{"traces", s.traces},         {"completed", s.completed},
                {"incomplete", s.incomplete}, {"pending", s.pending},
                {"sagas", s.sagas},           {"p50_ms", s.p50Ms},
                {"p95_ms", s.p95Ms},          {"p99_ms", s.p99Ms},
                {"max_ms", s.maxMs},          {"incomplete_examples", std::move(incomplete)}};
}

} // namespace

Json checkReportToJson(const CheckReport& report) {
    Json versions = Json::array();
    for (const VersionFinding& v : report.versions)
        versions.push_back(versionJson(v));
    Json latency = Json::array();
    for (const LatencyStep& s : report.latency)
        latency.push_back(latencyJson(s));
    Json keyExamples = Json::array();
    for (const KeyOnSeveralPartitions& k : report.order.keyExamples) {
        Json first = Json::array();
        for (const CheckRecordRef& ref : k.firstSeen)
            first.push_back(refJson(ref));
        keyExamples.push_back(Json{
            {"key", k.key.toStdString()}, {"partitions", k.partitions}, {"first_seen", first}});
    }
    return Json{{"records", report.records},
                {"duplicates", duplicatesJson(report.duplicates)},
                {"order_violations", orderJson(report.order)},
                {"keys_on_several_partitions", report.order.keysOnSeveralPartitions},
                {"keys_on_several_partitions_examples", std::move(keyExamples)},
                {"versions", std::move(versions)},
                {"malformed", malformedJson(report.malformed)},
                {"latency", std::move(latency)},
                {"saga", sagaJson(report.saga)},
                {"cancelled", report.cancelled}};
}

} // namespace streamscope
