// The replay dialog offscreen: the guard's verdict with its reason as the target changes, the
// options it hands to the engine, and a real replay started from it into the status bar.
// STREAMSCOPE_SHOT_DIR=DIR saves screenshots of the dialog (replay-dialog-<lang>.png);
// STREAMSCOPE_SHOT_QM=FILE loads a translation first (German screenshots).
#include "TestCluster.h"
#include "browse/Filter.h"
#include "common/ModelsTr.h"
#include "kafka/KafkaClient.h"
#include "replay/ReplayDialog.h"
#include "replay/ReplayHistory.h"
#include "replay/ReplayHistoryDialog.h"
#include "replay/ReplayHistoryModel.h"
#include "replay/ReplayStatusWidget.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace streamscope;

class TestReplayDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        const QString qm = qEnvironmentVariable("STREAMSCOPE_SHOT_QM");
        if (!qm.isEmpty()) {
            auto* translator = new QTranslator(qApp);
            QVERIFY(translator->load(qm));
            QCoreApplication::installTranslator(translator);
        }
    }

    void guardShowsVerdictAndReason() {
        ConnectionProfile source;
        source.name = QStringLiteral("prod");
        source.bootstrapServers = QStringLiteral("prod:9092");
        ConnectionProfile lab;
        lab.name = QStringLiteral("lab");
        lab.bootstrapServers = QStringLiteral("lab:9092");
        lab.sandbox = true;
        BrowseRequest range = test::wholeTopicRequest(QStringLiteral("orders"));
        ReplayDialog dialog(ReplaySource::fromRange(source, range, QStringLiteral("orders, all")),
                            {source, lab});
        auto* topic = dialog.findChild<QLineEdit*>(QStringLiteral("replayTargetTopic"));
        auto* guard = dialog.findChild<QLabel*>(QStringLiteral("replayGuard"));
        auto* profile = dialog.findChild<QComboBox*>(QStringLiteral("replayTargetProfile"));
        auto* start = dialog.findChild<QPushButton*>(QStringLiteral("replayStart"));
        QVERIFY(topic && guard && profile && start);
        // Default: the source cluster with the sandbox prefix.
        QCOMPARE(topic->text(), QStringLiteral("sandbox.orders"));
        QVERIFY(dialog.currentDecision().allowed);
        QVERIFY(start->isEnabled());
        topic->setText(QStringLiteral("orders-copy"));
        QVERIFY(!start->isEnabled());
        QVERIFY(guard->text().contains(QStringLiteral("sandbox.")));
        topic->setText(QStringLiteral("orders"));
        QVERIFY(!dialog.currentDecision().allowed);
        profile->setCurrentIndex(1); // the lab sandbox: any topic
        QVERIFY(start->isEnabled());
        QCOMPARE(dialog.options().targetProfile.name, QStringLiteral("lab"));
        QVERIFY(!dialog.options().createMissingTopic); // only after asking

        const QString dir = qEnvironmentVariable("STREAMSCOPE_SHOT_DIR");
        if (!dir.isEmpty()) {
            topic->setText(QStringLiteral("orders-copy"));
            profile->setCurrentIndex(0);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            const QString lang = qEnvironmentVariable("STREAMSCOPE_SHOT_QM").isEmpty()
                                     ? QStringLiteral("en")
                                     : QStringLiteral("de");
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/replay-dialog-refused-") + lang +
                                       QStringLiteral(".png")));
            topic->setText(QStringLiteral("sandbox.orders"));
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/replay-dialog-") + lang +
                                       QStringLiteral(".png")));
        }
    }

    void replayRunsInTheStatusBar() {
        STREAMSCOPE_REQUIRE_BROKER();
        const QString source = test::uniqueTopicName(QStringLiteral("tst-replaydlg"));
        QVERIFY(test::createTopic(source, 2));
        QCOMPARE(test::produceRecords(source, 500), 500);
        // The target exists, so no create-topic question; the profile is not read-only.
        const QString target = QStringLiteral("sandbox.") + source;
        QVERIFY(test::createTopic(target, 2));
        ConnectionProfile profile = test::brokerProfile();
        profile.readOnly = false;
        QMainWindow window;
        window.statusBar();
        window.show();
        auto* dialog = new ReplayDialog(
            ReplaySource::fromRange(profile, test::wholeTopicRequest(source)), {profile}, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QSignalSpy started(dialog, &ReplayDialog::replayStarted);
        dialog->show();
        dialog->findChild<QPushButton*>(QStringLiteral("replayStart"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 20000);
        auto* status = window.findChild<ReplayStatusWidget*>(QStringLiteral("replayStatus"));
        QVERIFY(status);
        QSignalSpy finished(status, &ReplayStatusWidget::replayFinished);
        QVERIFY(finished.wait(60000));
        QVERIFY2(status->lastReport().succeeded(), qPrintable(status->lastReport().toText()));
        QCOMPARE(status->lastReport().replayed, qint64(500));
        QVERIFY(status->text().contains(QStringLiteral("500")));
        if (const QString dir = qEnvironmentVariable("STREAMSCOPE_SHOT_DIR"); !dir.isEmpty())
            QVERIFY(window.grab().save(dir + QStringLiteral("/replay-statusbar.png")));
    }

    void pastedOffsetsBecomeTheSource() {
        ConnectionProfile source;
        source.name = QStringLiteral("prod");
        source.bootstrapServers = QStringLiteral("prod:9092");
        ReplaySource listed;
        listed.profile = source;
        listed.topic = QStringLiteral("orders");
        ReplayDialog dialog(listed, {source});
        // Opened for offsets: the list is the only source, so nothing can start while it is empty.
        QVERIFY(!dialog.offsetsBox()->isCheckable());
        QVERIFY(dialog.usesOffsetList());
        QVERIFY(!dialog.replayButton()->isEnabled());
        QVERIFY(!dialog.dryRunButton()->isEnabled());
        QVERIFY(!dialog.effectiveSource());
        auto* text = dialog.findChild<QPlainTextEdit*>(QStringLiteral("replayOffsets"));
        QVERIFY(text);
        text->setPlainText(QStringLiteral("0:12\n3:7, 3:8"));
        QVERIFY(dialog.replayButton()->isEnabled());
        const Expected<ReplaySource> effective = dialog.effectiveSource();
        QVERIFY(effective);
        QVERIFY(effective->isRange());
        QCOMPARE(effective->range->partitions, (std::vector<int>{0, 3}));
        QCOMPARE(effective->range->stop.value, qint64(3));
        QVERIFY(effective->range->filter->expression().contains(QStringLiteral("offset")));
        QVERIFY(dialog.offsetsState()->text().contains(QStringLiteral("3")));
        text->setPlainText(QStringLiteral("0:12\nthree:7"));
        QVERIFY(!dialog.replayButton()->isEnabled());
        QVERIFY2(dialog.offsetsState()->text().contains(QStringLiteral("three:7")),
                 qPrintable(dialog.offsetsState()->text()));

        // Beside a browser selection, the list is an alternative to tick.
        ReplayDialog range(
            ReplaySource::fromRange(source, test::wholeTopicRequest(QStringLiteral("orders"))),
            {source});
        QVERIFY(range.offsetsBox()->isCheckable());
        QVERIFY(!range.usesOffsetList());
        QVERIFY(range.effectiveSource()->range->filter == nullptr);
        range.setOffsetList(QStringLiteral("1:1"));
        QVERIFY(range.usesOffsetList());
        QCOMPARE(range.effectiveSource()->range->partitions, (std::vector<int>{1}));
        range.offsetsBox()->setChecked(false);
        QVERIFY(range.effectiveSource()->range->filter == nullptr);

        const QString dir = qEnvironmentVariable("STREAMSCOPE_SHOT_DIR");
        if (!dir.isEmpty()) {
            text->setPlainText(QStringLiteral("0:12\n3:7, 3:8"));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/replay-offsets-") + shotLanguage() +
                                       QStringLiteral(".png")));
        }
    }

    void historyListsPastReplays() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.jsonl"));
        ReplayReport done;
        done.outcome = ReplayReport::Outcome::Completed;
        done.replayId = QStringLiteral("r-1");
        done.source = QStringLiteral("42 selected messages");
        done.sourceTopic = QStringLiteral("orders");
        done.target = QStringLiteral("sandbox.orders @ lab");
        done.targetTopic = QStringLiteral("sandbox.orders");
        done.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        done.finishedAt = done.startedAt.addSecs(5);
        done.read = done.replayed = 42;
        done.verified = true;
        done.verifiedCount = 42;
        done.events << QStringLiteral("chunk 1 committed");
        ReplayReport refused = done;
        refused.outcome = ReplayReport::Outcome::Refused;
        refused.replayId = QStringLiteral("r-2");
        refused.reason = QStringLiteral("orders-copy is not a sandbox target");
        refused.startedAt = done.startedAt.addSecs(60);
        refused.read = refused.replayed = 0;
        refused.verified = false;
        refused.verifiedCount = 0;
        ReplayReport unverified = done;
        unverified.replayId = QStringLiteral("r-3");
        unverified.startedAt = done.startedAt.addSecs(120);
        unverified.verifyRequested = false;
        unverified.verified = false;
        for (const ReplayReport& r : {done, refused, unverified})
            QVERIFY(ReplayHistory::append(r, path));

        ReplayHistoryDialog dialog(path);
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&dialog, &ReplayHistoryDialog::loaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.first().first().toInt(), 3);
        QTableView* table = dialog.table();
        QCOMPARE(table->model()->rowCount(), 3);
        const auto cell = [table](int row, int column) {
            return table->model()->index(row, column).data().toString();
        };
        // Newest first: the unverified one, the refused one, the verified one.
        // (Words through ModelsTr, so the German screenshot run passes too.)
        QCOMPARE(cell(0, ReplayHistoryModel::VerificationColumn), ModelsTr::tr("off"));
        QCOMPARE(cell(1, ReplayHistoryModel::OutcomeColumn), ModelsTr::tr("refused"));
        QVERIFY(cell(2, ReplayHistoryModel::VerificationColumn).contains(QStringLiteral("42")));
        QVERIFY(cell(2, ReplayHistoryModel::SourceColumn).contains(QStringLiteral("orders")));
        QVERIFY(cell(2, ReplayHistoryModel::TargetColumn).contains(QStringLiteral("sandbox.")));
        QCOMPARE(cell(2, ReplayHistoryModel::RecordsColumn), QStringLiteral("42"));
        // The selected row's whole report: the refusal's reason, events.
        table->setCurrentIndex(table->model()->index(1, 0));
        QVERIFY(dialog.details()->toPlainText().contains(QStringLiteral("not a sandbox")));
        table->setCurrentIndex(table->model()->index(2, 0));
        QVERIFY(dialog.details()->toPlainText().contains(QStringLiteral("chunk 1 committed")));

        // A replay that ends meanwhile shows on Reload; the selection stays on its replay.
        ReplayReport later = done;
        later.replayId = QStringLiteral("r-4");
        later.startedAt = done.startedAt.addSecs(600);
        QVERIFY(ReplayHistory::append(later, path));
        dialog.reload();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(table->model()->rowCount(), 4);
        QVERIFY(dialog.details()->toPlainText().contains(QStringLiteral("r-1")));

        // No file yet: a sentence, not an empty table.
        ReplayHistoryDialog empty(dir.filePath(QStringLiteral("none.jsonl")));
        QSignalSpy emptyLoaded(&empty, &ReplayHistoryDialog::loaded);
        QVERIFY(emptyLoaded.wait(5000));
        QVERIFY(empty.placeholder()->isVisibleTo(&empty));
        QVERIFY(empty.placeholder()->text().contains(QStringLiteral("streamscope-cli")));

        if (const QString shots = qEnvironmentVariable("STREAMSCOPE_SHOT_DIR"); !shots.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/replay-history-") + shotLanguage() +
                                       QStringLiteral(".png")));
        }
    }

private:
    static QString shotLanguage() {
        return qEnvironmentVariable("STREAMSCOPE_SHOT_QM").isEmpty() ? QStringLiteral("en")
                                                                     : QStringLiteral("de");
    }
};

QTEST_MAIN(TestReplayDialog)
#include "tst_replay_dialog.moc"
