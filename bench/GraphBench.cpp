// Service graph benchmark: 200 services, 500 topics, 1,000 edges (generated, no broker).
//   - inference (inferServiceGraph over 500 sampled topics x 200 records, 500 groups)
//   - Graphviz layout (layoutServiceGraph)
//   - the GUI thread's work when figures change every second with the structure unchanged
//     (GraphPage::showGraph -> GraphScene::updateFigures), offscreen: once with a forced repaint
//     of the whole page after each update (the worst case), once with only the repaint the
//     update schedules itself (what the app does), with the share of the view it covered
//   - side by side: Graphviz's own `dot -Tplain` on the same DOT text, when installed
// Usage: streamscope-bench-graph [--updates N] [--quick] [--page-only]
//   --quick: one inference + layout run instead of 5; --page-only: also skip the dot peer
//   (for profiling the page's figure updates).
#include "graph/GraphFormats.h"
#include "graph/GraphInference.h"
#include "graph/GraphLayout.h"
#include "graph/GraphPage.h"
#include "graph/GraphScene.h"
#include "graph/GraphView.h"
#include "graph/ServiceNaming.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPaintEvent>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace streamscope;

namespace {

constexpr int kServices = 200;
constexpr int kTopics = 500;
constexpr int kRecordsPerTopic = 200;
constexpr qint64 kNow = 1'800'000'000'000;

QString serviceName(int i) {
    return QStringLiteral("svc-%1").arg(i, 3, 10, QLatin1Char('0'));
}
QString topicName(int i) {
    return QStringLiteral("topic-%1").arg(i, 3, 10, QLatin1Char('0'));
}

// Topic i: produced by service i % 200, consumed by service (7 i + 3) % 200 through its own
// group: 500 produce + 500 consume edges.
GraphInputs generate(double rateScale) {
    GraphInputs in;
    in.nowMs = kNow;
    auto rates = std::make_shared<ThroughputSnapshot>();
    auto groups = std::make_shared<LagSnapshot>();
    for (int t = 0; t < kTopics; ++t) {
        TopicRate rate;
        rate.topic = topicName(t);
        rate.msgsPerSec = rate.smoothedMsgsPerSec = (1 + t % 50) * rateScale;
        rates->topics.push_back(rate);

        TopicRecordSample sample{topicName(t), {}, {}};
        const QByteArray source = QByteArrayLiteral("/svc/") + serviceName(t % kServices).toUtf8();
        for (int r = 0; r < kRecordsPerTopic; ++r) {
            SampledRecord record;
            record.timestampMs = kNow - 1000 + r;
            record.headers = {
                {"ce_source", source},
                {"traceparent", QByteArrayLiteral("00-") +
                                    QByteArray::number(t * 1000 + r, 16).rightJustified(32, '0') +
                                    "-00f067aa0ba902b7-01"}};
            sample.records.push_back(std::move(record));
        }
        in.samples.push_back(std::move(sample));

        const QString consumer = serviceName((7 * t + 3) % kServices);
        GroupLag g;
        g.groupId = consumer + QStringLiteral("-g") + QString::number(t);
        g.members.push_back(
            {QStringLiteral("m"), consumer, QStringLiteral("/10.0.0.1"), {{topicName(t), 0}}});
        GroupTopicLag lag;
        lag.topic = topicName(t);
        lag.totalLag = static_cast<qint64>(t * rateScale);
        lag.consumeRatePerSec = rate.msgsPerSec;
        PartitionLag p;
        p.topic = lag.topic;
        p.lag = lag.totalLag;
        p.verdict.status = t % 10 == 0 ? LagStatus::Warn : LagStatus::Ok;
        lag.partitions.push_back(p);
        g.topics.push_back(std::move(lag));
        groups->groups.push_back(std::move(g));
    }
    std::sort(groups->groups.begin(), groups->groups.end(),
              [](const GroupLag& a, const GroupLag& b) { return a.groupId < b.groupId; });
    in.rates = rates;
    in.groups = groups;
    return in;
}

// Counts the view's paint events and the area they covered.
class PaintCounter : public QObject {
public:
    using QObject::QObject;
    int paints = 0;
    double area = 0; // pixels, summed over the paints' regions

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint) {
            ++paints;
            for (const QRect& r : static_cast<QPaintEvent*>(event)->region())
                area += static_cast<double>(r.width()) * r.height();
        }
        return QObject::eventFilter(watched, event);
    }
};

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double msSince(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int updates = 60;
    const QStringList args = app.arguments();
    if (const auto i = args.indexOf(QStringLiteral("--updates")); i > 0 && i + 1 < args.size())
        updates = args[i + 1].toInt();

    const GraphInputs inputs = generate(1.0);
    std::vector<double> inferMs;
    std::vector<double> layoutMs;
    std::vector<double> totalMs;
    std::vector<double> cpuMs;
    std::vector<double> inferCpuMs;
    ServiceGraph graph;
    const int runs =
        args.contains(QStringLiteral("--quick")) || args.contains(QStringLiteral("--page-only"))
            ? 1
            : 5;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuMs();
        graph = inferServiceGraph(inputs, ServiceNamer(ServiceNamingRules::defaults()),
                                  GraphSettings{});
        const double infer = msSince(t);
        inferCpuMs.push_back(threadCpuMs() - cpu0);
        QElapsedTimer l;
        l.start();
        const GraphLayout layout = layoutServiceGraph(graph);
        const double lay = msSince(l);
        if (!layout.ok() || layout.nodes.size() != static_cast<qsizetype>(graph.nodes.size())) {
            std::fprintf(stderr, "layout failed: %s\n", qPrintable(layout.error));
            return 1;
        }
        cpuMs.push_back(threadCpuMs() - cpu0);
        inferMs.push_back(infer);
        layoutMs.push_back(lay);
        totalMs.push_back(infer + lay);
    }
    if (const auto i = args.indexOf(QStringLiteral("--write-dot")); i > 0 && i + 1 < args.size()) {
        QFile out(args[i + 1]);
        if (out.open(QIODevice::WriteOnly))
            out.write(serviceGraphToDot(graph));
    }
    int services = 0;
    for (const auto& n : graph.nodes)
        services += n.kind == GraphNodeKind::Service ? 1 : 0;
    std::printf("graph: %d services, %d topics, %zu edges\n", services,
                static_cast<int>(graph.nodes.size()) - services, graph.edges.size());
    std::printf("inference:          median %8.1f ms  (min %.1f, max %.1f, n=5)\n", median(inferMs),
                *std::min_element(inferMs.begin(), inferMs.end()),
                *std::max_element(inferMs.begin(), inferMs.end()));
    std::printf("layout (Graphviz):  median %8.1f ms  (min %.1f, max %.1f, n=5)\n",
                median(layoutMs), *std::min_element(layoutMs.begin(), layoutMs.end()),
                *std::max_element(layoutMs.begin(), layoutMs.end()));
    std::printf("inference + layout: median %8.1f ms  (max %.1f)  goal < 1000 ms: %s\n",
                median(totalMs), *std::max_element(totalMs.begin(), totalMs.end()),
                *std::max_element(totalMs.begin(), totalMs.end()) < 1000 ? "MET" : "MISSED");

    std::printf("CPU time of the thread: inference median %.1f ms; inference + layout median "
                "%.1f ms (max %.1f)\n",
                median(inferCpuMs), median(cpuMs), *std::max_element(cpuMs.begin(), cpuMs.end()));
    // The peer: Graphviz's dot CLI on the same text (process start included).
    const QString dotTool = args.contains(QStringLiteral("--page-only"))
                                ? QString()
                                : QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (!dotTool.isEmpty()) {
        QTemporaryFile file;
        if (file.open()) {
            file.write(serviceGraphToDot(graph));
            file.flush();
            std::vector<double> peer;
            for (int run = 0; run < 3; ++run) {
                QElapsedTimer t;
                t.start();
                QProcess dot;
                dot.start(dotTool, {QStringLiteral("-Tplain"), file.fileName()});
                dot.waitForFinished(60000);
                dot.readAllStandardOutput();
                peer.push_back(msSince(t));
            }
            std::printf("peer: dot -Tplain:  median %8.1f ms  -> ours (inference + layout) / dot = "
                        "%.2fx\n",
                        median(peer), median(totalMs) / median(peer));
        }
    } else if (!args.contains(QStringLiteral("--page-only"))) {
        std::printf("peer: dot not installed (apt-get install graphviz)\n");
    }

    // The GUI thread while figures change every second: same structure, new rates and lag.
    GraphPage page;
    page.resize(1920, 1080);
    page.show();
    page.setPageActive(true);
    {
        QSignalSpy shown(&page, &GraphPage::graphShown);
        QElapsedTimer t;
        t.start();
        page.showGraph(std::make_shared<const ServiceGraph>(graph));
        if (!shown.wait(30000)) {
            std::fprintf(stderr, "the page never showed the graph\n");
            return 1;
        }
        std::printf("page: first show (layout off the GUI thread + items): %.1f ms\n", msSince(t));
    }
    // Rates that jump by half from one second to the next: every edge's label and most
    // widths change (the worst case). And rates that move by a percent or two, as on a steady
    // cluster: every label changes, widths hardly.
    const auto makeFrames = [](std::initializer_list<double> scales) {
        std::vector<ServiceGraphPtr> out;
        for (const double scale : scales)
            out.push_back(std::make_shared<const ServiceGraph>(inferServiceGraph(
                generate(scale), ServiceNamer(ServiceNamingRules::defaults()), GraphSettings{})));
        return out;
    };
    const std::vector<ServiceGraphPtr> jumpingFrames = makeFrames({1.0, 1.5, 2.0, 2.5});
    const std::vector<ServiceGraphPtr> steadyFrames = makeFrames({1.0, 1.02, 0.99, 1.01});
    const std::vector<ServiceGraphPtr>* frames = &jumpingFrames;
    // Figure updates, each followed by a forced repaint of the whole page (the worst case), or
    // (scheduled) by the repaint the update itself asks for, which is what the app does: the
    // view repaints what its changed items cover, once the event loop runs.
    PaintCounter paintCounter;
    page.view()->viewport()->installEventFilter(&paintCounter);
    const auto measureUpdates = [&](const char* view, bool scheduled) {
        std::vector<double> updateMs;
        std::vector<double> updateCpuMs;
        std::vector<double> showCpuMs;       // the update without the repaint
        std::vector<double> turnCpuMs;       // per update: the longest event-loop turn, GUI CPU
        std::vector<double> turnWallMs;      // and wall
        std::vector<double> afterLayerCpuMs; // the turns after, up to the layer's repaint
        paintCounter.paints = 0;
        paintCounter.area = 0;
        for (int i = 0; i < updates; ++i) {
            QCoreApplication::processEvents(); // nothing pending from the last round
            QElapsedTimer t;
            t.start();
            const double cpu0 = threadCpuMs();
            page.showGraph((*frames)[static_cast<size_t>(i) % frames->size()]);
            showCpuMs.push_back(threadCpuMs() - cpu0);
            if (!scheduled)
                page.repaint(); // the whole page, whatever changed
            // The scene collects its changed items in a queued call, the view then posts its
            // update request: a few rounds of the event loop deliver the paint.
            for (int round = 0; round < 3; ++round)
                QCoreApplication::processEvents();
            updateMs.push_back(msSince(t));
            updateCpuMs.push_back(threadCpuMs() - cpu0);
            // Then the turns that follow until the view's edge layer (drawn on a pool thread)
            // has arrived and its repaint is done: each processEvents() call on its own, the
            // figure update and the repaint it scheduled above counted as one turn (they are
            // two or three in the app). Waits between them sleep, off the GUI thread's clock.
            double worstTurnCpu = updateCpuMs.back();
            double worstTurnWall = updateMs.back();
            double afterCpu = 0;
            QElapsedTimer settle;
            settle.start();
            int idleRounds = 0;
            while (idleRounds < 3 && settle.elapsed() < 2000) {
                const bool pending = page.view()->isEdgeLayerPending();
                if (pending)
                    QThread::msleep(1);
                QElapsedTimer turn;
                turn.start();
                const double turnCpu0 = threadCpuMs();
                QCoreApplication::processEvents();
                const double turnCpu = threadCpuMs() - turnCpu0;
                worstTurnCpu = std::max(worstTurnCpu, turnCpu);
                worstTurnWall = std::max(worstTurnWall, msSince(turn));
                afterCpu += turnCpu;
                idleRounds = pending || page.view()->isEdgeLayerPending() ? 0 : idleRounds + 1;
            }
            turnCpuMs.push_back(worstTurnCpu);
            turnWallMs.push_back(worstTurnWall);
            afterLayerCpuMs.push_back(afterCpu);
        }
        const double worst = *std::max_element(updateMs.begin(), updateMs.end());
        const QSize viewport = page.view()->viewport()->size();
        const double covered =
            paintCounter.area / (static_cast<double>(viewport.width()) * viewport.height());
        std::printf("page (%s, %s, zoom %.3f%s): figure update + repaint on the GUI thread: "
                    "median %.1f ms, max %.1f ms (n=%d, layouts %d; %d view paints covering %.1f "
                    "views)  goal max < 16 ms: %s\n",
                    view, scheduled ? "repaint it schedules" : "forced full repaint",
                    page.view()->zoom(), page.scene()->isOverview() ? ", overview" : "",
                    median(updateMs), worst, updates, page.layoutCount(), paintCounter.paints,
                    covered, worst < 16 ? "MET" : "MISSED");
        std::printf("page (%s, %s): the same, CPU time of the GUI thread: median %.1f ms, max %.1f "
                    "ms (of which figures without the repaint: median %.1f ms)\n",
                    view, scheduled ? "scheduled" : "forced", median(updateCpuMs),
                    *std::max_element(updateCpuMs.begin(), updateCpuMs.end()), median(showCpuMs));
        std::printf(
            "page (%s, %s): longest event-loop turn per update, up to the edge layer's "
            "repaint: GUI CPU median %.1f ms, max %.1f ms; wall median %.1f ms, max %.1f "
            "ms; the turns after the update: GUI CPU median %.1f ms  goal max < 16 ms: "
            "%s (CPU), %s (wall)\n",
            view, scheduled ? "scheduled" : "forced", median(turnCpuMs),
            *std::max_element(turnCpuMs.begin(), turnCpuMs.end()), median(turnWallMs),
            *std::max_element(turnWallMs.begin(), turnWallMs.end()), median(afterLayerCpuMs),
            *std::max_element(turnCpuMs.begin(), turnCpuMs.end()) < 16 ? "MET" : "MISSED",
            *std::max_element(turnWallMs.begin(), turnWallMs.end()) < 16 ? "MET" : "MISSED");
    };
    measureUpdates("fitted", false);
    measureUpdates("fitted", true);
    // Zoomed in to 100 % (text and labels drawn) over the middle of the graph.
    page.view()->zoomBy(1.0 / page.view()->zoom());
    page.view()->centerOn(page.scene()->sceneRect().center());
    page.repaint();
    // The edge layer for the new transform (drawn on a pool thread): the first 100 % update
    // should not pay for the move.
    QElapsedTimer layerWait;
    layerWait.start();
    do {
        QThread::msleep(5);
        QCoreApplication::processEvents();
    } while (page.view()->isEdgeLayerPending() && layerWait.elapsed() < 3000);
    std::printf("page (100%%): edge layer %s\n",
                page.view()->isEdgeLayerShown() ? "shown" : "not shown");
    measureUpdates("100%", false);
    measureUpdates("100%", true);
    frames = &steadyFrames;
    measureUpdates("100%, steady rates", true);
    return 0;
}
