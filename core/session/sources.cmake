# One connected cluster: the session with its polling thread, and the engines that run beside it.
target_sources(streamscope_core PRIVATE
    session/ClusterPoller.h
    session/ClusterPoller.cpp
    session/ClusterSession.h
    session/ClusterSession.cpp
    session/SessionServices.h
    session/SessionServices.cpp
)
