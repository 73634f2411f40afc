# The simulator: scenarios of microservices producing and consuming events.
target_sources(streamscope_core PRIVATE
    sim/EventEmitter.h
    sim/EventEmitter.cpp
    sim/EventFactory.h
    sim/EventFactory.cpp
    sim/PayloadEncoder.h
    sim/PayloadEncoder.cpp
    sim/GroupWorker.h
    sim/GroupWorker.cpp
    sim/Scenario.h
    sim/Scenario.cpp
    sim/ScenarioCatalog.h
    sim/ScenarioCatalog.cpp
    sim/ScenarioParser.h
    sim/ScenarioParser.cpp
    sim/ScenarioRates.h
    sim/ScenarioRates.cpp
    sim/ServiceRunner.h
    sim/ServiceRunner.cpp
    sim/SimCounters.h
    sim/SimTr.h
    sim/Simulator.h
    sim/Simulator.cpp
    sim/TemplateParser.h
    sim/TemplateParser.cpp
    sim/TokenBucket.h
    sim/TopicProvisioner.h
    sim/TopicProvisioner.cpp
    sim/TraceContext.h
    sim/TraceContext.cpp
)

# Built-in scenarios, compiled in so an installed binary finds "--scenario demo" anywhere.
qt_add_resources(streamscope_core streamscope_scenarios
    PREFIX "/streamscope/scenarios"
    BASE "${CMAKE_CURRENT_LIST_DIR}/../../resources/scenarios"
    FILES "${CMAKE_CURRENT_LIST_DIR}/../../resources/scenarios/demo.json"
)
