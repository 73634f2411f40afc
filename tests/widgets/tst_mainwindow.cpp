// The GUI on the real test broker (STREAMSCOPE_BOOTSTRAP), offscreen: the overview shows a new
// topic with its partitions and message count, the partition detail follows the selection, a dead
// bootstrap is reported within 10 s without freezing the window, and closing stays fast.

#include "SyntheticCluster.h"
#include "TestCluster.h"
#include "TimeBudget.h"
#include "charts/ChartToolBar.h"
#include "charts/RateChart.h"
#include "cluster/ProfileStore.h"
#include "common/StateBanner.h"
#include "connection/ConnectionDialog.h"
#include "connection/SessionSecrets.h"
#include "kafka/RdHandles.h"
#include "overview/BrokerTableModel.h"
#include "overview/BrokersPanel.h"
#include "overview/ClusterSummaryStrip.h"
#include "overview/OverviewPage.h"
#include "overview/PartitionTableModel.h"
#include "overview/PartitionsPanel.h"
#include "overview/TopicTableFilterModel.h"
#include "overview/TopicTableModel.h"
#include "overview/TopicsPanel.h"
#include "session/ClusterSession.h"
#include "session/SessionServices.h"
#include "shell/ConnectionStatusWidget.h"
#include "shell/MainWindow.h"
#include "shell/PageNavigator.h"
#include "shell/SamplingIntervalBox.h"
#include "throughput/HistoryKeeper.h"
#include "throughput/HistoryStore.h"
#include "throughput/ThroughputPage.h"
#include "throughput/ThroughputTopicModel.h"
#include "throughput/ThroughputTopicsPanel.h"
#include "throughput/ThroughputTracker.h"
#include "throughput/ThroughputTypes.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <librdkafka/rdkafka_mock.h>

#include <cmath>

using namespace streamscope;

namespace {

constexpr int kBrokerTimeoutMs = 20000;

// Longest gap between ticks of a 20 ms timer while it runs: the GUI thread's worst stall.
class StallMeter : public QObject {
public:
    StallMeter() {
        m_clock.start();
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this,
                         [this] { m_worstGapMs = std::max(m_worstGapMs, m_clock.restart()); });
        m_timer.start();
    }
    qint64 worstGapMs() const { return m_worstGapMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worstGapMs = 0;
};

// A librdkafka mock cluster with one broker that can be taken down and brought back.
class MockCluster {
public:
    MockCluster() {
        char errstr[256];
        rd_kafka_conf_t* conf = rd_kafka_conf_new();
        rd_kafka_conf_set(conf, "log_level", "0", errstr, sizeof errstr);
        m_owner.reset(rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof errstr));
        if (m_owner)
            m_cluster = rd_kafka_mock_cluster_new(m_owner.get(), 1);
        if (m_cluster)
            rd_kafka_mock_topic_create(m_cluster, "mock-topic", 2, 1);
    }
    ~MockCluster() {
        if (m_cluster)
            rd_kafka_mock_cluster_destroy(m_cluster);
    }
    MockCluster(const MockCluster&) = delete;
    MockCluster& operator=(const MockCluster&) = delete;
    bool valid() const { return m_cluster != nullptr; }
    QString bootstrap() const {
        return QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(m_cluster));
    }
    void setBrokerUp(bool up) {
        if (up)
            rd_kafka_mock_broker_set_up(m_cluster, 1);
        else
            rd_kafka_mock_broker_set_down(m_cluster, 1);
    }

private:
    rd::Handle m_owner;
    rd_kafka_mock_cluster_t* m_cluster = nullptr;
};

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString cellText(const QAbstractItemModel* model, int row, int column) {
    return model->index(row, column).data().toString();
}

void saveScreenshot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("STREAMSCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TstMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void overviewShowsTopicAndPartitions();
    void deadBootstrapIsReportedQuickly();
    void badPropertyIsReported();
    void switchingClustersReplacesTheSession();
    void historyComesBackAfterReconnecting();
    void connectionDialogValidatesAndImports();
    void samplingIntervalIsChosenInTheToolbar();
    void tenThousandTopicsFilterWithoutPause();
    void throughputColumnsFitDefaultWindow();
    void outageShowsTheStateAndAGap();
    void unreadableHistoryIsKeptAndShown();
    void brokerLeadersAddUpToPartitions();
    void brokersHostIsReadable();
};

void TstMainWindow::initTestCase() {
    // Settings go to a throw-away location, never the developer's own profiles.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StreamscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    // History files of earlier runs would be restored into these sessions: start without any.
    QVERIFY(QStandardPaths::isTestModeEnabled());
    QDir(HistoryStore::defaultDirectory()).removeRecursively();
}

