# Models of the Overview page.
target_sources(streamscope_models PRIVATE
    overview/BrokerTableModel.h
    overview/BrokerTableModel.cpp
    overview/PartitionTableModel.h
    overview/PartitionTableModel.cpp
    overview/TopicTableFilterModel.h
    overview/TopicTableFilterModel.cpp
    overview/TopicTableModel.h
    overview/TopicTableModel.cpp
)
