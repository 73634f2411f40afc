// The Lag page's GUI thread while 2,000 consumer groups refresh every second (issue 7: "the GUI
// event loop never stalls over 16 ms while the Lag page shows 2,000 groups refreshing").
//
// The real page (LagPage: groups table with sparklines, problems-first sort, the worst group's
// detail with its partition tree and lag chart) on screen, fed like the app feeds it: an engine
// thread runs the real LagCalculator and LagHistory once a second over 2,000 groups on 2,000
// partitions (100 topics x 20, as bench/LagBench.cpp creates them on a broker) and hands each
// LagSnapshot to the page over a queued call, as LagMonitor does. The groups move: most keep
// up, some fall behind, stall, stop or catch up, so lag, time lag, catch-up, status and the
// sparkline of most rows change on every refresh. Two minutes of history are computed first so
// every sparkline is full. No broker: the broker side of a refresh is bench/LagBench.cpp.
//
// A 5 ms precise timer on the GUI thread records every gap (bench/StallMeter.h): the wall time
// the event loop did not turn and the GUI thread's own CPU time in it.
// Usage: streamscope-bench-lag-ui [--seconds N] [--groups N] [--size WxH] [--log-events MS]
//        (QT_QPA_PLATFORM=offscreen or xvfb-run)
// --log-events MS prints every event that cost the GUI thread at least MS ms of CPU (receiver,
// type) to stderr while the phases run (bench/EventCostLog.h).
#include "BenchStats.h"
#include "EventCostLog.h"
#include "StallMeter.h"
#include "SyntheticCluster.h"
#include "common/FreedOffGuiThread.h"
#include "common/ThreadPriority.h"
#include "lag/LagCalculator.h"
#include "lag/LagGroupDetailPanel.h"
#include "lag/LagGroupModel.h"
#include "lag/LagGroupsPanel.h"
#include "lag/LagHistory.h"
#include "lag/LagPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QHeaderView>
#include <QTableView>
#include <QTextStream>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

using namespace streamscope;

namespace {

QTextStream out(stdout);

constexpr int kPartitionsPerTopic = 20;

// A world of topics whose end offsets grow and groups whose committed offsets follow them in
// eight ways (group i behaves as i % 8).
class LagWorld {
public:
    explicit LagWorld(int groups)
        : m_groups(groups)
        , m_topics((groups + kPartitionsPerTopic - 1) / kPartitionsPerTopic)
        , m_ends(static_cast<std::size_t>(m_topics * kPartitionsPerTopic), 1000)
        , m_committed(static_cast<std::size_t>(groups), 1000) {
        for (int g = 0; g < groups; ++g)
            if (g % 8 == 6)
                m_committed[static_cast<std::size_t>(g)] = 0; // starts far behind, catches up
    }

    static QString topicName(int t) {
        return QStringLiteral("bench-tput-%1").arg(t, 3, 10, QLatin1Char('0'));
    }
    static QString groupName(int g) {
        return QStringLiteral("bench-lag-group-%1").arg(g, 4, 10, QLatin1Char('0'));
    }

    // One second of traffic.
    void advance(int second) {
        for (std::size_t p = 0; p < m_ends.size(); ++p)
            m_ends[p] += 5 + static_cast<qint64>(p % 7) * 3 + (second + p) % 3;
        for (int g = 0; g < m_groups; ++g) {
            const qint64 end = m_ends[static_cast<std::size_t>(g)];
            qint64& committed = m_committed[static_cast<std::size_t>(g)];
            switch (g % 8) {
            case 0:
            case 1:
            case 2: // keeps up, a few messages behind
                committed = end - (second + g) % 6;
                break;
            case 3: // falls behind: consumes at about half the produce rate
                committed += (end - committed) / 2 > 0 ? 6 : 0;
                break;
            case 4: // stalled: a live member that never moves its offset
                break;
            case 5: // stopped: an empty group frozen in place
                break;
            case 6: // catching up at twice the produce rate
                committed = std::min(end, committed + 60);
                break;
            default: // idle at the end
                committed = end;
                break;
            }
        }
    }

