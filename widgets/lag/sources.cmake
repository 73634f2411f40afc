# The Lag page: consumer groups, their lag, alerts and offset resets.
target_sources(streamscope_widgets PRIVATE
    lag/LagFeed.h
    lag/LagFeed.cpp
    lag/LagGroupDetailPanel.h
    lag/LagGroupDetailPanel.cpp
    lag/LagGroupsPanel.h
    lag/LagGroupsPanel.cpp
    lag/LagNotifier.h
    lag/LagNotifier.cpp
    lag/LagPage.h
    lag/LagPage.cpp
    lag/ResetOffsetsDialog.h
    lag/ResetOffsetsDialog.cpp
)
