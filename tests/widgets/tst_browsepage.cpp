// The Browse page offscreen against the real broker: odd payloads (JSON with headers, a null
// key, a tombstone, binary that is not UTF-8, invalid JSON, a 10 MB JSON value) are produced,
// loaded with Start, shown in the table, filtered (typed, invalid, from the context menu),
// inspected (pretty JSON, tree, hex, headers, metadata, the 10 MB preview and the whole value)
// and exported to JSON Lines and CSV.
#include "TestCluster.h"
#include "browse/BrowseControls.h"
#include "browse/BrowseMessageModel.h"
#include "browse/BrowsePage.h"
#include "browse/FilterEdit.h"
#include "browse/MessageInspector.h"
#include "browse/MessageStore.h"
#include "browse/RefilterSelection.h"
#include "browse/VolumeTimeline.h"
#include "common/StateBanner.h"
#include "kafka/KafkaClient.h"
#include "kafka/RawProduceRecord.h"
#include "replay/ReplayDialog.h"
#include "replay/ReplayHistoryDialog.h"
#include "session/ClusterSession.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

#include <nlohmann/json.hpp>

using namespace streamscope;

namespace {

constexpr int kTimeoutMs = 20000;
const qint64 kBase = QDateTime::currentMSecsSinceEpoch() - 600000;

ConsumedRecord make(std::optional<QByteArray> key, std::optional<QByteArray> value,
                    std::vector<RecordHeader> headers = {}) {
    ConsumedRecord r;
    if (key)
        r.key = *key;
    if (value)
        r.value = value->isEmpty() ? QByteArray("", 0) : *value;
    r.headers = std::move(headers);
    return r;
}

QByteArray bigJson() {
    QByteArray text = "{\"big\":\"";
    text.reserve(10 << 20);
    while (text.size() < (10 << 20) - 16)
        text += "abcdefghijklmnopqrstuvwxyz";
    text += "\",\"n\":1}";
    return text;
}

// Row order in the topic (one partition): what each test row is.
enum Row { JsonRow, NoKeyRow, TombstoneRow, BinaryRow, BadJsonRow, BigRow, RowCount };

std::vector<ConsumedRecord> oddRecords() {
    std::vector<ConsumedRecord> r;
    r.push_back(make(QByteArray("order-1"),
                     QByteArray(R"({"order":{"id":7,"items":[{"sku":"A-1"}]},"total":12.5})"),
                     {{"source", "web"}, {"trace", "t-1"}}));
    r.push_back(make(std::nullopt, QByteArray("plain text without a key")));
    r.push_back(make(QByteArray("order-2"), std::nullopt));
    r.push_back(make(QByteArray("bin"), QByteArray("\x00\x01\xff\xfe caf\xe9", 9)));
    r.push_back(make(QByteArray("bad"), QByteArray("{\"a\":")));
    r.push_back(make(QByteArray("big"), bigJson()));
    for (size_t i = 0; i < r.size(); ++i)
        r[i].timestampMs = kBase + qint64(i) * 1000;
    return r;
}

bool createTopicFor10MB(const QString& name) {
    auto client = KafkaClient::create(test::brokerProfile());
    return client &&
           (*client)
               ->createTopic(name, 1, 1,
                             {{QStringLiteral("max.message.bytes"), QStringLiteral("20000000")}},
                             kTimeoutMs)
               .ok();
}

bool produce(const QString& topic, const QString& codec) {
    auto client =
        KafkaClient::create(test::brokerProfile(), KafkaClient::Kind::Producer,
                            {{QStringLiteral("compression.type"), codec},
                             {QStringLiteral("message.max.bytes"), QStringLiteral("20000000")}});
    if (!client)
        return false;
    rd_kafka_t* rk = (*client)->handle();
    const QByteArray name = topic.toUtf8();
    for (const ConsumedRecord& record : oddRecords())
        if (produceRecord(rk, name.constData(), 0, record) != RD_KAFKA_RESP_ERR_NO_ERROR)
            return false;
    return rd_kafka_flush(rk, kTimeoutMs) == RD_KAFKA_RESP_ERR_NO_ERROR;
}

// The offsets of the selected rows, ascending.
QList<qint64> selectedOffsets(const BrowsePage& page) {
    QList<qint64> out;
    for (const QModelIndex& index : page.table()->selectionModel()->selectedRows())
        out << page.model()->store()->offset(page.model()->storeRow(index.row()));
    std::sort(out.begin(), out.end());
    return out;
}

int rowOfOffset(const BrowseMessageModel& model, qint64 offset) {
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.store()->offset(model.storeRow(row)) == offset)
            return row;
    return -1;
}

} // namespace

