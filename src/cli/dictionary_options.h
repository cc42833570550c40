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

// Loads the dictionaries `options` name, reporting each file loaded on stderr
// (unless `quiet`) and any problem; false on failure, when `out` is unset. A
// null `*out` means the built-in dictionaries.
bool LoadDictionariesOrReport(const DictionaryOptions& options, bool quiet,
                              std::shared_ptr<const dict::Dictionaries>* out);

// The dictionaries in one line: "built-in", or each option with its file and
// a hash of the file's content (what the store records as the coder).
std::string DescribeDictionaries(const DictionaryOptions& options);

}  // namespace tocsin::cli
