// Dictionaries from files: the built-in ones with each kind given as a file
// (PETRARCH format, or tocsin's own, recognised from the content) in its place,
// or, for a path written "+PATH", added to the built-in ones of that kind
// ("--actors +mine.actors" keeps every built-in actor and adds the file's).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "dict/dictionaries.h"

namespace tocsin {

struct DictionaryFiles {
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents;
  std::string discards;
  bool any() const { return !verbs.empty() || !actors.empty() || !agents.empty() || !discards.empty(); }
};

// One line per file loaded goes to `summary`. Problems in the files are
// returned, one per line, as the error.
Result<std::shared_ptr<const dict::Dictionaries>> LoadDictionaries(const DictionaryFiles& files,
                                                                   std::vector<std::string>* summary);

}  // namespace tocsin
