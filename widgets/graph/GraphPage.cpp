#include "graph/GraphPage.h"

#include "common/DrawnIcon.h"
#include "common/StateBanner.h"
#include "graph/GraphEngine.h"
#include "graph/GraphFilter.h"
#include "graph/GraphFormats.h"
#include "graph/GraphScene.h"
#include "graph/GraphView.h"
#include "graph/GroupSource.h"
#include "graph/NamingRulesDialog.h"
#include "lag/LagMonitor.h"
#include "session/ClusterSession.h"
#include "session/SessionServices.h"
#include "throughput/ThroughputTracker.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTime>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace streamscope {

namespace {

const QString kRulesKey = QStringLiteral("namingRules");
const QString kExpiryKey = QStringLiteral("expiryMinutes");
constexpr int kDefaultExpiryMinutes = 10;

QIcon graphIcon(const QColor& color) {
    return drawnIcon({16, 24, 32, 48}, [&color](QPainter& painter, int size) {
        const qreal u = size / 16.0;
        painter.setPen(QPen(color, 1.3 * u));
        painter.drawLine(QPointF(4 * u, 8 * u), QPointF(12 * u, 4 * u));
        painter.drawLine(QPointF(4 * u, 8 * u), QPointF(12 * u, 12 * u));
        painter.setBrush(color);
        painter.drawEllipse(QPointF(3.5 * u, 8 * u), 2.2 * u, 2.2 * u);
        painter.drawRect(QRectF(10 * u, 2 * u, 4.5 * u, 4 * u));
        painter.drawRect(QRectF(10 * u, 10 * u, 4.5 * u, 4 * u));
    });
}

} // namespace

