# Simulator sources (streamscope-cli simulate).
target_sources(streamscope_core PRIVATE
    sim/Scenario.h
    sim/Scenario.cpp
    sim/TemplateParser.h
    sim/TemplateParser.cpp
    sim/ScenarioParser.h
    sim/ScenarioParser.cpp
    sim/ScenarioCatalog.h
    sim/ScenarioCatalog.cpp
    sim/ScenarioRates.h
    sim/ScenarioRates.cpp
    sim/SimTr.h
    sim/SimCounters.h
    sim/TokenBucket.h
    sim/TraceContext.h
    sim/TraceContext.cpp
    sim/EventFactory.h
    sim/EventFactory.cpp
    sim/EventEmitter.h
    sim/EventEmitter.cpp
    sim/ServiceRunner.h
    sim/ServiceRunner.cpp
    sim/GroupWorker.h
    sim/GroupWorker.cpp
    sim/TopicProvisioner.h
    sim/TopicProvisioner.cpp
    sim/Simulator.h
    sim/Simulator.cpp
)

# Built-in scenarios, compiled in so an installed binary finds "--scenario demo" anywhere.
qt_add_resources(streamscope_core streamscope_scenarios
    PREFIX "/streamscope/scenarios"
    BASE "${CMAKE_CURRENT_LIST_DIR}/../../resources/scenarios"
    FILES "${CMAKE_CURRENT_LIST_DIR}/../../resources/scenarios/demo.json"
)
