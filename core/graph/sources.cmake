# Service dependency graph: inference from groups and sampled record headers, aging, engine.
target_sources(streamscope_core PRIVATE
    graph/GraphAging.h
    graph/GraphAging.cpp
    graph/GraphEngine.h
    graph/GraphEngine.cpp
    graph/GraphFilter.h
    graph/GraphFilter.cpp
    graph/GraphFormats.h
    graph/GraphFormats.cpp
    graph/GraphInference.h
    graph/GraphInference.cpp
    graph/GraphTr.h
    graph/GraphTypes.h
    graph/GraphTypes.cpp
    graph/GroupSource.h
    graph/GroupSource.cpp
    graph/RecordSample.h
    graph/ServiceNaming.h
    graph/ServiceNaming.cpp
    graph/TopicRecordSampler.h
    graph/TopicRecordSampler.cpp
    graph/TraceCausality.h
    graph/TraceCausality.cpp
)