    ClusterSnapshot snapshot(qint64 wallMs, qint64 monotonicMs) const {
        test::SyntheticCluster cluster;
        cluster.brokers(1).sampledAt(wallMs, monotonicMs);
        for (int t = 0; t < m_topics; ++t) {
            const auto first = m_ends.begin() + t * kPartitionsPerTopic;
            cluster.topic(topicName(t), kPartitionsPerTopic)
                .endOffsets(std::vector<qint64>(first, first + kPartitionsPerTopic));
        }
        return cluster.snapshot();
    }

    LagReadout readout() const {
        LagReadout r;
        r.groups.reserve(static_cast<std::size_t>(m_groups));
        for (int g = 0; g < m_groups; ++g) {
            const bool live = g % 8 != 5 && g % 8 != 7;
            const QString id = groupName(g);
            const QString state = live ? QStringLiteral("Stable") : QStringLiteral("Empty");
            const QString topic = topicName(g / kPartitionsPerTopic);
            const int partition = g % kPartitionsPerTopic;
            GroupReadout one;
            one.listing = {id, state, false};
            ConsumerGroupDescription d;
            d.groupId = id;
            d.state = state;
            d.assignor = live ? QStringLiteral("range") : QString();
            d.coordinatorId = 1;
            if (live)
                d.members.push_back({id + QStringLiteral("-member"),
                                     QStringLiteral("consumer-%1").arg(g),
                                     QStringLiteral("/10.0.0.7"),
                                     {{topic, partition}}});
            one.description = std::move(d);
            one.offsets.groupId = id;
            one.offsets.offsets.push_back(
                {topic, partition, m_committed[static_cast<std::size_t>(g)], 0});
            r.groups.push_back(std::move(one));
        }
        r.durationMs = 300;
        return r;
    }

private:
    int m_groups;
    int m_topics;
    std::vector<qint64> m_ends;      // per partition (topic-major)
    std::vector<qint64> m_committed; // per group; group g reads partition g
};

// The lag monitor's part: LagCalculator + LagHistory on their own thread, one refresh a second,
// each snapshot handed to the page with a queued call.
class Engine {
public:
    Engine(int groups, std::function<void(LagSnapshotPtr)> publish)
        : m_world(groups)
        , m_publish(std::move(publish)) {}
    ~Engine() { stop(); }

    const LagHistory& history() const { return m_history; }

    // Refreshes `seconds` times back to back with sample times one second apart, ending now.
    void prefill(int seconds) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int s = 0; s < seconds; ++s)
            refresh(now - qint64(seconds - s) * 1000, false);
    }

    void start() {
        m_thread = std::thread([this] {
            lowerCurrentThreadPriority(); // as LagMonitor's thread does
            std::unique_lock lock(m_mutex);
            while (!m_stopping) {
                if (m_wake.wait_for(lock, std::chrono::seconds(1), [this] { return m_stopping; }))
                    break;
                lock.unlock();
                refresh(QDateTime::currentMSecsSinceEpoch(), true);
                lock.lock();
            }
        });
    }

    void stop() {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

    int refreshes() const { return m_refreshes.load(); }
    double engineCpuMs() const { return m_engineCpuMs.load(); }

private:
    void refresh(qint64 wallMs, bool publish) {
        const double cpu0 = bench::threadCpuMs();
        m_world.advance(m_second++);
        const ClusterSnapshot snapshot = m_world.snapshot(wallMs, wallMs);
        m_calculator.addEndOffsets(*snapshot);
        LagSnapshot result = m_calculator.compute(*snapshot, m_world.readout(), {});
        m_history.append(result, wallMs, m_lastWallMs >= 0 ? wallMs - m_lastWallMs : 0);
        m_lastWallMs = wallMs;
        // As LagMonitor publishes it: freed off the GUI thread by whoever drops it last.
        auto published = makeFreedOffGuiThread(std::move(result));
        if (publish) {
            m_engineCpuMs.store(m_engineCpuMs.load() + bench::threadCpuMs() - cpu0);
            ++m_refreshes;
            m_publish(published);
        } else {
            m_last = published;
        }
    }

public:
    LagSnapshotPtr lastPrefilled() const { return m_last; }

private:
    LagWorld m_world;
    std::function<void(LagSnapshotPtr)> m_publish;
    LagCalculator m_calculator;
    LagHistory m_history;
    LagSnapshotPtr m_last;
    qint64 m_lastWallMs = -1;
    int m_second = 0;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::atomic_int m_refreshes{0};
    std::atomic<double> m_engineCpuMs{0};
};

