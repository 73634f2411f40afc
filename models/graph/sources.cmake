# Models of the Graph page: the Graphviz layout of the service graph.
target_sources(streamscope_models PRIVATE
    graph/GraphLayout.h
    graph/GraphLayout.cpp
)
pkg_check_modules(GRAPHVIZ REQUIRED IMPORTED_TARGET libgvc libcgraph)
# The dot layout and core (svg) plugins are linked in rather than loaded: see GraphLayout.cpp.
# They live in Graphviz's plugin folder (libgvc6), outside the loader's path: the build tree's
# RPATH names it, and app/CMakeLists.txt keeps it in the installed binaries'.
find_library(GVPLUGIN_DOT_LAYOUT NAMES gvplugin_dot_layout libgvplugin_dot_layout.so.6
             PATH_SUFFIXES graphviz REQUIRED)
find_library(GVPLUGIN_CORE NAMES gvplugin_core libgvplugin_core.so.6 PATH_SUFFIXES graphviz REQUIRED)
target_link_libraries(streamscope_models PRIVATE PkgConfig::GRAPHVIZ ${GVPLUGIN_DOT_LAYOUT}
                      ${GVPLUGIN_CORE})
