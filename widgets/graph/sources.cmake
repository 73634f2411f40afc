# The Graph page: the service dependency graph drawn from its Graphviz layout.
target_sources(streamscope_widgets PRIVATE
    graph/GraphItems.h
    graph/GraphItems.cpp
    graph/EdgeLabelPlacement.h
    graph/EdgeLabelPlacement.cpp
    graph/EdgeLayer.h
    graph/EdgeLayer.cpp
    graph/GraphPage.h
    graph/GraphPage.cpp
    graph/GraphScene.h
    graph/GraphScene.cpp
    graph/GraphView.h
    graph/GraphView.cpp
    graph/NamingRulesDialog.h
    graph/NamingRulesDialog.cpp
    graph/VisiblePath.h
    graph/VisiblePath.cpp
)
