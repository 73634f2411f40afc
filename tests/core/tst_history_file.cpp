// History on disk (no broker): the binary format round-trips every series, a restored history
// shows the closed-app time as a gap, stale / bad / foreign files are ignored with a warning,
// writes are atomic, the file writer keeps only the newest save, the tracker restores no rates,
// and the file of a full 500 x 20 cluster stays within its bound.
#include "SyntheticCluster.h"
#include "SyntheticRates.h"
#include "throughput/HistoryCodec.h"
#include "throughput/HistoryFileWriter.h"
#include "throughput/HistoryKeeper.h"
#include "throughput/HistoryStore.h"
#include "throughput/ThroughputHistory.h"
#include "throughput/ThroughputTracker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <atomic>
#include <bit>
#include <cmath>
#include <cstring>
#include <map>
#include <thread>

using namespace streamscope;

namespace {

constexpr qint64 kT0 = 1700000040000; // a minute boundary
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
const QString kKey = QStringLiteral("cluster-TestClusterId0000001");

using test::Rates;

ThroughputSnapshot tick(qint64 wallMs, qint64 elapsedMs, const Rates& rates) {
    return test::syntheticTick(wallMs, elapsedMs, rates);
}

// Every series at NaN: what a fresh tracker's first tick looks like.
Rates noRates(const Rates& shape) {
    Rates out;
    for (const auto& [name, values] : shape)
        out[name] = std::vector<double>(values.size(), kNoRate);
    return out;
}

const HistoryConfig kSmall{40, 10000, 12}; // 40 ticks, 10 s buckets, 12 of them

// 200 ticks at 1 s on kSmall: both rings wrap. A mix of every kind of series: busy with
// gaps, a partition busy only lately (tick ring, no bucket ring), idle partitions (no ring at
// all), a topic born before the retained ticks and one born inside them.
Rates ratesAt(int i) {
    Rates r;
    const double nan = kNoRate;
    r[QStringLiteral("alpha")] = {double(i % 17) + 0.25, i % 23 == 5 ? nan : 2.5 * (i % 3),
                                  i >= 195 ? 7.0 : 0.0};
    if (i >= 150)
        r[QStringLiteral("beta")] = {double(i) / 3.0};
    if (i >= 180)
        r[QStringLiteral("delta")] = {1.0, double(i - 180)};
    r[QStringLiteral("gamma")] = std::vector<double>(20, 0.0); // idle
    return r;
}

qint64 fill(ThroughputHistory& h, int ticks = 200, qint64 stepMs = 1000) {
    qint64 t = kT0;
    for (int i = 0; i < ticks; ++i, t += stepMs)
        h.append(tick(t, stepMs, ratesAt(i)));
    return t - stepMs; // newest tick
}

bool sameFloat(float a, float b) {
    return std::bit_cast<quint32>(a) == std::bit_cast<quint32>(b);
}

QString describe(const RateSeriesData& s) {
    QStringList points;
    for (size_t i = 0; i < s.timesMs.size(); ++i)
        points.append(QStringLiteral("%1=%2").arg(s.timesMs[i] - kT0).arg(double(s.values[i])));
    return QStringLiteral("[coarse=%1 res=%2] ").arg(s.coarse).arg(s.resolutionMs) +
           points.join(QLatin1Char(' '));
}

bool sameSeries(const RateSeriesData& a, const RateSeriesData& b) {
    if (a.coarse != b.coarse || a.resolutionMs != b.resolutionMs || a.timesMs != b.timesMs ||
        a.values.size() != b.values.size())
        return false;
    for (size_t i = 0; i < a.values.size(); ++i)
        if (!sameFloat(a.values[i], b.values[i]))
            return false;
    return true;
}

// Compares every series of two histories over `from..to`; returns the first difference.
QString compareHistories(const ThroughputHistory& a, const ThroughputHistory& b, qint64 from,
                         qint64 to, int sparklinePoints = 60) {
    if (a.topics() != b.topics())
        return QStringLiteral("topics differ: ") + a.topics().join(QLatin1Char(',')) +
               QStringLiteral(" vs ") + b.topics().join(QLatin1Char(','));
    if (!sameSeries(a.clusterSeries(from, to), b.clusterSeries(from, to)))
        return QStringLiteral("cluster: ") + describe(a.clusterSeries(from, to)) +
               QStringLiteral(" vs ") + describe(b.clusterSeries(from, to));
    for (const QString& topic : a.topics()) {
        if (!sameSeries(a.topicSeries(topic, from, to), b.topicSeries(topic, from, to)))
            return topic + QStringLiteral(": ") + describe(a.topicSeries(topic, from, to)) +
                   QStringLiteral(" vs ") + describe(b.topicSeries(topic, from, to));
        for (int p = 0; p < 21; ++p)
            if (!sameSeries(a.partitionSeries(topic, p, from, to),
                            b.partitionSeries(topic, p, from, to)))
                return QStringLiteral("%1/%2: ").arg(topic).arg(p) +
                       describe(a.partitionSeries(topic, p, from, to)) + QStringLiteral(" vs ") +
                       describe(b.partitionSeries(topic, p, from, to));
        const auto sa = a.sparkline(topic, sparklinePoints);
        const auto sb = b.sparkline(topic, sparklinePoints);
        if (sa.size() != sb.size() || !std::equal(sa.begin(), sa.end(), sb.begin(), sameFloat))
            return topic + QStringLiteral(": sparklines differ");
    }
    return {};
}

HistoryRestoreRules rulesAt(qint64 nowMs) {
    HistoryRestoreRules rules;
    rules.nowMs = nowMs;
    return rules;
}

// A payload's file bytes with a patched header field or payload byte.
QByteArray withU32At(QByteArray file, qsizetype at, quint32 value) {
    qToLittleEndian(value, file.data() + at);
    return file;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

ClusterSnapshot metadata(qint64 wallMs, qint64 monotonicMs, const std::vector<qint64>& endOffsets) {
    return test::SyntheticCluster()
        .clusterId(QStringLiteral("TrackerTestCluster"))
        .sampledAt(wallMs, monotonicMs)
        .topic(QStringLiteral("orders"))
        .replicasOn({})
        .leader(1)
        .endOffsets(endOffsets)
        .snapshot();
}

} // namespace

class TestHistoryFile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        // Nothing here may touch the user's own AppDataLocation.
        QStandardPaths::setTestModeEnabled(true);
        registerThroughputMetaTypes();
    }

    void roundTripKeepsEverySeries() {
        ThroughputHistory original(kSmall);
        const qint64 newest = fill(original);
        QVERIFY(original.tickCount() == kSmall.tickCapacity); // the fine ring wrapped
        QVERIFY(original.oldestBucketMs() > kT0);             // so did the coarse one

        const QByteArray file =
            HistoryCodec::frame(HistoryCodec::encodePayload(original, kKey, newest + 1000));
        QByteArray payload;
        QVERIFY(HistoryCodec::unframe(file, payload).restored());
        ThroughputHistory restored(kSmall);
        const auto result =
            HistoryCodec::decodePayload(payload, kKey, rulesAt(newest + 1000), restored);
        QVERIFY2(result.restored(), qPrintable(result.reason));
        QCOMPARE(result.ticks, kSmall.tickCapacity);
        QCOMPARE(result.buckets, kSmall.bucketCapacity);
        QVERIFY(!result.rebucketed);

        QCOMPARE(restored.tickCount(), original.tickCount());
        QCOMPARE(restored.oldestTickMs(), original.oldestTickMs());
        QCOMPARE(restored.newestTickMs(), original.newestTickMs());
        QCOMPARE(restored.oldestBucketMs(), original.oldestBucketMs());
        // The whole range comes from the buckets (incl. the open one), the last 30 s from ticks.
        QVERIFY(original.topicSeries(QStringLiteral("alpha"), 0, newest).coarse);
        QVERIFY(!original.topicSeries(QStringLiteral("alpha"), newest - 30000, newest).coarse);
        QString diff = compareHistories(original, restored, 0, newest);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        diff = compareHistories(original, restored, newest - 30000, newest);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // The comparison saw real content: gaps, values, idle zeros, late-born series.
        const auto alpha1 =
            restored.partitionSeries(QStringLiteral("alpha"), 1, newest - 39000, newest);
        QVERIFY(std::any_of(alpha1.values.begin(), alpha1.values.end(),
                            [](float v) { return std::isnan(v); }));
        QCOMPARE(
            restored.partitionSeries(QStringLiteral("gamma"), 19, newest - 5000, newest).values,
            (std::vector<float>(6, 0.0f)));
        QCOMPARE(restored.partitionSeries(QStringLiteral("delta"), 1, newest, newest).values,
                 (std::vector<float>{19.0f}));
        // Idle series stay ring-less: the restored history is no bigger than the original.
        QVERIFY2(std::llabs(qint64(restored.memoryBytes()) - qint64(original.memoryBytes())) < 1024,
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(restored.memoryBytes())
                                .arg(original.memoryBytes())));
        // Saving the restored history gives the same bytes (nothing lost or added).
        QCOMPARE(HistoryCodec::encodePayload(restored, kKey, newest + 1000),
                 HistoryCodec::encodePayload(original, kKey, newest + 1000));
    }

    void restoredHistoryShowsTheClosedTimeAsAGap() {
        ThroughputHistory original(kSmall);
        const qint64 saved = fill(original);
        const QByteArray payload = HistoryCodec::encodePayload(original, kKey, saved);

        // The app restarts ten minutes later.
        const qint64 restart = saved + 10 * 60000 + 500;
        ThroughputHistory live(kSmall);
        {
            ThroughputHistory restored(kSmall);
            QVERIFY(
                HistoryCodec::decodePayload(payload, kKey, rulesAt(restart), restored).restored());
            live.adoptRestored(restored);
            QCOMPARE(restored.tickCount(), 0u); // handed over
        }
        const auto before = qint64(live.memoryBytes());
        // A new tracker's first tick has no rates; the next ones do.
        live.append(tick(restart, 0, noRates(ratesAt(199))));
        // The 20 idle partitions allocated no ring for the gap (one would be 160 bytes).
        QVERIFY2(qint64(live.memoryBytes()) - before < 100,
                 qPrintable(QString::number(qint64(live.memoryBytes()) - before)));
        for (int i = 1; i <= 5; ++i)
            live.append(tick(restart + i * 1000, 1000, ratesAt(190 + i)));
        // Nor for the bucket that saw only the gap tick.
        QVERIFY2(qint64(live.memoryBytes()) - before < 100,
                 qPrintable(QString::number(qint64(live.memoryBytes()) - before)));

        const auto alpha = live.topicSeries(QStringLiteral("alpha"), saved - 2000, restart + 5000);
        QVERIFY(!alpha.coarse);
        // saved-2 s, saved-1 s, saved, then nothing until the gap tick (NaN), then new values.
        QCOMPARE(alpha.timesMs.size(), 3u + 1u + 5u);
        QCOMPARE(alpha.timesMs[2], saved);
        QVERIFY(!std::isnan(alpha.values[2]));
        QCOMPARE(alpha.timesMs[3], restart);
        QVERIFY2(std::isnan(alpha.values[3]), qPrintable(describe(alpha)));
        QVERIFY(!std::isnan(alpha.values[4]));
        // An idle partition has no ring: the gap must still read as a gap, not as 0.
        const auto idle = live.partitionSeries(QStringLiteral("gamma"), 7, saved, restart + 5000);
        QCOMPARE(idle.values.size(), 1u + 1u + 5u);
        QCOMPARE(idle.values[0], 0.0f);
        QVERIFY2(std::isnan(idle.values[1]), qPrintable(describe(idle)));
        QCOMPARE(idle.values[2], 0.0f);
        QVERIFY(std::isnan(live.clusterSeries(restart, restart).values.at(0)));
        // The ten minutes do not leak into the tick resolution.
        QVERIFY2(alpha.resolutionMs < 5000, qPrintable(QString::number(alpha.resolutionMs)));

        // The 24 h view: restored buckets, one empty bucket, then the new minute.
        const auto coarse = live.topicSeries(QStringLiteral("alpha"), 0, restart + 5000);
        QVERIFY(coarse.coarse);
        const auto afterSaved = std::upper_bound(coarse.timesMs.begin(), coarse.timesMs.end(),
                                                 saved - saved % kSmall.bucketMs);
        QVERIFY(afterSaved != coarse.timesMs.end());
        const auto gapAt = static_cast<size_t>(afterSaved - coarse.timesMs.begin());
        QVERIFY2(std::isnan(coarse.values[gapAt]), qPrintable(describe(coarse)));
        QVERIFY(coarse.timesMs[gapAt] < restart - restart % kSmall.bucketMs);
        QVERIFY(!std::isnan(coarse.values.back()));
        const auto idleCoarse = live.partitionSeries(QStringLiteral("gamma"), 7, 0, restart);
        QVERIFY2(std::any_of(idleCoarse.values.begin(), idleCoarse.values.end(),
                             [](float v) { return std::isnan(v); }),
                 qPrintable(describe(idleCoarse)));

        // Saved and restored again, the gap survives.
        const qint64 later = restart + 6000;
        ThroughputHistory again(kSmall);
        QVERIFY(HistoryCodec::decodePayload(HistoryCodec::encodePayload(live, kKey, later), kKey,
                                            rulesAt(later), again)
                    .restored());
        const QString diff = compareHistories(live, again, saved - 10000, later);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(std::isnan(
            again.partitionSeries(QStringLiteral("gamma"), 7, restart, restart).values.at(0)));
    }

    void oldFilesKeepWhatIsStillWanted() {
        ThroughputHistory original(kSmall);
        const qint64 saved = fill(original);
        const QByteArray payload = HistoryCodec::encodePayload(original, kKey, saved);
        auto restoreAt = [&](qint64 now, ThroughputHistory& into) {
            return HistoryCodec::decodePayload(payload, kKey, rulesAt(now), into);
        };
        {
            ThroughputHistory h(kSmall); // 30 min later: everything
            const auto r = restoreAt(saved + 30 * 60000, h);
            QVERIFY(r.restored());
            QCOMPARE(h.tickCount(), kSmall.tickCapacity);
        }
        {
            ThroughputHistory h(kSmall); // 2 h later: the ticks are too old, the buckets are not
            const auto r = restoreAt(saved + 2 * 3600000, h);
            QVERIFY(r.restored());
            QCOMPARE(r.ticks, 0u);
            QCOMPARE(h.tickCount(), 0u);
            QCOMPARE(r.buckets, kSmall.bucketCapacity);
            const auto s = h.topicSeries(QStringLiteral("alpha"), 0, saved + 2 * 3600000);
            QVERIFY(s.coarse);
            QVERIFY(s.values.size() >= kSmall.bucketCapacity);
            // and a new tick keeps them visible in the long view
            ThroughputHistory live(kSmall);
            live.adoptRestored(h);
            live.append(tick(saved + 2 * 3600000, 0, noRates(ratesAt(0))));
            live.append(tick(saved + 2 * 3600000 + 1000, 1000, ratesAt(1)));
            QVERIFY(live.topicSeries(QStringLiteral("alpha"), 0, saved + 3 * 3600000).coarse);
            // A short window of the new session still comes at tick resolution: the restored
            // buckets end long before it starts.
            const qint64 now = saved + 2 * 3600000 + 1000;
            const auto recent = live.topicSeries(QStringLiteral("alpha"), now - 30000, now);
            QVERIFY2(!recent.coarse, qPrintable(describe(recent)));
            QCOMPARE(recent.values.size(), 2u);
        }
        {
            ThroughputHistory h(kSmall); // 25 h later: nothing
            const auto r = restoreAt(saved + 25 * 3600000, h);
            QCOMPARE(r.status, HistoryLoadStatus::Stale);
            QCOMPARE(h.tickCount(), 0u);
            QVERIFY(h.topics().isEmpty());
        }
        {
            ThroughputHistory h(kSmall); // saved "after now": the clock went back
            const auto r = restoreAt(saved - 60000, h);
            QCOMPARE(r.status, HistoryLoadStatus::FromTheFuture);
            QVERIFY(h.topics().isEmpty());
        }
    }

    void anotherTickIntervalKeepsWhatMapsCleanly() {
        ThroughputHistory original(kSmall);
        const qint64 saved = fill(original);
        const QByteArray payload = HistoryCodec::encodePayload(original, kKey, saved);
        {
            // Fewer ticks fit (a longer poll interval): the newest 15 keep their times and values.
            ThroughputHistory h(HistoryConfig{15, 10000, 12});
            const auto r = HistoryCodec::decodePayload(payload, kKey, rulesAt(saved), h);
            QVERIFY(r.restored());
            QCOMPARE(h.tickCount(), 15u);
            QCOMPARE(h.oldestTickMs(), saved - 14000);
            const QString diff = compareHistories(original, h, saved - 14000, saved, 15);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        {
            // More fit: all of them, and the buckets too.
            ThroughputHistory h(HistoryConfig{90, 10000, 30});
            QVERIFY(HistoryCodec::decodePayload(payload, kKey, rulesAt(saved), h).restored());
            QCOMPARE(h.tickCount(), kSmall.tickCapacity);
            QCOMPARE(h.oldestBucketMs(), original.oldestBucketMs());
            const QString diff = compareHistories(original, h, saved - 39000, saved);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        {
            // Another bucket length: minute means cannot be re-cut, so the buckets go.
            ThroughputHistory h(HistoryConfig{40, 5000, 12});
            const auto r = HistoryCodec::decodePayload(payload, kKey, rulesAt(saved), h);
            QVERIFY(r.restored());
            QVERIFY(r.rebucketed);
            QCOMPARE(h.oldestBucketMs(), qint64(-1));
            QCOMPARE(h.tickCount(), kSmall.tickCapacity);
            const auto s = h.topicSeries(QStringLiteral("alpha"), 0, saved);
            QVERIFY(!s.coarse);
            QCOMPARE(s.values,
                     original.topicSeries(QStringLiteral("alpha"), saved - 39000, saved).values);
        }
    }

    void badFilesAreIgnoredWithAWarning() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const HistoryStore store(dir.path());
        ThroughputHistory original(kSmall);
        const qint64 saved = fill(original);
        const QByteArray good =
            HistoryCodec::frame(HistoryCodec::encodePayload(original, kKey, saved));
        const QString path = store.filePath(kKey);
        const HistoryRestoreRules rules = rulesAt(saved + 1000);

        struct Case {
            const char* name;
            QByteArray bytes;
            HistoryLoadStatus status;
        };
        QByteArray flipped = good;
        flipped[good.size() / 2] = char(flipped[good.size() / 2] ^ 0x10);
        QByteArray badMagic = good;
        badMagic[0] = 'X';
        const std::vector<Case> cases = {
            {"empty", QByteArray(), HistoryLoadStatus::Truncated},
            {"4 bytes", good.left(4), HistoryLoadStatus::Truncated},
            {"header only", good.left(HistoryCodec::kHeaderBytes), HistoryLoadStatus::Truncated},
            {"23 bytes", good.left(23), HistoryLoadStatus::Truncated},
            {"half", good.left(good.size() / 2), HistoryLoadStatus::Truncated},
            {"one byte short", good.chopped(1), HistoryLoadStatus::Truncated},
            {"bad magic", badMagic, HistoryLoadStatus::BadMagic},
            {"text", QByteArray("hello, world, this is not a history file"),
             HistoryLoadStatus::BadMagic},
            {"version 2", withU32At(good, 8, 2), HistoryLoadStatus::NewerVersion},
            {"version 0", withU32At(good, 8, 0), HistoryLoadStatus::UnsupportedVersion},
            {"flipped bit", flipped, HistoryLoadStatus::BadChecksum},
            {"bad crc", withU32At(good, 20, 0xdeadbeef), HistoryLoadStatus::BadChecksum},
            {"trailing bytes", good + QByteArray("xyz"), HistoryLoadStatus::Corrupt},
        };
        for (const Case& c : cases) {
            QVERIFY(writeFile(path, c.bytes));
            QTest::ignoreMessage(
                QtWarningMsg,
                QRegularExpression(
                    QStringLiteral("^history: ignoring .*%1 \\(%2\\): .+")
                        .arg(QRegularExpression::escape(path),
                             QRegularExpression::escape(historyLoadStatusName(c.status)))));
            ThroughputHistory into(kSmall);
            const auto r = store.load(kKey, rules, into);
            QVERIFY2(r.status == c.status, c.name);
            QVERIFY2(!r.reason.isEmpty(), c.name);
            QVERIFY2(into.tickCount() == 0 && into.topics().isEmpty(), c.name);
        }

        // Sound files that still must not be used: from the future, or another cluster's.
        QVERIFY(writeFile(path, good));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("from the future")));
        ThroughputHistory future(kSmall);
        QCOMPARE(store.load(kKey, rulesAt(saved - 3600000), future).status,
                 HistoryLoadStatus::FromTheFuture);
        QVERIFY(future.topics().isEmpty());
        const QString otherKey = QStringLiteral("cluster-SomeOtherCluster");
        QVERIFY(writeFile(store.filePath(otherKey), good)); // the future one was moved aside
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("other cluster")));
        ThroughputHistory other(kSmall);
        QCOMPARE(store.load(otherKey, rules, other).status, HistoryLoadStatus::OtherCluster);
        // A missing file is normal: no warning, nothing restored. The good file still loads.
        ThroughputHistory none(kSmall);
        QCOMPARE(store.load(QStringLiteral("cluster-missing"), rules, none).status,
                 HistoryLoadStatus::NoFile);
        ThroughputHistory ok(kSmall);
        QVERIFY(writeFile(path, good));
        QVERIFY(store.load(kKey, rules, ok).restored());
        QCOMPARE(ok.tickCount(), kSmall.tickCapacity);
        // A directory where the file should be: unreadable, not a crash.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("cluster-dir.tphist")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("ignoring .*cluster-dir")));
        ThroughputHistory fromDir(kSmall);
        QVERIFY(!store.load(QStringLiteral("cluster-dir"), rules, fromDir).restored());
    }

    void damagedPayloadsNeverCrash() {
        // Bytes damaged before the CRC was taken (a writer bug) pass the checksum: the decoder
        // must still stay in bounds and leave the target empty unless it restored.
        ThroughputHistory original(kSmall);
        const qint64 saved = fill(original, 120);
        const QByteArray payload = HistoryCodec::encodePayload(original, kKey, saved);
        QRandomGenerator random(4242);
        int restored = 0;
        int rejected = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray damaged = payload;
            if (round % 3 == 0) {
                damaged.truncate(random.bounded(payload.size()));
            } else {
                for (int flips = 0; flips < 1 + round % 4; ++flips) {
                    const auto at = random.bounded(payload.size());
                    damaged[at] = char(random.bounded(256));
                }
            }
            ThroughputHistory into(kSmall);
            const auto r = HistoryCodec::decodePayload(damaged, kKey, rulesAt(saved + 1000), into);
            if (r.restored()) {
                ++restored;
                for (const QString& topic : into.topics()) {
                    into.topicSeries(topic, 0, saved * 2);
                    into.partitionSeries(topic, 1, saved - 20000, saved);
                    into.sparkline(topic, 50);
                }
                into.clusterSeries(0, saved * 2);
                into.append(tick(saved + 5000, 1000, ratesAt(3)));
            } else {
                ++rejected;
                QVERIFY(into.tickCount() == 0 && into.topics().isEmpty());
            }
        }
        QVERIFY(rejected > 1000); // every truncation at least
        qInfo("damaged payloads: %d rejected, %d restored (value bytes)", rejected, restored);
    }

    void writesAreAtomic() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const HistoryStore store(dir.path() + QStringLiteral("/history")); // created on save
        // Two different payloads of a few MiB, written alternately while another thread reads.
        ThroughputHistory small(kSmall);
        const qint64 saved = fill(small);
        ThroughputHistory big(HistoryConfig{1800, 60000, 100});
        Rates busy;
        for (int t = 0; t < 40; ++t)
            busy[QStringLiteral("t%1").arg(t)] = std::vector<double>(20, 1.5);
        for (int i = 0; i < 1600; ++i)
            big.append(tick(kT0 + i * 1000, 1000, busy));
        const QByteArray payloads[2] = {HistoryCodec::encodePayload(small, kKey, saved),
                                        HistoryCodec::encodePayload(big, kKey, saved)};
        QVERIFY(payloads[1].size() > 4 * 1024 * 1024);
        QVERIFY(store.save(kKey, payloads[0]));

        std::atomic_bool done{false};
        std::atomic<int> reads{0};
        std::atomic<int> partial{0};
        std::thread reader([&] {
            while (!done.load()) {
                QFile f(store.filePath(kKey));
                if (!f.open(QIODevice::ReadOnly)) {
                    ++partial; // the file must always exist
                    continue;
                }
                const QByteArray bytes = f.readAll();
                QByteArray payload;
                if (!HistoryCodec::unframe(bytes, payload).restored())
                    ++partial;
                ++reads;
            }
        });
        for (int i = 0; i < 30; ++i)
            QVERIFY(store.save(kKey, payloads[i % 2]));
        done.store(true);
        reader.join();
        QVERIFY(reads.load() > 0);
        QCOMPARE(partial.load(), 0);
        // No temporary files left behind.
        QCOMPARE(QDir(store.directory()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QFileInfo(store.filePath(kKey)).fileName()});
        // The last save is what is on disk.
        QFile f(store.filePath(kKey));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), HistoryCodec::frame(payloads[1]));
    }

    void writerKeepsOnlyTheNewestSave() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const HistoryStore store(dir.path());
        QByteArray last;
        int written = 0;
        {
            HistoryFileWriter writer;
            for (int i = 0; i < 200; ++i) {
                last = QByteArray(64 * 1024, char(i));
                writer.enqueue(store, kKey, last);
            }
            writer.enqueue(store, QStringLiteral("cluster-second"), QByteArray("second"));
            writer.waitUntilWritten(store.filePath(kKey));
            QVERIFY(!writer.isBusy(store.filePath(kKey)));
            written = writer.writtenCount();
        } // the destructor writes what is still queued
        QVERIFY(written >= 1);
        QFile f(store.filePath(kKey));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), HistoryCodec::frame(last));
        QVERIFY(QFile::exists(store.filePath(QStringLiteral("cluster-second"))));
    }

    void clusterKeys() {
        QCOMPARE(HistoryStore::clusterKey(QStringLiteral("MkU3OEVBNTcwNTJENDM2Qg"), {}),
                 QStringLiteral("cluster-MkU3OEVBNTcwNTJENDM2Qg"));
        // Odd ids are hashed, never used as a path.
        const QString odd = HistoryStore::clusterKey(QStringLiteral("../../etc/passwd"), {});
        QVERIFY(odd.startsWith(QStringLiteral("cluster-")));
        QVERIFY(!odd.contains(QLatin1Char('/')) && !odd.contains(QLatin1Char('.')));
        // Without an id: the bootstrap list, order, case and blanks ignored.
        const QString a = HistoryStore::clusterKey({}, QStringLiteral("b:9092, A:9092"));
        QCOMPARE(a, HistoryStore::clusterKey({}, QStringLiteral("a:9092,b:9092")));
        QVERIFY(a.startsWith(QStringLiteral("bootstrap-")));
        QVERIFY(a != HistoryStore::clusterKey({}, QStringLiteral("a:9092")));
        QVERIFY(HistoryStore::defaultDirectory().endsWith(QStringLiteral("/history")));
    }

    void keeperSavesWhenDueAndNeverAnEmptyHistory() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const HistoryStore store(dir.path());
        auto writer = std::make_shared<HistoryFileWriter>();
        HistoryKeeper::Options options;
        options.firstSaveAfterMs = 0; // every tick
        options.saveIntervalMs = 0;
        HistoryKeeper keeper(store, writer, QStringLiteral("localhost:9092"), options);
        ThroughputHistory history(kSmall);
        // Before the cluster is known there is no file and nothing is saved.
        QVERIFY(keeper.filePath().isEmpty());
        keeper.saveNow(history);
        ClusterMetadata m;
        m.clusterId = QStringLiteral("KeeperCluster");
        QCOMPARE(keeper.restore(m, history).status, HistoryLoadStatus::NoFile);
        QCOMPARE(keeper.filePath(), store.filePath(QStringLiteral("cluster-KeeperCluster")));
        keeper.saveNow(history); // no tick yet: must not write
        keeper.saveInBackground(std::make_shared<ThroughputHistory>(kSmall)); // nor this way
        writer->waitUntilWritten(keeper.filePath());
        QVERIFY(!QFile::exists(keeper.filePath()));

        const qint64 saved = fill(history, 60);
        keeper.tickAppended(history);
        writer->waitUntilWritten(keeper.filePath());
        QVERIFY(QFile::exists(keeper.filePath()));
        ThroughputHistory back(kSmall);
        QVERIFY(store.load(QStringLiteral("cluster-KeeperCluster"), rulesAt(saved + 1000), back)
                    .restored());
        QCOMPARE(back.newestTickMs(), saved);

        // Big files are saved less often: the average write rate stays within the budget.
        HistoryKeeper::Options tight;
        tight.bytesPerMinute = 10;
        HistoryKeeper slow(store, writer, QString(), tight);
        QCOMPARE(slow.currentSaveIntervalMs(), tight.saveIntervalMs);
        slow.restore(m, history);
        slow.saveNow(history); // a few KiB at 10 B/min: the cap applies
        QCOMPARE(slow.currentSaveIntervalMs(), tight.maxSaveIntervalMs);
    }

    // A file this build cannot use is moved aside byte for byte, the user learns where, and the
    // next save writes a new file instead of wiping what may be a newer build's day of history.
    void unusableFilesAreKeptAsideNeverOverwritten() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const HistoryStore store(dir.path());
        auto writer = std::make_shared<HistoryFileWriter>();
        ThroughputHistory original(kSmall);
        const qint64 saved = fill(original);
        const QByteArray good =
            HistoryCodec::frame(HistoryCodec::encodePayload(original, kKey, saved));
        QByteArray flipped = good;
        flipped[good.size() / 2] = char(flipped[good.size() / 2] ^ 0x10);
        ClusterMetadata m;
        m.clusterId = kKey.mid(int(qstrlen("cluster-")));
        const QString path = store.filePath(kKey);

        struct Case {
            const char* name;
            QByteArray bytes;
            const char* keptSuffix; // regular expression after the file name
        };
        const std::vector<Case> cases = {
            {"corrupt", flipped, "\\.unreadable-\\d{8}-\\d{6}$"},
            {"truncated", good.left(good.size() / 2), "\\.unreadable-\\d{8}-\\d{6}$"},
            {"not a history file", QByteArray("garbage\n"), "\\.unreadable-\\d{8}-\\d{6}$"},
            {"newer version", withU32At(good, 8, 7), "\\.v7$"},
        };
        for (const Case& c : cases) {
            for (const QString& old : QDir(dir.path()).entryList(QDir::Files))
                QFile::remove(dir.filePath(old));
            QVERIFY(writeFile(path, c.bytes));
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("kept as")));
            HistoryKeeper keeper(store, writer, QString());
            ThroughputHistory history(kSmall);
            const HistoryLoadResult r = keeper.restore(m, history);
            QVERIFY2(r.fileUnusable() && !r.keepAsideFailed, c.name);
            QVERIFY2(QRegularExpression(QRegularExpression::escape(path) +
                                        QString::fromLatin1(c.keptSuffix))
                         .match(r.keptAsPath)
                         .hasMatch(),
                     qPrintable(r.keptAsPath));
            QVERIFY2(!QFile::exists(path), c.name);
            QVERIFY(keeper.restoreResult().has_value());
            QCOMPARE(keeper.restoreResult()->keptAsPath, r.keptAsPath);
            // A new history is saved under the usual name; the kept file is untouched.
            fill(history, 20);
            keeper.saveNow(history);
            writer->waitUntilWritten(path);
            QVERIFY2(QFile::exists(path), c.name);
            QFile kept(r.keptAsPath);
            QVERIFY(kept.open(QIODevice::ReadOnly));
            QVERIFY2(kept.readAll() == c.bytes, c.name);
        }

        // A newer build wrote the file while this one ran: the save moves it aside first.
        for (const QString& old : QDir(dir.path()).entryList(QDir::Files))
            QFile::remove(dir.filePath(old));
        const QByteArray newer = withU32At(good, 8, 3);
        QVERIFY(writeFile(path, newer));
        QVERIFY(writeFile(path + QStringLiteral(".v3"), "an older kept copy"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("newer Streamscope")));
        QVERIFY(store.save(kKey, HistoryCodec::encodePayload(original, kKey, saved)));
        QFile keptNewer(path + QStringLiteral(".v3-2"));
        QVERIFY(keptNewer.open(QIODevice::ReadOnly));
        QCOMPARE(keptNewer.readAll(), newer);
        ThroughputHistory back(kSmall);
        QVERIFY(store.load(kKey, rulesAt(saved + 1000), back).restored());

        // When the file cannot be moved aside (here a directory in its place), the session
        // keeps its history in memory and never saves over it.
        const QString blockedKey = QStringLiteral("cluster-Blocked");
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("cluster-Blocked.tphist")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot be moved")));
        HistoryKeeper blocked(store, writer, QString());
        ClusterMetadata b;
        b.clusterId = QStringLiteral("Blocked");
        ThroughputHistory blockedHistory(kSmall);
        QVERIFY(blocked.restore(b, blockedHistory).keepAsideFailed);
        fill(blockedHistory, 20);
        const int writtenBefore = writer->writtenCount();
        blocked.saveNow(blockedHistory);
        blocked.saveInBackground(std::make_shared<ThroughputHistory>(kSmall));
        writer->waitUntilWritten(store.filePath(blockedKey));
        QCOMPARE(writer->writtenCount(), writtenBefore);
    }

    // The first save comes seconds after the start, later ones at most two minutes apart (a
    // crash, SIGKILL or power loss used to cost the first minute, later up to ten).
    void keeperSavesSoonAndOften() {
        const HistoryKeeper::Options defaults;
        QVERIFY(defaults.firstSaveAfterMs > 0 && defaults.firstSaveAfterMs <= 10000);
        QVERIFY(defaults.saveIntervalMs <= 60000);
        QVERIFY(defaults.maxSaveIntervalMs <= 120000);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const HistoryStore store(dir.path());
        auto writer = std::make_shared<HistoryFileWriter>();
        HistoryKeeper::Options options;
        options.firstSaveAfterMs = 300;
        options.saveIntervalMs = 3600000;
        HistoryKeeper keeper(store, writer, QString(), options);
        ClusterMetadata m;
        m.clusterId = QStringLiteral("SoonCluster");
        ThroughputHistory history(kSmall);
        keeper.restore(m, history);
        fill(history, 5);
        keeper.tickAppended(history); // too early
        writer->waitUntilWritten(keeper.filePath());
        QVERIFY(!QFile::exists(keeper.filePath()));
        QTest::qWait(400);
        keeper.tickAppended(history); // the first save is due
        writer->waitUntilWritten(keeper.filePath());
        QVERIFY(QFile::exists(keeper.filePath()));
        QCOMPARE(writer->writtenCount(), 1);
        QTest::qWait(400);
        keeper.tickAppended(history); // later ones follow saveIntervalMs
        writer->waitUntilWritten(keeper.filePath());
        QCOMPARE(writer->writtenCount(), 1);
    }

    // What a save costs (recorded in bench/RESULTS.md, the reason for saving every 30 s): a
    // small cluster (10 busy topics of 3 partitions, 10 minutes of 2 s ticks) and a busy one
    // (50 x 6, a full hour). Reported, not asserted: machines differ.
    void typicalSaveCost() {
        struct Shape {
            const char* name;
            int topics;
            std::size_t partitions;
            std::size_t ticks;
        };
        const HistoryConfig config = HistoryConfig::forTickInterval(2000);
        for (const Shape& shape : {Shape{"small: 10 x 3 busy, 10 min", 10, 3, 300},
                                   Shape{"busy: 50 x 6 busy, 1 h", 50, 6, config.tickCapacity}}) {
            ThroughputHistory history(config);
            qint64 wall = kT0;
            for (std::size_t i = 0; i < shape.ticks; ++i, wall += 2000) {
                Rates r;
                for (int t = 0; t < shape.topics; ++t) {
                    std::vector<double> values(shape.partitions);
                    for (std::size_t p = 0; p < values.size(); ++p)
                        values[p] = double((i * 7 + p * 13 + std::size_t(t)) % 97) + 0.5;
                    r[QStringLiteral("topic-%1").arg(t)] = values;
                }
                history.append(tick(wall, 2000, r));
            }
            QTemporaryDir dir;
            QVERIFY(dir.isValid());
            const HistoryStore store(dir.path());
            QElapsedTimer clock;
            clock.start();
            const QByteArray payload = HistoryCodec::encodePayload(history, kKey, wall);
            const qint64 encodeUs = clock.nsecsElapsed() / 1000;
            clock.restart();
            QVERIFY(store.save(kKey, payload));
            const qint64 writeUs = clock.nsecsElapsed() / 1000;
            qInfo("history save, %s: file %.1f KiB; encode %.2f ms, write + fsync %.2f ms",
                  shape.name, double(payload.size() + HistoryCodec::kHeaderBytes) / 1024.0,
                  double(encodeUs) / 1000.0, double(writeUs) / 1000.0);
        }
    }

    // Ticks missed while the cluster was away: the next tick is a gap, so the chart breaks
    // the line instead of drawing a slope across the outage.
    void missedTicksAreAGap() {
        ThroughputTracker tracker(HistoryConfig::forTickInterval(1000));
        const qint64 wall0 = 1700000000000;
        for (int i = 0; i < 4; ++i)
            tracker.consumeSnapshot(metadata(wall0 + i * 1000, i * 1000, {i * 100, i * 50}));
        tracker.markGap(); // the session went Unreachable
        tracker.consumeSnapshot(metadata(wall0 + 30000, 30000, {5000, 2500}));
        tracker.consumeSnapshot(metadata(wall0 + 31000, 31000, {5100, 2550}));
        // Value by tick time (a series starts at its first value, so not at the first tick).
        auto valueAt = [](const RateSeriesData& s, qint64 t) {
            for (size_t i = 0; i < s.timesMs.size(); ++i)
                if (s.timesMs[i] == t)
                    return s.values[i];
            return -1.0f;
        };
        const RateSeriesData s = tracker.history().clusterSeries(0, wall0 + 60000);
        QCOMPARE(valueAt(s, wall0 + 3000), 150.0f);
        QVERIFY2(std::isnan(valueAt(s, wall0 + 30000)),
                 "the first tick after the outage must be a gap");
        QCOMPARE(valueAt(s, wall0 + 31000), 150.0f);
        const RateSeriesData topic =
            tracker.history().topicSeries(QStringLiteral("orders"), 0, wall0 + 60000);
        QVERIFY(std::isnan(valueAt(topic, wall0 + 30000)));
        // On an empty history there is nothing to break: no gap.
        ThroughputHistory empty(kSmall);
        empty.markGap();
        empty.append(tick(kT0, 1000, ratesAt(0)));
        QVERIFY(!std::isnan(empty.clusterSeries(0, kT0 + 1).values.front()));
    }

    void trackerRestoresHistoryButNoRates() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const HistoryStore store(dir.path());
        auto writer = std::make_shared<HistoryFileWriter>();
        const HistoryConfig config = HistoryConfig::forTickInterval(1000);
        const qint64 wall0 = QDateTime::currentMSecsSinceEpoch() - 20 * 60000;
        qint64 lastWall = 0;
        {
            ThroughputTracker first(config);
            auto keeper = std::make_shared<HistoryKeeper>(store, writer, QString());
            first.setHistoryKeeper(keeper);
            for (int i = 0; i < 30; ++i) {
                lastWall = wall0 + i * 1000;
                first.consumeSnapshot(
                    metadata(lastWall, 1000000 + i * 1000, {i * 100LL, i * 10LL}));
            }
            QCOMPARE(first.latest()->clusterProducedSinceStart, qint64(29 * 110));
            QCOMPARE(first.latest()->clusterMsgsPerSec, 110.0);
            // What SessionServices does at close: the writer's thread encodes, after the tracker
            // (which owned the history) is gone at the end of this scope.
            keeper->saveInBackground(first.sharedHistory());
        }
        writer->waitUntilWritten(store.filePath(QStringLiteral("cluster-TrackerTestCluster")));

        // Ten minutes later, the offsets moved on by a lot.
        const qint64 wall1 = lastWall + 10 * 60000;
        ThroughputTracker second(config);
        second.setHistoryKeeper(std::make_shared<HistoryKeeper>(store, writer, QString()));
        second.consumeSnapshot(metadata(wall1, 5000000, {900000, 90000}));
        // The restored hour is there, up to the last saved tick...
        QCOMPARE(second.history().oldestTickMs(), wall0);
        const auto before = second.history().topicSeries(QStringLiteral("orders"), 0, lastWall);
        QCOMPARE(before.values.back(), 110.0f);
        // ...but no rate was made up from the old session's offsets, and totals start at zero.
        QVERIFY(!hasValue(second.latest()->clusterMsgsPerSec));
        QCOMPARE(second.latest()->clusterProducedSinceStart, qint64(0));
        const auto gap =
            second.history().topicSeries(QStringLiteral("orders"), lastWall + 1, wall1);
        QCOMPARE(gap.timesMs, (std::vector<qint64>{wall1}));
        QVERIFY(std::isnan(gap.values.front()));
        // The next tick has the new session's own rate.
        second.consumeSnapshot(metadata(wall1 + 1000, 5001000, {900050, 90005}));
        QCOMPARE(second.latest()->clusterMsgsPerSec, 55.0);
        QCOMPARE(second.history().clusterSeries(wall1 + 1000, wall1 + 1000).values.at(0), 55.0f);
    }

    void fullClusterFileIsBounded() {
        // 500 topics x 20 partitions, all busy, both rings full (1800 ticks, 1440 buckets at the
        // default 2 s tick). Ticks 60 s apart close a bucket each, so 1800 appends fill both.
        const HistoryConfig config = HistoryConfig::forTickInterval(2000);
        QCOMPARE(config.tickCapacity, 1800u);
        QCOMPARE(config.bucketCapacity, 1440u);
        auto history = std::make_unique<ThroughputHistory>(config);
        ThroughputSnapshot snapshot;
        {
            Rates busy;
            for (int t = 0; t < 500; ++t)
                busy[QStringLiteral("topic-%1").arg(t, 3, 10, QLatin1Char('0'))] =
                    std::vector<double>(20, 3.25);
            snapshot = tick(kT0, 60000, busy);
        }
        for (int i = 0; i < 1800; ++i) {
            snapshot.sampledAtMs = kT0 + i * 60000LL;
            history->append(snapshot);
        }
        const qint64 newest = history->newestTickMs();
        QCOMPARE(history->tickCount(), 1800u);
        const std::size_t series = 1 + 500 + 500 * 20;

        QElapsedTimer clock;
        clock.start();
        const QByteArray payload = HistoryCodec::encodePayload(*history, kKey, newest);
        const qint64 encodeMs = clock.restart();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const HistoryStore store(dir.path());
        QVERIFY(store.save(kKey, payload));
        const qint64 writeMs = clock.restart();
        const qint64 fileBytes = QFileInfo(store.filePath(kKey)).size();
        // Bound: 4 bytes per value and ring slot, 8 per axis time, a little per series and name.
        const qint64 values = qint64(series) * (1800 + 1440);
        const qint64 bound = values * 4 + (1800 + 1440) * 8 + qint64(series) * 40 + 500 * 64 + 4096;
        QVERIFY2(fileBytes <= bound,
                 qPrintable(QStringLiteral("%1 > %2").arg(fileBytes).arg(bound)));
        QVERIFY(fileBytes >= values * 4); // and the full rings really are in it

        ThroughputHistory restored(config);
        HistoryRestoreRules keepAll = rulesAt(newest + 1000);
        keepAll.maxTickAgeMs = keepAll.maxBucketAgeMs = 10LL * 86400000; // the ticks are 60 s apart
        clock.restart();
        const auto r = store.load(kKey, keepAll, restored);
        const qint64 loadMs = clock.elapsed();
        QVERIFY(r.restored());
        QCOMPARE(r.ticks, 1800u);
        QCOMPARE(r.buckets, 1440u);
        QCOMPARE(restored.partitionSeries(QStringLiteral("topic-499"), 19, newest, newest).values,
                 (std::vector<float>{3.25f}));
        qInfo("500 x 20 busy, full rings: file %.1f MiB, history %.1f MiB in memory; encode %lld "
              "ms, write (QSaveFile + fsync) %lld ms, load %lld ms",
              double(fileBytes) / (1024 * 1024), double(history->memoryBytes()) / (1024 * 1024),
              encodeMs, writeMs, loadMs);
    }
};

QTEST_GUILESS_MAIN(TestHistoryFile)
#include "tst_history_file.moc"
