#include "graph/GraphLayout.h"

#include "common/ModelsTr.h"
#include "graph/GraphFormats.h"

// Graphviz's accessor macros (ND_coord, ED_spl, ...) are C casts.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wcast-align"
#pragma GCC diagnostic ignored "-Wpedantic"
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>

// The two Graphviz plugins the page needs, linked in (see graphvizContext).
extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
}

#include <algorithm>
#include <memory>
#include <mutex>

namespace streamscope {

namespace {

constexpr double kPointsPerInch = 72.0;
constexpr size_t kBigGraphEdges = 300;

std::mutex& graphvizMutex() {
    static std::mutex mutex;
    return mutex;
}

struct ContextDeleter {
    void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};

// A Graphviz context with the dot layout and the core renderers (svg) only, never the plugins
// installed on the machine. gvContext() would load the Pango text plugin, which measures labels
// through fontconfig on the layout's pool thread while Qt's fonts use fontconfig on the GUI
// thread: ThreadSanitizer caught Pango reading a fontconfig string the GUI thread had just freed.
// Without Pango, Graphviz sizes labels from its built-in Helvetica metrics (see
// builtInMetricsFonts); the page fits its own Qt-drawn labels into the boxes it gets.
std::unique_ptr<GVC_t, ContextDeleter> graphvizContext() {
    static lt_symlist_t builtins[] = {
        {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
        {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
        {nullptr, nullptr}};
    return std::unique_ptr<GVC_t, ContextDeleter>(gvContextPlugins(builtins, 0));
}

// Graphviz's built-in text metrics know Times, Courier and Helvetica; the sans-serif labels are
// closest to Helvetica's. The page draws them in the desktop's sans-serif (DejaVu Sans on
// Debian), about 15 % wider than Helvetica at the same size, so Graphviz measures them one step
// up (the export's sizes times 1.15): the boxes then hold the page's own labels at the size it
// prefers instead of a shrunken one. Written into the DOT the layout reads, so every node and
// edge carries them: the fonts also set how long dot's positioning takes (with "Sans" 10/8 pt,
// which the estimate resolves to Times, the network simplex's initial tree took 1.5 s instead
// of 0.3 s on the benchmark's 1,000 edges; bench/RESULTS.md, 2026-12-03 14:00).
const DotFonts& builtInMetricsFonts() {
    static const DotFonts fonts{"Helvetica", 11.5, 9.2};
    return fonts;
}

struct GraphDeleter {
    void operator()(Agraph_t* g) const { agclose(g); }
};

// Graphviz's y axis points up; the scene's down.
QPointF toScene(pointf p, double top) {
    return {p.x, top - p.y};
}

// Without splines (big graphs) an edge is a horizontal S-curve from the tail's right side to the
// head's left side: the drawing stays left to right and costs nothing to route.
EdgeGeometry straightEdge(const QRectF& from, const QRectF& to) {
    EdgeGeometry geometry;
    const QPointF start(from.right(), from.center().y());
    const QPointF tip(to.left(), to.center().y());
    const QPointF end(tip.x() - 9, tip.y());
    const double bend = std::max(20.0, (end.x() - start.x()) / 2);
    geometry.path.moveTo(start);
    geometry.path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end);
    geometry.arrowTip = tip;
    geometry.labelAt = geometry.path.pointAtPercent(0.5);
    return geometry;
}

void readEdge(Agedge_t* e, double top, GraphLayout& layout) {
    char* id = agget(e, const_cast<char*>("id"));
    if (!id || !*id)
        return;
    const QString key = QString::fromUtf8(id);
    if (!ED_spl(e) || ED_spl(e)->size < 1 || ED_spl(e)->list[0].size < 1) {
        const QRectF from = layout.nodes.value(QString::fromUtf8(agnameof(agtail(e))));
        const QRectF to = layout.nodes.value(QString::fromUtf8(agnameof(aghead(e))));
        layout.edges.insert(key, straightEdge(from, to));
        return;
    }
    const bezier& bz = ED_spl(e)->list[0];
    EdgeGeometry geometry;
    geometry.path.moveTo(toScene(bz.list[0], top));
    for (int i = 1; i + 2 < bz.size; i += 3)
        geometry.path.cubicTo(toScene(bz.list[i], top), toScene(bz.list[i + 1], top),
                              toScene(bz.list[i + 2], top));
    geometry.arrowTip = bz.eflag ? toScene(bz.ep, top) : geometry.path.currentPosition();
    if (ED_label(e) && ED_label(e)->set)
        geometry.labelAt = toScene(ED_label(e)->pos, top);
    else
        geometry.labelAt = geometry.path.pointAtPercent(0.5);
    layout.edges.insert(key, std::move(geometry));
}

// Big graphs trade crossing minimisation and spline routing for time: at 1,000 edges dot's
// defaults take seconds, these settings a few hundred ms (bench/RESULTS.md).
void limitEffort(Agraph_t* g, size_t edges) {
    if (edges < kBigGraphEdges)
        return;
    agattr(g, AGRAPH, const_cast<char*>("mclimit"), const_cast<char*>("0.05"));
    agattr(g, AGRAPH, const_cast<char*>("nslimit"), const_cast<char*>("0.5"));
    agattr(g, AGRAPH, const_cast<char*>("nslimit1"), const_cast<char*>("0.5"));
    agattr(g, AGRAPH, const_cast<char*>("splines"), const_cast<char*>("false"));
}

} // namespace

GraphLayout layoutServiceGraph(const ServiceGraph& graph) {
    GraphLayout layout;
    layout.structureKey = graph.structureKey();
    if (graph.nodes.empty())
        return layout;
    const QByteArray dot = serviceGraphToDot(graph, builtInMetricsFonts());

    std::lock_guard lock(graphvizMutex());
    std::unique_ptr<GVC_t, ContextDeleter> gvc = graphvizContext();
    std::unique_ptr<Agraph_t, GraphDeleter> g(agmemread(dot.constData()));
    if (!gvc || !g) {
        layout.error = ModelsTr::tr("Graphviz could not read the graph.");
        return layout;
    }
    limitEffort(g.get(), graph.edges.size());
    if (gvLayout(gvc.get(), g.get(), "dot") != 0) {
        layout.error = ModelsTr::tr("Graphviz could not lay out the graph.");
        return layout;
    }
    const boxf bb = GD_bb(g.get());
    const double top = bb.UR.y;
    layout.bounds = QRectF(QPointF(bb.LL.x, 0), QPointF(bb.UR.x, bb.UR.y - bb.LL.y));
    for (Agnode_t* n = agfstnode(g.get()); n; n = agnxtnode(g.get(), n)) {
        const QPointF centre = toScene(ND_coord(n), top);
        const double w = ND_width(n) * kPointsPerInch;
        const double h = ND_height(n) * kPointsPerInch;
        layout.nodes.insert(QString::fromUtf8(agnameof(n)),
                            QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h));
    }
    for (Agnode_t* n = agfstnode(g.get()); n; n = agnxtnode(g.get(), n))
        for (Agedge_t* e = agfstout(g.get(), n); e; e = agnxtout(g.get(), e))
            readEdge(e, top, layout);
    gvFreeLayout(gvc.get(), g.get());
    return layout;
}

QByteArray renderServiceGraphSvg(const ServiceGraph& graph) {
    const QByteArray dot = serviceGraphToDot(graph, builtInMetricsFonts());
    std::lock_guard lock(graphvizMutex());
    std::unique_ptr<GVC_t, ContextDeleter> gvc = graphvizContext();
    std::unique_ptr<Agraph_t, GraphDeleter> g(agmemread(dot.constData()));
    if (!gvc || !g)
        return {};
    limitEffort(g.get(), graph.edges.size());
    if (gvLayout(gvc.get(), g.get(), "dot") != 0)
        return {};
    char* data = nullptr;
    unsigned int length = 0;
    QByteArray svg;
    if (gvRenderData(gvc.get(), g.get(), "svg", &data, &length) == 0 && data)
        svg = QByteArray(data, static_cast<qsizetype>(length));
    gvFreeRenderData(data);
    gvFreeLayout(gvc.get(), g.get());
    return svg;
}

} // namespace streamscope

#pragma GCC diagnostic pop
