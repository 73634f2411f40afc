target_sources(streamscope-cli PRIVATE
    cli/CliMain.cpp
    cli/CliContext.h
    cli/CliContext.cpp
    cli/JsonOutput.h
    cli/TextTable.h
    cli/JsonOutput.cpp
    cli/TopicsCommand.cpp
    cli/SimulateCommand.cpp
    cli/ThroughputCommand.cpp
    cli/ReplayCommand.cpp
    cli/BrowseCommand.cpp
)
