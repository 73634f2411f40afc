// The Lag page offscreen, fed with synthetic lag snapshots (SyntheticLag): rows and the
// problems-first order, "no commit" in the detail, the members sentence when they cannot be
// described, the empty-state sentences, hidden pages doing no work, opt-in alerts remembered per
// cluster, and the offset reset dialog's refusals and preview. Saves a screenshot of the
// populated page to /tmp/lagpage-populated.png.

#include "charts/RateChart.h"
#include "lag/LagDetailModel.h"
#include "lag/LagGroupDetailPanel.h"
#include "lag/LagGroupFilterModel.h"
#include "lag/LagGroupModel.h"
#include "lag/LagGroupsPanel.h"
#include "lag/LagNotifier.h"
#include "lag/LagPage.h"
#include "lag/ResetOffsetsDialog.h"

#include "SyntheticCluster.h"
#include "SyntheticLag.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTranslator>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtTest>

using namespace streamscope;
using streamscope::test::SyntheticCluster;
using streamscope::test::SyntheticLag;

namespace {

const QString kKip848Note = QStringLiteral(
    "The members of this group use the new consumer protocol (KIP-848), which this client "
    "cannot describe.");

SyntheticLag threeGroups(LagStatus billingStatus = LagStatus::Ok) {
    SyntheticLag lag;
    lag.sampledAt(1'700'000'000'000)
        .group(QStringLiteral("billing"), billingStatus)
        .explanation(QStringLiteral("Lag went from 20 to 20 messages over the last 10 samples."))
        .member(QStringLiteral("billing-1"), QStringLiteral("/10.0.0.1"))
        .topic(QStringLiteral("orders"))
        .partition(0, 90, 100, 0)
        .partition(1, 40, 50, 0)
        .eta(30)
        .group(QStringLiteral("audit"), LagStatus::Stall, QStringLiteral("Empty"))
        .explanation(QStringLiteral("Committed offset stayed at 10 for 10 samples while 40 "
                                    "messages were waiting."))
        .topic(QStringLiteral("orders"))
        .partition(0, std::nullopt, 100)
        .partition(1, 10, 50)
        .fallingBehind(12.5)
        .group(QStringLiteral("shipping"), LagStatus::Warn)
        .membersUnknown(kKip848Note)
        .topic(QStringLiteral("payments"))
        .partition(0, 0, 1000);
    return lag;
}

QStringList shownGroups(const LagPage& page) {
    QStringList groups;
    const LagGroupFilterModel* proxy = page.groupsPanel()->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row)
        groups.append(proxy->groupId(proxy->index(row, 0)));
    return groups;
}

QStringList names(const char* commaSeparated) {
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','));
}

} // namespace

