// The real GUI binary (offscreen) against the real broker: kill, Ctrl-C and a logout (SIGTERM,
// SIGINT, SIGHUP) quit like closing the window does, within 2 s and with exit code 0, and the
// throughput history seen so far is on disk afterwards. Before, the process died at once and
// the first save would only have come a minute later.

#include "TestCluster.h"
#include "throughput/HistoryCodec.h"
#include "throughput/HistoryStore.h"
#include "throughput/ThroughputHistory.h"

#include <QDateTime>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace streamscope;

namespace {

// Every history file below `root`.
QStringList historyFiles(const QString& root) {
    QStringList files;
    QDirIterator it(root, {QStringLiteral("*.tphist")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // The lag history's files (history/lag/, one per metric) are not the throughput file.
        if (!path.contains(QStringLiteral("/lag/")))
            files.append(path);
    }
    return files;
}

} // namespace

class TstGuiQuit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quitSignalSavesHistory_data() {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }

    void quitSignalSavesHistory() {
        STREAMSCOPE_REQUIRE_BROKER();
        QFETCH(int, signalNumber);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        // A home of its own: the GUI's settings and history never touch the developer's.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("STREAMSCOPE_NO_HISTORY_FILE"));

        QProcess gui;
        gui.setProcessEnvironment(env);
        gui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        gui.start(QStringLiteral(STREAMSCOPE_GUI_PATH),
                  {QStringLiteral("-b"), test::bootstrap(), QStringLiteral("--interval"),
                   QStringLiteral("1000")});
        QVERIFY2(gui.waitForStarted(5000), qPrintable(gui.errorString()));
        // A few 1 s ticks; the first periodic save is later than this, so whatever is on disk
        // afterwards was saved by the quit.
        QTest::qWait(4000);
        QCOMPARE(gui.state(), QProcess::Running);
        QVERIFY2(historyFiles(home.path()).isEmpty(), "saved before the signal: the test proves "
                                                      "nothing about the quit path");

        QElapsedTimer quitting;
        quitting.start();
        QCOMPARE(::kill(static_cast<pid_t>(gui.processId()), signalNumber), 0);
        const bool finished = gui.waitForFinished(5000);
        const qint64 quitMs = quitting.elapsed();
        qInfo("quit after signal %d in %lld ms", signalNumber, quitMs);
        if (!finished) {
            gui.kill();
            gui.waitForFinished(2000);
            QFAIL("the GUI did not quit on the signal");
        }
        QCOMPARE(gui.exitStatus(), QProcess::NormalExit); // not killed by the signal
        QCOMPARE(gui.exitCode(), 0);
        QVERIFY2(quitMs < 2000, qPrintable(QString::number(quitMs)));

        const QStringList files = historyFiles(home.path());
        QCOMPARE(files.size(), 1);
        const QFileInfo file(files.front());
        const HistoryStore store(file.absolutePath());
        ThroughputHistory saved(HistoryConfig::forTickInterval(1000));
        HistoryRestoreRules rules;
        rules.nowMs = QDateTime::currentMSecsSinceEpoch();
        const HistoryLoadResult loaded = store.load(file.completeBaseName(), rules, saved);
        QVERIFY2(loaded.restored(), qPrintable(loaded.reason));
        QVERIFY2(saved.tickCount() >= 2, qPrintable(QString::number(saved.tickCount())));
    }
};

QTEST_GUILESS_MAIN(TstGuiQuit)
#include "tst_gui_quit.moc"