void TstMainWindow::overviewShowsTopicAndPartitions() {
    STREAMSCOPE_REQUIRE_BROKER();
    constexpr int kPartitions = 4;
    const QString topic = test::uniqueTopicName(QStringLiteral("tst-gui"));
    QVERIFY(test::createTopic(topic, kPartitions));
    QCOMPARE(test::produceRecords(topic, 100, kPartitions), 100);

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.connectTo(test::brokerProfile()));
    window.session()->setIntervalMs(1000);

    auto* status = window.statusWidget();
    QTRY_COMPARE_WITH_TIMEOUT(status->state(), ConnectionState::Connected, kBrokerTimeoutMs);
    QVERIFY(!status->isDisconnected());

    TopicsPanel* topics = window.navigator()->page<OverviewPage>()->topicsPanel();
    auto* topicsTable = window.findChild<QTableView*>(QStringLiteral("topicsTable"));
    QVERIFY(topicsTable);
    TopicTableFilterModel* proxy = topics->proxy();
    QTRY_VERIFY_WITH_TIMEOUT(proxy->indexOfTopic(topic).isValid(), kBrokerTimeoutMs);
    auto topicCell = [&](int column) {
        const QModelIndex index = proxy->indexOfTopic(topic);
        return index.isValid() ? index.siblingAtColumn(column).data().toString() : QString();
    };
    QCOMPARE(topicCell(TopicTableModel::PartitionsColumn), QString::number(kPartitions));
    QCOMPARE(topicCell(TopicTableModel::ReplicationColumn), QStringLiteral("1"));
    QTRY_COMPARE_WITH_TIMEOUT(topicCell(TopicTableModel::MessagesColumn), QStringLiteral("100"),
                              kBrokerTimeoutMs);

    // More records arrive: the count follows without the row being re-created.
    QCOMPARE(test::produceRecords(topic, 1150, kPartitions), 1150);
    QTRY_COMPARE_WITH_TIMEOUT(topicCell(TopicTableModel::MessagesColumn), QStringLiteral("1,250"),
                              kBrokerTimeoutMs);

    // Internal topics are hidden until asked for.
    QVERIFY(!proxy->indexOfTopic(QStringLiteral("__consumer_offsets")).isValid() ||
            proxy->showInternal());

    // Pick the topic with the mouse, as a user would.
    const QModelIndex index = proxy->indexOfTopic(topic);
    topicsTable->scrollTo(index);
    QTest::mouseClick(topicsTable->viewport(), Qt::LeftButton, {},
                      topicsTable->visualRect(index).center());
    QCOMPARE(topics->selectedTopic(), topic);

    PartitionsPanel* partitions = window.navigator()->page<OverviewPage>()->partitionsPanel();
    QCOMPARE(partitions->topic(), topic);
    auto* partitionsTable = window.findChild<QTableView*>(QStringLiteral("partitionsTable"));
    QVERIFY(partitionsTable && partitionsTable->isVisible());
    const QAbstractItemModel* partitionRows = partitionsTable->model();
    QCOMPARE(partitionRows->rowCount(), kPartitions);
    const QString brokerId = QString::number(window.session()->snapshot()->brokers.front().id);
    qint64 endOffsetSum = 0;
    for (int row = 0; row < kPartitions; ++row) {
        QCOMPARE(cellText(partitionRows, row, PartitionTableModel::PartitionColumn),
                 QString::number(row));
        QCOMPARE(cellText(partitionRows, row, PartitionTableModel::LeaderColumn), brokerId);
        QCOMPARE(cellText(partitionRows, row, PartitionTableModel::ReplicasColumn), brokerId);
        QCOMPARE(cellText(partitionRows, row, PartitionTableModel::IsrColumn), brokerId);
        QCOMPARE(cellText(partitionRows, row, PartitionTableModel::StartOffsetColumn),
                 QStringLiteral("0"));
        endOffsetSum += partitionRows->index(row, PartitionTableModel::EndOffsetColumn)
                            .data(SnapshotTableModel::SortRole)
                            .toLongLong();
    }
    QCOMPARE(endOffsetSum, 1250); // round-robin over 4 partitions
    QCOMPARE(cellText(partitionRows, 0, PartitionTableModel::EndOffsetColumn),
             QStringLiteral("313"));

    // The search box narrows the list to this one topic; the selection survives.
    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("topicFilter"));
    QVERIFY(filter);
    QTest::keyClicks(filter, topic.toUpper());
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->topicName(proxy->index(0, 0)), topic);
    QVERIFY(topicsTable->selectionModel()->isRowSelected(0, {}));

    // Brokers and summary figures.
    auto* brokersTable = window.findChild<QTableView*>(QStringLiteral("brokersTable"));
    QVERIFY(brokersTable);
    QVERIFY(brokersTable->model()->rowCount() >= 1);
    QCOMPARE(cellText(brokersTable->model(), 0, BrokerTableModel::IdColumn), brokerId);
    QVERIFY(!cellText(brokersTable->model(), 0, BrokerTableModel::HostColumn).isEmpty());
    auto* summaryTopics = window.findChild<QLabel*>(QStringLiteral("summaryTopics"));
    // Figures carry thousands separators ("1,040") and the shared broker may hold many topics.
    QVERIFY(summaryTopics);
    QVERIFY2(QString(summaryTopics->text()).remove(QLatin1Char(',')).toInt() >= 1,
             qPrintable(summaryTopics->text()));
    auto* banner = window.navigator()->page<OverviewPage>()->findChild<StateBanner*>(
        QStringLiteral("stateBanner"));
    QVERIFY(banner && banner->isHidden());
    QVERIFY(window.windowTitle().contains(test::brokerProfile().name));
    saveScreenshot(window, QStringLiteral("mainwindow-topic.png"));

    QElapsedTimer closing;
    closing.start();
    window.close();
    QVERIFY2(closing.elapsed() < 2000, qPrintable(QString::number(closing.elapsed())));
    QVERIFY(!window.session());
    test::deleteTopic(topic);
}

