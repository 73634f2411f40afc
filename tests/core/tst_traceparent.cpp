// The W3C traceparent parser shared by the simulator, the service graph and the checks: the
// spec's examples and its invalid forms, views into the text, the 128-bit id.
#include "common/TraceParent.h"

#include <QTest>

using namespace streamscope;

class TestTraceparent : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void specExample();
    void invalidForms_data();
    void invalidForms();
    void laterVersionsMayCarryMoreFields();
    void blanksAroundAreIgnored();
};

void TestTraceparent::specExample() {
    const std::string text = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    const auto parsed = parseTraceparent(text);
    QVERIFY(parsed);
    QCOMPARE(parsed->traceIdHex, std::string_view("4bf92f3577b34da6a3ce929d0e0e4736"));
    QCOMPARE(parsed->parentIdHex, std::string_view("00f067aa0ba902b7"));
    QCOMPARE(parsed->traceId.high, std::uint64_t(0x4bf92f3577b34da6ULL));
    QCOMPARE(parsed->traceId.low, std::uint64_t(0xa3ce929d0e0e4736ULL));
    QCOMPARE(int(parsed->flags), 1);
    // Views, not copies: they point into the text.
    QVERIFY(parsed->traceIdHex.data() == text.data() + 3);
}

void TestTraceparent::invalidForms_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("garbage");
    QTest::newRow("all-zero trace id")
        << QByteArray("00-00000000000000000000000000000000-00f067aa0ba902b7-01");
    QTest::newRow("all-zero parent id")
        << QByteArray("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01");
    QTest::newRow("upper case") << QByteArray(
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01");
    QTest::newRow("version ff") << QByteArray(
        "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    QTest::newRow("short trace id")
        << QByteArray("00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01");
    QTest::newRow("not hex") << QByteArray(
        "00-4bf92f3577b34da6a3ce929d0e0e47zz-00f067aa0ba902b7-01");
    QTest::newRow("version 00 with more")
        << QByteArray("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra");
    QTest::newRow("later version, no dash after flags")
        << QByteArray("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01x");
}

void TestTraceparent::invalidForms() {
    QFETCH(QByteArray, text);
    QVERIFY(!parseTraceparent(std::string_view(text.constData(), size_t(text.size()))));
}

void TestTraceparent::laterVersionsMayCarryMoreFields() {
    const auto parsed =
        parseTraceparent("cc-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-what-the-future");
    QVERIFY(parsed);
    QCOMPARE(parsed->traceIdHex, std::string_view("4bf92f3577b34da6a3ce929d0e0e4736"));
}

void TestTraceparent::blanksAroundAreIgnored() {
    const auto parsed =
        parseTraceparent("  00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00\t");
    QVERIFY(parsed);
    QCOMPARE(int(parsed->flags), 0);
    QCOMPARE(parsed->parentIdHex, std::string_view("00f067aa0ba902b7"));
}

QTEST_GUILESS_MAIN(TestTraceparent)
#include "tst_traceparent.moc"
