# Models of the replay UI: the replay history table (past replays from core/replay/ReplayHistory).
target_sources(streamscope_models PRIVATE
    replay/ReplayHistoryModel.h
    replay/ReplayHistoryModel.cpp
)
