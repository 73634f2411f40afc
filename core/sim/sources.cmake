# Simulator sources (streamscope-cli simulate).
