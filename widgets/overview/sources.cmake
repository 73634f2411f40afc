# The Overview page.
target_sources(streamscope_widgets PRIVATE
    overview/BrokersPanel.h
    overview/BrokersPanel.cpp
    overview/ClusterSummaryStrip.h
    overview/ClusterSummaryStrip.cpp
    overview/OverviewPage.h
    overview/OverviewPage.cpp
    overview/PartitionsPanel.h
    overview/PartitionsPanel.cpp
    overview/TopicsPanel.h
    overview/TopicsPanel.cpp
)
