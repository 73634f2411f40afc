// The Graph page offscreen (no broker): a graph handed in is laid out once per structure and
// drawn left to right; new figures change widths and labels without moving a node; hover dims
// what is neither up- nor downstream; clicks ask for the topic and the group's lag; the
// neighbourhood filter; export to PNG, SVG and DOT.
#include "graph/GraphFilter.h"
#include "graph/GraphFormats.h"
#include "graph/GraphInference.h"
#include "graph/GraphItems.h"
#include "graph/GraphLayout.h"
#include "graph/GraphPage.h"
#include "graph/GraphScene.h"
#include "graph/GraphView.h"
#include "graph/ServiceNaming.h"
#include "graph/VisiblePath.h"

#include <QApplication>
#include <QFile>
#include <QGraphicsSceneMouseEvent>
#include <QImage>
#include <QPainterPathStroker>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cmath>
#include <span>

using namespace streamscope;

namespace {

constexpr qint64 kNow = 1'800'000'000'000;

std::vector<SampledRecord> records(const char* source, int n) {
    std::vector<SampledRecord> out(static_cast<size_t>(n));
    for (auto& r : out) {
        r.timestampMs = kNow - 500;
        r.headers.push_back({"ce_source", source});
    }
    return out;
}

GroupLag group(const char* id, const char* client, const char* topic, qint64 lag,
               LagStatus status) {
    GroupLag g;
    g.groupId = QString::fromLatin1(id);
    g.members.push_back({QStringLiteral("m"),
                         QString::fromLatin1(client),
                         QStringLiteral("/10.0.0.1"),
                         {{QString::fromLatin1(topic), 0}}});
    GroupTopicLag t;
    t.topic = QString::fromLatin1(topic);
    t.totalLag = lag;
    t.consumeRatePerSec = 12;
    PartitionLag p;
    p.topic = t.topic;
    p.lag = lag;
    p.verdict.status = status;
    t.partitions.push_back(p);
    g.topics.push_back(t);
    return g;
}

// A small shop: storefront -> clicks -> analytics; orders -> payment -> payments -> shipping.
ServiceGraphPtr shopGraph(double scale = 1.0) {
    GraphInputs in;
    in.nowMs = kNow;
    auto rates = std::make_shared<ThroughputSnapshot>();
    for (const auto& [name, rate] : std::vector<std::pair<const char*, double>>{
             {"clicks", 150}, {"orders", 40}, {"payments", 38}}) {
        TopicRate t;
        t.topic = QString::fromLatin1(name);
        t.msgsPerSec = rate * scale;
        t.smoothedMsgsPerSec = rate * scale;
        rates->topics.push_back(t);
    }
    std::sort(rates->topics.begin(), rates->topics.end(),
              [](const TopicRate& a, const TopicRate& b) { return a.topic < b.topic; });
    in.rates = rates;
    in.samples = {{QStringLiteral("clicks"), records("storefront", 20), {}},
                  {QStringLiteral("orders"), records("/svc/order-service", 20), {}},
                  {QStringLiteral("payments"), records("payment-service", 20), {}}};
    auto lag = std::make_shared<LagSnapshot>();
    lag->groups = {group("analytics", "analytics-service", "clicks", 10, LagStatus::Ok),
                   group("payment-service", "payment-service", "orders", 5, LagStatus::Ok),
                   group("shipping-service", "shipping-service", "payments",
                         static_cast<qint64>(900 * scale), LagStatus::Warn)};
    in.groups = lag;
    return std::make_shared<const ServiceGraph>(
        inferServiceGraph(in, ServiceNamer(ServiceNamingRules::defaults()), GraphSettings{}));
}

template <typename T> QList<T*> itemsOf(QGraphicsScene* scene) {
    QList<T*> out;
    for (auto* item : scene->items())
        if (auto* typed = dynamic_cast<T*>(item))
            out << typed;
    return out;
}

GraphNodeItem* nodeItem(QGraphicsScene* scene, const QString& id) {
    for (auto* n : itemsOf<GraphNodeItem>(scene))
        if (n->nodeId() == id)
            return n;
    return nullptr;
}

GraphEdgeItem* edgeItem(QGraphicsScene* scene, const QString& from, const QString& to) {
    for (auto* e : itemsOf<GraphEdgeItem>(scene))
        if (e->edge().from == from && e->edge().to == to)
            return e;
    return nullptr;
}

bool showAndWait(GraphPage& page, const ServiceGraphPtr& graph) {
    QSignalSpy shown(&page, &GraphPage::graphShown);
    page.showGraph(graph);
    return !shown.isEmpty() || shown.wait(10000);
}

} // namespace

class TestGraphPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void layoutIsLeftToRightAndStable();
    void figureUpdateRepaintsOnlyChangedEdges();
    void smallRateChangesKeepTheWidth();
    void labelsAreAboveNodesAndOffThem();
    void hoverHighlightsUpAndDownstream();
    void clicksAskForTopicAndLag();
    void neighbourhoodFilter();
    void exportsAllThreeFormats();
    void visiblePartStrokesOnlyWhatTheViewShows();
    void edgesAreDrawnOnTheViewsLayer();

private:
    std::unique_ptr<GraphPage> m_page;
};

void TestGraphPage::init() {
    m_page = std::make_unique<GraphPage>();
    m_page->resize(1280, 800);
    m_page->show();
    m_page->setPageActive(true);
}

void TestGraphPage::layoutIsLeftToRightAndStable() {
    QVERIFY(showAndWait(*m_page, shopGraph()));
    QCOMPARE(m_page->layoutCount(), 1);
    QCOMPARE(itemsOf<GraphNodeItem>(m_page->scene()).size(), 8);
    QCOMPARE(itemsOf<GraphEdgeItem>(m_page->scene()).size(), 6);
    auto x = [&](const char* id) {
        return nodeItem(m_page->scene(), QString::fromLatin1(id))->boundingRect().center().x();
    };
    // Left to right: producer, topic, consumer; a chain keeps going right.
    QVERIFY(x("service:storefront") < x("topic:clicks"));
    QVERIFY(x("topic:clicks") < x("service:analytics-service"));
    QVERIFY(x("topic:orders") < x("service:payment-service"));
    QVERIFY(x("service:payment-service") < x("topic:payments"));
    QVERIFY(x("topic:payments") < x("service:shipping-service"));
    // No two nodes overlap.
    const auto nodes = itemsOf<GraphNodeItem>(m_page->scene());
    for (int i = 0; i < nodes.size(); ++i)
        for (int j = i + 1; j < nodes.size(); ++j)
            QVERIFY(!nodes[i]
                         ->boundingRect()
                         .adjusted(2, 2, -2, -2)
                         .intersects(nodes[j]->boundingRect().adjusted(2, 2, -2, -2)));

    // New figures, same structure: no layout, nothing moves, widths and colours follow.
    const QRectF before =
        nodeItem(m_page->scene(), QStringLiteral("topic:payments"))->boundingRect();
    const double widthBefore = edgeItem(m_page->scene(), QStringLiteral("service:storefront"),
                                        QStringLiteral("topic:clicks"))
                                   ->pen()
                                   .widthF();
    QVERIFY(showAndWait(*m_page, shopGraph(20.0)));
    QCOMPARE(m_page->layoutCount(), 1);
    QCOMPARE(nodeItem(m_page->scene(), QStringLiteral("topic:payments"))->boundingRect(), before);
    auto* clicks = edgeItem(m_page->scene(), QStringLiteral("service:storefront"),
                            QStringLiteral("topic:clicks"));
    QVERIFY(clicks->pen().widthF() > widthBefore);
    QCOMPARE(clicks->edge().msgsPerSec, 3000.0);
    auto* shipping = edgeItem(m_page->scene(), QStringLiteral("topic:payments"),
                              QStringLiteral("service:shipping-service"));
    QCOMPARE(shipping->edge().lag.value_or(0), qint64(18000));
    QCOMPARE(shipping->pen().color(), QColor(lagStatusColorName(LagStatus::Warn)));

    // A new structure: laid out again.
    ServiceGraph grown = *shopGraph();
    grown.nodes.push_back({serviceNodeId(QStringLiteral("zz-audit")),
                           GraphNodeKind::Service,
                           QStringLiteral("zz-audit"),
                           {},
                           {},
                           {},
                           0});
    GraphEdge audit;
    audit.from = topicNodeId(QStringLiteral("payments"));
    audit.to = serviceNodeId(QStringLiteral("zz-audit"));
    audit.kind = GraphEdgeKind::Consume;
    audit.group = QStringLiteral("zz-audit");
    grown.edges.push_back(audit);
    QVERIFY(showAndWait(*m_page, std::make_shared<const ServiceGraph>(grown)));
    QTRY_COMPARE(m_page->layoutCount(), 2);
    QVERIFY(nodeItem(m_page->scene(), QStringLiteral("service:zz-audit")));
    // STREAMSCOPE_GRAPH_SHOT=file.png keeps a picture of the page for a look by eye.
    if (const QString shot = qEnvironmentVariable("STREAMSCOPE_GRAPH_SHOT"); !shot.isEmpty())
        m_page->grab().save(shot);
}