void TstMainWindow::deadBootstrapIsReportedQuickly() {
    MainWindow window;
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    ConnectionProfile dead;
    dead.bootstrapServers = QStringLiteral("127.0.0.1:1");
    StallMeter stalls;
    QElapsedTimer sinceConnect;
    sinceConnect.start();
    QVERIFY(window.connectTo(dead));
    auto* status = window.statusWidget();
    QCOMPARE(status->state(), ConnectionState::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(status->state(), ConnectionState::Unreachable, 10000);
    const qint64 reportedAfterMs = sinceConnect.elapsed();
    qInfo("unreachable reported after %lld ms; worst GUI stall %lld ms", reportedAfterMs,
          stalls.worstGapMs());
    QVERIFY(reportedAfterMs < 10000);
    QCOMPARE(status->stateText(), QStringLiteral("Unreachable"));
    QVERIFY2(status->message().contains(QStringLiteral("127.0.0.1:1")),
             qPrintable(status->message()));
    auto* banner = window.navigator()->page<OverviewPage>()->findChild<StateBanner*>(
        QStringLiteral("stateBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("127.0.0.1:1")));
    saveScreenshot(window, QStringLiteral("mainwindow-unreachable.png"));

    // Still responsive: the event loop never stalled, and the UI reacts to input.
    QVERIFY2(stalls.worstGapMs() < 500, qPrintable(QString::number(stalls.worstGapMs())));
    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("topicFilter"));
    QTest::keyClicks(filter, QStringLiteral("abc"));
    QCOMPARE(filter->text(), QStringLiteral("abc"));

    QElapsedTimer closing;
    closing.start();
    window.close();
    qInfo("closed with a dead broker in %lld ms", closing.elapsed());
    QVERIFY2(closing.elapsed() < 2000, qPrintable(QString::number(closing.elapsed())));
}

void TstMainWindow::badPropertyIsReported() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConnectionProfile profile;
    profile.bootstrapServers = QStringLiteral("127.0.0.1:1");
    profile.extraProperties = {{QStringLiteral("no.such.property"), QStringLiteral("1")}};
    QVERIFY(window.connectTo(profile));
    auto* status = window.statusWidget();
    QTRY_COMPARE_WITH_TIMEOUT(status->state(), ConnectionState::Failed, 5000);
    QVERIFY2(status->message().contains(QStringLiteral("no.such.property")),
             qPrintable(status->message()));
    auto* banner = window.navigator()->page<OverviewPage>()->findChild<StateBanner*>(
        QStringLiteral("stateBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY(banner->findChild<QPushButton*>(QStringLiteral("stateBannerConnect"))->isVisible());
    window.close();
}

void TstMainWindow::switchingClustersReplacesTheSession() {
    STREAMSCOPE_REQUIRE_BROKER();
    // A topic of its own: a fresh broker may hold no other non-internal topic.
    const QString topic = test::uniqueTopicName(QStringLiteral("tst-gui-switch"));
    QVERIFY(test::createTopic(topic, 1));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConnectionProfile dead;
    dead.bootstrapServers = QStringLiteral("127.0.0.1:1");
    QVERIFY(window.connectTo(dead));
    auto* status = window.statusWidget();
    QTRY_COMPARE_WITH_TIMEOUT(status->state(), ConnectionState::Unreachable, 10000);

    // The Connect… path: the dead session is stopped and replaced, its state does not linger.
    QElapsedTimer switching;
    switching.start();
    QVERIFY(window.connectTo(test::brokerProfile()));
    QVERIFY2(switching.elapsed() < 2000, qPrintable(QString::number(switching.elapsed())));
    QCOMPARE(window.session()->profile().bootstrapServers, test::bootstrap());
    QTRY_COMPARE_WITH_TIMEOUT(status->state(), ConnectionState::Connected, kBrokerTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(window.navigator()
                                 ->page<OverviewPage>()
                                 ->topicsPanel()
                                 ->proxy()
                                 ->indexOfTopic(topic)
                                 .isValid(),
                             kBrokerTimeoutMs);
    auto* banner = window.navigator()->page<OverviewPage>()->findChild<StateBanner*>(
        QStringLiteral("stateBanner"));
    QVERIFY(banner->isHidden());

    window.disconnectFromCluster();
    QVERIFY(status->isDisconnected());
    QCOMPARE(window.navigator()->page<OverviewPage>()->topicsPanel()->proxy()->rowCount(), 0);
    QVERIFY(banner->isVisible());
    test::deleteTopic(topic);
}

void TstMainWindow::samplingIntervalIsChosenInTheToolbar() {
    QSettings().remove(QStringLiteral("sampling"));
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* box = window.findChild<SamplingIntervalBox*>(QStringLiteral("samplingInterval"));
        QVERIFY(box && box->isVisible());
        QCOMPARE(box->intervalMs(), 2000);
        ConnectionProfile dead;
        dead.bootstrapServers = QStringLiteral("127.0.0.1:1");
        QVERIFY(window.connectTo(dead));
        QCOMPARE(window.session()->intervalMs(), 2000);

        // The user picks the next longer interval: the running session follows, and it is kept.
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(box->intervalMs(), 5000);
        QCOMPARE(window.session()->intervalMs(), 5000);
        QCOMPARE(QSettings().value(QStringLiteral("sampling/intervalMs")).toInt(), 5000);

        // A value from the command line shows in the box but is not saved over the choice.
        window.setPollIntervalMs(3000);
        QCOMPARE(box->intervalMs(), 3000);
        QCOMPARE(window.session()->intervalMs(), 3000);
        QCOMPARE(QSettings().value(QStringLiteral("sampling/intervalMs")).toInt(), 5000);
        window.close();
    }
    MainWindow reopened;
    QCOMPARE(reopened.pollIntervalMs(), 5000);
    QCOMPARE(
        reopened.findChild<SamplingIntervalBox*>(QStringLiteral("samplingInterval"))->intervalMs(),
        5000);
    QSettings().remove(QStringLiteral("sampling"));
}

void TstMainWindow::historyComesBackAfterReconnecting() {
    STREAMSCOPE_REQUIRE_BROKER();
    QVERIFY(SessionServices::historyOnDiskEnabled());
    const QString topic = test::uniqueTopicName(QStringLiteral("tst-gui-history"));
    QVERIFY(test::createTopic(topic, 2));
    MainWindow window;
    window.setPollIntervalMs(1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.connectTo(test::brokerProfile()));
    auto history = [&window]() -> const ThroughputHistory& {
        return window.services()->throughput().history();
    };
    QTRY_VERIFY_WITH_TIMEOUT(history().tickCount() >= 4, kBrokerTimeoutMs);
    // The file is named by the cluster id from the metadata, under AppDataLocation/history.
    const QString path = window.services()->historyKeeper()->filePath();
    QVERIFY(path.startsWith(HistoryStore::defaultDirectory() + QLatin1Char('/')));
    const QString key = QFileInfo(path).completeBaseName();
    QVERIFY2(key.startsWith(QStringLiteral("cluster-")), qPrintable(key));

    // Closing the session saves, without making the GUI wait for the disk.
    QElapsedTimer closing;
    closing.start();
    window.disconnectFromCluster();
    QVERIFY2(closing.elapsed() < 2000, qPrintable(QString::number(closing.elapsed())));
    const HistoryStore store(HistoryStore::defaultDirectory());
    qint64 savedNewest = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            ThroughputHistory saved(HistoryConfig::forTickInterval(1000));
            HistoryRestoreRules rules;
            rules.nowMs = QDateTime::currentMSecsSinceEpoch();
            if (!store.load(key, rules, saved).restored() || saved.tickCount() < 4)
                return false;
            savedNewest = saved.newestTickMs();
            return true;
        }(),
        5000);

    // A new session on the same cluster starts with the last one's history, then a gap.
    QVERIFY(window.connectTo(test::brokerProfile()));
    QTRY_VERIFY_WITH_TIMEOUT(history().newestTickMs() > savedNewest, kBrokerTimeoutMs);
    QCOMPARE(window.services()->historyKeeper()->filePath(), path);
    const qint64 now = QDateTime::currentMSecsSinceEpoch() + 60000;
    const RateSeriesData before = history().clusterSeries(0, savedNewest);
    // At least 4 saved ticks; the session's first one has no rate yet.
    QVERIFY2(before.timesMs.size() >= 3, qPrintable(QString::number(before.timesMs.size())));
    QCOMPARE(before.timesMs.back(), savedNewest);
    const RateSeriesData after = history().clusterSeries(savedNewest + 1, now);
    QVERIFY(!after.timesMs.empty());
    QVERIFY2(std::isnan(after.values.front()), "the first new tick must be a gap");
    window.disconnectFromCluster();
    test::deleteTopic(topic);
}

void TstMainWindow::connectionDialogValidatesAndImports() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("profiles.ini")),
                                                QSettings::IniFormat);
    const QString settingsPath = settings->fileName();
    ProfileStore store(std::move(settings));
    SessionSecrets secrets;
    ConnectionDialog dialog(store, secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto* connectButton = dialog.findChild<QPushButton*>(QStringLiteral("connectButton"));
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("profileProblem"));
    auto* bootstrap = dialog.findChild<QLineEdit*>(QStringLiteral("profileBootstrap"));
    auto* readOnly = dialog.findChild<QCheckBox*>(QStringLiteral("profileReadOnly"));
    QVERIFY(connectButton && problem && bootstrap && readOnly);
    QVERIFY(readOnly->isChecked()); // read-only by default
    QVERIFY(connectButton->isEnabled());

    bootstrap->setText(QStringLiteral("no-port-here"));
    QVERIFY(!connectButton->isEnabled());
    QVERIFY(problem->text().contains(QStringLiteral("no-port-here")));
    bootstrap->setText(QStringLiteral("kafka1:9092,kafka2:9092"));
    QVERIFY(connectButton->isEnabled());

    // Import a Java client.properties with SASL: the password is used but never written.
    const QString propertiesPath = dir.filePath(QStringLiteral("prod.properties"));
    {
        QFile file(propertiesPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("bootstrap.servers=broker.example.com:9093\n"
                   "security.protocol=SASL_SSL\n"
                   "sasl.mechanism=SCRAM-SHA-512\n"
                   "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule "
                   "required username=\"alice\" password=\"s3cret-pw\";\n");
    }
    QVERIFY(dialog.importFile(propertiesPath));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("profileName"));
    auto* username = dialog.findChild<QLineEdit*>(QStringLiteral("profileUsername"));
    QCOMPARE(name->text(), QStringLiteral("prod"));
    QCOMPARE(bootstrap->text(), QStringLiteral("broker.example.com:9093"));
    QCOMPARE(username->text(), QStringLiteral("alice"));
    QVERIFY(connectButton->isEnabled());
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ConnectionProfile chosen = dialog.chosenProfile();
    QCOMPARE(chosen.password, QStringLiteral("s3cret-pw"));
    QCOMPARE(chosen.security, SecurityProtocol::SaslSsl);
    QCOMPARE(chosen.saslMechanism, SaslMechanism::ScramSha512);

    const auto saved = store.find(QStringLiteral("prod"));
    QVERIFY(saved.has_value());
    QVERIFY(saved->password.isEmpty());
    QCOMPARE(store.lastUsed(), QStringLiteral("prod"));
    QFile written(settingsPath);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(!written.readAll().contains("s3cret-pw"));

    // This session remembers the password, so reconnecting does not ask again.
    ConnectionProfile again = *saved;
    secrets.fill(again);
    QCOMPARE(again.password, QStringLiteral("s3cret-pw"));
}