GraphPage::GraphPage(QWidget* parent)
    : ClusterPage(parent)
    , m_scene(new GraphScene(this))
    , m_view(new GraphView(m_scene, this))
    , m_banner(new StateBanner(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_neighbourhood(new QComboBox(this))
    , m_expiry(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_layoutRunner(this) {
    setObjectName(QStringLiteral("graphPage"));
    registerGraphMetaTypes();

    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(tr("Fit"), m_view, &GraphView::fit)->setToolTip(tr("Show the whole graph"));
    toolbar->addAction(tr("Zoom in"), this, [this] { m_view->zoomBy(1.25); });
    toolbar->addAction(tr("Zoom out"), this, [this] { m_view->zoomBy(0.8); });
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Show:"), this));
    m_neighbourhood->setObjectName(QStringLiteral("graphNeighbourhood"));
    m_neighbourhood->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_neighbourhood->setToolTip(tr("The neighbourhood of one service: the topics it produces to "
                                   "and consumes from, with their producers and consumers."));
    m_neighbourhood->addItem(tr("All services"), QString());
    toolbar->addWidget(m_neighbourhood);
    toolbar->addSeparator();
    toolbar->addWidget(new QLabel(tr("Idle edges expire after"), this));
    m_expiry->setRange(1, 24 * 60);
    m_expiry->setValue(kDefaultExpiryMinutes);
    m_expiry->setSuffix(tr(" min"));
    toolbar->addWidget(m_expiry);
    toolbar->addSeparator();
    toolbar->addAction(tr("Naming rules…"), this, &GraphPage::editRules);
    auto* exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("PNG image…"), this,
                          [this] { exportWithDialog(QStringLiteral("png")); });
    exportMenu->addAction(tr("SVG drawing…"), this,
                          [this] { exportWithDialog(QStringLiteral("svg")); });
    exportMenu->addAction(tr("Graphviz DOT…"), this,
                          [this] { exportWithDialog(QStringLiteral("dot")); });
    exportButton->setMenu(exportMenu);
    toolbar->addWidget(exportButton);

    m_summary->setObjectName(QStringLiteral("graphSummary"));
    m_empty->setObjectName(QStringLiteral("graphEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    m_banner->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_banner);
    auto* summaryRow = new QHBoxLayout;
    summaryRow->setContentsMargins(8, 4, 8, 4);
    summaryRow->addWidget(m_summary, 1);
    layout->addLayout(summaryRow);
    layout->addWidget(m_stack, 1);

    connect(m_neighbourhood, &QComboBox::activated, this,
            [this](int index) { setNeighbourhood(m_neighbourhood->itemData(index).toString()); });
    connect(m_expiry, &QSpinBox::valueChanged, this, [this] { applySettingsToEngine(); });
    connect(m_view, &GraphView::zoomChanged, m_scene, &GraphScene::setViewZoom);
    connect(m_scene, &GraphScene::topicActivated, this, &GraphPage::topicActivated);
    connect(m_scene, &GraphScene::groupActivated, this, &GraphPage::groupLagRequested);
    connect(m_scene, &GraphScene::serviceActivated, this, &GraphPage::setNeighbourhood);
    updateState();
}

GraphPage::~GraphPage() = default;

QString GraphPage::pageTitle() const {
    return tr("Graph");
}

QIcon GraphPage::pageIcon() const {
    return graphIcon(palette().color(QPalette::Text));
}

void GraphPage::setSession(ClusterSession* session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &ClusterSession::stateChanged, this, &GraphPage::updateState);
    updateState();
}

void GraphPage::setServices(SessionServices* services) {
    m_generation.advance(); // whatever the old engine still has queued is dropped
    m_engine.reset();
    m_graph.reset();
    m_pending.reset();
    m_layoutRunner.cancel();
    m_layoutRequested.clear();
    m_scene->rebuild(std::make_shared<const ServiceGraph>(), {});
    m_fitPending = true;
    if (services) {
        ThroughputTracker* tracker = &services->throughput();
        m_engine = std::make_unique<GraphEngine>(
            m_session ? m_session->profile() : ConnectionProfile{},
            [tracker] { return tracker->latest(); },
            std::make_shared<LagMonitorGroupSource>(services->lag()));
        applySettingsToEngine();
        const Generation::Tag tag = m_generation.current();
        connect(m_engine.get(), &GraphEngine::updated, this,
                [this, tag](const ServiceGraphPtr& graph) {
                    if (m_generation.isCurrent(tag))
                        onGraph(graph);
                });
        m_engine->setPaused(!isPageActive());
        m_engine->start();
    }
    updateServiceChoice();
    updateState();
}

void GraphPage::setPageActive(bool active) {
    ClusterPage::setPageActive(active);
    if (m_engine)
        m_engine->setPaused(!active);
    if (active && m_pending) {
        m_graph = std::exchange(m_pending, nullptr);
        present();
    }
}

void GraphPage::saveSettings(QSettings& settings) const {
    settings.setValue(kRulesKey, m_rules.toText());
    settings.setValue(kExpiryKey, m_expiry->value());
}

void GraphPage::restoreSettings(const QSettings& settings) {
    if (settings.contains(kRulesKey)) {
        // Rules that no longer parse (edited by hand) fall back to the defaults.
        auto parsed = ServiceNamingRules::parse(settings.value(kRulesKey).toString());
        m_rules = parsed ? std::move(*parsed) : ServiceNamingRules::defaults();
    }
    m_expiry->setValue(settings.value(kExpiryKey, kDefaultExpiryMinutes).toInt());
    applySettingsToEngine();
}

void GraphPage::applySettingsToEngine() {
    if (!m_engine)
        return;
    GraphEngineSettings settings = m_engine->settings();
    settings.graph.expiryMs = static_cast<qint64>(m_expiry->value()) * 60 * 1000;
    m_engine->setSettings(settings);
    m_engine->setNamingRules(m_rules);
}

void GraphPage::onGraph(const ServiceGraphPtr& graph) {
    if (!isPageActive()) {
        m_pending = graph;
        return;
    }
    m_graph = graph;
    present();
}

void GraphPage::showGraph(const ServiceGraphPtr& graph) {
    onGraph(graph);
}

void GraphPage::setNeighbourhood(const QString& serviceId) {
    m_neighbourhoodId = serviceId;
    const int index = m_neighbourhood->findData(serviceId);
    if (index >= 0)
        m_neighbourhood->setCurrentIndex(index);
    m_fitPending = true;
    present();
}

// Shows m_graph: figures at once when the structure is the one drawn, else a new layout first.
void GraphPage::present() {
    updateServiceChoice();
    updateState();
    if (!m_graph)
        return;
    // The whole graph is shared, not copied: only a neighbourhood makes a new one.
    const ServiceGraphPtr filtered = drawnGraph();
    const QString key = filtered->structureKey();
    if (key == m_scene->structureKey() && !m_scene->isEmpty()) {
        m_scene->updateFigures(filtered);
        Q_EMIT graphShown();
        return;
    }
    if (key == m_layoutRequested && m_layoutRunner.isBusy())
        return; // that layout is under way; its result shows the newest figures
    m_layoutRequested = key;
    m_layoutRunner.submit(
        [filtered](const CancelToken&) {
            return std::make_shared<const GraphLayout>(layoutServiceGraph(*filtered));
        },
        [this](GraphLayoutPtr layout) {
            ++m_layoutCount;
            // The figures may have moved on while Graphviz worked: draw the newest ones.
            applyLayout(drawnGraph(), layout);
        });
}

ServiceGraphPtr GraphPage::drawnGraph() const {
    if (m_neighbourhoodId.isEmpty())
        return m_graph;
    return std::make_shared<const ServiceGraph>(neighbourhoodOf(*m_graph, m_neighbourhoodId));
}

void GraphPage::applyLayout(const ServiceGraphPtr& filtered, const GraphLayoutPtr& layout) {
    m_scene->rebuild(filtered, *layout);
    m_view->miniMap()->refit();
    if (filtered->structureKey() != layout->structureKey)
        present(); // the structure changed again meanwhile: lay that out too
    if (!layout->ok())
        m_banner->showMessage(QColor(0xc6, 0x28, 0x28), layout->error, false);
    if (m_fitPending && !m_scene->isEmpty()) {
        m_view->fit();
        m_fitPending = false;
    }
    updateState();
    Q_EMIT graphShown();
}

void GraphPage::updateServiceChoice() {
    QStringList services;
    if (m_graph)
        for (const auto& n : m_graph->nodes)
            if (n.kind == GraphNodeKind::Service)
                services << n.id;
    QStringList shown;
    for (int i = 1; i < m_neighbourhood->count(); ++i)
        shown << m_neighbourhood->itemData(i).toString();
    if (!m_neighbourhoodId.isEmpty() && !services.contains(m_neighbourhoodId))
        services << m_neighbourhoodId; // chosen: stays listed while it is gone
    services.sort();
    if (services == shown)
        return;
    m_neighbourhood->blockSignals(true);
    while (m_neighbourhood->count() > 1)
        m_neighbourhood->removeItem(1);
    for (const auto& id : services)
        m_neighbourhood->addItem(tr("Neighbourhood of %1").arg(id.section(u':', 1)), id);
    m_neighbourhood->setCurrentIndex(std::max(0, m_neighbourhood->findData(m_neighbourhoodId)));
    m_neighbourhood->blockSignals(false);
}

void GraphPage::updateState() {
    QString emptyText;
    if (!m_graph && !m_session)
        emptyText = tr("Not connected. Connect to a cluster to see which services produce to and "
                       "consume from which topics.");
    else if (!m_graph)
        emptyText = tr("Inferring the graph: reading the newest records of each topic and the "
                       "consumer groups. The first picture comes within a few seconds.");
    else if (m_graph->nodes.empty())
        emptyText = tr("No traffic seen yet: no topic has recent records and no consumer group "
                       "reads any topic.");
    else if (!m_neighbourhoodId.isEmpty() && !m_graph->findNode(m_neighbourhoodId))
        emptyText = tr("%1 has no edges any more (its traffic expired). Choose \"All services\".")
                        .arg(m_neighbourhoodId.section(u':', 1));
    m_empty->setText(emptyText);
    m_stack->setCurrentWidget(emptyText.isEmpty() ? static_cast<QWidget*>(m_view) : m_empty);
    if (!m_graph) {
        m_summary->clear();
        m_banner->hide();
        return;
    }
    int services = 0;
    int topics = 0;
    int idle = 0;
    for (const auto& n : m_graph->nodes) {
        services += n.kind == GraphNodeKind::Service ? 1 : 0;
        topics += n.kind == GraphNodeKind::Topic ? 1 : 0;
    }
    for (const auto& e : m_graph->edges)
        idle += e.idle ? 1 : 0;
    m_summary->setText(
        tr("%1 services, %2 topics, %3 edges (%4 idle), %5 trace-confirmed hops; updated %6. "
           "Hover a node for its up- and downstream; click a topic to open it, a consumer edge "
           "for its lag.")
            .arg(services)
            .arg(topics)
            .arg(m_graph->edges.size())
            .arg(idle)
            .arg(m_graph->causalLinks.size())
            .arg(QDateTime::fromMSecsSinceEpoch(m_graph->builtAtMs)
                     .time()
                     .toString(QStringLiteral("HH:mm:ss"))));
    m_summary->setWordWrap(true);
    if (m_graph->notes.isEmpty())
        m_banner->hide();
    else
        m_banner->showMessage(QColor(0xe0, 0x9b, 0x1a), m_graph->notes.join(u'\n'), false);
}

void GraphPage::editRules() {
    NamingRulesDialog dialog(m_rules, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_rules = dialog.rules();
    applySettingsToEngine();
    if (m_engine)
        m_engine->refreshSoon();
}

bool GraphPage::exportTo(const QString& path, const QString& format, QString* error) const {
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_graph)
        return fail(tr("There is no graph to export yet."));
    const ServiceGraph shown =
        m_neighbourhoodId.isEmpty() ? *m_graph : neighbourhoodOf(*m_graph, m_neighbourhoodId);
    QByteArray bytes;
    if (format == u"dot") {
        bytes = serviceGraphToDot(shown);
    } else if (format == u"svg") {
        bytes = renderServiceGraphSvg(shown);
        if (bytes.isEmpty())
            return fail(tr("Graphviz could not draw the graph as SVG."));
    } else {
        const QRectF source = m_scene->sceneRect();
        QImage image((source.size() * 2).toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        // Every item with its text at twice the size, whatever the view's zoom.
        const bool overview = m_scene->isOverview();
        m_scene->setOverview(false);
        m_scene->render(&painter, QRectF(QPointF(0, 0), source.size() * 2), source);
        m_scene->setOverview(overview);
        painter.end();
        if (!image.save(path, "PNG"))
            return fail(tr("Could not write %1.").arg(path));
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("Could not write %1: %2").arg(path, file.errorString()));
    return true;
}

void GraphPage::exportWithDialog(const QString& format) {
    const QString filter = format == u"png"   ? tr("PNG images (*.png)")
                           : format == u"svg" ? tr("SVG drawings (*.svg)")
                                              : tr("Graphviz files (*.dot *.gv)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export the graph"),
                                                QStringLiteral("service-graph.") + format, filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, format, &error))
        m_banner->showMessage(QColor(0xc6, 0x28, 0x28), error, false);
}

} // namespace streamscope