// An update with the same figures dirties nothing; a changed lag status repaints only its edge.
// (A scene without a view reports what it repaints through changed().)
void TestGraphPage::figureUpdateRepaintsOnlyChangedEdges() {
    const ServiceGraphPtr graph = shopGraph();
    const GraphLayout layout = layoutServiceGraph(*graph);
    QVERIFY(layout.ok());
    GraphScene scene;
    scene.rebuild(graph, layout);
    QSignalSpy changed(&scene, &QGraphicsScene::changed);
    QTRY_VERIFY(!changed.isEmpty()); // the first picture
    changed.clear();

    scene.updateFigures(shopGraph()); // equal figures, a new graph object
    QTest::qWait(50);
    QVERIFY(changed.isEmpty() || changed.last().at(0).value<QList<QRectF>>().isEmpty());

    ServiceGraph worse = *graph;
    GraphEdge* shipping = nullptr;
    for (auto& e : worse.edges)
        if (e.to == QStringLiteral("service:shipping-service"))
            shipping = &e;
    QVERIFY(shipping);
    shipping->status = LagStatus::Stall;
    changed.clear(); // what the equal figures reported (nothing) is not this update's
    scene.updateFigures(std::make_shared<const ServiceGraph>(worse));
    QTRY_VERIFY(!changed.isEmpty());
    auto* item = edgeItem(&scene, QStringLiteral("topic:payments"),
                          QStringLiteral("service:shipping-service"));
    QCOMPARE(item->pen().color(), QColor(lagStatusColorName(LagStatus::Stall)));
    // Everything the scene reported since the update (an empty report may follow the first).
    QTest::qWait(50);
    QRectF dirty;
    for (const auto& report : std::as_const(changed))
        for (const QRectF& r : report.at(0).value<QList<QRectF>>())
            dirty |= r;
    QVERIFY(!dirty.isEmpty());
    // Only that edge's area and its label's were repainted, not the other edges'.
    const QRectF edgeAndLabel =
        item->sceneBoundingRect().united(item->labelItem()->sceneBoundingRect());
    QVERIFY2(edgeAndLabel.adjusted(-2, -2, 2, 2).contains(dirty),
             qPrintable(QStringLiteral("dirty %1,%2 %3x%4")
                            .arg(dirty.x())
                            .arg(dirty.y())
                            .arg(dirty.width())
                            .arg(dirty.height())));
}

