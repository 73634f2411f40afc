# The replay dialog, the status-bar progress of a running replay and the replay history
# viewer (issue 9).
target_sources(streamscope_widgets PRIVATE
    replay/ReplayDialog.h
    replay/ReplayDialog.cpp
    replay/ReplayStatusWidget.h
    replay/ReplayStatusWidget.cpp
    replay/ReplayHistoryDialog.h
    replay/ReplayHistoryDialog.cpp
)
