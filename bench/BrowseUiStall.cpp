// The Browse page's GUI thread with 1,000,000 messages (issue 8: "the GUI never stalls over 50 ms
// while loading, filtering or sorting the million"; the UI brief's bar is one frame, 16 ms).
// The page's parts on screen (BrowseMessageModel in a QTableView, the VolumeTimeline, the
// selection kept across re-filters) over a MessageStore that a writer thread fills with ~200-byte
// JSON messages at full speed, as a fetch does. A 5 ms precise timer on the GUI thread records
// every gap between its firings: wall time (how long the event loop did not turn) and the GUI
// thread's own CPU time in that gap (work we can fix, as opposed to waiting for a core on a
// shared machine). Phases: load, a JSON filter with a selection kept, a large sort, clearing
// the filter, and re-filtering with all million rows selected.
// Usage: streamscope-bench-browse-ui [--messages N]   (QT_QPA_PLATFORM=offscreen or xvfb-run)
#include "BenchStats.h"
#include "StallMeter.h"
#include "browse/BrowseMessageModel.h"
#include "browse/Filter.h"
#include "browse/MessageStore.h"
#include "browse/RefilterSelection.h"
#include "browse/VolumeTimeline.h"
#include "common/TableSetup.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>
#include <functional>

using namespace streamscope;

namespace {

QTextStream out(stdout);

QByteArray payload(int i) {
    static const char* const types[] = {"order", "payment", "refund", "shipment"};
    QByteArray p = "{\"id\":" + QByteArray::number(i) + ",\"type\":\"" + types[i % 4] +
                   "\",\"customer\":\"c-" + QByteArray::number(i % 5000).rightJustified(5, '0') +
                   "\",\"amount\":" + QByteArray::number((i % 100000) / 100.0, 'f', 2) +
                   ",\"currency\":\"EUR\",\"note\":\"";
    while (p.size() < 196)
        p += char('a' + (i + p.size()) % 26);
    p += "\"}";
    return p;
}

// One table row of a phase's figures.
void report(const bench::StallMeter::Result& r) {
    out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
               .arg(r.phase)
               .arg(r.tookMs, 0, 'f', 0)
               .arg(r.worstWallMs, 0, 'f', 1)
               .arg(r.cpuOfWorstWallMs, 0, 'f', 1)
               .arg(r.worstCpuMs, 0, 'f', 1)
               .arg(r.over16);
    out.flush();
}

// Runs the event loop until done() holds (or 300 s).
void waitUntil(const std::function<bool()>& done) {
    bench::runEventLoopUntil(done, 300000);
}

std::shared_ptr<const CompiledFilter> compile(const QString& expression) {
    auto filter = CompiledFilter::compile(expression);
    return std::make_shared<const CompiledFilter>(std::move(*filter));
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    int messages = 1000000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--messages"));
        i > 0 && i + 1 < args.size())
        messages = args[i + 1].toInt();

    QWidget window;
    auto* timeline = new VolumeTimeline(&window);
    auto* table = new QTableView(&window);
    auto* model = new BrowseMessageModel(&window);
    table->setModel(model);
    setUpDataTable(table);
    keepHeaderOutOfSelection(table); // as the Browse page does
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    new RefilterSelection(table, model);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(timeline, 1);
    layout->addWidget(table, 4);
    window.resize(1280, 800);
    window.show();

    auto store = std::make_shared<MessageStore>(QStringLiteral("bench-browse-ui"));
    model->setStore(store);
    timeline->setStore(store);
    model->setDraining(true);
    QTimer timelineTimer; // the page recounts every second while loading
    timelineTimer.setInterval(1000);
    QObject::connect(&timelineTimer, &QTimer::timeout, timeline,
                     [&] { timeline->setMatches(model->matchedRows()); });
    // As the page does: a re-filter hands the model's matches to the timeline.
    QObject::connect(model, &BrowseMessageModel::refiltered, timeline,
                     [&] { timeline->setMatches(model->matchedRows()); });
    timelineTimer.start();