// Widths are drawn in half-unit steps: a rate that moves by a few percent (every second on a
// steady cluster) changes no width and repaints no edge; a rate ten times higher does.
void TestGraphPage::smallRateChangesKeepTheWidth() {
    const ServiceGraphPtr graph = shopGraph();
    const GraphLayout layout = layoutServiceGraph(*graph);
    QVERIFY(layout.ok());
    GraphScene scene;
    scene.rebuild(graph, layout);
    const GraphEdge* produce = nullptr;
    for (const auto& e : graph->edges)
        if (e.kind == GraphEdgeKind::Produce && e.msgsPerSec > 0)
            produce = &e;
    QVERIFY(produce);
    auto* item = edgeItem(&scene, produce->from, produce->to);
    QVERIFY(item);
    GraphEdge steady = *produce;
    steady.msgsPerSec = std::pow(10.0, 2.0 / 1.6) - 1; // an exact width of 3
    QCOMPARE(edgeWidthForRate(steady.msgsPerSec), 3.0);
    item->setEdge(steady);
    const double width = item->pen().widthF();
    QCOMPARE(width, 3.0);

    GraphEdge slightly = steady;
    slightly.msgsPerSec *= 1.03;
    QVERIFY(!item->setEdge(slightly)); // the label's figure changes, the look does not
    QCOMPARE(item->pen().widthF(), width);

    GraphEdge busier = steady;
    busier.msgsPerSec *= 10;
    QVERIFY(item->setEdge(busier));
    QVERIFY(item->pen().widthF() > width);
    QCOMPARE(std::fmod(item->pen().widthF(), 0.5), 0.0);
}

// Edge labels are drawn above every node and placed where they cover none, in the small shop
// and in a denser graph of 10 services and 40 topics (80 edges, splines routed by dot).
void TestGraphPage::labelsAreAboveNodesAndOffThem() {
    GraphInputs in;
    in.nowMs = kNow;
    auto rates = std::make_shared<ThroughputSnapshot>();
    auto lag = std::make_shared<LagSnapshot>();
    for (int t = 0; t < 40; ++t) {
        const QString topic = QStringLiteral("topic-%1").arg(t, 2, 10, QLatin1Char('0'));
        TopicRate rate;
        rate.topic = topic;
        rate.msgsPerSec = rate.smoothedMsgsPerSec = 10.0 + t;
        rates->topics.push_back(rate);
        const QByteArray producer = "svc-" + QByteArray::number(t % 10);
        in.samples.push_back({topic, records(producer.constData(), 10), {}});
        const QByteArray consumer = "svc-" + QByteArray::number((3 * t + 1) % 10);
        const QByteArray id = consumer + "-g" + QByteArray::number(t);
        lag->groups.push_back(group(id.constData(), consumer.constData(),
                                    topic.toLatin1().constData(), 100 + t, LagStatus::Ok));
    }
    std::sort(lag->groups.begin(), lag->groups.end(),
              [](const GroupLag& a, const GroupLag& b) { return a.groupId < b.groupId; });
    in.rates = rates;
    in.groups = lag;
    const auto dense = std::make_shared<const ServiceGraph>(
        inferServiceGraph(in, ServiceNamer(ServiceNamingRules::defaults()), GraphSettings{}));
    QCOMPARE(dense->edges.size(), std::size_t(80));

    for (const ServiceGraphPtr& graph : {shopGraph(), dense}) {
        const GraphLayout layout = layoutServiceGraph(*graph);
        QVERIFY(layout.ok());
        GraphScene scene;
        scene.rebuild(graph, layout);
        const auto nodes = itemsOf<GraphNodeItem>(&scene);
        const auto edges = itemsOf<GraphEdgeItem>(&scene);
        QCOMPARE(edges.size(), static_cast<qsizetype>(graph->edges.size()));
        for (GraphEdgeItem* edge : edges) {
            GraphEdgeLabelItem* label = edge->labelItem();
            QVERIFY(label->scene() == &scene);
            const QRectF box = label->textBox();
            QVERIFY2(!box.isEmpty(), qPrintable(edge->edge().key()));
            QVERIFY(label->sceneBoundingRect().contains(box));
            for (GraphNodeItem* node : nodes) {
                QVERIFY(label->zValue() > node->zValue());
                QVERIFY2(!box.intersects(node->boundingRect().adjusted(2, 2, -2, -2)),
                         qPrintable(QStringLiteral("label of %1 covers %2")
                                        .arg(edge->edge().key(), node->nodeId())));
            }
        }
    }
}

