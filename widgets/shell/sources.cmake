# The main window, its page navigator, toolbar and status bar parts.
target_sources(streamscope_widgets PRIVATE
    shell/ClusterPage.h
    shell/ConnectionStatusWidget.h
    shell/ConnectionStatusWidget.cpp
    shell/MainWindow.h
    shell/MainWindow.cpp
    shell/PageNavigator.h
    shell/PageNavigator.cpp
    shell/SamplingIntervalBox.h
    shell/SamplingIntervalBox.cpp
)
