# Building blocks every page shares.
target_sources(streamscope_widgets PRIVATE
    common/LatestWhileHidden.h
)
