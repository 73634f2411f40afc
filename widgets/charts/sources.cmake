# Charts shared by pages (QCustomPlot).
target_sources(streamscope_widgets PRIVATE
    charts/ChartToolBar.h
    charts/ChartToolBar.cpp
    charts/HumanAxisTicker.h
    charts/HumanAxisTicker.cpp
    charts/PartitionBarChart.h
    charts/PartitionBarChart.cpp
    charts/PlotStyle.h
    charts/PlotStyle.cpp
    charts/QCustomPlotInclude.h
    charts/RateChart.h
    charts/RateChart.cpp
    charts/SeriesColors.h
    charts/SeriesColors.cpp
    charts/SparklineDelegate.h
    charts/SparklineDelegate.cpp
    charts/TimeSeriesHover.h
    charts/TimeSeriesHover.cpp
    charts/TimeWindow.h
    charts/TimeWindow.cpp
)
