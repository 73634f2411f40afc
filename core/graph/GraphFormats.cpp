#include "graph/GraphFormats.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace streamscope {

namespace {

using Json = nlohmann::json;

Json text(const QString& s) {
    return s.toStdString();
}

Json numberOrNull(double value) {
    return std::isnan(value) ? Json(nullptr) : Json(std::round(value * 1000.0) / 1000.0);
}

Json list(const QStringList& items) {
    Json out = Json::array();
    for (const auto& i : items)
        out.push_back(text(i));
    return out;
}

QByteArray dotQuoted(const QString& s) {
    QByteArray out = "\"";
    for (const char c : s.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

// Lines of a label, each escaped, joined by DOT's line break.
QByteArray dotLines(const QStringList& lines) {
    QByteArray out;
    for (const auto& line : lines) {
        const QByteArray quoted = dotQuoted(line);
        out +=
            (out.isEmpty() ? QByteArray() : QByteArray("\\n")) + quoted.mid(1, quoted.size() - 2);
    }
    return '"' + out + '"';
}

QString rateLabel(double msgsPerSec) {
    if (std::isnan(msgsPerSec))
        return {};
    return QString::number(msgsPerSec, 'f', msgsPerSec < 10 ? 1 : 0) + QStringLiteral(" msg/s");
}

} // namespace

QByteArray serviceGraphToJson(const ServiceGraph& graph, bool indented) {
    Json nodes = Json::array();
    for (const auto& n : graph.nodes) {
        Json node = {
            {"id", text(n.id)}, {"kind", text(graphNodeKindName(n.kind))}, {"name", text(n.name)}};
        if (n.kind == GraphNodeKind::Service) {
            node["groups"] = list(n.groups);
            node["client_ids"] = list(n.clientIds);
            node["hosts"] = list(n.hosts);
        } else if (n.kind == GraphNodeKind::Unknown) {
            node["share"] = numberOrNull(n.unknownShare);
        }
        nodes.push_back(std::move(node));
    }
    Json edges = Json::array();
    for (const auto& e : graph.edges) {
        const bool consume = e.kind == GraphEdgeKind::Consume;
        Json edge = {{"from", text(e.from)},
                     {"to", text(e.to)},
                     {"kind", text(graphEdgeKindName(e.kind))},
                     {"msgs_per_s", numberOrNull(e.msgsPerSec)},
                     {"group", consume ? text(e.group) : Json(nullptr)},
                     {"lag", consume && e.lag ? Json(*e.lag) : Json(nullptr)},
                     {"status", consume ? text(lagStatusName(e.status)) : Json(nullptr)},
                     {"idle", e.idle},
                     {"causality_confirmed", e.causalityConfirmed}};
        if (consume)
            edge["inactive"] = e.inactive;
        else
            edge["share"] = numberOrNull(e.share);
        edges.push_back(std::move(edge));
    }
    Json links = Json::array();
    for (const auto& l : graph.causalLinks)
        links.push_back({{"from_topic", text(l.fromTopic)},
                         {"to_topic", text(l.toTopic)},
                         {"service", text(l.service)},
                         {"shared_traces", l.sharedTraces}});
    Json root = {{"nodes", std::move(nodes)},
                 {"edges", std::move(edges)},
                 {"causal_links", std::move(links)},
                 {"notes", list(graph.notes)}};
    return QByteArray::fromStdString(root.dump(indented ? 2 : -1)) + '\n';
}

QString lagStatusColorName(LagStatus status) {
    switch (status) {
    case LagStatus::Ok:
        return QStringLiteral("#2e7d32");
    case LagStatus::Warn:
        return QStringLiteral("#e6a100");
    case LagStatus::Stall:
        return QStringLiteral("#e65100");
    case LagStatus::Stop:
    case LagStatus::Error:
        return QStringLiteral("#c62828");
    case LagStatus::Rewind:
        return QStringLiteral("#6a1b9a");
    case LagStatus::Unknown:
        break;
    }
    return QStringLiteral("#78909c");
}

double edgeWidthForRate(double msgsPerSec) {
    if (std::isnan(msgsPerSec) || msgsPerSec <= 0)
        return 1.0;
    return std::clamp(1.0 + 1.6 * std::log10(1.0 + msgsPerSec), 1.0, 8.0);
}

QByteArray serviceGraphToDot(const ServiceGraph& graph, const DotFonts& fonts) {
    const QByteArray font = "fontname=\"" + fonts.name + '"';
    QByteArray dot = "digraph services {\n"
                     "  rankdir=LR;\n"
                     "  graph [nodesep=0.35, ranksep=0.9, " +
                     font + "];\n  node [" + font +
                     ", fontsize=" + QByteArray::number(fonts.nodePointSize) + "];\n  edge [" +
                     font + ", fontsize=" + QByteArray::number(fonts.edgePointSize) +
                     ", arrowsize=0.7];\n";
    for (const auto& n : graph.nodes) {
        dot += "  " + dotQuoted(n.id) + " [label=" + dotQuoted(n.name);
        switch (n.kind) {
        case GraphNodeKind::Service:
            dot += ", shape=box, style=\"rounded,filled\", fillcolor=\"#e3f2fd\"";
            break;
        case GraphNodeKind::Topic:
            dot += ", shape=cylinder, style=filled, fillcolor=\"#fff8e1\"";
            break;
        case GraphNodeKind::Unknown:
            dot += ", label=" +
                   dotLines({QStringLiteral("unknown producer"),
                             QStringLiteral("%1% of %2")
                                 .arg(std::round(n.unknownShare * 100.0))
                                 .arg(n.name)}) +
                   ", shape=box, style=dashed";
            break;
        }
        dot += "];\n";
    }
    for (const auto& e : graph.edges) {
        const bool consume = e.kind == GraphEdgeKind::Consume;
        QStringList label;
        if (const QString rate = rateLabel(e.msgsPerSec); !rate.isEmpty())
            label << rate;
        if (consume && e.lag)
            label << QStringLiteral("lag %1").arg(*e.lag);
        dot +=
            "  " + dotQuoted(e.from) + " -> " + dotQuoted(e.to) + " [id=" + dotQuoted(e.key()) +
            ", penwidth=" + QByteArray::number(edgeWidthForRate(e.idle ? 0 : e.msgsPerSec), 'f', 2);
        if (consume)
            dot += ", color=" + dotQuoted(lagStatusColorName(e.status));
        if (e.idle || e.inactive)
            dot += ", style=dotted";
        if (!label.isEmpty())
            dot += ", label=" + dotLines(label);
        dot += "];\n";
    }
    return dot + "}\n";
}

} // namespace streamscope
