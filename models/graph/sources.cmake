# Models of the Graph page: the Graphviz layout of the service graph.
target_sources(streamscope_models PRIVATE
    graph/GraphLayout.h
    graph/GraphLayout.cpp
)
pkg_check_modules(GRAPHVIZ REQUIRED IMPORTED_TARGET libgvc libcgraph)
target_link_libraries(streamscope_models PRIVATE PkgConfig::GRAPHVIZ)
