#pragma once

#include "schema/SchemaRegistryClient.h"

#include <QCommandLineParser>

#include <optional>

namespace streamscope::cli {

class CliContext;

// --schema-registry URL and its auth/TLS options, shared by browse, check and replay.
void addSchemaRegistryOptions(QCommandLineParser& parser);
// What the options say; nothing without --schema-registry. False (reason printed) on bad input.
bool readSchemaRegistryOptions(CliContext& ctx, std::optional<schema::RegistryOptions>* out);

} // namespace streamscope::cli
