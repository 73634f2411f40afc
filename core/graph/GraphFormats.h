#pragma once

#include "graph/GraphTypes.h"

#include <QByteArray>
#include <QString>

namespace streamscope {

// The graph as the CLI's JSON contract:
//   {"nodes":[{"id","kind","name", ...}],
//    "edges":[{"from","to","kind","msgs_per_s","group","lag","status", ...}], ...}
// Unknown figures are null; produce edges have a null group, lag and status.
QByteArray serviceGraphToJson(const ServiceGraph& graph, bool indented = true);

// The labels' font in DOT: "Export DOT" names the desktop's sans-serif for people who run `dot`
// with Pango; the page's own layout names what Graphviz's built-in metrics know (GraphLayout).
struct DotFonts {
    QByteArray name = "Sans";
    double nodePointSize = 10;
    double edgePointSize = 8;
};

// The graph in Graphviz DOT, left to right: services as rounded boxes, topics as cylinders,
// unknown producers dashed; edge width from the rate, consume edges coloured by lag status,
// idle edges dotted. The same text the layout reads (with its own fonts) and "Export DOT" writes.
QByteArray serviceGraphToDot(const ServiceGraph& graph, const DotFonts& fonts = {});

// Colour of a lag status on consume edges as "#rrggbb" (shared by DOT and the Graph page).
QString lagStatusColorName(LagStatus status);
// Edge width in points for a rate (log scale, 1 to 8; idle or unknown: 1).
double edgeWidthForRate(double msgsPerSec);

} // namespace streamscope