class TestLagPage : public QObject {
    Q_OBJECT
    QTranslator m_translator;

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("streamscope-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_lagpage"));
        QSettings().clear();
        // To look at the populated page in another language: STREAMSCOPE_TEST_QM=path/to/.qm.
        if (qEnvironmentVariableIsSet("STREAMSCOPE_TEST_QM") &&
            m_translator.load(qEnvironmentVariable("STREAMSCOPE_TEST_QM")))
            QCoreApplication::installTranslator(&m_translator);
    }
    void cleanupTestCase() { QSettings().clear(); }

    void rowsProblemsFirstAndDetail() {
        LagPage page;
        page.resize(1280, 800);
        page.show();
        page.setPageActive(true);
        page.receiveSnapshot(threeGroups().snapshot());
        QCOMPARE(page.groupsPanel()->model()->rowCount(), 3);
        // STALL, then WARN, then OK, whatever the sort column.
        QCOMPARE(shownGroups(page), names("audit,shipping,billing"));
        page.groupsPanel()->table()->sortByColumn(LagGroupModel::GroupColumn, Qt::AscendingOrder);
        QCOMPARE(shownGroups(page), names("audit,shipping,billing"));
        page.groupsPanel()->problemsFirstBox()->setChecked(false);
        QCOMPARE(shownGroups(page), names("audit,billing,shipping"));
        page.groupsPanel()->problemsFirstBox()->setChecked(true);

        // audit: one partition never committed -> "no commit", never 0.
        page.groupsPanel()->selectGroup(QStringLiteral("audit"));
        LagGroupDetailPanel* detail = page.detailPanel();
        QCOMPARE(detail->groupId(), QStringLiteral("audit"));
        const LagDetailModel* tree = detail->model();
        const QModelIndex orders = tree->index(0, 0);
        QCOMPARE(orders.data().toString(), QStringLiteral("orders"));
        QCOMPARE(tree->index(0, LagDetailModel::LagColumn, orders).data().toString(),
                 QStringLiteral("no commit"));
        QCOMPARE(tree->index(1, LagDetailModel::LagColumn, orders).data().toString(),
                 QStringLiteral("40"));
        QVERIFY(detail->verdictLabel()->text().contains(QStringLiteral("STALL")));
        QVERIFY(detail->verdictLabel()->text().contains(QStringLiteral("Committed offset stayed")));
        QVERIFY(detail->membersLabel()->text().contains(QStringLiteral("group is empty")));
        // Empty group, but the page has no writable profile (no session): no reset.
        QVERIFY(!detail->resetButton()->isEnabled());
        QCOMPARE(detail->lagChart()->series().size(), 1);
        QCOMPARE(detail->lagChart()->series().front().scope, QStringLiteral("audit"));
        QCOMPARE(detail->rateChart()->series().size(), 2); // consumed and produced of "orders"

        // shipping: members unknown -> the sentence, never an empty list.
        page.groupsPanel()->selectGroup(QStringLiteral("shipping"));
        QCOMPARE(detail->groupId(), QStringLiteral("shipping"));
        QVERIFY(detail->membersLabel()->text().contains(QStringLiteral("KIP-848")));

        page.groupsPanel()->selectGroup(QStringLiteral("billing"));
        QVERIFY(detail->membersLabel()->text().contains(QStringLiteral("billing-1")));
        QVERIFY(detail->membersLabel()->text().contains(QStringLiteral("/10.0.0.1")));
        QCOMPARE(tree->index(0, LagDetailModel::MemberColumn, tree->index(0, 0)).data().toString(),
                 QStringLiteral("billing-1"));

        // The next refresh keeps the selection and updates the detail in place.
        page.receiveSnapshot(threeGroups(LagStatus::Warn).snapshot());
        QCOMPARE(page.groupsPanel()->currentGroup(), QStringLiteral("billing"));
        QVERIFY(detail->verdictLabel()->text().contains(QStringLiteral("WARN")));
    }

    // A refresh repaints only the visible cells whose look changed (LiveTableView): none when
    // the figures are the same, the moved and changed ones when a group's status changes.
    void refreshRepaintsOnlyChangedCells() {
        LagPage page;
        page.resize(1700, 700);
        page.show();
        page.setPageActive(true);
        page.receiveSnapshot(threeGroups().snapshot());
        QCoreApplication::processEvents();
        LiveTableView* table = page.groupsPanel()->table();
        page.receiveSnapshot(threeGroups().snapshot()); // a new refresh, the same figures
        QCOMPARE(table->lastRepaintedCells(), 0);
        page.receiveSnapshot(threeGroups(LagStatus::Warn).snapshot());
        const int visibleCells = 3 * (LagGroupModel::ColumnCount - 1); // Topics is hidden
        QVERIFY(table->lastRepaintedCells() > 0);
        QVERIFY(table->lastRepaintedCells() < visibleCells);
    }

    // The page's live figures wrap like a word-wrapped QLabel (never elided): a longer text
    // grows the label, a text of the same height repaints it in place, a short one shrinks it.
    void liveTextLabelWrapsAndGrows() {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* label = new LiveTextLabel(&window);
        layout->addWidget(label);
        layout->addStretch(1);
        window.resize(220, 400);
        window.show();
        label->setText(QStringLiteral("<b>10</b> groups"));
        QCoreApplication::processEvents();
        const int oneLine = label->height();
        QVERIFY(oneLine > 0);
        label->setText(QStringLiteral("total lag 1,234 &middot; ").repeated(8));
        QCoreApplication::processEvents();
        const int wrapped = label->height();
        QVERIFY(wrapped > 3 * oneLine);
        label->setText(QStringLiteral("total lag 5,678 &middot; ").repeated(8));
        QCoreApplication::processEvents();
        QCOMPARE(label->height(), wrapped);
        QVERIFY(label->plainText().startsWith(QStringLiteral("total lag 5,678")));
        // Narrower after a text that kept its height: the new text's height at the new width.
        window.resize(140, 400);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(label->height(), label->heightForWidth(label->width()));
        QVERIFY(label->height() > wrapped);
        label->setText(QStringLiteral("<b>11</b> groups"));
        QCoreApplication::processEvents();
        QCOMPARE(label->height(), oneLine);
    }

    // The groups table never scrolls sideways: beside the detail where the page is wide (a
    // 1920 px window), above it where it is not (the page of a 1280 px window is ~1060 px).
    void groupsTableFitsWithoutScrolling_data() {
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("sideBySide");
        QTest::newRow("1280 px window") << 1060 << false;
        QTest::newRow("1920 px window") << 1700 << true;
    }
    void groupsTableFitsWithoutScrolling() {
        QFETCH(int, width);
        QFETCH(bool, sideBySide);
        LagPage page;
        page.resize(width, 700);
        page.show();
        page.setPageActive(true);
        page.receiveSnapshot(threeGroups(LagStatus::Warn).snapshot());
        QCoreApplication::processEvents();
        QTableView* table = page.groupsPanel()->table();
        QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
        const QRect groups = page.groupsPanel()->geometry();
        const QRect detail = page.detailPanel()->geometry();
        if (sideBySide)
            QVERIFY(detail.left() >= groups.right());
        else
            QVERIFY(detail.top() >= groups.bottom());
        // No number is elided: every numeric cell's text fits its column.
        const QFontMetrics metrics(table->font());
        for (const int column : {int(LagGroupModel::LagColumn), int(LagGroupModel::TimeLagColumn),
                                 int(LagGroupModel::CatchUpColumn)}) {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                const QString text = table->model()->index(row, column).data().toString();
                QVERIFY2(metrics.horizontalAdvance(text) < table->columnWidth(column),
                         qPrintable(text));
            }
        }
    }

    // A look at the populated page (no text asserted, so it works translated too).
    void populatedScreenshot() {
        LagPage page;
        page.resize(1280, 800);
        page.show();
        page.setPageActive(true);
        page.receiveSnapshot(threeGroups(LagStatus::Warn).snapshot());
        page.groupsPanel()->selectGroup(QStringLiteral("billing"));
        QCoreApplication::processEvents();
        const QImage shot = page.grab().toImage();
        QVERIFY(shot.save(qEnvironmentVariable("STREAMSCOPE_TEST_SHOT",
                                               QStringLiteral("/tmp/lagpage-populated.png"))));
    }

    void emptyStateSentences() {
        LagPage::EmptyStateInput input;
        QVERIFY(LagPage::emptyStateText(input).startsWith(QStringLiteral("Not connected")));
        input.hasSession = true;
        input.connected = false;
        input.connectionProblem = QStringLiteral("no broker answered at 127.0.0.1:1");
        QVERIFY(LagPage::emptyStateText(input).contains(QStringLiteral("cannot be reached")));
        QVERIFY(LagPage::emptyStateText(input).contains(input.connectionProblem));
        input.connected = true;
        QVERIFY(LagPage::emptyStateText(input).startsWith(QStringLiteral("Reading")));
        input.snapshot =
            SyntheticLag().error(QStringLiteral("coordinator not available")).snapshot();
        QVERIFY(LagPage::emptyStateText(input).contains(
            QStringLiteral("could not be read: coordinator not available")));
        input.snapshot = SyntheticLag().snapshot();
        QVERIFY(LagPage::emptyStateText(input).startsWith(
            QStringLiteral("No consumer groups on this cluster")));
        input.snapshot = threeGroups().snapshot();
        QVERIFY(LagPage::emptyStateText(input).isEmpty());

        // On the page: an empty cluster shows the sentence instead of an empty table.
        LagPage page;
        page.setPageActive(true);
        QVERIFY(!page.groupsPanel()->emptyText().isEmpty()); // not connected
        page.receiveSnapshot(SyntheticLag().snapshot());
        QVERIFY(!page.groupsPanel()->emptyText().isEmpty());
        page.receiveSnapshot(threeGroups().snapshot());
        QVERIFY(page.groupsPanel()->emptyText().isEmpty());
    }

    void hiddenPageWaits() {
        LagPage page;
        page.setPageActive(false);
        page.receiveSnapshot(threeGroups().snapshot());
        QCOMPARE(page.groupsPanel()->model()->rowCount(), 0);
        QVERIFY(!page.shownSnapshot());
        page.setPageActive(true);
        QCOMPARE(page.groupsPanel()->model()->rowCount(), 3);
    }

    void alertsAreOptInAndRemembered() {
        {
            LagNotifier notifier;
            notifier.follow(QStringLiteral("cluster-a"), nullptr);
            QSignalSpy notified(&notifier, &LagNotifier::notified);
            notifier.observe(threeGroups(LagStatus::Ok).snapshot());
            notifier.observe(threeGroups(LagStatus::Warn).snapshot());
            QCOMPARE(notified.count(), 0); // not opted in
            notifier.setNotify(QStringLiteral("billing"), true);
            notifier.observe(threeGroups(LagStatus::Ok).snapshot());
            QCOMPARE(notified.count(), 0); // turning OK is no alert
            notifier.observe(threeGroups(LagStatus::Stop).snapshot());
            QCOMPARE(notified.count(), 1);
            QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("billing"));
            QVERIFY(notified.at(0).at(1).toString().contains(QStringLiteral("STOP")));
            notifier.observe(threeGroups(LagStatus::Stop).snapshot());
            QCOMPARE(notified.count(), 1); // still STOP: said once
            LagThresholds t = notifier.thresholds(QStringLiteral("billing"));
            t.maxLagMessages = 5000;
            notifier.setThresholds(QStringLiteral("billing"), t);
        }
        LagNotifier again;
        again.follow(QStringLiteral("cluster-a"), nullptr);
        QVERIFY(again.notifies(QStringLiteral("billing")));
        QCOMPARE(again.thresholds(QStringLiteral("billing")).maxLagMessages.value_or(0), 5000);
        again.follow(QStringLiteral("cluster-b"), nullptr); // per cluster
        QVERIFY(!again.notifies(QStringLiteral("billing")));
    }

    void resetDialogRefusesAndPreviews() {
        const LagSnapshotPtr lag = threeGroups().snapshot();
        const ClusterSnapshot cluster = SyntheticCluster()
                                            .topic(QStringLiteral("orders"), 2)
                                            .offsets(5, 100)
                                            .topic(QStringLiteral("payments"))
                                            .offsets(0, 1000)
                                            .snapshot();
        ConnectionProfile readOnly;
        readOnly.name = QStringLiteral("prod");
        readOnly.readOnly = true;
        ConnectionProfile writable = readOnly;
        writable.readOnly = false;

        ResetOffsetsDialog onReadOnly(readOnly, QStringLiteral("prod"), cluster,
                                      *lag->findGroup(QStringLiteral("audit")));
        QVERIFY(onReadOnly.blockedReason().contains(QStringLiteral("read-only")));

        ResetOffsetsDialog active(writable, QStringLiteral("prod"), cluster,
                                  *lag->findGroup(QStringLiteral("billing")));
        QVERIFY(active.blockedReason().contains(QStringLiteral("only of an empty group")));
        active.preview();
        QVERIFY(active.plan());
        QVERIFY(!active.resetButton()->isEnabled());

        ResetOffsetsDialog dialog(writable, QStringLiteral("prod"), cluster,
                                  *lag->findGroup(QStringLiteral("audit")));
        QVERIFY(dialog.blockedReason().isEmpty());
        dialog.setSpec({OffsetResetMode::Earliest, 0});
        dialog.preview();
        QVERIFY(dialog.plan());
        QCOMPARE(dialog.previewTable()->rowCount(), 2);
        QCOMPARE(dialog.previewTable()->item(0, 2)->text(), QStringLiteral("no commit"));
        QCOMPARE(dialog.previewTable()->item(0, 3)->text(), QStringLiteral("5"));
        QCOMPARE(dialog.previewTable()->item(1, 3)->text(), QStringLiteral("5"));
        QVERIFY(dialog.resetButton()->isEnabled());
        // Shift back past the log start: clamped, and the note says so.
        dialog.setSpec({OffsetResetMode::ShiftBy, -50});
        QVERIFY(!dialog.resetButton()->isEnabled()); // the old preview is stale
        dialog.preview();
        QCOMPARE(dialog.previewTable()->item(1, 3)->text(), QStringLiteral("5"));
        QVERIFY(dialog.previewTable()->item(1, 5)->text().contains(QStringLiteral("log start")));
        QCOMPARE(dialog.previewTable()->item(0, 3)->text(), QStringLiteral("unchanged"));
    }
};

QTEST_MAIN(TestLagPage)
#include "tst_lagpage.moc"