void TstMainWindow::tenThousandTopicsFilterWithoutPause() {
    test::SyntheticCluster cluster;
    cluster.clusterId(QString()).broker(1, QStringLiteral("localhost"), 9092, true);
    for (int i = 0; i < 10000; ++i) {
        cluster
            .topic(QStringLiteral("team-%1.service-%2.events")
                       .arg(i % 40, 2, 10, QLatin1Char('0'))
                       .arg(i, 5, 10, QLatin1Char('0')),
                   3)
            .replicasOn({1})
            .offsets(0, i);
    }
    const ClusterSnapshot metadata = cluster.snapshot();

    TopicsPanel panel;
    panel.resize(700, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QElapsedTimer timer;
    timer.start();
    panel.setSnapshot(metadata);
    QCoreApplication::processEvents(); // includes the repaint of the visible rows
    const qint64 loadMs = timer.elapsed();
    QCOMPARE(panel.proxy()->rowCount(), 10000);

    // Typing a filter, key by key, each followed by the repaint the user would wait for.
    auto* filter = panel.findChild<QLineEdit*>(QStringLiteral("topicFilter"));
    qint64 worstKeyMs = 0;
    for (const QChar key : QStringLiteral("service-0123")) {
        timer.restart();
        QTest::keyClick(filter, key.toLatin1());
        QCoreApplication::processEvents();
        worstKeyMs = std::max(worstKeyMs, timer.elapsed());
    }
    QCOMPARE(panel.proxy()->rowCount(), 10); // service-01230 .. service-01239
    timer.restart();
    filter->clear();
    QCoreApplication::processEvents();
    const qint64 clearMs = timer.elapsed();
    QCOMPARE(panel.proxy()->rowCount(), 10000);
    qInfo("10,000 topics in the panel: load %lld ms, worst keystroke %lld ms, clear %lld ms",
          loadMs, worstKeyMs, clearMs);
    QVERIFY2(worstKeyMs < test::budgetMs(100), qPrintable(QString::number(worstKeyMs)));
    QVERIFY2(clearMs < test::budgetMs(100), qPrintable(QString::number(clearMs)));
}

void TstMainWindow::throughputColumnsFitDefaultWindow() {
    // At 1280x800 with the default splitter sizes, every column of the Throughput page's topic
    // table shows without scrolling sideways, with enough topics for a vertical scroll bar, in
    // either chart mode (the chart's title must not take the room back).
    QSettings().clear();
    MainWindow window;
    window.resize(1280, 800);
    window.navigator()->setCurrentPage(window.navigator()->page<ThroughputPage>());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto snapshot = std::make_shared<ThroughputSnapshot>();
    snapshot->sequence = 3;
    for (int i = 0; i < 60; ++i) {
        TopicRate topic;
        topic.topic =
            QStringLiteral("shop.orders.service-%1.events").arg(i, 2, 10, QLatin1Char('0'));
        topic.partitionCount = 12;
        topic.readablePartitions = 12;
        topic.ratedPartitions = 12;
        topic.msgsPerSec = 83.0 * (i + 1);
        topic.producedSinceStart = 150000LL * (i + 1);
        topic.skew = 3.25;
        topic.hotPartition = i % 2 == 0;
        topic.hottestPartition = 11;
        topic.hottestShare = 0.8;
        topic.estimatedBytesPerSec = 6000.0 * (i + 1);
        topic.meanRecordBytes = 120;
        snapshot->topics.push_back(std::move(topic));
    }
    ThroughputPage* page = window.navigator()->page<ThroughputPage>();
    page->topicsPanel()->setSnapshot(snapshot);
    page->topicsPanel()->selectTopics({snapshot->topics.front().topic});
    QTableView* table = page->topicsPanel()->table();
    QHeaderView* header = table->horizontalHeader();
    for (const auto mode :
         {ThroughputPage::ChartMode::Topics, ThroughputPage::ChartMode::Partitions}) {
        page->setChartMode(mode);
        QTest::qWait(100); // the splitters re-apply their panes' minimum sizes
        QString widths;
        for (int column = 0; column < header->count(); ++column)
            widths += QStringLiteral(" %1").arg(header->sectionSize(column));
        qInfo("table %d px wide, columns%s", table->viewport()->width(), qPrintable(widths));
        QVERIFY(table->verticalScrollBar()->isVisible());
        QVERIFY2(header->length() <= table->viewport()->width(), qPrintable(widths));
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        // The names keep room for a typical one ("shop.orders.service-00" ...).
        const int nameWidth =
            table->fontMetrics().horizontalAdvance(QStringLiteral("shop.notifications"));
        QVERIFY2(header->sectionSize(ThroughputTopicModel::NameColumn) > nameWidth,
                 qPrintable(widths));
    }

    // A window too narrow for every column (or a longer translation) scrolls sideways instead
    // of squeezing the names to "s…".
    window.resize(1000, 700);
    QTRY_VERIFY(table->horizontalScrollBar()->isVisible());
    QVERIFY(header->sectionSize(ThroughputTopicModel::NameColumn) >
            table->fontMetrics().horizontalAdvance(QStringLiteral("shop.notifications")));
    window.resize(1280, 800);
    QTRY_VERIFY(!table->horizontalScrollBar()->isVisible());

    // The byte estimate starts hidden; the header's menu brings it back (and keeps the name).
    QVERIFY(header->isSectionHidden(ThroughputTopicModel::BytesColumn));
    bool nameLocked = false;
    QTimer::singleShot(0, &window, [&nameLocked] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        const QList<QAction*> actions = menu->actions();
        nameLocked = !actions.value(ThroughputTopicModel::NameColumn)->isEnabled();
        actions.value(ThroughputTopicModel::BytesColumn)->trigger();
        menu->close();
    });
    Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
    QVERIFY(nameLocked);
    QVERIFY(!header->isSectionHidden(ThroughputTopicModel::BytesColumn));
}

