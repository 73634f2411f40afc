# Prometheus exporter: the pure renderer from snapshots to the text format (no network, no threads).
target_sources(streamscope_core PRIVATE
    exporter/PrometheusText.h
    exporter/PrometheusText.cpp
    exporter/MetricsRenderer.h
    exporter/MetricsRenderer.cpp
)
# The headless session behind `streamscope-cli serve`: engines, freshness, the cached rendering.
target_sources(streamscope_core PRIVATE
    exporter/ExporterFeed.h
    exporter/ExporterFeed.cpp
)
