// Schema Registry payloads without a registry or broker: the Confluent frame and Protobuf
// message indexes, the JSON of Avro's logical types (decimals, timestamps, dates), Avro and
// Protobuf decoders on hand-written schemas with bytes that do not match, and a decoder whose
// registry does not answer (raw bytes with the reason, never a crash). The JSON text pieces
// (common/JsonText) checked against nlohmann's parser and Qt's base64.
#include "common/JsonText.h"
#include "schema/AvroDecoder.h"
#include "schema/JsonScalars.h"
#include "schema/PayloadDecoder.h"
#include "schema/ProtobufDecoder.h"
#include "schema/SchemaCache.h"
#include "schema/WireFormat.h"

#include <QElapsedTimer>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace streamscope;
using namespace streamscope::schema;

class TestSchemaWire : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void confluentFrame() {
        QByteArray bytes;
        appendConfluentHeader(bytes, 0x01020304);
        bytes += "body";
        const auto frame = parseConfluentFrame(bytes);
        QVERIFY(frame);
        QCOMPARE(frame->schemaId, 0x01020304u);
        QCOMPARE(frame->body.toByteArray(), QByteArray("body"));
        QVERIFY(!parseConfluentFrame(QByteArray("\x00\x01\x02\x03", 4)));
        QVERIFY(!parseConfluentFrame(QByteArray("\x01\x00\x00\x00\x01", 5)));
        QVERIFY(parseConfluentFrame(QByteArray("\x00\x00\x00\x00\x01", 5))); // empty body
    }

    void protobufIndexes() {
        for (const std::vector<int>& path : {std::vector<int>{0}, std::vector<int>{1},
                                             std::vector<int>{0, 2}, std::vector<int>{3, 70, 1}}) {
            QByteArray bytes;
            appendProtobufMessageIndexes(bytes, path);
            bytes += "\x08\x01";
            QByteArrayView body(bytes);
            std::vector<int> read;
            QVERIFY(readProtobufMessageIndexes(body, read));
            QCOMPARE(read, path);
            QCOMPARE(body.toByteArray(), QByteArray("\x08\x01"));
        }
        // Confluent writes [0] as the single byte 0 and [1] as count 1, index 1.
        QByteArray first;
        appendProtobufMessageIndexes(first, {0});
        QCOMPARE(first, QByteArray(1, '\0'));
        QByteArray second;
        appendProtobufMessageIndexes(second, {1});
        QCOMPARE(second, QByteArray("\x02\x02"));
        std::vector<int> read;
        QByteArrayView negative("\x01", 1); // count -1
        QVERIFY(!readProtobufMessageIndexes(negative, read));
        QByteArrayView truncated("\x04\x02", 2); // count 2, one index
        QVERIFY(!readProtobufMessageIndexes(truncated, read));
        QByteArrayView endless("\xff\xff\xff\xff\xff\xff", 6);
        QVERIFY(!readProtobufMessageIndexes(endless, read));
    }

    void logicalTypeText() {
        std::string out;
        appendIsoMillis(out, 0);
        QCOMPARE(out, std::string("\"1970-01-01T00:00:00.000Z\""));
        out.clear();
        appendIsoMillis(out, -1); // a millisecond before the epoch
        QCOMPARE(out, std::string("\"1969-12-31T23:59:59.999Z\""));
        out.clear();
        appendIsoMicros(out, 1796205600123456); // 2026-12-02T10:00:00.123456Z
        QCOMPARE(out, std::string("\"2026-12-02T10:00:00.123456Z\""));
        out.clear();
        appendIsoDate(out, 20789);
        QCOMPARE(out, std::string("\"2026-12-02\""));
        out.clear();
        appendIsoDate(out, -719162); // 0001-01-01
        QCOMPARE(out, std::string("\"0001-01-01\""));
        const auto decimal = [](QByteArray bytes, int scale) {
            std::string text;
            appendDecimal(text, bytes, scale);
            return text;
        };
        QCOMPARE(decimal(QByteArray("\x30\x39", 2), 2), std::string("\"123.45\""));
        QCOMPARE(decimal(QByteArray("\xcf\xc7", 2), 2), std::string("\"-123.45\""));
        QCOMPARE(decimal(QByteArray("\xfb", 1), 2), std::string("\"-0.05\""));
        QCOMPARE(decimal(QByteArray(), 3), std::string("\"0.000\""));
        QCOMPARE(decimal(QByteArray("\x01\x00", 2), 0), std::string("\"256\""));
        // 2^127 - 1: far past 64 bits, still exact.
        QByteArray big(16, '\xff');
        big[0] = '\x7f';
        QCOMPARE(decimal(big, 10), std::string("\"17014118346046923173168730371.5884105727\""));
        out.clear();
        appendDouble(out, std::numeric_limits<double>::quiet_NaN());
        QCOMPARE(out, std::string("\"NaN\""));
        out.clear();
        appendFloat(out, 0.1f);
        QCOMPARE(out, std::string("0.1"));
    }

    // String literals read back by an independent parser; lossy text keeps valid JSON.
    void jsonText() {
        const auto literal = [](std::string_view text, bool lossy) {
            std::string out;
            if (lossy)
                appendJsonStringLossy(out, text);
            else
                appendJsonString(out, text);
            return out;
        };
        const std::string cases[] = {"",
                                     "plain ascii",
                                     "quote \" back\\slash",
                                     "tab\tnl\ncr\r",
                                     std::string("nul\0ctl\x1f", 8),
                                     "ünïcødé ✓ 𝄞",
                                     "mixed \"ü\"\n"};
        for (const std::string& text : cases) {
            for (bool lossy : {false, true}) {
                const std::string out = literal(text, lossy);
                const auto parsed = nlohmann::json::parse(out, nullptr, false);
                QVERIFY2(parsed.is_string(), out.c_str());
                QCOMPARE(parsed.get<std::string>(), text);
            }
        }
        QCOMPARE(literal("a\x01", false), std::string("\"a\\u0001\""));
        // Not UTF-8: replaced, still JSON; ASCII before and after stays.
        const std::string bad = literal(std::string("ab\xff\xfe\"c\xc3", 7), true);
        const auto parsed = nlohmann::json::parse(bad, nullptr, false);
        QVERIFY2(parsed.is_string(), bad.c_str());
        QCOMPARE(QString::fromStdString(parsed.get<std::string>()),
                 QStringLiteral("ab\uFFFD\uFFFD\"c\uFFFD"));

        for (int size = 0; size < 10; ++size) {
            QByteArray bytes;
            for (int i = 0; i < size; ++i)
                bytes += char(0xf0 + i * 7);
            std::string out;
            appendJsonBase64(out, std::string_view(bytes.constData(), size_t(bytes.size())));
            QCOMPARE(out, '"' + bytes.toBase64().toStdString() + '"');
        }
        std::string numbers;
        appendJsonInteger(numbers, std::numeric_limits<qint64>::min());
        numbers += ' ';
        appendJsonInteger(numbers, 0);
        QCOMPARE(numbers, std::string("-9223372036854775808 0"));
    }

    // Decimals of up to 8 bytes take a 64-bit path; both paths give the same text.
    void decimalPaths() {
        const auto decimal = [](QByteArray bytes, int scale) {
            std::string text;
            appendDecimal(text, bytes, scale);
            return text;
        };
        QCOMPARE(decimal(QByteArray("\x80\0\0\0\0\0\0\0", 8), 2),
                 std::string("\"-92233720368547758.08\""));
        QCOMPARE(decimal(QByteArray("\x7f\xff\xff\xff\xff\xff\xff\xff", 8), 0),
                 std::string("\"9223372036854775807\""));
        QCOMPARE(decimal(QByteArray("\x05", 1), 4), std::string("\"0.0005\""));
        QCOMPARE(decimal(QByteArray("\x00", 1), 0), std::string("\"0\""));
        QCOMPARE(decimal(QByteArray("\xff", 1), 0), std::string("\"-1\""));
        // Nine bytes (the long path) for the same numbers as above.
        QCOMPARE(decimal(QByteArray("\xff\x80\0\0\0\0\0\0\0", 9), 2),
                 std::string("\"-92233720368547758.08\""));
        QCOMPARE(decimal(QByteArray("\0\0\0\0\0\0\0\0\x05", 9), 4), std::string("\"0.0005\""));
        std::string out;
        appendIsoMillis(out, 253402300799999); // the last millisecond of year 9999
        QCOMPARE(out, std::string("\"9999-12-31T23:59:59.999Z\""));
        out.clear();
        appendIsoMicros(out, -1);
        QCOMPARE(out, std::string("\"1969-12-31T23:59:59.999999Z\""));
    }

    void avroBytesThatDoNotMatch() {
        RegisteredSchema registered;
        registered.id = 7;
        registered.text = QStringLiteral(
            R"({"type":"record","name":"R","fields":[{"name":"s","type":"string"},)"
            R"({"name":"u","type":["null","int"]},{"name":"next","type":["null","R"]}]})");
        auto decoder = AvroDecoder::compile(registered);
        QVERIFY2(decoder, qPrintable(decoder ? QString() : decoder.error().message));
        std::string json;
        // s="ab", u=int 5, next=R{s="", u=null, next=null}: a recursive schema.
        QVERIFY((*decoder)->decode(QByteArray("\x04"
                                              "ab\x02\x0a\x02\x00\x00\x00",
                                              9),
                                   json));
        QCOMPARE(json, std::string(R"({"s":"ab","u":5,"next":{"s":"","u":null,"next":null}})"));
        QCOMPARE((*decoder)->typeName(), std::string("R"));
        json.clear();
        QVERIFY(!(*decoder)->decode(QByteArray("\x04"
                                               "a",
                                               2),
                                    json));                            // truncated string
        QVERIFY(!(*decoder)->decode(QByteArray("\x00\x08", 2), json)); // union branch 4 of 2
        QVERIFY(!(*decoder)->decode(QByteArray("\x00\x00\x00\x00", 4), json)); // left over
        QVERIFY(json.empty());

        registered.text = QStringLiteral(R"({"type":"record","name":"R","fields":[{"name":"x")");
        QVERIFY(!AvroDecoder::compile(registered));
        registered.text =
            QStringLiteral(R"({"type":"record","name":"R","fields":[{"name":"x","type":"Nope"}]})");
        QVERIFY(!AvroDecoder::compile(registered));
    }

    void protobufBytesThatDoNotMatch() {
        RegisteredSchema registered;
        registered.id = 8;
        registered.format = SchemaFormat::Protobuf;
        registered.text = QStringLiteral("syntax = \"proto3\"; package p; message A { int64 n = 1; "
                                         "message B { string s = 1; } } message C { bool c = 1; }");
        auto decoder = ProtobufDecoder::compile(registered);
        QVERIFY2(decoder, qPrintable(decoder ? QString() : decoder.error().message));
        QCOMPARE((*decoder)->messageName({0, 0}), std::string("p.A.B"));
        QCOMPARE((*decoder)->messageName({1}), std::string("p.C"));
        std::string json;
        QVERIFY((*decoder)->decode({0}, QByteArray("\x08\x96\x01", 3), json));
        QCOMPARE(json, std::string(R"({"n":"150"})"));
        json.clear();
        QVERIFY(!(*decoder)->decode({0}, QByteArray("\x08\x96", 2), json)); // truncated varint
        QVERIFY(!(*decoder)->decode({5}, QByteArray("\x08\x01", 2), json)); // no such message
        registered.text = QStringLiteral("syntax = \"proto3\"; message { }");
        auto broken = ProtobufDecoder::compile(registered);
        QVERIFY(!broken);
        QVERIFY(broken.error().message.contains(QStringLiteral("line 1")));
    }

    void deadRegistryGivesReasonNotCrash() {
        RegistryOptions options;
        options.url = QUrl(QStringLiteral("http://127.0.0.1:1/apis/ccompat/v7"));
        options.timeoutMs = 2000;
        PayloadDecoder decoder(std::make_shared<SchemaCache>(options));
        QByteArray framed;
        appendConfluentHeader(framed, 42);
        framed += "\x02";
        QElapsedTimer timer;
        timer.start();
        auto first = decoder.decode(framed);
        QCOMPARE(first.kind, DecodedPayload::Kind::Failed);
        QCOMPARE(first.schemaId, 42u);
        QVERIFY2(first.error.contains(QStringLiteral("42")), qPrintable(first.error));
        // Remembered: the next records of that id do not wait for the registry again.
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(decoder.decode(framed).kind, DecodedPayload::Kind::Failed);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(decoder.decode(QByteArray("plain")).kind, DecodedPayload::Kind::Plain);
        QCOMPARE(decoder.decode(QByteArray(), true).kind, DecodedPayload::Kind::Plain);
    }
};

QTEST_GUILESS_MAIN(TestSchemaWire)
#include "tst_schema_wire.moc"