void TestGraphPage::hoverHighlightsUpAndDownstream() {
    QVERIFY(showAndWait(*m_page, shopGraph()));
    m_page->scene()->highlight(QStringLiteral("service:payment-service"));
    auto opacity = [&](const char* id) {
        return nodeItem(m_page->scene(), QString::fromLatin1(id))->opacity();
    };
    QCOMPARE(opacity("topic:orders"), 1.0); // upstream
    QCOMPARE(opacity("service:order-service"), 1.0);
    QCOMPARE(opacity("topic:payments"), 1.0); // downstream
    QCOMPARE(opacity("service:shipping-service"), 1.0);
    QVERIFY(opacity("service:storefront") < 0.5); // unrelated
    QVERIFY(opacity("service:analytics-service") < 0.5);
    m_page->scene()->highlight({});
    QCOMPARE(opacity("service:storefront"), 1.0);
}

void TestGraphPage::clicksAskForTopicAndLag() {
    QVERIFY(showAndWait(*m_page, shopGraph()));
    QSignalSpy topics(m_page.get(), &GraphPage::topicActivated);
    QSignalSpy lags(m_page.get(), &GraphPage::groupLagRequested);
    GraphView* view = m_page->view();
    auto click = [view](QGraphicsItem* item, QPointF scenePoint) {
        Q_UNUSED(item);
        view->centerOn(scenePoint);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(scenePoint));
    };
    auto* topic = nodeItem(m_page->scene(), QStringLiteral("topic:orders"));
    click(topic, topic->boundingRect().center());
    QCOMPARE(topics.size(), 1);
    QCOMPARE(topics[0][0].toString(), QStringLiteral("orders"));

    auto* edge = edgeItem(m_page->scene(), QStringLiteral("topic:payments"),
                          QStringLiteral("service:shipping-service"));
    click(edge, edge->path().pointAtPercent(0.3));
    QCOMPARE(lags.size(), 1);
    QCOMPARE(lags[0][0].toString(), QStringLiteral("shipping-service"));
    // A produce edge asks for nothing.
    auto* produce = edgeItem(m_page->scene(), QStringLiteral("service:storefront"),
                             QStringLiteral("topic:clicks"));
    click(produce, produce->path().pointAtPercent(0.3));
    QCOMPARE(lags.size(), 1);
    QCOMPARE(topics.size(), 1);
}

void TestGraphPage::neighbourhoodFilter() {
    const ServiceGraphPtr graph = shopGraph();
    const ServiceGraph n = neighbourhoodOf(*graph, QStringLiteral("service:payment-service"));
    QSet<QString> ids;
    for (const auto& node : n.nodes)
        ids.insert(node.id);
    QCOMPARE(ids, (QSet<QString>{QStringLiteral("service:payment-service"),
                                 QStringLiteral("topic:orders"), QStringLiteral("topic:payments"),
                                 QStringLiteral("service:order-service"),
                                 QStringLiteral("service:shipping-service")}));
    QCOMPARE(n.edges.size(), size_t(4));

    QVERIFY(showAndWait(*m_page, graph));
    QSignalSpy shown(m_page.get(), &GraphPage::graphShown);
    m_page->setNeighbourhood(QStringLiteral("service:payment-service"));
    QVERIFY(shown.wait(10000));
    QCOMPARE(itemsOf<GraphNodeItem>(m_page->scene()).size(), 5);
    QVERIFY(!nodeItem(m_page->scene(), QStringLiteral("service:storefront")));
    m_page->setNeighbourhood({});
    QVERIFY(shown.wait(10000));
    QCOMPARE(itemsOf<GraphNodeItem>(m_page->scene()).size(), 8);
}

