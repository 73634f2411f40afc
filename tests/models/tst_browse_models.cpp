// The Browse page's message model under QAbstractItemModelTester, over a MessageStore filled in
// steps like a fetch would: one beginInsertRows per batch, re-filter without re-fetch, sorting
// that keeps the selection (small sets at once, large ones on a worker), time spans, and the
// JSON Lines / CSV export read back.
#include "browse/BrowseMessageModel.h"
#include "browse/Filter.h"
#include "browse/MessageExport.h"
#include "browse/MessageStore.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace streamscope;

namespace {

const qint64 kBase = 1764669600000; // 2025-12-02T10:00:00Z

ConsumedRecord record(int i) {
    ConsumedRecord r;
    r.topic = QStringLiteral("orders");
    r.partition = i % 3;
    r.offset = i / 3;
    r.timestampMs = kBase + qint64(i) * 1000;
    r.timestampType = RecordTimestampType::CreateTime;
    if (i % 10 != 7) // every tenth record has no key
        r.key = "order-" + QByteArray::number(i % 50);
    if (i % 10 != 9) // and another tenth is a tombstone
        r.value =
            R"({"n":)" + QByteArray::number(i) + R"(,"sku":"s)" + QByteArray::number(i % 4) + "\"}";
    r.headers.push_back({"source", i % 2 ? "web" : "app"});
    return r;
}

void fill(MessageStore& store, int from, int to) {
    for (int i = from; i < to; ++i)
        QVERIFY(store.append(record(i)));
}

// A model under QAbstractItemModelTester over a store of `count` records, drained.
struct TestedModel {
    std::shared_ptr<MessageStore> store = std::make_shared<MessageStore>(QStringLiteral("orders"));
    BrowseMessageModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    explicit TestedModel(int count) {
        fill(*store, 0, count);
        model.setStore(store);
        model.drainNow();
    }
};

std::shared_ptr<const CompiledFilter> compile(const QString& expression) {
    FilterError error;
    auto filter = CompiledFilter::compile(expression, &error);
    if (!filter)
        qWarning() << "filter" << expression << "does not compile:" << error.message;
    return filter ? std::make_shared<const CompiledFilter>(std::move(*filter)) : nullptr;
}

QStringList lines(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll())
        .split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
}

} // namespace

class TestBrowseModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsArriveInBatches() {
        auto store = std::make_shared<MessageStore>(QStringLiteral("orders"));
        BrowseMessageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        fill(*store, 0, 1000);
        model.drainNow();
        QCOMPARE(inserted.count(), 1); // one batch, one signal
        QCOMPARE(model.rowCount(), 1000);
        fill(*store, 1000, 1300);
        model.drainNow();
        model.drainNow(); // nothing new: no signal
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1000);
        QCOMPARE(inserted.at(1).at(2).toInt(), 1299);
        QCOMPARE(model.rowCount(), 1300);
        QCOMPARE(model.cellText(7, BrowseMessageModel::Key), QStringLiteral("(no key)"));
        QCOMPARE(model.cellText(9, BrowseMessageModel::Value), QStringLiteral("(tombstone)"));
        QCOMPARE(model.cellText(3, BrowseMessageModel::Value),
                 QStringLiteral(R"({"n":3,"sku":"s3"})"));
        QCOMPARE(model.data(model.index(4, BrowseMessageModel::Headers)).toString(),
                 QStringLiteral("1"));
        QCOMPARE(model.data(model.index(5, 0), BrowseMessageModel::StoreRowRole).toULongLong(),
                 5ull);
    }

    void drainTimerTakesRowsWithoutPerRowSignals() {
        auto store = std::make_shared<MessageStore>(QStringLiteral("orders"));
        BrowseMessageModel model;
        model.setStore(store);
        model.setDraining(true);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        fill(*store, 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5000, 2000);
        QVERIFY(inserted.count() <= 2);
    }

    void refilterNeedsNoRefetch() {
        auto store = std::make_shared<MessageStore>(QStringLiteral("orders"));
        fill(*store, 0, 300);
        BrowseMessageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store);
        model.drainNow();
        QSignalSpy refiltered(&model, &BrowseMessageModel::refiltered);
        auto filter = compile(QStringLiteral("partition == 1 and value.sku == \"s1\""));
        QVERIFY(filter);
        model.setFilter(filter);
        QTRY_COMPARE(refiltered.count(), 1);
        // The reference: i % 3 == 1, i % 4 == 1, and not a tombstone.
        int expected = 0;
        for (int i = 0; i < 300; ++i)
            expected += (i % 3 == 1 && i % 4 == 1 && i % 10 != 9) ? 1 : 0;
        QCOMPARE(model.rowCount(), expected);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(store->partition(model.storeRow(row)), 1);
        // Rows that arrive later are filtered as they come.
        fill(*store, 300, 600);
        model.drainNow();
        int expectedAll = 0;
        for (int i = 0; i < 600; ++i)
            expectedAll += (i % 3 == 1 && i % 4 == 1 && i % 10 != 9) ? 1 : 0;
        QCOMPARE(model.rowCount(), expectedAll);
        // A newer filter wins over an older one still running on a worker.
        model.setFilter(compile(QStringLiteral("value.n > 100000")));
        model.setFilter(compile(QStringLiteral("partition == 0")));
        QTRY_VERIFY(!model.isBusy());
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 200);
        // Lifting the filter shows everything again.
        model.setFilter(nullptr);
        QTRY_COMPARE(model.rowCount(), 600);
        // A field missing from a message is false, never an error: tombstones have no value.n.
        model.setFilter(compile(QStringLiteral("value.n >= 0")));
        QTRY_COMPARE(model.rowCount(), 540);
    }

    void sortingKeepsTheSelection() {
        auto store = std::make_shared<MessageStore>(QStringLiteral("orders"));
        fill(*store, 0, 200);
        BrowseMessageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store);
        model.drainNow();
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(10, 0),
                                  QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
        model.sort(BrowseMessageModel::Timestamp, Qt::DescendingOrder);
        QCOMPARE(store->timestampMs(model.storeRow(0)), kBase + 199 * 1000);
        QCOMPARE(model.storeRow(selection.currentIndex().row()), size_t(10));
        QVERIFY(selection.isRowSelected(selection.currentIndex().row()));
        model.sort(BrowseMessageModel::Partition, Qt::AscendingOrder);
        for (int row = 1; row < model.rowCount(); ++row) {
            const auto a = model.storeRow(row - 1);
            const auto b = model.storeRow(row);
            QVERIFY(store->partition(a) < store->partition(b) ||
                    (store->partition(a) == store->partition(b) && a < b));
        }
        QCOMPARE(model.storeRow(selection.currentIndex().row()), size_t(10));
        // New rows of a sorted table go to their place.
        fill(*store, 200, 210);
        model.drainNow();
        QCOMPARE(model.rowCount(), 210);
        QCOMPARE(store->partition(model.storeRow(model.rowCount() - 1)), 2);
        model.sort(-1);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.storeRow(row), size_t(row));
    }

    void largeSortsRunOffTheGuiThread() {
        auto store = std::make_shared<MessageStore>(QStringLiteral("orders"));
        const int n = int(BrowseMessageModel::kSyncSortLimit) + 20000;
        fill(*store, 0, n);
        BrowseMessageModel model;
        model.setStore(store);
        model.drainNow();
        QSignalSpy sorted(&model, &BrowseMessageModel::sorted);
        QElapsedTimer clock;
        clock.start();
        model.sort(BrowseMessageModel::Offset, Qt::DescendingOrder);
        QVERIFY(model.isBusy()); // the GUI thread did not sort
        QVERIFY2(clock.elapsed() < 50, qPrintable(QString::number(clock.elapsed())));
        // Rows arriving meanwhile wait for the sort, then follow it: appended at once, put in
        // place by the next sort on a worker within about a second.
        fill(*store, n, n + 30);
        model.drainNow();
        QTRY_COMPARE_WITH_TIMEOUT(sorted.count(), 1, 10000);
        model.setDraining(true);
        QTRY_COMPARE(model.rowCount(), n + 30);
        QTRY_COMPARE_WITH_TIMEOUT(sorted.count(), 2, 5000);
        QCOMPARE(store->offset(model.storeRow(0)), qint64(n + 29) / 3);
    }

    void refilterAnnouncesItselfAndFindsKeptRows() {
        TestedModel tested(300);
        BrowseMessageModel& model = tested.model;
        const auto& store = tested.store;
        // The page remembers its selection on aboutToRefilter: it must come before the reset,
        // while the old rows are still there.
        int rowsWhenAnnounced = -1;
        bool resetSeen = false;
        connect(&model, &BrowseMessageModel::aboutToRefilter, this, [&] {
            rowsWhenAnnounced = model.rowCount();
            QVERIFY(!resetSeen);
        });
        connect(&model, &QAbstractItemModel::modelAboutToBeReset, this, [&] { resetSeen = true; });
        model.setFilter(compile(QStringLiteral("partition == 1")));
        QTRY_COMPARE(model.rowCount(), 100);
        QCOMPARE(rowsWhenAnnounced, 300);
        QVERIFY(resetSeen);
        // Store rows 4, 7 and 10 are partition 1; 5 and 299 are not.
        const std::vector<int> rows = model.tableRowsOf({10, 5, 4, 299, 7});
        QCOMPARE(rows, (std::vector<int>{1, 2, 3}));
        for (int row : rows)
            QCOMPARE(store->partition(model.storeRow(row)), 1);
        QVERIFY(model.tableRowsOf({}).empty());
    }

    void timeSpanNarrowsTheView() {
        auto store = std::make_shared<MessageStore>(QStringLiteral("orders"));
        fill(*store, 0, 100);
        BrowseMessageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store);
        model.drainNow();
        model.setTimeSpan(kBase + 10 * 1000, kBase + 19 * 1000);
        QTRY_COMPARE(model.rowCount(), 10);
        QVERIFY(model.hasTimeSpan());
        fill(*store, 100, 110); // outside the span
        model.drainNow();
        QCOMPARE(model.rowCount(), 10);
        model.setTimeSpan(-1, -1);
        QTRY_COMPARE(model.rowCount(), 110);
    }

    // The volume timeline counts the model's matches instead of running the filter again: they
    // must be exactly the filter's result over the scanned rows, whatever the batches, the time
    // span and the sort, and a new filter must say so with a new generation.
    void matchedRowsAreTheFiltersResult() {
        auto store = std::make_shared<MessageStore>(QStringLiteral("orders"));
        BrowseMessageModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(store);
        const auto reference = [&](int count) {
            std::vector<quint32> rows;
            for (int i = 0; i < count; ++i)
                if (i % 4 == 1 && i % 10 != 9) // value.sku == "s1" and not a tombstone
                    rows.push_back(quint32(i));
            return rows;
        };
        QVERIFY(!model.matchedRows().filtered);
        model.setFilter(compile(QStringLiteral("value.sku == \"s1\"")));
        QTRY_VERIFY(!model.isBusy());
        const quint64 generation = model.matchedRows().generation;
        // Many small batches: the chunks merge, the rows stay in store order.
        for (int step = 0; step < 40; ++step) {
            fill(*store, step * 37, (step + 1) * 37);
            model.drainNow();
        }
        MatchedRows matched = model.matchedRows();
        QVERIFY(matched.filtered);
        QCOMPARE(matched.scanned, size_t(40 * 37));
        QCOMPARE(matched.flatten(), reference(40 * 37));
        QCOMPARE(matched.count(), reference(40 * 37).size());
        QVERIFY(matched.chunks.size() <= 8);
        QCOMPARE(matched.generation, generation);
        // A time span narrows the table, not the matches (the timeline shows where they lie),
        // and the filter does not run again over the rows it saw.
        model.setTimeSpan(kBase, kBase + 99 * 1000);
        QTRY_VERIFY(!model.isBusy());
        QVERIFY(model.rowCount() < int(reference(40 * 37).size()));
        QCOMPARE(model.matchedRows().flatten(), reference(40 * 37));
        QCOMPARE(model.matchedRows().generation, generation);
        model.setTimeSpan(-1, -1);
        model.sort(BrowseMessageModel::Value, Qt::DescendingOrder);
        QTRY_VERIFY(!model.isBusy());
        QCOMPARE(model.matchedRows().flatten(), reference(40 * 37));
        // Another filter: a new generation; no filter: every scanned row, nothing listed.
        model.setFilter(compile(QStringLiteral("partition == 2")));
        QTRY_VERIFY(!model.isBusy());
        QVERIFY(model.matchedRows().generation != generation);
        QCOMPARE(model.matchedRows().count(), size_t(40 * 37 / 3));
        model.setFilter(nullptr);
        QTRY_VERIFY(!model.isBusy());
        QVERIFY(!model.matchedRows().filtered);
        QCOMPARE(model.matchedRows().count(), size_t(40 * 37));
        QVERIFY(model.matchedRows().chunks.empty());
    }

    // A drain looks at a bounded number of rows per turn of the event loop (a JSON filter costs
    // about a microsecond per message on the GUI thread); the rest follows in the next turns.
    void drainsInBoundedSteps() {
        auto store = std::make_shared<MessageStore>(QStringLiteral("orders"));
        const int n = int(BrowseMessageModel::kMaxJsonRowsPerDrain) * 2 + 100;
        fill(*store, 0, n);
        BrowseMessageModel model;
        model.setFilter(compile(QStringLiteral("value.n >= 0")));
        model.setStore(store);
        QSignalSpy drained(&model, &BrowseMessageModel::rowsDrained);
        model.drainNow();
        QCOMPARE(model.scannedRows(), BrowseMessageModel::kMaxJsonRowsPerDrain);
        model.setDraining(true);
        QTRY_COMPARE(model.scannedRows(), size_t(n));
        QVERIFY(drained.count() >= 3);
        QCOMPARE(model.rowCount(), n - n / 10); // every tenth is a tombstone without value.n
        QCOMPARE(model.matchedRows().count(), size_t(n - n / 10));
    }

    void exportsJsonLinesAndCsv() {
        MessageStore store(QStringLiteral("orders"));
        fill(store, 0, 10);
        ConsumedRecord binary;
        binary.partition = 0;
        binary.offset = 99;
        binary.timestampMs = kBase;
        binary.key = QByteArray("k,\"1\"");
        binary.value = QByteArray("\xff\x00\xfe", 3);
        binary.headers.push_back({"trace", "a\nb"});
        QVERIFY(store.append(binary));
        QTemporaryDir dir;
        const QString jsonl = dir.filePath(QStringLiteral("out.jsonl"));
        std::atomic<qint64> written{0};
        auto result = exportMessages(store, {7, 9, 10}, ExportFormat::JsonLines, jsonl,
                                     CancelToken(), &written);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(*result, 3);
        QCOMPARE(written.load(), 3);
        const QStringList json = lines(jsonl);
        QCOMPARE(json.size(), 3);
        const auto noKey = nlohmann::json::parse(json[0].toStdString());
        QVERIFY(noKey["key"].is_null());
        QCOMPARE(noKey["value"].get<std::string>(), std::string(R"({"n":7,"sku":"s3"})"));
        QCOMPARE(noKey["headers"]["source"].get<std::string>(), std::string("web"));
        const auto tombstone = nlohmann::json::parse(json[1].toStdString());
        QVERIFY(tombstone["value"].is_null());
        QCOMPARE(tombstone["offset"].get<int>(), 3);
        const auto bin = nlohmann::json::parse(json[2].toStdString());
        QCOMPARE(bin["value_encoding"].get<std::string>(), std::string("base64"));
        QCOMPARE(QByteArray::fromBase64(QByteArray::fromStdString(bin["value"].get<std::string>())),
                 binary.value);
        QCOMPARE(bin["key"].get<std::string>(), std::string("k,\"1\""));

        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(exportMessages(store, {0, 10}, ExportFormat::Csv, csv, CancelToken()).ok());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith(QByteArray(csvHeaderLine() + "\r\n")));
        QVERIFY(text.contains("orders,0,0,2025-12-02T10:00:00.000Z,1764669600000,order-0,,"
                              "\"{\"\"n\"\":0,\"\"sku\"\":\"\"s0\"\"}\",,"));
        QVERIFY(
            text.contains(QByteArray(",\"k,\"\"1\"\"\",," + binary.value.toBase64() + ",base64,")));
        QVERIFY(text.contains("\"{\"\"trace\"\":\"\"a\\nb\"\"}\""));

        // Cancelled: no file is left behind.
        const QString cancelled = dir.filePath(QStringLiteral("cancelled.jsonl"));
        CancelToken cancel;
        cancel.cancel();
        QVERIFY(!exportMessages(store, {0, 1}, ExportFormat::JsonLines, cancelled, cancel).ok());
        QVERIFY(!QFile::exists(cancelled));
    }
};

QTEST_MAIN(TestBrowseModels)
#include "tst_browse_models.moc"
