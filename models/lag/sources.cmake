# Models of the Lag page.
target_sources(streamscope_models PRIVATE
    lag/LagDetailModel.h
    lag/LagDetailModel.cpp
    lag/LagFormat.h
    lag/LagFormat.cpp
    lag/LagGroupFilterModel.h
    lag/LagGroupFilterModel.cpp
    lag/LagGroupModel.h
    lag/LagGroupModel.cpp
)
