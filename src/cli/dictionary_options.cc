#include "cli/dictionary_options.h"

namespace tocsin::cli {

void AddDictionaryOptions(CLI::App* cmd, DictionaryOptions* o) {
  cmd->add_option("--verbs", o->verbs, "Verb patterns (PETRARCH verb file, e.g. CAMEO.2.0.txt, or tocsin's format); +FILE adds to the built-in ones");
  cmd->add_option("--actors", o->actors, "Actor dictionaries, comma-separated (PETRARCH or tocsin format); +FILE adds to the built-in ones")
      ->delimiter(',');
  cmd->add_option("--agents", o->agents, "Agent dictionary (PETRARCH or tocsin format); +FILE adds to the built-in ones");
  cmd->add_option("--discards", o->discards, "Discard phrases (PETRARCH format; '+' lines discard whole stories); +FILE adds to the built-in ones");
}

}  // namespace tocsin::cli
