# The replay dialog and the status-bar progress of a running replay (issue 9).
target_sources(streamscope_widgets PRIVATE
    replay/ReplayDialog.h
    replay/ReplayDialog.cpp
    replay/ReplayStatusWidget.h
    replay/ReplayStatusWidget.cpp
)
