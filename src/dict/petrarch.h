// Readers for the dictionary formats event-data users already own: PETRARCH /
// TABARI actor files (phrases with "_" between words, a final "_" for a whole
// word and none for a stem, "+" synonyms, dated "[CODE date-date]" roles),
// agent files ("!SET!" substitutions, "{plurals}", "[~SUFFIX]" / "[PREFIX~]"),
// verb files (synsets, "--- VERB [code] ---" blocks, "- words * words
// (prep words) [code]" patterns with "+" target and "$" source markers),
// discard files ("+" for whole stories) and issue files. Each reader reports
// what it loaded, and every line it could not use, by file and line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dict/actors.h"
#include "dict/agents.h"
#include "dict/phrase_index.h"
#include "dict/verbs.h"
#include "lex/lexicon.h"

namespace tocsin::dict {

struct LoadReport {
  size_t entries = 0;    // actors, agent words, patterns, phrases
  size_t names = 0;      // names / synonyms / verbs
  size_t ignored = 0;    // lines deliberately not used (explained in `notes`)
  std::vector<std::string> notes;
};

void ReadPetrarchActors(std::string_view text, std::string_view file, ActorDictionary* out,
                        std::vector<std::string>* errors, LoadReport* report);
void ReadPetrarchAgents(std::string_view text, std::string_view file, const lex::Lexicon& lexicon,
                        AgentDictionary* out, std::vector<std::string>* errors, LoadReport* report);
void ReadPetrarchVerbs(std::string_view text, std::string_view file, const lex::Lexicon& lexicon,
                       bool (*valid_code)(std::string_view), VerbDictionary* out, std::vector<std::string>* errors,
                       LoadReport* report);
void ReadPetrarchDiscards(std::string_view text, std::string_view file, PhraseIndex* sentence_level,
                          PhraseIndex* story_level, std::vector<std::string>* errors, LoadReport* report);

// "910825" or "19910825" (PETRARCH's date forms) -> YYYYMMDD; false if malformed.
bool ParsePetrarchDate(std::string_view s, int* out);

}  // namespace tocsin::dict