class TestBrowsePage : public QObject {
    Q_OBJECT
private:
    QString m_topic;
    std::unique_ptr<ClusterSession> m_session;
    std::unique_ptr<BrowsePage> m_page;

    bool select(qint64 offset) {
        const int row = rowOfOffset(*m_page->model(), offset);
        if (row < 0)
            return false;
        QSignalSpy ready(m_page->inspector(), &MessageInspector::contentReady);
        m_page->table()->setCurrentIndex(m_page->model()->index(row, 0));
        return ready.wait(kTimeoutMs);
    }

    void applyFilter(const QString& expression, int expectedRows) {
        m_page->filterEdit()->applyExpression(expression);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isBusy(), kTimeoutMs);
        QCOMPARE(m_page->model()->rowCount(), expectedRows);
    }

private Q_SLOTS:
    void initTestCase() {
        STREAMSCOPE_REQUIRE_BROKER();
        QCoreApplication::setOrganizationName(QStringLiteral("streamscope-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_browsepage"));
        QSettings().clear();
        m_topic = test::uniqueTopicName(QStringLiteral("tst-browsepage"));
        QVERIFY(createTopicFor10MB(m_topic));
        QVERIFY(produce(m_topic, QStringLiteral("zstd")));
        m_session = std::make_unique<ClusterSession>(test::brokerProfile());
        m_page = std::make_unique<BrowsePage>();
        m_page->resize(1280, 800);
        m_page->setSession(m_session.get());
        m_page->setPageActive(true);
        m_page->show();
    }

    void cleanupTestCase() {
        m_page.reset();
        m_session.reset();
        if (!m_topic.isEmpty())
            test::deleteTopic(m_topic);
    }

    void emptyStatesSaySomething() {
        QVERIFY(m_page->placeholder()->isVisible());
        QVERIFY(m_page->placeholder()->text().contains(QStringLiteral("Start")));
        QVERIFY(m_page->inspector()->noticeLabel()->text().contains(QStringLiteral("Select")));
        // No topic: the controls say so instead of starting.
        m_page->controls()->setTopic(QString());
        QVERIFY(!m_page->startBrowse());
        QVERIFY(!m_page->controls()->statusLabel()->text().isEmpty());
    }

    void loadsOddPayloads() {
        m_page->controls()->setTopic(m_topic);
        m_page->controls()->setStartSpec(QStringLiteral("beginning"));
        m_page->controls()->setStopSpec(QStringLiteral("end"));
        QSignalSpy finished(m_page.get(), &BrowsePage::browseFinished);
        QVERIFY(m_page->startBrowse());
        QVERIFY(finished.wait(kTimeoutMs));
        const auto outcome = finished.at(0).at(0).value<BrowseOutcome>();
        QVERIFY2(outcome.end == BrowseOutcome::End::Finished, qPrintable(outcome.error.message));
        QTRY_COMPARE(m_page->model()->rowCount(), int(RowCount));
        QVERIFY(m_page->table()->isVisible());
        QVERIFY(m_page->countLabel()->text().contains(QStringLiteral("6")));
        const auto& model = *m_page->model();
        QCOMPARE(model.cellText(NoKeyRow, BrowseMessageModel::Key), QStringLiteral("(no key)"));
        QCOMPARE(model.cellText(TombstoneRow, BrowseMessageModel::Value),
                 QStringLiteral("(tombstone)"));
        QVERIFY(model.cellText(BinaryRow, BrowseMessageModel::Value)
                    .startsWith(QStringLiteral("00 01 ff fe")));
        // A 10 MB value never reaches a cell whole.
        QVERIFY(model.cellText(BigRow, BrowseMessageModel::Value).size() < 1000);
        QVERIFY(model.cellText(BigRow, BrowseMessageModel::Size).contains(QStringLiteral("MiB")));
        // The timeline counted every loaded message.
        QTRY_COMPARE(m_page->timeline()->histogram().rows, size_t(RowCount));
    }

    void inspectsJsonTextHexHeadersAndMetadata() {
        QVERIFY(select(JsonRow));
        MessageInspector* inspector = m_page->inspector();
        QVERIFY(inspector->content().json);
        QCOMPARE(inspector->tabs()->currentIndex(), int(MessageInspector::PrettyTab));
        QVERIFY(inspector->prettyView()->toPlainText().contains(
            QStringLiteral("\"order\": {\n    \"id\": 7")));
        QTreeWidget* tree = inspector->treeView();
        QCOMPARE(tree->topLevelItemCount(), 2); // order, total
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("order"));
        QVERIFY(tree->topLevelItem(0)->isExpanded());
        QCOMPARE(inspector->headersView()->rowCount(), 2);
        QCOMPARE(inspector->headersView()->item(1, 1)->text(), QStringLiteral("t-1"));
        QTableWidget* meta = inspector->metadataView();
        QStringList metaText;
        for (int r = 0; r < meta->rowCount(); ++r)
            metaText << meta->item(r, 0)->text() + QStringLiteral("=") + meta->item(r, 1)->text();
        QVERIFY(metaText.contains(QStringLiteral("Topic=") + m_topic));
        QVERIFY(metaText.contains(QStringLiteral("Offset=0")));
        QVERIFY(metaText.join(u'|').contains(QStringLiteral("Create time")));

        QVERIFY(select(TombstoneRow));
        QVERIFY(inspector->noticeLabel()->text().contains(QStringLiteral("Tombstone")));
        QVERIFY(select(BinaryRow));
        QCOMPARE(inspector->tabs()->currentIndex(), int(MessageInspector::HexTab));
        QVERIFY(inspector->hexView()->toPlainText().startsWith(
            QStringLiteral("00000000  00 01 ff fe 20 63 61 66  e9")));
        QVERIFY(inspector->noticeLabel()->text().contains(QStringLiteral("UTF-8")));
        QVERIFY(select(BadJsonRow));
        QVERIFY(!inspector->content().json);
        QVERIFY(
            inspector->prettyView()->toPlainText().startsWith(QStringLiteral("Not valid JSON")));
        QVERIFY(select(NoKeyRow));
        QCOMPARE(inspector->tabs()->currentIndex(), int(MessageInspector::TextTab));
        QCOMPARE(inspector->textView()->toPlainText(), QStringLiteral("plain text without a key"));
    }

    void largeValueOpensAsAPreviewFirst() {
        QElapsedTimer clock;
        clock.start();
        QVERIFY(select(BigRow));
        MessageInspector* inspector = m_page->inspector();
        QVERIFY(inspector->content().truncated);
        QVERIFY(inspector->textView()->toPlainText().size() <=
                InspectorContent::kPreviewBytes +
                    InspectorContent::kPreviewBytes / InspectorContent::kMaxLineChars + 1);
        QVERIFY(inspector->noticeLabel()->text().contains(QStringLiteral("first")));
        QVERIFY(
            inspector->findChild<QPushButton*>(QStringLiteral("inspectorWholeValue"))->isVisible());
        QSignalSpy ready(inspector, &MessageInspector::contentReady);
        inspector->showWholeValue();
        QVERIFY(ready.wait(kTimeoutMs));
        QVERIFY(!inspector->content().truncated);
        QVERIFY(inspector->content().json);
        QVERIFY(inspector->content().viewsCut);
        QVERIFY(inspector->noticeLabel()->text().contains(QStringLiteral("Copy")));
        // Never frozen: preview and whole value together within a few seconds.
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(inspector->content().record.value.size(), bigJson().size());
    }

    void filtersTypedInvalidAndFromTheContextMenu() {
        FilterEdit* filter = m_page->filterEdit();
        QCOMPARE(filter->state(), FilterEdit::State::Empty);
        filter->setText(QStringLiteral("key == "));
        QCOMPARE(filter->state(), FilterEdit::State::Invalid);
        QVERIFY(filter->hintLabel()->text().contains(QStringLiteral("character")));
        filter->setText(QStringLiteral("key == \"order-1\""));
        QCOMPARE(filter->state(), FilterEdit::State::Valid);
        applyFilter(QStringLiteral("key == \"order-1\""), 1);
        QVERIFY(m_page->countLabel()->text().contains(QStringLiteral("1 of 6")));
        applyFilter(QStringLiteral("value.order.items[0].sku == \"A-1\""), 1);
        applyFilter(QStringLiteral("not key"), 1);
        applyFilter(QStringLiteral("value contains \"nothing like this\""), 0);
        QVERIFY(m_page->placeholder()->isVisible());
        QVERIFY(m_page->placeholder()->text().contains(QStringLiteral("matches")));
        applyFilter(QString(), int(RowCount));

        // The context menu's terms, each selecting the message it came from.
        const auto suggestions = m_page->filterSuggestions(JsonRow);
        QStringList expressions;
        for (const auto& s : suggestions)
            expressions << s.second;
        QVERIFY(expressions.contains(QStringLiteral("key == \"order-1\"")));
        QVERIFY(expressions.contains(QStringLiteral("header.source == \"web\"")));
        QVERIFY(expressions.contains(QStringLiteral("value.order.items[0].sku == \"A-1\"")));
        QVERIFY(expressions.contains(QStringLiteral("value.total == 12.5")));
        for (const QString& expression : std::as_const(expressions))
            applyFilter(expression, 1);
        applyFilter(QString(), int(RowCount));
        const auto noKey = m_page->filterSuggestions(NoKeyRow);
        QVERIFY(!noKey.isEmpty());
        QCOMPARE(noKey.constFirst().second, QStringLiteral("not key"));
        // Applied filters are remembered per topic.
        filter->applyExpression(QStringLiteral("key == \"order-1\""));
        QSettings settings;
        QVERIFY(settings.value(QStringLiteral("browse/filters/%1/recent").arg(m_topic))
                    .toStringList()
                    .contains(QStringLiteral("key == \"order-1\"")));
        applyFilter(QString(), int(RowCount));
    }

    void exportsTheShownMessages() {
        QTemporaryDir dir;
        const QString jsonl = dir.filePath(QStringLiteral("all.jsonl"));
        QSignalSpy exported(m_page.get(), &BrowsePage::exportFinished);
        m_page->exportMessagesTo(false, ExportFormat::JsonLines, jsonl);
        QVERIFY(exported.wait(kTimeoutMs));
        QVERIFY2(exported.at(0).at(0).toBool(), qPrintable(exported.at(0).at(2).toString()));
        QFile file(jsonl);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.readAll().split('\n');
        if (lines.last().isEmpty())
            lines.removeLast();
        QCOMPARE(lines.size(), int(RowCount));
        const auto first = nlohmann::json::parse(lines[JsonRow].toStdString());
        QCOMPARE(first["key"].get<std::string>(), std::string("order-1"));
        QCOMPARE(first["headers"]["trace"].get<std::string>(), std::string("t-1"));
        QVERIFY(nlohmann::json::parse(lines[NoKeyRow].toStdString())["key"].is_null());
        QVERIFY(nlohmann::json::parse(lines[TombstoneRow].toStdString())["value"].is_null());
        const auto binary = nlohmann::json::parse(lines[BinaryRow].toStdString());
        QCOMPARE(binary["value_encoding"].get<std::string>(), std::string("base64"));

        // The selection as CSV.
        m_page->table()->selectionModel()->select(m_page->model()->index(BinaryRow, 0),
                                                  QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
        QCOMPARE(m_page->table()->selectionModel()->selectedRows().size(), 1);
        const QString csv = dir.filePath(QStringLiteral("selection.csv"));
        m_page->exportMessagesTo(true, ExportFormat::Csv, csv);
        QVERIFY(exported.wait(kTimeoutMs));
        QVERIFY(exported.at(1).at(0).toBool());
        QCOMPARE(exported.at(1).at(1).toLongLong(), 1);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> csvLines = csvFile.readAll().split('\n');
        QVERIFY(csvLines[0].startsWith("topic,partition,offset"));
        QVERIFY(csvLines[1].contains(QByteArray("\x00\x01\xff\xfe caf\xe9", 9).toBase64()));
    }

    void timeSpanNarrowsTheTable() {
        m_page->model()->setTimeSpan(kBase + 1000, kBase + 2000);
        QTRY_COMPARE(m_page->model()->rowCount(), 2);
        QVERIFY(m_page->countLabel()->text().contains(QStringLiteral("2 of 6")));
        m_page->model()->setTimeSpan(-1, -1);
        QTRY_COMPARE(m_page->model()->rowCount(), int(RowCount));
    }

    void selectionSurvivesAFilterChange() {
        QItemSelectionModel* selection = m_page->table()->selectionModel();
        QItemSelection chosen;
        for (int row : {int(JsonRow), int(BinaryRow)})
            chosen.select(m_page->model()->index(row, 0), m_page->model()->index(row, 0));
        selection->select(chosen, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selection->setCurrentIndex(m_page->model()->index(BinaryRow, 0),
                                   QItemSelectionModel::NoUpdate);
        QCOMPARE(selectedOffsets(*m_page), (QList<qint64>{JsonRow, BinaryRow}));
        // Both still match: both stay selected, the current one too.
        applyFilter(QStringLiteral("key"), int(RowCount) - 1);
        QCOMPARE(selectedOffsets(*m_page), (QList<qint64>{JsonRow, BinaryRow}));
        const QModelIndex current = m_page->table()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(m_page->model()->store()->offset(m_page->model()->storeRow(current.row())),
                 qint64(BinaryRow));
        QVERIFY(
            m_page->table()->viewport()->rect().intersects(m_page->table()->visualRect(current)));
        // One drops out: the other stays selected.
        applyFilter(QStringLiteral("key == \"bin\""), 1);
        QCOMPARE(selectedOffsets(*m_page), (QList<qint64>{BinaryRow}));
        QCOMPARE(m_page->refilterSelection()->keptStoreRows().size(), size_t(2));
        applyFilter(QString(), int(RowCount));
        QCOMPARE(selectedOffsets(*m_page), (QList<qint64>{BinaryRow}));
        // The inspector shows the kept current message.
        QTRY_COMPARE(m_page->inspector()->content().record.offset, qint64(BinaryRow));
        selection->clear();
    }

    void timelineCountsWhatTheFilterKeeps() {
        VolumeTimeline* timeline = m_page->timeline();
        QTRY_COMPARE(timeline->histogram().counted, size_t(RowCount));
        QVERIFY(!timeline->histogram().filtered);
        const qint64 fromMs = timeline->histogram().fromMs;
        applyFilter(QStringLiteral("key == \"order-1\" or key == \"bin\""), 2);
        QTRY_VERIFY(timeline->histogram().filtered);
        QCOMPARE(timeline->histogram().counted, size_t(2));
        QCOMPARE(timeline->histogram().rows, size_t(RowCount));
        double sum = 0;
        for (double c : timeline->histogram().counts)
            sum += c;
        QCOMPARE(sum, 2.0);
        QCOMPARE(timeline->histogram().fromMs, fromMs); // the axis stays the loaded range
        auto* caption = timeline->findChild<QLabel*>(QStringLiteral("volumeCaption"));
        QVERIFY2(caption->text().contains(QStringLiteral("match the filter (2 of 6")),
                 qPrintable(caption->text()));
        applyFilter(QString(), int(RowCount));
        QTRY_VERIFY(!timeline->histogram().filtered);
        QCOMPARE(timeline->histogram().counted, size_t(RowCount));
        QVERIFY(!caption->text().contains(QStringLiteral("match")));
    }

    void metadataSaysTheCodecIsNotAvailable() {
        QVERIFY(select(JsonRow));
        QTableWidget* meta = m_page->inspector()->metadataView();
        QString compression;
        for (int r = 0; r < meta->rowCount(); ++r)
            if (meta->item(r, 0)->text() == QStringLiteral("Compression"))
                compression = meta->item(r, 1)->text();
        // The topic was written with zstd, but librdkafka does not say so per message.
        QVERIFY2(compression.contains(QStringLiteral("not available")), qPrintable(compression));
    }

    void replayMenuOffersOffsetsAndHistory() {
        QMenu* menu = m_page->replayButton()->menu();
        QVERIFY(menu);
        QStringList labels;
        for (QAction* action : menu->actions())
            if (!action->isSeparator())
                labels << action->text();
        QCOMPARE(labels.size(), 4);
        QVERIFY(labels.join(u'|').contains(QStringLiteral("Listed offsets")));
        QVERIFY(labels.join(u'|').contains(QStringLiteral("Replay history")));
        m_page->openReplayOfOffsets();
        auto* dialog = m_page->findChild<ReplayDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->usesOffsetList());
        QVERIFY(!dialog->replayButton()->isEnabled()); // nothing listed yet
        dialog->setOffsetList(QStringLiteral("0:1, 0:3"));
        QVERIFY(dialog->effectiveSource());
        QCOMPARE(dialog->effectiveSource()->topic, m_topic);
        dialog->close();
        m_page->openReplayHistory();
        auto* history = m_page->findChild<ReplayHistoryDialog*>();
        QVERIFY(history);
        QVERIFY(history->isVisible());
        history->close();
    }

    void keepOnlyMatchesWhileReading() {
        m_page->filterEdit()->setText(QStringLiteral("key == \"bin\" or key == \"bad\""));
        m_page->keepMatchesBox()->setChecked(true);
        QSignalSpy finished(m_page.get(), &BrowsePage::browseFinished);
        QVERIFY(m_page->startBrowse());
        QVERIFY(finished.wait(kTimeoutMs));
        QTRY_COMPARE(m_page->model()->rowCount(), 2);
        QCOMPARE(m_page->store()->size(), size_t(2)); // only matches were kept in memory
        m_page->keepMatchesBox()->setChecked(false);
        m_page->filterEdit()->applyExpression(QString());
    }

    void memoryCapIsSettableAndItsNoticeSaysHowToRaiseIt() {
        const int defaultCap = m_page->memoryCapMiB();
        QCOMPARE(qint64(defaultCap), MessageStore::defaultMemoryCap() >> 20);
        // 16 MiB cannot hold the 10 MB message beside the others' arena and rows.
        m_page->setMemoryCapMiB(16);
        QCOMPARE(m_page->memoryCapBox()->value(), 16);
        m_page->controls()->setStartSpec(QStringLiteral("beginning"));
        QSignalSpy finished(m_page.get(), &BrowsePage::browseFinished);
        QVERIFY(m_page->startBrowse());
        QVERIFY(finished.wait(kTimeoutMs));
        QCOMPARE(m_page->store()->memoryCap(), qint64(16) << 20);
        const auto outcome = finished.at(0).at(0).value<BrowseOutcome>();
        QCOMPARE(outcome.end, BrowseOutcome::End::MemoryCap);
        QVERIFY(m_page->banner()->isVisibleTo(m_page.get()));
        QVERIFY2(m_page->banner()->text().contains(QStringLiteral("Memory cap")),
                 qPrintable(m_page->banner()->text()));
        QVERIFY(m_page->store()->size() < size_t(RowCount));
        // Saved with the page.
        QSettings settings;
        m_page->saveSettings(settings);
        QCOMPARE(settings.value(QStringLiteral("memoryCapMiB")).toInt(), 16);
        m_page->setMemoryCapMiB(defaultCap);
        m_page->restoreSettings(settings);
        QCOMPARE(m_page->memoryCapMiB(), 16);
        m_page->setMemoryCapMiB(defaultCap);
    }
};

QTEST_MAIN(TestBrowsePage)
#include "tst_browsepage.moc"
