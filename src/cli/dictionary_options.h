// Command-line dictionary selection shared by code, eval, explain and dict:
// --verbs, --actors, --agents, --discards replace the built-in dictionary of
// that kind with files in PETRARCH's formats (or tocsin's own, detected from
// the content). A summary of what was loaded goes to stderr.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "base/status.h"
#include "dict/dictionaries.h"

namespace tocsin::cli {

struct DictionaryOptions {
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents;
  std::string discards;
  bool quiet = false;
};

void AddDictionaryOptions(CLI::App* cmd, DictionaryOptions* options);

bool AnyDictionaryFile(const DictionaryOptions& options);

// The built-in dictionaries with the given files in place of their kind.
// Problems in the files are returned, one per line, as the error.
Result<std::shared_ptr<const dict::Dictionaries>> LoadDictionaries(const DictionaryOptions& options,
                                                                   std::vector<std::string>* summary);

}  // namespace tocsin::cli
