// Command-line dictionary selection shared by code, eval, explain and dict:
// --verbs, --actors, --agents, --discards replace the built-in dictionary of
// that kind with files in PETRARCH's formats (or tocsin's own, detected from
// the content), or add to it when the path is written "+FILE". A summary of what was loaded goes to stderr.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "builtin/dictionary_files.h"

namespace tocsin::cli {

using DictionaryOptions = DictionaryFiles;

void AddDictionaryOptions(CLI::App* cmd, DictionaryOptions* options);

}  // namespace tocsin::cli
