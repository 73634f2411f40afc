// The replay dialog offscreen: the guard's verdict with its reason as the target changes, the
// options it hands to the engine, and a real replay started from it into the status bar.
// STREAMSCOPE_SHOT_DIR=DIR saves screenshots of the dialog (replay-dialog-<lang>.png);
// STREAMSCOPE_SHOT_QM=FILE loads a translation first (German screenshots).
#include "TestCluster.h"
#include "kafka/KafkaClient.h"
#include "replay/ReplayDialog.h"
#include "replay/ReplayStatusWidget.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
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
};

QTEST_MAIN(TestReplayDialog)
#include "tst_replay_dialog.moc"