void TstMainWindow::outageShowsTheStateAndAGap() {
    // While the cluster is away nothing may look live: the charts' chips show the state, the
    // figures show a dash and the time of the last data, and the history gets a gap so the
    // chart breaks its line across the outage. librdkafka's mock cluster takes the broker down.
    MockCluster mock;
    QVERIFY(mock.valid());
    ConnectionProfile profile;
    profile.bootstrapServers = mock.bootstrap();
    MainWindow window;
    window.setPollIntervalMs(1000);
    window.resize(1280, 800);
    window.navigator()->setCurrentPage(window.navigator()->page<ThroughputPage>());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.connectTo(profile));
    auto history = [&window]() -> const ThroughputHistory& {
        return window.services()->throughput().history();
    };
    QTRY_VERIFY_WITH_TIMEOUT(history().tickCount() >= 3, kBrokerTimeoutMs);
    ChartToolBar* overviewChart = window.navigator()->page<OverviewPage>()->totalChart()->toolBar();
    ChartToolBar* pageChart = window.navigator()->page<ThroughputPage>()->rateChart()->toolBar();
    auto* summary = window.navigator()->page<ThroughputPage>()->findChild<QLabel*>(
        QStringLiteral("throughputSummary"));
    QVERIFY(summary);
    QVERIFY2(pageChart->stateText().contains(QStringLiteral("Live")),
             qPrintable(pageChart->stateText()));
    QVERIFY(overviewChart->stateText().contains(QStringLiteral("Live")));
    QTRY_VERIFY(window.navigator()->page<ThroughputPage>()->shownSnapshot());
    QVERIFY2(!summary->text().contains(QStringLiteral("\u2014")), qPrintable(summary->text()));

    mock.setBrokerUp(false);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ConnectionState::Unreachable,
                              kBrokerTimeoutMs);
    const qint64 lastBefore = history().newestTickMs();
    for (ChartToolBar* chart : {overviewChart, pageChart}) {
        QVERIFY2(!chart->stateText().contains(QStringLiteral("Live")),
                 qPrintable(chart->stateText()));
        QVERIFY2(chart->stateText().contains(QStringLiteral("Unreachable")),
                 qPrintable(chart->stateText()));
    }
    QVERIFY2(summary->text().contains(QStringLiteral("\u2014")) &&
                 summary->text().contains(QStringLiteral("Unreachable")),
             qPrintable(summary->text()));
    const QString lastAt =
        QDateTime::fromMSecsSinceEpoch(
            window.navigator()->page<ThroughputPage>()->shownSnapshot()->sampledAtMs)
            .time()
            .toString(QStringLiteral("HH:mm:ss"));
    QVERIFY2(summary->text().contains(lastAt), qPrintable(summary->text()));
    QVERIFY2(overviewChart->title().contains(QStringLiteral("\u2014")),
             qPrintable(overviewChart->title()));
    saveScreenshot(window, QStringLiteral("throughput-unreachable.png"));
    QTest::qWait(2500); // missed ticks

    mock.setBrokerUp(true);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ConnectionState::Connected,
                              kBrokerTimeoutMs);
    RateSeriesData after;
    QTRY_VERIFY_WITH_TIMEOUT(
        (after = history().clusterSeries(lastBefore + 1, lastBefore + 3600000)).timesMs.size() >= 2,
        kBrokerTimeoutMs);
    QVERIFY2(after.timesMs.front() - lastBefore >= 2500, "ticks were missed");
    QVERIFY2(std::isnan(after.values.front()), "the first tick after the outage must be a gap");
    QVERIFY2(!std::isnan(after.values[1]), "rates come back with the next tick");
    QTRY_VERIFY(pageChart->stateText().contains(QStringLiteral("Live")));
    QVERIFY(overviewChart->stateText().contains(QStringLiteral("Live")));
    QTRY_VERIFY(!summary->text().contains(QStringLiteral("\u2014")));
    window.disconnectFromCluster();
}

