// ThreadSanitizer builds only: the hand-over shim (tests/support/TsanQtHandOver.cpp) must make
// Qt's queued calls clean without blinding TSan to real races around them. Each scenario runs in
// its own process (tsan_handover_probe), since a report ends the process that has it.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class TestTsanHandOver : public QObject {
    Q_OBJECT

private:
    struct Outcome {
        int exitCode = -1;
        bool reportedRace = false;
        QByteArray stderrText;
    };

    static Outcome runProbe(const QString& scenario) {
        QProcess probe;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // A report must end the probe with TSan's exit code, whatever the caller's options say.
        environment.insert(QStringLiteral("TSAN_OPTIONS"),
                           environment.value(QStringLiteral("TSAN_OPTIONS")) +
                               QStringLiteral(" halt_on_error=1 exitcode=66"));
        probe.setProcessEnvironment(environment);
        probe.start(QStringLiteral(STREAMSCOPE_PROBE_PATH), {scenario});
        if (!probe.waitForFinished(60'000)) {
            probe.kill();
            probe.waitForFinished();
        }
        Outcome outcome;
        outcome.exitCode = probe.exitStatus() == QProcess::NormalExit ? probe.exitCode() : -1;
        outcome.stderrText = probe.readAllStandardError();
        outcome.reportedRace = outcome.stderrText.contains("WARNING: ThreadSanitizer: data race");
        return outcome;
    }

private Q_SLOTS:
    void handOversAreClean_data() {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("queued signal") << QStringLiteral("signal-handover");
        QTest::newRow("invokeMethod") << QStringLiteral("invoke-handover");
    }

    void handOversAreClean() {
        QFETCH(QString, scenario);
        const Outcome outcome = runProbe(scenario);
        QVERIFY2(!outcome.reportedRace, outcome.stderrText.constData());
        QCOMPARE(outcome.exitCode, 0);
    }

    void racesAroundHandOversAreStillReported_data() {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("write after a queued signal") << QStringLiteral("write-after-signal");
        QTest::newRow("write after invokeMethod") << QStringLiteral("write-after-invoke");
        QTest::newRow("directly connected slot") << QStringLiteral("direct-slot-race");
    }

    void racesAroundHandOversAreStillReported() {
        QFETCH(QString, scenario);
        const Outcome outcome = runProbe(scenario);
        QVERIFY2(outcome.reportedRace, outcome.stderrText.constData());
        QCOMPARE(outcome.exitCode, 66);
    }
};

QTEST_GUILESS_MAIN(TestTsanHandOver)
#include "tst_tsan_handover.moc"