void runFor(int ms) {
    bench::runEventLoopFor(ms);
}

void report(const bench::StallMeter::Result& r, int refreshes) {
    out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 / %8 | %9 |\n")
               .arg(r.phase)
               .arg(refreshes)
               .arg(r.worstWallMs, 0, 'f', 1)
               .arg(r.cpuOfWorstWallMs, 0, 'f', 1)
               .arg(r.worstCpuMs, 0, 'f', 1)
               .arg(r.p99WallMs, 0, 'f', 1)
               .arg(r.over16)
               .arg(r.gaps)
               .arg(refreshes > 0 ? r.guiCpuMs / refreshes : 0.0, 0, 'f', 1);
    out.flush();
}

} // namespace

int main(int argc, char** argv) {
    bench::EventCostApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        return i > 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    const int seconds = option(QStringLiteral("--seconds"), QStringLiteral("60")).toInt();
    const int groups = option(QStringLiteral("--groups"), QStringLiteral("2000")).toInt();
    const QStringList size =
        option(QStringLiteral("--size"), QStringLiteral("1920x1080")).split(QLatin1Char('x'));

    LagPage page;
    page.resize(size.value(0).toInt(), size.value(1).toInt());
    Engine engine(groups, [&page](LagSnapshotPtr snapshot) {
        QMetaObject::invokeMethod(
            &page, [&page, snapshot] { page.receiveSnapshot(snapshot); }, Qt::QueuedConnection);
    });
    engine.prefill(2 * 60);
    page.groupsPanel()->setHistory(&engine.history().lag());
    page.detailPanel()->setSources(&engine.history().lag(), &engine.history().consumeRate(),
                                   nullptr);
    page.show();
    page.setPageActive(true);
    page.receiveSnapshot(engine.lastPrefilled());
    runFor(2000); // first layout and paint, charts fetched

    out << "Lag page GUI thread, " << groups << " groups refreshing every second, " << page.width()
        << "x" << page.height() << ", load " << bench::loadAverage()
        << "\n\n| phase | refreshes | worst stall ms | GUI CPU in it ms | worst GUI CPU per gap "
           "ms | p99 stall ms | stalls > 16 ms | GUI CPU per refresh ms |\n"
           "|---|---:|---:|---:|---:|---:|---:|---:|\n";
    out.flush();
    app.setLogThresholdMs(option(QStringLiteral("--log-events"), QStringLiteral("0")).toDouble());
    engine.start();
    bench::StallMeter meter;
    auto* table = page.groupsPanel()->findChild<QTableView*>(QStringLiteral("lagGroupsTable"));
    auto* problemsFirst =
        page.groupsPanel()->findChild<QCheckBox*>(QStringLiteral("lagProblemsFirst"));

    const auto phase = [&](const QString& name, int phaseSeconds) {
        const int before = engine.refreshes();
        meter.start(name);
        runFor(phaseSeconds * 1000);
        const auto result = meter.stop();
        report(result, engine.refreshes() - before);
    };
    phase(QStringLiteral("sorted by lag, problems first (the default)"), seconds);
    problemsFirst->setChecked(false);
    table->sortByColumn(LagGroupModel::GroupColumn, Qt::AscendingOrder);
    runFor(1000);
    phase(QStringLiteral("sorted by group id"), seconds / 2);
    problemsFirst->setChecked(true);
    table->sortByColumn(LagGroupModel::LagColumn, Qt::DescendingOrder);
    runFor(1000);
    engine.stop();
    out << "\nengine (LagCalculator + LagHistory, its own thread): "
        << engine.engineCpuMs() / std::max(1, engine.refreshes()) << " ms CPU per refresh\n";
    return 0;
}
