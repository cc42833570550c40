#include "cli/dictionary_options.h"

#include <cstdio>

#include "base/file.h"
#include "store/store.h"

namespace tocsin::cli {

void AddDictionaryOptions(CLI::App* cmd, DictionaryOptions* o) {
  cmd->add_option("--verbs", o->verbs, "Verb patterns (PETRARCH verb file, e.g. CAMEO.2.0.txt, or tocsin's format); +FILE adds to the built-in ones");
  cmd->add_option("--actors", o->actors, "Actor dictionaries, comma-separated (PETRARCH or tocsin format); +FILE adds to the built-in ones")
      ->delimiter(',');
  cmd->add_option("--agents", o->agents, "Agent dictionary (PETRARCH or tocsin format); +FILE adds to the built-in ones");
  cmd->add_option("--discards", o->discards, "Discard phrases (PETRARCH format; '+' lines discard whole stories); +FILE adds to the built-in ones");
}

bool LoadDictionariesOrReport(const DictionaryOptions& options, bool quiet,
                              std::shared_ptr<const dict::Dictionaries>* out) {
  std::vector<std::string> loaded;
  auto dictionaries = LoadDictionaries(options, &loaded);
  if (!dictionaries.ok()) {
    std::fprintf(stderr, "tocsin: cannot use the dictionaries:\n%s\n", dictionaries.status().message().c_str());
    return false;
  }
  if (!quiet)
    for (const std::string& line : loaded) std::fprintf(stderr, "tocsin: %s\n", line.c_str());
  *out = std::move(*dictionaries);
  return true;
}

std::string DescribeDictionaries(const DictionaryOptions& o) {
  if (!o.any()) return "built-in";
  std::string out;
  auto describe = [&](const char* option, const std::string& path) {
    if (path.empty()) return;
    std::string file = path[0] == '+' ? path.substr(1) : path;
    auto bytes = ReadFile(file);
    if (!out.empty()) out += ' ';
    out += std::string(option) + " " + path + "#" + (bytes.ok() ? store::ContentHash(*bytes) : "unreadable");
  };
  describe("--verbs", o.verbs);
  for (const std::string& a : o.actors) describe("--actors", a);
  describe("--agents", o.agents);
  describe("--discards", o.discards);
  return out;
}

}  // namespace tocsin::cli