void TstMainWindow::unreadableHistoryIsKeptAndShown() {
    // A history file that cannot be read is kept aside byte for byte (a newer format under
    // .v<N>), the Throughput page says so, and a new history is saved under the usual name.
    STREAMSCOPE_REQUIRE_BROKER();
    MainWindow window;
    window.setPollIntervalMs(1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.connectTo(test::brokerProfile()));
    QTRY_VERIFY_WITH_TIMEOUT(window.services()->throughput().history().tickCount() >= 1,
                             kBrokerTimeoutMs);
    const QString path = window.services()->historyKeeper()->filePath();
    QVERIFY(!path.isEmpty());
    // Earlier tests' file goes, so the file that appears is this session's final save (the
    // writer is done with it then, and cannot replace the damaged copies written below).
    QFile::remove(path);
    window.disconnectFromCluster();
    QTRY_VERIFY(QFile::exists(path));
    const QByteArray good = readAll(path);
    QVERIFY(good.size() > 24);
    QByteArray newer = good;
    newer[8] = char(9); // format version 9: a newer build's file

    struct Case {
        const char* name;
        QByteArray bytes;
        QString keptPattern;
    };
    const std::vector<Case> cases = {
        {"truncated", good.left(good.size() / 2),
         QRegularExpression::escape(path) + QStringLiteral("\\.unreadable-\\d{8}-\\d{6}")},
        {"newer", newer, QRegularExpression::escape(path) + QStringLiteral("\\.v9")},
    };
    for (const Case& c : cases) {
        QFile::remove(path + QStringLiteral(".v9"));
        QVERIFY(QFile::remove(path));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(c.bytes) == c.bytes.size());
        out.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("kept as")));
        QVERIFY(window.connectTo(test::brokerProfile()));
        StateBanner* banner = window.navigator()->page<ThroughputPage>()->historyBanner();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isHidden(), kBrokerTimeoutMs);
        const QRegularExpressionMatch kept =
            QRegularExpression(c.keptPattern).match(banner->text());
        QVERIFY2(kept.hasMatch(), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(path), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("A new history starts now")),
                 qPrintable(banner->text()));
        QCOMPARE(readAll(kept.captured()), c.bytes);
        window.navigator()->setCurrentPage(window.navigator()->page<ThroughputPage>());
        saveScreenshot(
            window,
            QStringLiteral("throughput-history-kept-%1.png").arg(QString::fromLatin1(c.name)));
        QTRY_VERIFY_WITH_TIMEOUT(window.services()->throughput().history().tickCount() >= 2,
                                 kBrokerTimeoutMs);
        window.disconnectFromCluster();
        QVERIFY(banner->isHidden()); // belongs to the session
        // A new file under the usual name; the kept one untouched.
        QTRY_VERIFY(readAll(path).startsWith("STRMHIST") && readAll(path) != c.bytes);
        QCOMPARE(readAll(kept.captured()), c.bytes);
    }
}

