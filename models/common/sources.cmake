# Shared model bases and formatting.
target_sources(streamscope_models PRIVATE
    common/DisplayFormat.h
    common/DisplayFormat.cpp
    common/ModelsTr.h
    common/RateFormat.h
    common/RateFormat.cpp
    common/SnapshotTableModel.h
    common/SnapshotTableModel.cpp
    common/SnapshotTreeModel.h
    common/TopicFilterModelBase.h
    common/TopicFilterModelBase.cpp
    common/TypedTopicFilterModel.h
)