void TestGraphPage::exportsAllThreeFormats() {
    QVERIFY(showAndWait(*m_page, shopGraph()));
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("g.png"));
    const QString svg = dir.filePath(QStringLiteral("g.svg"));
    const QString dot = dir.filePath(QStringLiteral("g.dot"));
    QVERIFY2(m_page->exportTo(png, QStringLiteral("png"), &error), qPrintable(error));
    QVERIFY2(m_page->exportTo(svg, QStringLiteral("svg"), &error), qPrintable(error));
    QVERIFY2(m_page->exportTo(dot, QStringLiteral("dot"), &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 200);
    // Something was drawn: not every pixel is white.
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; y += 3)
        for (int x = 0; x < image.width() && !drawn; x += 3)
            drawn = image.pixelColor(x, y) != QColor(Qt::white);
    QVERIFY(drawn);
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("<svg"));
    QVERIFY(svgText.contains("payments")); // Graphviz writes "-" as &#45;
    QVERIFY(svgText.contains("shipping&#45;service"));
    QFile dotFile(dot);
    QVERIFY(dotFile.open(QIODevice::ReadOnly));
    const QByteArray dotText = dotFile.readAll();
    QVERIFY(dotText.startsWith("digraph"));
    QVERIFY(dotText.contains("\"topic:payments\" -> \"service:shipping-service\""));
}

