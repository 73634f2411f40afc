// The filter language (core/browse/Filter): every operator, missing fields, nested paths, arrays,
// unicode and numbers sent as strings on a fixed corpus, each compared with a reference written
// independently here (nlohmann_json's DOM, plain C++); error positions; parallel evaluation over
// a store equal to the serial one (also while a writer appends); a random fuzz run.
#include "browse/Filter.h"
#include "browse/MessageStore.h"

#include <QRandomGenerator>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <optional>
#include <thread>

using namespace streamscope;
using nlohmann::json;

namespace {

constexpr qint64 kNow = 1764670000000; // 2025-12-02T10:06:40Z: `now` of every compile here
constexpr qint64 kDay = 86400000;

ConsumedRecord rec(int partition, qint64 offset, qint64 ts, std::optional<QByteArray> key,
                   std::optional<QByteArray> value, std::vector<RecordHeader> headers = {}) {
    ConsumedRecord r;
    r.topic = QStringLiteral("corpus");
    r.partition = partition;
    r.offset = offset;
    r.timestampMs = ts;
    r.timestampType = ts >= 0 ? RecordTimestampType::CreateTime : RecordTimestampType::NotAvailable;
    if (key)
        r.key = key->isEmpty() ? QByteArray("", 0) : *key;
    if (value)
        r.value = value->isEmpty() ? QByteArray("", 0) : *value;
    r.headers = std::move(headers);
    return r;
}

std::vector<ConsumedRecord> corpus() {
    std::vector<ConsumedRecord> c;
    c.push_back(rec(
        0, 0, kNow - 2 * kDay, QByteArray("k1"),
        QByteArray(
            R"({"id":1,"type":"order","order":{"total":150.5,"items":[{"sku":"A-1","qty":2},{"sku":"B-2","qty":1}]},"tags":["new","vip"],"name":"Zo\u00eb"})"),
        {{"service", "orders"}, {"trace", "abc"}}));
    c.push_back(rec(
        1, 0, kNow - kDay / 2, QByteArray("k2"),
        QByteArray(
            R"({"id":2,"type":"payment","amount":"42","order":{"total":20,"items":[]},"tags":[],"name":"Bob"})"),
        {{"service", "payments"}}));
    c.push_back(
        rec(2, 0, kNow - 60000, std::nullopt,
            QByteArray("{\"id\":3,\"type\":\"order\",\"order\":{\"total\":99.99,\"items\":[{"
                       "\"sku\":\"C-3\"}]},\"ok\":true,\"name\":\"\xe6\x9d\xb1\xe4\xba\xac\"}")));
    c.push_back(rec(0, 1, kNow - 1000, QByteArray("k4"), std::nullopt, {{"service", "orders"}}));
    c.push_back(rec(1, 1, -1, QByteArray("k5"), QByteArray("not json {"),
                    {{"content-type", "text/plain"}}));
    c.push_back(rec(2, 1, kNow, QByteArray("\xff\xfe", 2), QByteArray("\x00\x01\xff", 3)));
    c.push_back(rec(0, 2, kNow + 5000, QByteArray("k7"),
                    QByteArray(R"({"id":"7","type":"refund","amount":42,"ok":false,"n":null})")));
    c.push_back(rec(1, 2, kNow - 3 * kDay, QByteArray(""), QByteArray(""),
                    {{"service", QByteArray("", 0)}, {"nullheader", QByteArray()}}));
    c.push_back(rec(
        2, 2, kNow - 10 * 60000, QByteArray("k9"),
        QByteArray(
            R"({"id":9,"type":"order","order":{"total":1e3,"items":[{"sku":"A-1"},{"sku":"Z-9","qty":5}]},"tags":["vip"],"nested":{"a":{"b":{"c":"deep"}}}})")));
    c.push_back(rec(0, 3, kNow - 2 * 60000, QByteArray("k10"), QByteArray("[1,2,3]"),
                    {{"service", "orders"}, {"service", "audit"}}));
    c.push_back(
        rec(1, 3, kNow - 30000, QByteArray("\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87"),
            QByteArray("{\"id\":10,\"type\":\"Order\",\"name\":\"emoji \xf0\x9f\x8e\x89\"}")));
    c.push_back(
        rec(2, 3, kNow - 5 * 60000, QByteArray("k12"),
            QByteArray(R"({"id":12.0,"type":"order","amount":"42.0","tags":["x",7,"vip2"]})"),
            {{"trace", "xyz"}}));
    // Broken JSON: the first field read kills simdjson's iterator; later fields must not crash.
    c.push_back(rec(0, 4, kNow, QByteArray("k13"), QByteArray("{\"id\":5,\"x\":[1,2")));
    c.push_back(rec(1, 4, kNow, QByteArray("k14"), QByteArray("{\"a\":")));
    return c;
}

// ---- The reference: plain C++ over nlohmann's DOM, written without looking at the filter. ----

std::optional<json> parsed(const ConsumedRecord& r) {
    if (r.value.isNull())
        return std::nullopt;
    json j = json::parse(r.value.constData(), r.value.constData() + r.value.size(), nullptr, false);
    if (j.is_discarded())
        return std::nullopt;
    return j;
}

// The parsed value of a record, kept (by content) so pointers into it stay valid.
const std::optional<json>& doc(const ConsumedRecord& r) {
    static std::map<std::pair<bool, QByteArray>, std::optional<json>> cache;
    const auto key = std::make_pair(r.value.isNull(), r.value);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.emplace(key, parsed(r)).first;
    return it->second;
}

// Never on a temporary: the pointer would dangle.
const json* at(const std::optional<json>&& j, const char* pointer) = delete;
const json* at(const std::optional<json>& j, const char* pointer) {
    if (!j)
        return nullptr;
    const json::json_pointer p(pointer);
    if (!j->contains(p))
        return nullptr;
    return &j->at(p);
}

std::optional<double> asNumber(const json* v) {
    if (!v)
        return std::nullopt;
    if (v->is_number())
        return v->get<double>();
    if (v->is_string()) {
        const std::string s = v->get<std::string>();
        char* end = nullptr;
        const double d = std::strtod(s.c_str(), &end);
        if (!s.empty() && end == s.c_str() + s.size())
            return d;
    }
    return std::nullopt;
}

bool isString(const json* v, const std::string& s) {
    return v && v->is_string() && v->get<std::string>() == s;
}

std::optional<QByteArray> header(const ConsumedRecord& r, const char* name) {
    std::optional<QByteArray> found;
    for (const auto& h : r.headers)
        if (h.name == name)
            found = h.value;
    return found;
}

struct Case {
    const char* expression;
    std::function<bool(const ConsumedRecord&)> reference;
};

std::vector<Case> cases() {
    using R = const ConsumedRecord&;
    return {
        {"value.type == \"order\"", [](R r) { return isString(at(doc(r), "/type"), "order"); }},
        {"value.type != \"order\"",
         [](R r) {
             const auto j = parsed(r);
             const json* t = at(j, "/type");
             return t && !isString(t, "order");
         }},
        {"value.order.total > 100",
         [](R r) {
             const auto j = parsed(r);
             auto n = asNumber(at(j, "/order/total"));
             return n && *n > 100;
         }},
        {"value.order.total <= 99.99",
         [](R r) {
             const auto j = parsed(r);
             auto n = asNumber(at(j, "/order/total"));
             return n && *n <= 99.99;
         }},
        {"value.order.items[0].sku == \"A-1\"",
         [](R r) { return isString(at(doc(r), "/order/items/0/sku"), "A-1"); }},
        {"value.order.items[1].qty >= 5",
         [](R r) {
             const auto j = parsed(r);
             auto n = asNumber(at(j, "/order/items/1/qty"));
             return n && *n >= 5;
         }},
        {"value.order.items[5].sku", [](R) { return false; }},
        {"value.tags contains \"vip\"",
         [](R r) {
             const auto j = parsed(r);
             const json* t = at(j, "/tags");
             if (!t || !t->is_array())
                 return false;
             for (const auto& e : *t)
                 if (e == "vip")
                     return true;
             return false;
         }},
        {"value.tags contains 7",
         [](R r) {
             const auto j = parsed(r);
             const json* t = at(j, "/tags");
             if (!t || !t->is_array())
                 return false;
             for (const auto& e : *t)
                 if (e.is_number() && e.get<double>() == 7)
                     return true;
             return false;
         }},
        {"value.name contains \"\u00f6\"", [](R) { return false; }},
        {"value.name contains \"\u00eb\"",
         [](R r) { return isString(at(doc(r), "/name"), "Zo\xc3\xab"); }},
        {"value.name == \"\u6771\u4eac\"",
         [](R r) { return isString(at(doc(r), "/name"), "\xe6\x9d\xb1\xe4\xba\xac"); }},
        {"value.name matches \"^emoji .$\"",
         [](R r) {
             const json* n = at(doc(r), "/name");
             return n && n->is_string() && n->get<std::string>().rfind("emoji ", 0) == 0;
         }},
        {"value.amount == 42",
         [](R r) {
             auto n = asNumber(at(doc(r), "/amount"));
             return n && *n == 42;
         }},
        // A string literal against a JSON string compares text ("42.0" is not "42"); against
        // a JSON number it compares numbers.
        {"value.amount == \"42\"",
         [](R r) {
             const json* a = at(doc(r), "/amount");
             return a && ((a->is_string() && *a == "42") || (a->is_number() && *a == 42));
         }},
        {"value.id == 7",
         [](R r) {
             auto n = asNumber(at(doc(r), "/id"));
             return n && *n == 7;
         }},
        {"value.id == 12",
         [](R r) {
             auto n = asNumber(at(doc(r), "/id"));
             return n && *n == 12;
         }},
        {"value.id in {1, 3, 9}",
         [](R r) {
             auto n = asNumber(at(doc(r), "/id"));
             return n && (*n == 1 || *n == 3 || *n == 9);
         }},
        {"value.type in {\"refund\", \"payment\"}",
         [](R r) {
             const json* t = at(doc(r), "/type");
             return isString(t, "refund") || isString(t, "payment");
         }},
        {"value.ok == true",
         [](R r) {
             const json* t = at(doc(r), "/ok");
             return t && t->is_boolean() && t->get<bool>();
         }},
        {"value.ok == false",
         [](R r) {
             const json* t = at(doc(r), "/ok");
             return t && t->is_boolean() && !t->get<bool>();
         }},
        {"value.n == null",
         [](R r) {
             const json* t = at(doc(r), "/n");
             return t && t->is_null();
         }},
        {"value.nested.a.b.c == \"deep\"",
         [](R r) { return isString(at(doc(r), "/nested/a/b/c"), "deep"); }},
        {"value.missing == 1", [](R) { return false; }},
        {"value.missing != 1", [](R) { return false; }},
        {"not value.missing", [](R) { return true; }},
        {"value.order", [](R r) { return at(doc(r), "/order") != nullptr; }},
        {"value[0] == 1",
         [](R r) {
             auto n = asNumber(at(doc(r), "/0"));
             return n && *n == 1;
         }},
        {"value.type < \"p\"",
         [](R r) {
             const json* t = at(doc(r), "/type");
             return t && t->is_string() && t->get<std::string>() < "p";
         }},
        {"key == \"k1\"", [](R r) { return !r.key.isNull() && r.key == "k1"; }},
        {"key == null", [](R r) { return r.key.isNull(); }},
        {"key != null", [](R r) { return !r.key.isNull(); }},
        {"key", [](R r) { return !r.key.isNull(); }},
        {"key contains \"k\"", [](R r) { return !r.key.isNull() && r.key.contains('k'); }},
        {"key matches \"^k[0-9]+$\"",
         [](R r) {
             if (r.key.isNull() || r.key.size() < 2 || r.key[0] != 'k')
                 return false;
             for (qsizetype i = 1; i < r.key.size(); ++i)
                 if (r.key[i] < '0' || r.key[i] > '9')
                     return false;
             return true;
         }},
        {"key == \"\"", [](R r) { return !r.key.isNull() && r.key.isEmpty(); }},
        {"key == \"\u043a\u043b\u044e\u0447\"",
         [](R r) { return r.key == QByteArray("\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87"); }},
        {"key != \"k1\"", [](R r) { return !r.key.isNull() && r.key != "k1"; }},
        {"value == null", [](R r) { return r.value.isNull(); }},
        {"!value", [](R r) { return r.value.isNull(); }},
        {"value contains \"json\"", [](R r) { return r.value.contains("json"); }},
        {"value == \"not json {\"", [](R r) { return r.value == "not json {"; }},
        {"header.service == \"orders\"",
         [](R r) {
             auto h = header(r, "service");
             return h && *h == "orders";
         }},
        {"header.service != \"orders\"",
         [](R r) {
             auto h = header(r, "service");
             return h && *h != "orders";
         }},
        {"header.content-type", [](R r) { return header(r, "content-type").has_value(); }},
        {"header.service == \"\"",
         [](R r) {
             auto h = header(r, "service");
             return h && !h->isNull() && h->isEmpty();
         }},
        {"header.nullheader == null",
         [](R r) {
             auto h = header(r, "nullheader");
             return h && h->isNull();
         }},
        {"header.trace in {\"abc\", \"xyz\"}",
         [](R r) {
             auto h = header(r, "trace");
             return h && (*h == "abc" || *h == "xyz");
         }},
        {"partition == 1", [](R r) { return r.partition == 1; }},
        {"partition in {0, 2}", [](R r) { return r.partition == 0 || r.partition == 2; }},
        {"offset >= 2", [](R r) { return r.offset >= 2; }},
        {"offset < 1", [](R r) { return r.offset < 1; }},
        {"partition == \"2\"", [](R r) { return r.partition == 2; }},
        {"timestamp > 2025-12-01T00:00:00Z",
         [](R r) { return r.timestampMs >= 0 && r.timestampMs > 1764547200000; }},
        {"timestamp >= now - 5m", [](R r) { return r.timestampMs >= kNow - 300000; }},
        {"timestamp < now - 1d",
         [](R r) { return r.timestampMs >= 0 && r.timestampMs < kNow - kDay; }},
        {"timestamp > \"2025-12-02\"", [](R r) { return r.timestampMs > 1764633600000; }},
        {"timestamp", [](R r) { return r.timestampMs >= 0; }},
        {"size > 100", [](R r) { return r.payloadBytes() > 100; }},
        {"size == 0", [](R r) { return r.payloadBytes() == 0; }},
        {"topic == \"corpus\"", [](R) { return true; }},
        {"topic contains \"orp\"", [](R) { return true; }},
        {"topic != \"corpus\"", [](R) { return false; }},
        {"value.type == \"order\" and (header.service == \"orders\" or key == null)",
         [](R r) {
             auto h = header(r, "service");
             return isString(at(doc(r), "/type"), "order") &&
                    ((h && *h == "orders") || r.key.isNull());
         }},
        {"!(partition == 0) && value.id > 2",
         [](R r) {
             auto n = asNumber(at(doc(r), "/id"));
             return r.partition != 0 && n && *n > 2;
         }},
        {"not value.type == \"order\" || size < 10",
         [](R r) { return !isString(at(doc(r), "/type"), "order") || r.payloadBytes() < 10; }},
        {"(((key == \"k1\")))", [](R r) { return r.key == "k1"; }},
        {"value.type == 'order' && value.tags contains 'vip'",
         [](R r) {
             const auto j = parsed(r);
             const json* t = at(j, "/tags");
             bool vip = false;
             if (t && t->is_array())
                 for (const auto& e : *t)
                     vip = vip || e == "vip";
             return isString(at(j, "/type"), "order") && vip;
         }},
        {"value.x[5] == 1 or value.id == 5 or value.a", [](R) { return false; }},
        {"", [](R) { return true; }},
    };
}

} // namespace

