# Models of the Browse page: the message table over a MessageStore (rows in batches, re-filter
# and sort off the GUI thread), cell formats, and JSON Lines / CSV export.
target_sources(streamscope_models PRIVATE
    browse/BrowseMessageModel.h
    browse/BrowseMessageModel.cpp
    browse/MessageExport.h
    browse/MessageExport.cpp
    browse/MessageFormat.h
    browse/MessageFormat.cpp
)
