#pragma once

#include "common/Generation.h"
#include "common/LatestOnlyRunner.h"
#include "graph/GraphLayout.h"
#include "graph/GraphTypes.h"
#include "graph/ServiceNaming.h"
#include "shell/ClusterPage.h"

#include <memory>

class QComboBox;
class QLabel;
class QSpinBox;
class QStackedWidget;

namespace streamscope {

class GraphEngine;
class GraphScene;
class GraphView;
class StateBanner;

// The Graph page: services -> topics -> services, inferred from live traffic (core/graph) and
// laid out by Graphviz off the GUI thread, only when the structure changes; figures update in
// place. Hover highlights a node's up- and downstream; clicking a topic asks to open it
// (topicActivated), clicking a consume edge asks for the group's lag (groupLagRequested);
// MainWindow wires both. A neighbourhood filter shows one service and its topics' producers and
// consumers. Export to PNG, SVG and DOT.
//
// The page owns the session's GraphEngine (rates from the throughput tracker, groups from the
// lag monitor); it samples records only while the page is shown.
class GraphPage : public ClusterPage {
    Q_OBJECT
public:
    explicit GraphPage(QWidget* parent = nullptr);
    ~GraphPage() override;

    QString pageTitle() const override;
    QIcon pageIcon() const override;
    void setSession(ClusterSession* session) override;
    void setServices(SessionServices* services) override;
    void setPageActive(bool active) override;
    void saveSettings(QSettings& settings) const override;
    void restoreSettings(const QSettings& settings) override;

    // Shows this graph as if the engine had published it (tests, benchmarks).
    void showGraph(const ServiceGraphPtr& graph);
    // "" = every service; else a service node id.
    void setNeighbourhood(const QString& serviceId);
    // Writes the shown graph as "png", "svg" or "dot"; false with a message in *error.
    bool exportTo(const QString& path, const QString& format, QString* error = nullptr) const;

    ServiceGraphPtr shownGraph() const { return m_graph; }
    GraphScene* scene() const { return m_scene; }
    GraphView* view() const { return m_view; }
    // Layouts computed so far (one per structure change).
    int layoutCount() const { return m_layoutCount; }

Q_SIGNALS:
    void topicActivated(const QString& topic);
    void groupLagRequested(const QString& group);
    // Each time a graph (and its layout, when the structure changed) is on screen.
    void graphShown();

private:
    void onGraph(const ServiceGraphPtr& graph);
    void present();
    void applyLayout(const ServiceGraphPtr& filtered, const GraphLayoutPtr& layout);
    // m_graph, or the chosen service's neighbourhood of it.
    ServiceGraphPtr drawnGraph() const;
    void updateServiceChoice();
    void updateState();
    void editRules();
    void exportWithDialog(const QString& format);
    void applySettingsToEngine();

    GraphScene* m_scene;
    GraphView* m_view;
    StateBanner* m_banner;
    QLabel* m_empty;
    QStackedWidget* m_stack;
    QComboBox* m_neighbourhood;
    QSpinBox* m_expiry;
    QLabel* m_summary;

    ClusterSession* m_session = nullptr;
    std::unique_ptr<GraphEngine> m_engine;
    Generation m_generation;   // tags the engine's updates: an old session's never show
    ServiceGraphPtr m_graph;   // newest from the engine (or showGraph)
    ServiceGraphPtr m_pending; // arrived while hidden
    ServiceNamingRules m_rules = ServiceNamingRules::defaults();
    QString m_neighbourhoodId;
    QString m_layoutRequested; // structure key of the layout under way
    bool m_fitPending = true;
    int m_layoutCount = 0;
    LatestOnlyRunner m_layoutRunner;
};

} // namespace streamscope