// The view strokes its edges on a pool thread into a layer it shows as its background: the
// screen shows every edge in its colour, a new look arrives there after the update, a hovered
// node's highlight dims the other edges on the layer too, and an export still draws the edges.
void TestGraphPage::edgesAreDrawnOnTheViewsLayer() {
    QVERIFY(showAndWait(*m_page, shopGraph()));
    GraphView* view = m_page->view();
    view->zoomBy(1.0 / view->zoom()); // 100 %, where the edges are wide
    QTRY_VERIFY_WITH_TIMEOUT(view->isEdgeLayerShown() && !view->isEdgeLayerPending(), 10000);
    auto* shipping = edgeItem(m_page->scene(), QStringLiteral("topic:payments"),
                              QStringLiteral("service:shipping-service"));
    QVERIFY(shipping);
    view->centerOn(shipping->path().pointAtPercent(0.5));
    QTRY_VERIFY_WITH_TIMEOUT(view->isEdgeLayerShown() && !view->isEdgeLayerPending(), 10000);
    // Whether the screen shows the edge in `color` somewhere along its path (its label covers
    // the middle, so several points are looked at).
    auto showsEdgeIn = [&](const QColor& color) {
        const QImage screen = view->viewport()->grab().toImage();
        const double dpr = screen.devicePixelRatio();
        for (const double at : {0.15, 0.25, 0.35, 0.65, 0.75, 0.85}) {
            const QPoint p = view->mapFromScene(shipping->path().pointAtPercent(at));
            const QColor seen = screen.pixelColor(p * dpr);
            if (std::abs(seen.red() - color.red()) < 40 &&
                std::abs(seen.green() - color.green()) < 40 &&
                std::abs(seen.blue() - color.blue()) < 40)
                return true;
        }
        return false;
    };
    const QColor warn(lagStatusColorName(LagStatus::Warn));
    QVERIFY(showsEdgeIn(warn));

    ServiceGraph worse = *shopGraph();
    for (auto& e : worse.edges)
        if (e.to == QStringLiteral("service:shipping-service"))
            e.status = LagStatus::Stall;
    QVERIFY(showAndWait(*m_page, std::make_shared<const ServiceGraph>(worse)));
    QVERIFY(view->isEdgeLayerPending()); // redrawn off the GUI thread
    const QColor stall(lagStatusColorName(LagStatus::Stall));
    QTRY_VERIFY_WITH_TIMEOUT(!view->isEdgeLayerPending() && showsEdgeIn(stall), 10000);
    QVERIFY(!showsEdgeIn(warn));

    // Dimmed by a highlight elsewhere: not in its full colour any more.
    m_page->scene()->highlight(QStringLiteral("service:storefront"));
    QTRY_VERIFY_WITH_TIMEOUT(!view->isEdgeLayerPending() && view->isEdgeLayerShown(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!showsEdgeIn(stall), 10000);
    m_page->scene()->highlight({});
    QTRY_VERIFY_WITH_TIMEOUT(!view->isEdgeLayerPending() && showsEdgeIn(stall), 10000);

    // An export draws the edges itself (no layer there).
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("g.png"));
    QString error;
    QVERIFY2(m_page->exportTo(png, QStringLiteral("png"), &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    const QRectF source = m_page->scene()->sceneRect();
    bool edgeInImage = false;
    for (const double at : {0.15, 0.25, 0.35, 0.65, 0.75, 0.85}) {
        const QPointF p = (shipping->path().pointAtPercent(at) - source.topLeft()) * 2;
        const QColor seen = image.pixelColor(p.toPoint());
        edgeInImage = edgeInImage || (std::abs(seen.red() - stall.red()) < 40 &&
                                      std::abs(seen.green() - stall.green()) < 40 &&
                                      std::abs(seen.blue() - stall.blue()) < 40);
    }
    QVERIFY(edgeInImage);
}

QTEST_MAIN(TestGraphPage)
void TestGraphPage::visiblePartStrokesOnlyWhatTheViewShows() {
    // A long S-curve from (0, 0) to (10000, 4000), like an edge across a large graph at 100 %.
    QPainterPath edge(QPointF(0, 0));
    edge.cubicTo(QPointF(5000, 0), QPointF(5000, 4000), QPointF(10000, 4000));
    edge.lineTo(QPointF(10000, 9000));

    // Fully visible: unchanged.
    const QRectF everything(-10, -10, 10020, 9020);
    QCOMPARE(visiblePart(edge, everything), edge);

    // A view in the middle of the curve: what is left lies near the view, and every point of
    // the curve inside the view is still on what is left.
    const QRectF view(4500, 1500, 1000, 1000);
    const QPainterPath part = visiblePart(edge, view);
    QVERIFY(!part.isEmpty());
    QVERIFY2(part.controlPointRect().width() < 2500 && part.controlPointRect().height() < 2500,
             qPrintable(QStringLiteral("%1 x %2")
                            .arg(part.controlPointRect().width())
                            .arg(part.controlPointRect().height())));
    QPainterPathStroker stroker;
    stroker.setWidth(2);
    const QPainterPath kept = stroker.createStroke(part);
    int inside = 0;
    for (int i = 0; i <= 1000; ++i) {
        const QPointF onCurve = edge.pointAtPercent(i / 1000.0);
        if (!view.contains(onCurve))
            continue;
        ++inside;
        QVERIFY2(kept.contains(onCurve),
                 qPrintable(QStringLiteral("lost %1, %2").arg(onCurve.x()).arg(onCurve.y())));
    }
    QVERIFY(inside > 10);

    // A view the curve never crosses: nothing to stroke.
    QVERIFY(visiblePart(edge, QRectF(0, 6000, 1000, 1000)).isEmpty());
    // The vertical line alone crosses this one.
    QVERIFY(!visiblePart(edge, QRectF(9900, 6000, 200, 200)).isEmpty());

    // A repaint of two small boxes on the curve (labels whose text changed): what is left is
    // short, lies near them, and still covers every point of the curve inside them.
    const auto boxAt = [](QPointF centre) {
        return QRectF(centre - QPointF(60, 8), QSizeF(120, 16));
    };
    const std::array<QRectF, 2> boxes{boxAt(edge.pointAtPercent(0.25)),
                                      boxAt(edge.pointAtPercent(0.5))};
    const QPainterPath near = visiblePart(edge, boxes);
    QVERIFY(!near.isEmpty());
    QVERIFY2(near.length() < 1000, qPrintable(QString::number(near.length())));
    const QPainterPath nearStroke = stroker.createStroke(near);
    int inBoxes = 0;
    for (int i = 0; i <= 20000; ++i) {
        const QPointF onCurve = edge.pointAtPercent(i / 20000.0);
        if (!boxes[0].contains(onCurve) && !boxes[1].contains(onCurve))
            continue;
        ++inBoxes;
        QVERIFY2(nearStroke.contains(onCurve),
                 qPrintable(QStringLiteral("lost %1, %2").arg(onCurve.x()).arg(onCurve.y())));
    }
    QVERIFY(inBoxes > 2);
    // No box to repaint: nothing to stroke.
    QVERIFY(visiblePart(edge, std::span<const QRectF>()).isEmpty());
}

#include "tst_graphpage.moc"
