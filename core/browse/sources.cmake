# The event browser's engine: fetch (no group, no commits) into a columnar message store, lazy
# text, and the display-filter language (simdjson On-Demand for value.PATH). See README.md.
target_sources(streamscope_core PRIVATE
    browse/BrowseTr.h
    browse/BrowseRequest.h
    browse/BrowseRequest.cpp
    browse/BrowseFetch.h
    browse/BrowseFetch.cpp
    browse/BrowseFetcher.h
    browse/BrowseFetcher.cpp
    browse/MessageView.h
    browse/MessageView.cpp
    browse/RowArena.h
    browse/RowArena.cpp
    browse/MessageStore.h
    browse/MessageStore.cpp
    browse/MatchedRows.h
    browse/MatchedRows.cpp
    browse/MessageText.h
    browse/MessageText.cpp
    browse/RecordJson.h
    browse/RecordJson.cpp
    browse/Filter.h
    browse/FilterProgram.h
    browse/Filter.cpp
    browse/FilterEval.cpp
)
