# The Checks page (issue 11): event health checks over a topic range or the Browse page's rows,
# run on a worker with progress and cancel; summary lines, findings tree, latency histogram.
target_sources(streamscope_widgets PRIVATE
    checks/ChecksPage.h
    checks/ChecksPage.cpp
    checks/CheckOptionsBar.h
    checks/CheckOptionsBar.cpp
    checks/LatencyHistogramChart.h
    checks/LatencyHistogramChart.cpp
)