void TstMainWindow::brokerLeadersAddUpToPartitions() {
    // The overview counts user topics only; the brokers' Leaders column must add up to the same
    // Partitions figure (it used to count internal topics too: Leaders 29 against Partitions 25).
    auto metadata = std::make_shared<ClusterMetadata>();
    metadata->clusterId = QStringLiteral("counts");
    metadata->controllerId = 1;
    for (int id : {1, 2})
        metadata->brokers.push_back(
            {id, QStringLiteral("broker-%1.example.com").arg(id), 9092, QString(), id == 1});
    auto addTopic = [&](const QString& name, bool internal, int partitions) {
        TopicInfo topic;
        topic.name = name;
        topic.internal = internal;
        for (int p = 0; p < partitions; ++p) {
            PartitionInfo partition;
            partition.partition = p;
            partition.leader = 1 + p % 2;
            partition.replicas = {1, 2};
            topic.partitions.push_back(partition);
        }
        metadata->topics.push_back(topic);
    };
    addTopic(QStringLiteral("orders"), false, 3);
    addTopic(QStringLiteral("payments"), false, 2);
    addTopic(QStringLiteral("__consumer_offsets"), true, 50);
    addTopic(QStringLiteral("__transaction_state"), false, 4); // internal by its name
    const ClusterSnapshot snapshot = metadata;

    BrokersPanel brokers;
    brokers.setSnapshot(snapshot);
    ClusterSummaryStrip summary;
    summary.setSnapshot(snapshot);
    auto* partitions = summary.findChild<QLabel*>(QStringLiteral("summaryPartitions"));
    QVERIFY(partitions);
    QCOMPARE(partitions->text(), QStringLiteral("5"));
    const QAbstractItemModel* model = brokers.model();
    int leaders = 0;
    int replicas = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        leaders += model->index(row, BrokerTableModel::LeadersColumn)
                       .data(BrokerTableModel::SortRole)
                       .toInt();
        replicas += model->index(row, BrokerTableModel::ReplicasColumn)
                        .data(BrokerTableModel::SortRole)
                        .toInt();
    }
    QCOMPARE(leaders, 5);
    QCOMPARE(replicas, 10);
    // Both say what they leave out.
    QVERIFY(partitions->toolTip().contains(QStringLiteral("internal")));
    QVERIFY(model->headerData(BrokerTableModel::LeadersColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("internal")));
}

