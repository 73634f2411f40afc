# Parts every page uses: table setup, banners, panels, the page kit.
target_sources(streamscope_widgets PRIVATE
    common/ColumnChooser.h
    common/ColumnChooser.cpp
    common/ConnectionStateStyle.h
    common/ConnectionStateStyle.cpp
    common/DrawnIcon.h
    common/DrawnIcon.cpp
    common/ElidedLabel.h
    common/ElidedLabel.cpp
    common/FillingColumn.h
    common/FillingColumn.cpp
    common/LatestWhileHidden.h
    common/PlainTextDelegate.h
    common/PlainTextDelegate.cpp
    common/SplitterSetup.h
    common/SplitterSetup.cpp
    common/StateBanner.h
    common/StateBanner.cpp
    common/TableSetup.h
    common/TableSetup.cpp
    common/TopicListPanel.h
    common/TopicListPanel.cpp
    common/WidgetsTr.h
)