class TestFilterLanguage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void corpusMatchesTheReference_data() {
        QTest::addColumn<int>("index");
        const auto all = cases();
        for (int i = 0; i < int(all.size()); ++i)
            QTest::newRow(all[size_t(i)].expression) << i;
    }

    void corpusMatchesTheReference() {
        QFETCH(int, index);
        const Case c = cases()[size_t(index)];
        FilterError error;
        auto filter = CompiledFilter::compile(QString::fromUtf8(c.expression), &error, kNow);
        QVERIFY2(filter.ok(), qPrintable(error.toError().message));
        const QByteArray topic("corpus");
        const auto messages = corpus();
        MessageStore store(QStringLiteral("corpus"), qint64(64) << 20);
        for (const auto& m : messages)
            QVERIFY(store.append(m));
        for (size_t i = 0; i < messages.size(); ++i) {
            const bool expected = c.reference(messages[i]);
            // An in-flight record (unpadded, vector headers) and the stored row (arena).
            QCOMPARE(filter->matches(MessageView::of(messages[i], topic)), expected);
            QVERIFY2(filter->matches(store.view(i)) == expected,
                     qPrintable(QStringLiteral("stored row %1").arg(i)));
        }
    }

    // The corpus is not trivially all-false: most comparisons find something.
    void casesAreNotVacuous() {
        int withMatches = 0;
        const auto messages = corpus();
        for (const auto& c : cases()) {
            for (const auto& m : messages)
                if (c.reference(m)) {
                    ++withMatches;
                    break;
                }
        }
        QVERIFY(withMatches >= int(cases().size()) - 8);
    }

    void errorsCarryThePosition_data() {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<int>("position");
        QTest::newRow("single =") << "value.type = \"x\"" << 11;
        QTest::newRow("unknown field") << "vlaue == 1" << 0;
        QTest::newRow("unknown field after and") << "key == \"a\" and tpoic == \"b\"" << 15;
        QTest::newRow("unterminated string") << "key == \"abc" << 7;
        QTest::newRow("missing )") << "(key == \"a\"" << 11;
        QTest::newRow("unmatched )") << "key == \"a\")" << 10;
        QTest::newRow("value missing at end") << "key == " << 7;
        QTest::newRow("value missing") << "key ==" << 6;
        QTest::newRow("contains on a number") << "partition contains 1" << 10;
        QTest::newRow("bad time") << "timestamp > 2026-13-45" << 12;
        QTest::newRow("literal first") << "\"abc\" == key" << 0;
        QTest::newRow("two conditions") << "key == \"a\" key == \"b\"" << 11;
        QTest::newRow("bad index") << "value.items[x] == 1" << 11;
        QTest::newRow("unknown unit") << "timestamp > now - 5x" << 19;
        QTest::newRow("single &") << "key == \"a\" & key" << 11;
        QTest::newRow("empty header") << "header. == 1" << 7;
        QTest::newRow("string for a number") << "offset > \"abc\"" << 9;
        QTest::newRow("null ordered") << "key < null" << 6;
        QTest::newRow("in without set") << "key in \"a\"" << 7;
        QTest::newRow("unclosed set") << "key in {\"a\" \"b\"}" << 12;
        QTest::newRow("duration alone") << "timestamp > 5m" << 12;
        QTest::newRow("operator typo") << "key equals \"a\"" << 4;
        QTest::newRow("bad escape") << "key == \"a\\q\"" << 9;
        QTest::newRow("unicode before error") << "key == \"\u00e9\u00e9\" and !" << 17;
        QTest::newRow("stray character") << "key == \"a\" and #" << 15;
    }

    void errorsCarryThePosition() {
        QFETCH(QString, expression);
        QFETCH(int, position);
        FilterError error;
        const auto filter = CompiledFilter::compile(expression, &error, kNow);
        QVERIFY(!filter.ok());
        QVERIFY2(error.position == position,
                 qPrintable(QStringLiteral("position %1, expected %2: %3 (%4)")
                                .arg(error.position)
                                .arg(position)
                                .arg(error.message, error.hint)));
        QVERIFY(!error.message.isEmpty());
        QVERIFY(error.length >= 1);
        QVERIFY(filter.error().message.contains(QString::number(position)));
        QCOMPARE(CompiledFilter::check(expression)->position, position);
    }

    void badRegexPointsIntoThePattern() {
        FilterError error;
        QVERIFY(!CompiledFilter::compile(QStringLiteral("key matches \"a(b\""), &error, kNow));
        QVERIFY2(error.position >= 12 && error.position <= 17, qPrintable(error.message));
        QVERIFY(error.message.contains(QStringLiteral("regular expression")));
    }

    void emptyFilterMatchesEverything() {
        auto f = CompiledFilter::compile(QStringLiteral("   "));
        QVERIFY(f.ok());
        QVERIFY(f->matchesEverything());
        QVERIFY(!f->readsJson());
        QVERIFY(CompiledFilter::compile(QStringLiteral("value.a == 1"))->readsJson());
        QVERIFY(!CompiledFilter::check(QStringLiteral("key")).has_value());
    }

    // Parallel evaluation over a store gives the serial answer, in order, also while a writer
    // appends past the evaluated range.
    void parallelEqualsSerialDuringAppends() {
        MessageStore store(QStringLiteral("corpus"), qint64(512) << 20);
        const auto messages = corpus();
        for (int i = 0; i < 30000; ++i) {
            ConsumedRecord r = messages[size_t(i) % messages.size()];
            r.offset = i;
            QVERIFY(store.append(r));
        }
        auto filter = CompiledFilter::compile(
            QStringLiteral("value.type == \"order\" or header.service == \"orders\""), nullptr,
            kNow);
        QVERIFY(filter.ok());
        std::vector<quint32> serial;
        for (size_t r = 0; r < store.size(); ++r)
            if (filter->matches(store.view(r)))
                serial.push_back(quint32(r));
        QVERIFY(!serial.empty());
        const size_t end = store.size();
        std::atomic_bool stop{false};
        std::thread writer([&] {
            for (int i = 0; i < 100000 && !stop.load(); ++i)
                store.append(messages[size_t(i) % messages.size()]);
        });
        const auto parallel = filter->matchingRows(store, 0, end, {}, 4);
        const auto two = filter->matchingRows(store, 0, end, {}, 2);
        stop.store(true);
        writer.join();
        QCOMPARE(parallel, serial);
        QCOMPARE(two, serial);
        CancelToken cancelled;
        cancelled.cancel();
        QVERIFY(filter->matchingRows(store, 0, end, cancelled, 2).size() < serial.size());
    }

    // Thousands of random inputs: compile never crashes, and what compiles evaluates.
    void fuzzNeverCrashes() {
        static const char* const pieces[] = {"value",
                                             "value.",
                                             "value.a",
                                             "value.a.b[0]",
                                             "value[",
                                             "[",
                                             "]",
                                             "[1]",
                                             "key",
                                             "topic",
                                             "partition",
                                             "offset",
                                             "timestamp",
                                             "size",
                                             "header.",
                                             "header.x-y",
                                             "==",
                                             "!=",
                                             "<",
                                             "<=",
                                             ">",
                                             ">=",
                                             "=",
                                             "!",
                                             "&&",
                                             "||",
                                             "&",
                                             "|",
                                             "and",
                                             "or",
                                             "not",
                                             "contains",
                                             "matches",
                                             "in",
                                             "{",
                                             "}",
                                             ",",
                                             "(",
                                             ")",
                                             "\"",
                                             "\"a\"",
                                             "'b'",
                                             "\"\\u00e9\"",
                                             "\"\\\"",
                                             "\"(\"",
                                             "\"[a-\"",
                                             "42",
                                             "-1",
                                             "1.5e3",
                                             "1e999",
                                             "0x1f",
                                             "true",
                                             "false",
                                             "null",
                                             "now",
                                             "now - 5m",
                                             "- 5m",
                                             "5m",
                                             "2026-12-02T10:00:00Z",
                                             "2026-99-99",
                                             "\u00e9",
                                             "\u6771",
                                             " ",
                                             "  ",
                                             "\t",
                                             "#",
                                             "$",
                                             "\\",
                                             "\xf0\x9f\x8e\x89",
                                             "~",
                                             "/"};
        const int pieceCount = int(sizeof(pieces) / sizeof(pieces[0]));
        QRandomGenerator rng(8);
        const auto messages = corpus();
        const QByteArray topic("corpus");
        int compiled = 0;
        for (int round = 0; round < 6000; ++round) {
            QString expression;
            const int n = int(rng.bounded(1, 14));
            for (int i = 0; i < n; ++i) {
                if (rng.bounded(10) == 0)
                    expression += QChar(char16_t(rng.bounded(1, 0xd7ff)));
                else
                    expression += QString::fromUtf8(pieces[rng.bounded(pieceCount)]);
                if (rng.bounded(3) == 0)
                    expression += u' ';
            }
            FilterError error;
            auto filter = CompiledFilter::compile(expression, &error, kNow);
            if (!filter) {
                QVERIFY2(error.position >= 0 && error.position <= expression.size(),
                         qPrintable(expression));
                continue;
            }
            ++compiled;
            for (const auto& m : messages)
                filter->matches(MessageView::of(m, topic));
        }
        // Mutants of the corpus expressions (a character dropped, doubled or replaced): close
        // to valid, so they reach deep into the parser and the evaluator.
        const auto all = cases();
        int mutantsCompiled = 0;
        for (int round = 0; round < 6000; ++round) {
            QString expression = QString::fromUtf8(all[rng.bounded(int(all.size()))].expression);
            for (int edits = int(rng.bounded(1, 4)); edits > 0 && !expression.isEmpty(); --edits) {
                const int at = int(rng.bounded(int(expression.size())));
                switch (rng.bounded(3)) {
                case 0:
                    expression.remove(at, 1);
                    break;
                case 1:
                    expression.insert(at, expression[at]);
                    break;
                default:
                    expression[at] = QChar(char16_t(rng.bounded(0x20, 0x7f)));
                    break;
                }
            }
            FilterError error;
            auto filter = CompiledFilter::compile(expression, &error, kNow);
            if (!filter) {
                QVERIFY2(error.position >= 0 && error.position <= expression.size(),
                         qPrintable(expression));
                continue;
            }
            ++mutantsCompiled;
            for (const auto& m : messages)
                filter->matches(MessageView::of(m, topic));
        }
        qInfo("fuzz: %d of 6000 mutants compiled and ran", mutantsCompiled);
        QVERIFY(mutantsCompiled > 500);
        // Deep nesting and long chains are refused, not a stack overflow.
        QVERIFY(!CompiledFilter::compile(QString(100000, u'(')));
        QVERIFY(!CompiledFilter::compile(QString(100000, u'!') + QStringLiteral("key")));
        QString chain = QStringLiteral("key");
        for (int i = 0; i < 5000; ++i)
            chain += QStringLiteral(" or key");
        QVERIFY(!CompiledFilter::compile(chain));
        qInfo("fuzz: %d of 6000 random expressions compiled and ran", compiled);
        QVERIFY(compiled > 50);
    }
};

QTEST_GUILESS_MAIN(TestFilterLanguage)
#include "tst_filter_language.moc"
