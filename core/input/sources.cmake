# Limits on what the app reads from users: bounded file reads, printable excerpts of bad input,
# a structure check (depth, duplicate keys) that runs before any JSON tree is built.
target_sources(streamscope_core PRIVATE
    input/InputLimits.h
    input/InputLimits.cpp
)