void TstMainWindow::brokersHostIsReadable() {
    // The Host column used to be squeezed to "..." (QHeaderView::Stretch in a pane narrower
    // than the other columns) at 1400 px; now every column fits and the host reads in full.
    STREAMSCOPE_REQUIRE_BROKER();
    QSettings().clear();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.connectTo(test::brokerProfile()));
    QTableView* table = window.navigator()->page<OverviewPage>()->brokersPanel()->table();
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 1, kBrokerTimeoutMs);
    const QString host = table->model()->index(0, BrokerTableModel::HostColumn).data().toString();
    QVERIFY(!host.isEmpty());
    QHeaderView* header = table->horizontalHeader();
    for (const QSize size : {QSize(1280, 800), QSize(1400, 900)}) {
        window.resize(size);
        QTest::qWait(100); // the splitters and the filling column follow the resize
        const int needed = table->fontMetrics().horizontalAdvance(host) + 8;
        QString widths;
        for (int column = 0; column < header->count(); ++column)
            widths += QStringLiteral(" %1").arg(header->sectionSize(column));
        qInfo("%dx%d: brokers table %d px, columns%s", size.width(), size.height(),
              table->viewport()->width(), qPrintable(widths));
        QVERIFY2(header->sectionSize(BrokerTableModel::HostColumn) >= needed, qPrintable(widths));
        QVERIFY2(header->length() <= table->viewport()->width(), qPrintable(widths));
    }
    saveScreenshot(window, QStringLiteral("overview-brokers-1400.png"));
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
