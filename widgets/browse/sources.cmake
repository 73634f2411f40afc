# The Browse page (issue 8): fetch controls, the filter box with history, the volume timeline,
# the message table and the payload inspector.
target_sources(streamscope_widgets PRIVATE
    browse/BrowseControls.h
    browse/BrowseControls.cpp
    browse/BrowsePage.h
    browse/BrowsePage.cpp
    browse/FilterEdit.h
    browse/FilterEdit.cpp
    browse/FilterHistory.h
    browse/FilterHistory.cpp
    browse/InspectorContent.h
    browse/InspectorContent.cpp
    browse/JsonHighlighter.h
    browse/JsonHighlighter.cpp
    browse/MessageInspector.h
    browse/MessageInspector.cpp
    browse/RefilterSelection.h
    browse/RefilterSelection.cpp
    browse/VolumeTimeline.h
    browse/VolumeTimeline.cpp
)