    out << "Browse page GUI thread with " << messages << " messages, load " << bench::loadAverage()
        << "\n\n| phase | took ms | worst stall ms | GUI CPU in it ms | worst GUI CPU per gap ms | "
           "stalls > 16 ms |\n|---|---|---|---|---|---|\n";
    out.flush();
    bench::StallMeter meter;

    // 1. Load: a writer thread appends at full speed, the model drains every 40 ms.
    std::atomic_bool written{false};
    const qint64 base = 1764669600000;
    QThread* writer = QThread::create([&] {
        for (int i = 0; i < messages; ++i) {
            ConsumedRecord r;
            r.topic = QStringLiteral("bench-browse-ui");
            r.partition = i % 3;
            r.offset = i / 3;
            r.timestampMs = base + i;
            r.key = "c-" + QByteArray::number(i % 5000);
            r.value = payload(i);
            r.headers.push_back({"source", "bench"});
            if (!store->append(r))
                break;
        }
        written.store(true);
    });
    meter.start(QStringLiteral("load"));
    writer->start();
    waitUntil([&] { return written.load() && model->rowCount() == int(store->size()); });
    report(meter.stop());
    writer->wait();
    delete writer;
    timelineTimer.stop();
    timeline->setMatches(model->matchedRows());
    waitUntil([&] { return timeline->histogram().rows == store->size(); });

    // 2. A JSON filter with three messages selected (they match: kept and scrolled to).
    QItemSelection chosen;
    for (int row : {4, 400000, 800000})
        if (row < model->rowCount())
            chosen.select(model->index(row, 0), model->index(row, 0));
    table->selectionModel()->select(chosen, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    meter.start(QStringLiteral("filter value.type == \"order\" (3 selected kept)"));
    bool refiltered = false;
    auto once = QObject::connect(model, &BrowseMessageModel::refiltered, &window,
                                 [&] { refiltered = true; });
    const auto order = compile(QStringLiteral("value.type == \"order\""));
    model->setFilter(order);
    waitUntil([&] { return refiltered && timeline->histogram().filtered && !model->isBusy(); });
    report(meter.stop());
    out << "<!-- rows " << model->rowCount() << ", selected "
        << table->selectionModel()->selectedRows().size() << " -->\n";

    // 3. A large sort (on a worker) keeping the selection.
    bool sorted = false;
    auto sortedOnce =
        QObject::connect(model, &BrowseMessageModel::sorted, &window, [&] { sorted = true; });
    meter.start(QStringLiteral("sort by value, descending"));
    table->sortByColumn(BrowseMessageModel::Value, Qt::DescendingOrder);
    waitUntil([&] { return sorted && !model->isBusy(); });
    report(meter.stop());
    QObject::disconnect(sortedOnce);

    // 4. Clear the filter.
    refiltered = false;
    meter.start(QStringLiteral("clear the filter"));
    model->setFilter(nullptr);
    waitUntil([&] { return refiltered && !timeline->histogram().filtered && !model->isBusy(); });
    report(meter.stop());

    // 5. Everything selected, then a filter: a quarter of a million kept selected.
    table->selectAll();
    refiltered = false;
    meter.start(QStringLiteral("filter with all rows selected"));
    const auto refund = compile(QStringLiteral("value.type == \"refund\""));
    model->setFilter(refund);
    waitUntil([&] { return refiltered && timeline->histogram().filtered && !model->isBusy(); });
    // The selection is put back in the same turn as the reset; let the view settle and paint.
    QElapsedTimer settle;
    settle.start();
    waitUntil([&] { return settle.elapsed() > 200; });
    report(meter.stop());
    QObject::disconnect(once);
    out << "<!-- rows " << model->rowCount() << ", selected ranges "
        << table->selectionModel()->selection().size() << " -->\n";
    return 0;
}
