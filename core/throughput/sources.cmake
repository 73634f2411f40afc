# Throughput engine sources.
