# Bases every page's models share.
target_sources(streamscope_models PRIVATE
    common/SnapshotTreeModel.h
)
